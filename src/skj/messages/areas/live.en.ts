// English texts of live.params.ts.
import type { AreaCatalogue } from "../params";
import type { LiveColumn, LiveMessageParams } from "./live.params";

const COLUMN: Record<LiveColumn, string> = {
  name: "Name",
  unit: "Unit",
  row: "Row",
  standard: "Standard",
  score: "Score",
  gap: "Gap",
  need: "Need",
  category: "Category",
  needs: "Needs",
  gradeText: "Grade (as written)",
  gradeLevel: "Level",
};

export const liveEn: AreaCatalogue<LiveMessageParams> = {
  "live-sheet-note": (p) =>
    `Formula data for "${p.planSheet}" and its summary: scores refer to the source cells; standards, gaps, needs, JPM and category are formulas. Do not edit; plan again to refresh it.`,
  "live-sheet-header": (p) => (p.code ? `${COLUMN[p.column]} ${p.code}` : COLUMN[p.column]),
  "live-plan-note": () =>
    'Standards, scores, gaps, JPM, category and the number of needs on this sheet and the summary are formulas that follow the score cells of the source sheet: when a score is corrected, they change too. Activities, JP, providers and schedule stay as planned; to adjust them, choose "Refresh plan" in the pane or run skj plan again.',
  "live-needs-format": () => '[=0]"None";0" competencies"',
  "live-replace-ask": (p) =>
    `This workbook already has the sheets ${p.sheets.map((s) => `"${s}"`).join(", ")} from an earlier plan. ` +
    "Replace them with the new ones, or keep the new ones beside the old? Sheets you renamed are not touched.",
  "excel-replace-failed": (p) =>
    `The new plan is written, but the old sheets ${p.sheets.map((s) => `"${s}"`).join(", ")} could not be replaced: ${p.detail}. ` +
    'The new plan is on the sheets named "(2)"; delete the old ones yourself if they are not needed.',
};
