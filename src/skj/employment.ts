// PNS or PPPK, read from a status column beside the detected table ("Status Kepegawaian", "PNS/PPPK"): a
// PPPK employee's plan never passes 24 JP (docs/domain.md §7). Whether the table has target-position data
// (art. 206; docs/domain.md §13).
import { identityField } from "./catalogue";
import { cellText } from "./cells";
import { SheetView } from "./sheetView";
import { normalizeText } from "./text";
import { EmployeeRecord, Employment, SheetGrid, TableDetection } from "./types";

const STATUS_HEADER =
  /^(status kepegawaian|status pegawai|status asn|jenis pegawai|jenis kepegawaian|jenis asn|pns ?\/? ?pppk|pns pppk|kepegawaian)$/;

/** The 0-based column of a header matching `pattern`, or undefined. */
function columnOf(detection: TableDetection, pattern: RegExp): number | undefined {
  return detection.headers.find((h) => pattern.test(normalizeText(h.text)))?.col;
}

/** PNS or PPPK from a cell's text; undefined when it says neither. */
export function readEmployment(text: string): Employment | undefined {
  const n = normalizeText(text);
  if (/\bpppk\b|perjanjian kerja/.test(n)) return "PPPK";
  if (/\b(pns|cpns|pegawai negeri sipil)\b/.test(n)) return "PNS";
  return undefined;
}

/** Each record's employment from the table's status column; records unchanged when there is none. */
export function withEmployment(
  records: readonly EmployeeRecord[],
  grid: SheetGrid,
  detection: TableDetection
): EmployeeRecord[] {
  const col = columnOf(detection, STATUS_HEADER);
  if (col === undefined) return [...records];
  const view = new SheetView(grid);
  return records.map((r) => {
    const employment = readEmployment(cellText(view.value(r.row - 1, col)));
    return employment ? { ...r, employment } : r;
  });
}

/** Whether the table has a target-position column (art. 206), by the header matching of docs/domain.md §16. */
export function hasTargetPosition(detection: TableDetection): boolean {
  return detection.headers.some((h) => identityField(h.text) === "target");
}
