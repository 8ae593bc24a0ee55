// Bahasa Indonesia texts of sheets.params.ts.
import type { AreaCatalogue } from "../params";
import type { SheetMessageParams } from "./sheets.params";

export const sheetsId: AreaCatalogue<SheetMessageParams> = {};
