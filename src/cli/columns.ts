// --kolom KODE=KOLOM: the columns a user names, applied to the table found (or, when none is found, to the
// header row the arguments point at), through the same mapping rules as the pane's.
import { applyColumnArgs, ColumnArg, manualDetection, parseColumnArg } from "../skj/columnArgs";
import { isSkjSheetName, sheetByName } from "../skj/detect";
import type { Message } from "../skj/messages";
import { findTable } from "../skj/run";
import { normalizeText } from "../skj/text";
import type { TableDetection, WorkbookGrid } from "../skj/types";

/** The detection the run should use; a bad argument or an unusable sheet is the user's to fix (exit 2). */
export function columnDetection(
  grid: WorkbookGrid,
  values: readonly string[],
  sheet?: string
): { ok: true; detection: TableDetection } | { ok: false; message: Message } {
  const args: ColumnArg[] = [];
  for (const v of values) {
    const parsed = parseColumnArg(v);
    if (!parsed.ok) return parsed;
    args.push(parsed.value);
  }
  const found = findTable(grid, sheet);
  let start: TableDetection;
  if (found.ok) start = found.detection;
  else {
    const wanted = sheet === undefined ? undefined : normalizeText(sheet);
    const target =
      sheet === undefined
        ? grid.sheets.find((s) => !isSkjSheetName(s.name) && (s.state ?? "visible") === "visible")
        : (sheetByName(grid, sheet) ?? grid.sheets.find((s) => normalizeText(s.name) === wanted));
    if (!target) return found;
    const manual = manualDetection(target, args);
    if (!manual.ok) return manual;
    start = manual.value;
  }
  const applied = applyColumnArgs(start, args);
  return applied.ok ? { ok: true, detection: applied.value } : applied;
}
