// Bahasa Indonesia texts of input.params.ts.
import type { AreaCatalogue } from "../params";
import type { InputMessageParams } from "./input.params";

export const inputId: AreaCatalogue<InputMessageParams> = {};
