// Plan cells that follow the scores (docs/domain.md §22): the hidden formula data sheet and the plan's note.
// Catalogues: live.id.ts and live.en.ts.
import type { CompetencyCode } from "../../types";
import type { ExcelHint } from "../params";

export type LiveColumn =
  | "name"
  | "unit"
  | "row"
  | "standard"
  | "score"
  | "gap"
  | "need"
  | "category"
  | "needs"
  | "gradeText"
  | "gradeLevel";

export interface LiveMessageParams {
  "live-sheet-note": { planSheet: string };
  "live-sheet-header": { column: LiveColumn; code?: CompetencyCode };
  /** The plan's legend: which cells are formulas, and how the activities are refreshed. */
  "live-plan-note": Record<string, never>;
  /** Excel's number format of the identity's "needs" cell: "Tidak ada" for 0, "3 kompetensi" otherwise. */
  "live-needs-format": Record<string, never>;
  /** The pane, before planning again over last run's sheets of the same names. */
  "live-replace-ask": { sheets: string[] };
  /** Excel refused to replace last run's sheets: the new ones stay under their " (2)" names. */
  "excel-replace-failed": { sheets: string[]; detail: string; hint?: ExcelHint };
}
