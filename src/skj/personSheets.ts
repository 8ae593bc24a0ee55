// Individual assessment reports: one sheet per employee, an identity block ("Nama : …", "NIP : …") above the
// competencies written as rows with their standard and score. Rules: docs/domain.md §11.
import { competency, matchCompetency, matchName } from "./catalogue";
import { cellText, isBlank, parseNumber, readNip, readPercentOrRatio, readScore } from "./cells";
import type { GradeSupply } from "./employeeList";
import { GradeError, GradeReading, isGradeError, readGrade } from "./grades";
import { msg } from "./messages/params";
import { SheetView } from "./sheetView";
import { cellAddress, normalizeText } from "./text";
import {
  COMPETENCY_CODES,
  CellValue,
  CompetencyCode,
  EmployeeRecord,
  Issue,
  Level,
  SheetGrid,
  WorkbookGrid,
} from "./types";

type PersonField = "name" | "nip" | "position" | "grade" | "kind" | "unit" | "jpm" | "category";

const LABELS: [PersonField, RegExp][] = [
  ["name", /^(nama|nama pegawai|nama lengkap|nama peserta|nama asesi|nama asn)$/],
  ["nip", /^(nip|nip baru|nip nrp|nomor induk pegawai)$/],
  ["position", /^(jabatan|nama jabatan|jabatan saat ini|jabatan sekarang|jabatan terakhir)$/],
  [
    "grade",
    /^(jenjang|jenjang jabatan|eselon|esselon|eselon jabatan|level jabatan|tingkat jabatan)$/,
  ],
  ["kind", /^(jenis jabatan|kelompok jabatan)$/],
  ["unit", /^(unit kerja|unit|satuan kerja|unit organisasi|opd|skpd|perangkat daerah)$/],
  ["jpm", /^(jpm|jpm %|nilai jpm|job person match|persentase jpm|capaian jpm)$/],
  ["category", /^(kategori|kategori jpm)$/],
];

function labelField(text: string): PersonField | null {
  const t = normalizeText(text);
  for (const [field, re] of LABELS) if (re.test(t)) return field;
  return null;
}

const STANDARD_HEADER = /\b(standar|standard|std|skj|target|level jabatan)\b/;
const SCORE_HEADER =
  /\b(nilai|skor|score|capaian|hasil|aktual|individu|pegawai|asesi|peserta|level kompetensi)\b/;
const HEADER_WORD = /^(no|nomor|kompetensi|nama kompetensi|standar|nilai|skor|level)$/;
const OTHER_HEADER = /\b(gap|selisih|keterangan|jpm|deskripsi|indikator|catatan|kesenjangan)\b/;

/** Rows and columns searched for the identity block. */
const IDENTITY_ROWS = 40;
const IDENTITY_COLS = 16;
/** Rows searched for the competencies of an individual report. */
const REPORT_ROWS = 300;
/** The fewest of the nine as rows for a sheet to be an individual report. */
const MIN_COMPETENCIES = 5;

interface Located {
  /** The label as written ("Jenjang Jabatan"). */
  label: string;
  value: CellValue;
  /** 0-based sheet row and column of the value (or of the label when the value shares its cell). */
  row: number;
  col: number;
}

export interface PersonSheetLayout {
  sheet: string;
  /** 1-based row of the identity block's first label (where the employee's issues point). */
  identityRow: number;
  identity: Partial<Record<PersonField, Located>>;
  /** 1-based row of the header above the competency rows (0 when none). */
  headerRow: number;
  standardCol?: number;
  scoreCol?: number;
  /** 0-based rows of competencies: one of the nine, or a technical competency of the SKJ sheet. */
  competencyRows: { row: number; col: number; code?: CompetencyCode; technical?: string }[];
}

/** The identity block: "Label : value" in one cell, or the label with the value in a cell to its right. */
function readIdentity(view: SheetView): {
  identity: PersonSheetLayout["identity"];
  firstRow: number;
} {
  const identity: PersonSheetLayout["identity"] = {};
  let firstRow = -1;
  const lastRow = Math.min(view.lastRow, view.firstRow + IDENTITY_ROWS - 1);
  const lastCol = Math.min(view.lastCol, view.firstCol + IDENTITY_COLS - 1);
  for (let row = view.firstRow; row <= lastRow; row++) {
    for (let col = view.firstCol; col <= lastCol; col++) {
      const text = cellText(view.raw(row, col));
      if (!text) continue;
      const inline = /^([^:]{2,40}?)\s*:\s*(.*)$/.exec(text);
      const field = labelField(inline ? inline[1] : text);
      if (!field || identity[field]) continue;
      let found: Located | null = null;
      const label = (inline ? inline[1] : text).replace(/\s*:\s*$/, "");
      if (inline && inline[2].trim()) found = { label, value: inline[2].trim(), row, col };
      else {
        for (let c = col + 1; c <= Math.min(view.lastCol, col + 4); c++) {
          const v = view.raw(row, c);
          if (isBlank(v)) continue;
          const t = typeof v === "string" ? v.replace(/^\s*:\s*/, "").trim() : v;
          if (t === "") continue;
          // A header row ("NIP | Nama | Kompetensi") is not an identity block.
          if (typeof t === "string" && (labelField(t) || HEADER_WORD.test(normalizeText(t)))) break;
          found = { label, value: t, row, col: c };
          break;
        }
      }
      if (!found) continue;
      identity[field] = found;
      if (firstRow < 0 && (field === "name" || field === "nip")) firstRow = row;
    }
  }
  return { identity, firstRow };
}

