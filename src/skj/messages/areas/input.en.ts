// English texts of input.params.ts.
import type { AreaCatalogue } from "../params";
import type { InputMessageParams } from "./input.params";

export const inputEn: AreaCatalogue<InputMessageParams> = {};
