// English texts of sheets.params.ts.
import type { AreaCatalogue } from "../params";
import type { SheetMessageParams } from "./sheets.params";

export const sheetsEn: AreaCatalogue<SheetMessageParams> = {};