/** The sheet as an individual report, or null when it is not one. */
export function detectPersonSheet(
  grid: SheetGrid,
  technicalNames: readonly string[] = []
): PersonSheetLayout | null {
  const view = new SheetView(grid);
  const { identity, firstRow } = readIdentity(view);
  if (firstRow < 0) return null;
  const nip = identity.nip ? readNip(identity.nip.value).nip : "";
  if (!identity.name && !/^\d{9,18}$/.test(nip)) return null;
  const used = new Set(Object.values(identity).map((l) => `${l.row}:${l.col}`));

  const rows: PersonSheetLayout["competencyRows"] = [];
  const seen = new Set<string>();
  const lastCol = Math.min(view.lastCol, view.firstCol + IDENTITY_COLS - 1);
  // A report is a page or two: a long sheet is a table, and scanning all of it would cost.
  const lastScan = Math.min(view.lastRow, view.firstRow + REPORT_ROWS - 1);
  for (let row = view.firstRow; row <= lastScan; row++) {
    for (let col = view.firstCol; col <= lastCol; col++) {
      const v = view.raw(row, col);
      if (typeof v !== "string" || used.has(`${row}:${col}`)) continue;
      // "Integritas: konsisten berperilaku …" names it before its description.
      const match = matchCompetency(v) ?? matchCompetency(v.split(/[:\n]| [-–] /)[0]);
      const technical = match ? null : matchName(v, technicalNames);
      const key = match ? match.code : technical;
      if (!key) continue;
      // The first listing wins (a chart's data block may repeat the nine further down).
      if (!seen.has(key)) {
        seen.add(key);
        rows.push({ row, col, ...(match ? { code: match.code } : { technical: technical! }) });
      }
      break;
    }
  }
  if (rows.filter((r) => r.code).length < MIN_COMPETENCIES) return null;
  // A long table writes a NIP on its competency rows; a report writes it once, above them.
  for (const r of rows)
    for (let col = view.firstCol; col <= view.lastCol; col++)
      if (/^\d{9,18}$/.test(readNip(view.value(r.row, col)).nip)) return null;

  // The standard and score columns: headers in the few rows above the first competency row.
  const first = rows[0].row;
  const nameCol = Math.max(...rows.map((r) => r.col));
  let standardCol: number | undefined;
  let scoreCol: number | undefined;
  let headerRow = 0;
  for (let row = first - 1; row >= Math.max(view.firstRow, first - 4); row--) {
    for (let col = nameCol + 1; col <= view.lastCol; col++) {
      const t = normalizeText(view.value(row, col));
      if (!t || OTHER_HEADER.test(t)) continue;
      if (STANDARD_HEADER.test(t)) {
        if (standardCol === undefined) standardCol = col;
      } else if (SCORE_HEADER.test(t) && scoreCol === undefined) scoreCol = col;
      else continue;
      headerRow = Math.max(headerRow, row + 1);
    }
    if (standardCol !== undefined && scoreCol !== undefined) break;
  }
  return {
    sheet: grid.name,
    identityRow: firstRow + 1,
    identity,
    headerRow,
    ...(standardCol !== undefined ? { standardCol } : {}),
    ...(scoreCol !== undefined ? { scoreCol } : {}),
    competencyRows: rows,
  };
}

/** Every individual report in a workbook (only `sheet`, when given), in sheet order. */
export function findPersonSheets(
  workbook: WorkbookGrid,
  technicalNames: readonly string[] = [],
  sheet?: string
): PersonSheetLayout[] {
  return workbook.sheets
    .filter((g) => sheet === undefined || g.name === sheet)
    .map((g) => detectPersonSheet(g, technicalNames))
    .filter((l): l is PersonSheetLayout => l !== null);
}

/** The most common of the nine standards (ties: the higher), the level of a report that names no grade. */
function commonLevel(standards: Partial<Record<CompetencyCode, number>>): Level {
  const counts = new Map<number, number>();
  for (const s of Object.values(standards)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [level, count] of counts)
    if (count > bestCount || (count === bestCount && level > best))
      [best, bestCount] = [level, count];
  return Math.min(5, Math.max(1, Math.round(best))) as Level;
}

