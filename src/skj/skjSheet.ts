// The workbook's own SKJ sheet: required levels per position title, per competency, incl. technical ones. Rules: docs/domain.md §5.
import { competency, matchCompetency } from "./catalogue";
import { cellText, isBlank, parseNumber } from "./cells";
import { HEADER_SCAN_ROWS, isSkjSheetName } from "./detect";
import { msg } from "./messages/params";
import { SheetView } from "./sheetView";
import { cellAddress, normalizeText } from "./text";
import { CompetencyCode, Issue, PositionStandard, SkjSheet, WorkbookGrid } from "./types";

/** Headers in an SKJ sheet that are neither the position nor a competency. */
const NOT_A_COMPETENCY =
  /^(no|nomor|no urut|kode|kode jabatan|unit|unit kerja|unit organisasi|jenjang|jenjang jabatan|eselon|kelas|kelas jabatan|keterangan|catatan|jumlah|total|rata rata|bidang|bagian|instansi|jenis jabatan|golongan|pangkat)$/;

function isPositionHeader(text: string): boolean {
  return /^(jabatan|nama jabatan|jabatan pegawai|posisi)$/.test(normalizeText(text));
}

export interface SkjSheetReading {
  skj?: SkjSheet;
  issues: Issue[];
}

/** Read the SKJ sheet ("SKJ" / "Standar Kompetensi") when the workbook has one. */
export function readSkjSheet(workbook: WorkbookGrid): SkjSheetReading {
  const grid = workbook.sheets.find((s) => isSkjSheetName(s.name));
  if (!grid) return { issues: [] };
  const view = new SheetView(grid);
  const issues: Issue[] = [];
  const end = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  for (let r = view.firstRow; r <= end; r++) {
    let positionCol: number | undefined;
    const comps: { col: number; code: CompetencyCode }[] = [];
    const technical: { col: number; name: string }[] = [];
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.value(r, c));
      if (!text) continue;
      if (positionCol === undefined && isPositionHeader(text)) {
        positionCol = c;
        continue;
      }
      const m = matchCompetency(text);
      if (m) {
        if (!comps.some((x) => x.code === m.code)) comps.push({ col: c, code: m.code });
      } else if (!NOT_A_COMPETENCY.test(normalizeText(text))) {
        technical.push({ col: c, name: text });
      }
    }
    if (positionCol === undefined || comps.length + technical.length === 0) continue;

    const positions: PositionStandard[] = [];
    for (let row = r + 1; row <= view.lastRow; row++) {
      const title = cellText(view.value(row, positionCol));
      if (!title) continue;
      const entry: PositionStandard = { position: title, competencies: {}, technical: [] };
      const read = (col: number, label: string): number | undefined => {
        const v = view.value(row, col);
        if (isBlank(v)) return undefined;
        const n = parseNumber(v);
        if (n === null || n < 1 || n > 5) {
          const at = { row: row + 1, column: label, address: cellAddress(row, col) };
          issues.push({
            sheet: grid.name,
            ...at,
            col,
            severity: "warning",
            ...msg("skj-level-invalid", { ...at, sheet: grid.name, text: cellText(v) }),
          });
          return undefined;
        }
        return n;
      };
      for (const { col, code } of comps) {
        const n = read(col, competency(code).name);
        if (n !== undefined) entry.competencies[code] = n;
      }
      for (const { col, name } of technical) {
        const n = read(col, name);
        if (n !== undefined) entry.technical.push({ name, level: n });
      }
      positions.push(entry);
    }
    // Technical columns that hold no level at all are notes, not competencies.
    const used = new Set(positions.flatMap((p) => p.technical.map((t) => t.name)));
    return {
      skj: {
        sheet: grid.name,
        positions,
        technicalNames: technical.map((t) => t.name).filter((n) => used.has(n)),
      },
      issues,
    };
  }
  issues.push({
    sheet: grid.name,
    row: 0,
    column: "",
    severity: "warning",
    ...msg("skj-sheet-unreadable", { sheet: grid.name }),
  });
  return { issues };
}