/** One employee from an individual report; issues point at the sheet, its identity row or its cells. */
export function readPersonSheet(
  grid: SheetGrid,
  layout: PersonSheetLayout,
  supply?: GradeSupply
): { record: EmployeeRecord | null; issues: Issue[] } {
  const view = new SheetView(grid);
  const issues: Issue[] = [];
  const sheet = grid.name;
  const idRow = layout.identityRow;
  const text = (f: PersonField) => cellText(layout.identity[f]?.value ?? null);
  if (layout.standardCol === undefined || layout.scoreCol === undefined) {
    issues.push({
      sheet,
      row: 0,
      column: "",
      severity: "error",
      ...msg("people-sheet-no-scores", { sheet }),
    });
    return { record: null, issues };
  }
  const scoreHeader = cellText(view.value(layout.headerRow - 1, layout.scoreCol)) || "Nilai";
  const standardHeader =
    cellText(view.value(layout.headerRow - 1, layout.standardCol)) || "Standar";

  const scores: Partial<Record<CompetencyCode, number>> = {};
  const rowStandards: Partial<Record<CompetencyCode, number>> = {};
  const technical: EmployeeRecord["technical"] = [];
  let ok = true;
  for (const r of layout.competencyRows) {
    const name = r.code ? competency(r.code).name : r.technical!;
    const scoreCell = view.value(r.row, layout.scoreCol);
    const reading = readScore(scoreCell);
    const standard = parseNumber(view.value(r.row, layout.standardCol));
    const at = {
      row: r.row + 1,
      column: scoreHeader,
      address: cellAddress(r.row, layout.scoreCol),
    };
    if (r.technical) {
      if ("score" in reading)
        technical.push({
          name,
          score: reading.score,
          ...(standard !== null && standard >= 1 && standard <= 5 ? { standard } : {}),
        });
      continue;
    }
    const code = r.code!;
    if ("problem" in reading) {
      issues.push({
        sheet,
        ...at,
        col: layout.scoreCol,
        severity: "error",
        ...msg("score-invalid", {
          ...at,
          problem: reading.problem,
          competency: name,
          skipped: "employee",
        }),
      });
      ok = false;
    } else scores[code] = reading.score;
    if (standard !== null && standard >= 1 && standard <= 5) rowStandards[code] = standard;
    else {
      const v = view.value(r.row, layout.standardCol);
      if (!isBlank(v)) {
        const sAt = {
          row: r.row + 1,
          column: standardHeader,
          address: cellAddress(r.row, layout.standardCol),
        };
        issues.push({
          sheet,
          ...sAt,
          col: layout.standardCol,
          severity: "warning",
          ...msg("standard-invalid", { ...sAt, text: cellText(v) }),
        });
      }
    }
  }
  const absent = COMPETENCY_CODES.filter((c) => !layout.competencyRows.some((r) => r.code === c));
  if (absent.length > 0) {
    issues.push({
      sheet,
      row: idRow,
      column: "",
      severity: "error",
      ...msg("competency-missing", {
        row: idRow,
        competencies: absent.map((c) => competency(c).name),
      }),
    });
    ok = false;
  }

  // The grade: the block's own, else an employee list or the default, else the title; all nine standards
  // written on the sheet make the grade unnecessary.
  const nip = readNip(layout.identity.nip?.value ?? null).nip;
  const position = text("position");
  const gradeAt = layout.identity.grade ?? layout.identity.kind;
  const gradeCell = gradeAt?.value ?? null;
  let reading: (GradeReading & { written?: string }) | GradeError = isBlank(gradeCell)
    ? (supply?.gradeFor(idRow, nip, position, false) ?? readGrade(null, position))
    : readGrade(gradeCell, position);
  if (isGradeError(reading) && COMPETENCY_CODES.every((c) => rowStandards[c] !== undefined)) {
    const level = commonLevel(rowStandards);
    reading = { level, grade: `Level SKJ ${level}`, written: "" };
  }
  const gradeHeader = gradeAt?.label ?? "";
  const gradePlace = gradeAt
    ? { row: gradeAt.row + 1, column: gradeHeader, address: cellAddress(gradeAt.row, gradeAt.col) }
    : { row: idRow };
  if (isGradeError(reading)) {
    const reason = reading.error;
    issues.push({
      sheet,
      column: "",
      ...gradePlace,
      ...(gradeAt ? { col: gradeAt.col } : {}),
      severity: "error",
      ...msg("grade-unknown", { ...gradePlace, reason, hasGradeColumn: gradeAt !== undefined }),
    });
    return { record: null, issues };
  }
  if (reading.assumed) {
    issues.push({
      sheet,
      column: "",
      ...gradePlace,
      ...(gradeAt ? { col: gradeAt.col } : {}),
      severity: "warning",
      ...msg("grade-assumed", { ...gradePlace, reading: reading.assumed }),
    });
  }
  if (!ok) return { record: null, issues };
  const fileJpm = layout.identity.jpm ? readPercentOrRatio(layout.identity.jpm.value) : null;
  const category = text("category");
  return {
    record: {
      sheet,
      row: idRow,
      nip,
      name: text("name"),
      position,
      unit: text("unit"),
      jobLevel:
        reading.written ??
        (typeof gradeCell === "number" ? String(gradeCell) : cellText(gradeCell)),
      grade: reading.grade,
      level: reading.level,
      scores: scores as Record<CompetencyCode, number>,
      rowStandards,
      technical,
      ...(fileJpm !== null ? { fileJpm } : {}),
      ...(category ? { fileCategory: category } : {}),
    },
    issues,
  };
}
