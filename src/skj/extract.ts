// Reading employees from the detected table: one record per employee, issues for everything that is off.
import { competency, matchCompetency, matchName } from "./catalogue";
import {
  cellText,
  isBlank,
  isCellError,
  parseNumber,
  readNip,
  readPercentOrRatio,
  readScore,
} from "./cells";
import { GradeReading, headerNamesRank, isGradeError, readGrade } from "./grades";
import type { GradeSupply } from "./employeeList";
import { CellAt, Message, msg, RowAt } from "./messages/params";
import { SheetView } from "./sheetView";
import { cellAddress, normalizeText } from "./text";
import {
  COMPETENCY_CODES,
  CellValue,
  CompetencyCode,
  EmployeeIdentity,
  EmployeeRecord,
  Issue,
  Level,
  SheetGrid,
  TableDetection,
} from "./types";

export interface Extraction {
  records: EmployeeRecord[];
  issues: Issue[];
  /** Rows read as employees (planned or not). */
  rowsRead: number;
  /** 1-based rows of employees (a NIP, or a name with a position or grade) whose scores are all empty. */
  unassessedRows: number[];
}

/** Labels of rows that are not employees: totals and averages under the table. */
const SUMMARY_ROW =
  /^(jumlah|total|sub ?total|rata ?rata|rerata|average|grand total|nilai rata rata)\b/;

class IssueSink {
  readonly issues: Issue[] = [];
  constructor(private readonly sheet: string) {}

  /** An issue about one cell; `message` gets the cell's place (row, header, address) for its lead. */
  cell(
    row: number,
    col: number,
    column: string,
    severity: Issue["severity"],
    message: (at: CellAt) => Message
  ): void {
    const at = { row: row + 1, column, address: cellAddress(row, col) };
    this.issues.push({ sheet: this.sheet, ...at, col, severity, ...message(at) });
  }

  row(
    row: number,
    severity: Issue["severity"],
    message: (at: RowAt) => Message,
    column = ""
  ): void {
    const at: RowAt = { row: row + 1, ...(column ? { column } : {}) };
    this.issues.push({ sheet: this.sheet, row: row + 1, column, severity, ...message(at) });
  }
}

/** The header text of a mapped column, or `fallback` when the table has no such column. */
export function headerText(
  detection: TableDetection,
  col: number | undefined,
  fallback: string
): string {
  if (col === undefined) return fallback;
  return detection.headers.find((h) => h.col === col)?.text ?? fallback;
}

/** What a row says of the employee, before the sheet and row are attached. */
type Identity = Omit<EmployeeIdentity, "sheet" | "row"> &
  Pick<EmployeeRecord, "fileJpm" | "fileCategory">;

/** NIP, name, position, unit and the required level of a row; null (with issues) when the level is unknown. */
/** Grades repeat across thousands of rows: read each (grade, title) pair once per table. */
type GradeCache = Map<string, ReturnType<typeof readGrade>>;

function cachedGrade(
  cache: GradeCache,
  value: CellValue,
  title: string,
  grades: Pick<GradeContext, "blankIsNonEselon" | "headerNamesRank">
): ReturnType<typeof readGrade> {
  const key = `${typeof value}\u0000${cellText(value)}\u0000${title}`;
  let reading = cache.get(key);
  if (!reading)
    cache.set(
      key,
      (reading = readGrade(value, title, {
        blankIsNonEselon: grades.blankIsNonEselon,
        headerNamesRank: grades.headerNamesRank,
      }))
    );
  return reading;
}

/** How a table's grades are read beyond its own cells: blank cells of a filled column, employee lists. */
interface GradeContext {
  cache: GradeCache;
  /** The grade column is filled on other rows (docs/domain.md §11). */
  blankIsNonEselon: boolean;
  /** The grade column's header names the rank too, "Gol/Jenjang" (docs/domain.md §20). */
  headerNamesRank: boolean;
  supply?: GradeSupply;
}

function gradeContext(
  view: SheetView,
  detection: TableDetection,
  supply?: GradeSupply
): GradeContext {
  const col = detection.mapping.grade;
  let filled = false;
  if (col !== undefined)
    for (let row = detection.dataStartRow - 1; row <= view.lastRow && !filled; row++)
      filled = !isBlank(view.value(row, col));
  return {
    cache: new Map(),
    blankIsNonEselon: filled,
    headerNamesRank: col !== undefined && headerNamesRank(headerText(detection, col, "")),
    ...(supply ? { supply } : {}),
  };
}

function readIdentity(
  view: SheetView,
  row: number,
  detection: TableDetection,
  sink: IssueSink,
  seenNips: Map<string, number>,
  grades: GradeContext
): Identity | null {
  const m = detection.mapping;
  const get = (col: number | undefined): CellValue =>
    col === undefined ? null : view.value(row, col);
  const nipReading = readNip(get(m.nip));
  const nipHeader = headerText(detection, m.nip, "NIP");
  if (nipReading.precisionLost)
    sink.cell(row, m.nip!, nipHeader, "warning", (at) =>
      msg("nip-precision", { ...at, digits: nipReading.nip })
    );
  const nip = nipReading.nip;
  if (nip) {
    const first = seenNips.get(nip);
    if (first !== undefined) {
      sink.cell(row, m.nip!, nipHeader, "warning", (at) =>
        msg("nip-duplicate", { ...at, nip, firstRow: first + 1 })
      );
    } else {
      seenNips.set(nip, row);
    }
  }
  const position = cellText(get(m.position));
  const identity = {
    nip,
    name: cellText(get(m.name)),
    position,
    unit: cellText(get(m.unit)),
  };
  const jpmValue = m.jpm !== undefined ? readPercentOrRatio(get(m.jpm)) : null;
  const categoryText = m.category !== undefined ? cellText(get(m.category)) : "";
  const extra = {
    ...(jpmValue !== null ? { fileJpm: jpmValue } : {}),
    ...(categoryText ? { fileCategory: categoryText } : {}),
  };

  // A per-employee required level wins over the grade.
  if (m.level !== undefined) {
    const v = get(m.level);
    const n = parseNumber(v);
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= 5) {
      const gradeText = cellText(get(m.grade));
      return {
        ...identity,
        ...extra,
        jobLevel: gradeText,
        grade: `Level SKJ ${n}`,
        level: n as Level,
      };
    }
    if (!isBlank(v)) {
      sink.cell(
        row,
        m.level,
        headerText(detection, m.level, "Level SKJ"),
        m.grade !== undefined ? "warning" : "error",
        (at) => msg("level-invalid", { ...at, text: cellText(v), gradeUsed: m.grade !== undefined })
      );
    }
  }
  const gradeCell = get(m.grade);
  // A blank or absent grade may come from an employee list (docs/domain.md §11).
  const supplied = isBlank(gradeCell)
    ? (grades.supply?.gradeFor(row + 1, nip, position, grades.blankIsNonEselon) ?? null)
    : null;
  const reading: GradeReading | { error: Message } =
    supplied ?? cachedGrade(grades.cache, gradeCell, position, grades);
  const gradeHeader = headerText(detection, m.grade, "Jenjang");
  if (isGradeError(reading)) {
    const reason = reading.error;
    if (m.grade !== undefined)
      sink.cell(row, m.grade, gradeHeader, "error", (at) =>
        msg("grade-unknown", { ...at, reason, hasGradeColumn: true })
      );
    else
      sink.row(row, "error", (at) =>
        msg("grade-unknown", { ...at, reason, hasGradeColumn: false })
      );
    return null;
  }
  const assumed = reading.assumed;
  const rank = "rank" in reading ? reading.rank : undefined;
  if (rank && m.grade !== undefined) {
    // docs/domain.md §20: say which reading was taken, and that the cell should hold the grade.
    sink.cell(row, m.grade, gradeHeader, "warning", (at) =>
      msg("grade-rank-in-column", {
        ...at,
        written: rank.written,
        rank: rank.rank,
        ...(rank.eselon ? { eselon: rank.eselon } : {}),
        headerNamesGrade: /\b(jenjang|eselon|esselon)\b/.test(normalizeText(gradeHeader)),
        title: position,
        grade: reading.grade,
        level: reading.level,
        fromTitle: assumed?.code === "grade-from-title",
      })
    );
  } else if (assumed) {
    if (m.grade !== undefined)
      sink.cell(row, m.grade, gradeHeader, "warning", (at) =>
        msg("grade-assumed", { ...at, reading: assumed })
      );
    else sink.row(row, "warning", (at) => msg("grade-assumed", { ...at, reading: assumed }));
  }
  return {
    ...identity,
    ...extra,
    jobLevel:
      supplied && "written" in supplied
        ? supplied.written
        : typeof gradeCell === "number"
          ? String(gradeCell)
          : cellText(gradeCell),
    grade: reading.grade,
    level: reading.level,
  };
}

function isSummaryRow(view: SheetView, row: number, detection: TableDetection): boolean {
  // Labels sit in the identity columns or left of the scores; look at the first few non-empty cells.
  let seen = 0;
  for (let c = view.firstCol; c <= view.lastCol && seen < 4; c++) {
    const t = cellText(view.raw(row, c));
    if (!t) continue;
    seen++;
    if (SUMMARY_ROW.test(normalizeText(t))) return true;
  }
  void detection;
  return false;
}

/**
 * Does any score cell of the row hold a number, numeric text, a level written as "III", or an Excel error
 * (a formula that failed is data, not a signature)?
 */
function hasNumberLike(
  view: SheetView,
  row: number,
  scoreCols: readonly (number | undefined)[],
  technical: readonly { col: number }[]
): boolean {
  const numberLike = (v: CellValue): boolean =>
    typeof v === "number" ||
    isCellError(v) ||
    parseNumber(v) !== null ||
    !("problem" in readScore(v));
  for (const c of scoreCols) if (c !== undefined && numberLike(view.value(row, c))) return true;
  for (const t of technical) if (numberLike(view.value(row, t.col))) return true;
  return false;
}

function extractWide(view: SheetView, detection: TableDetection, supply?: GradeSupply): Extraction {
  const m = detection.mapping;
  const sink = new IssueSink(view.name);
  const seenNips = new Map<string, number>();
  const grades = gradeContext(view, detection, supply);
  const records: EmployeeRecord[] = [];
  const scoreCols = COMPETENCY_CODES.map((code) => m.competencies[code]);
  const missingColumns = scoreCols.some((c) => c === undefined);
  let rowsRead = 0;
  const unassessedRows: number[] = [];

  for (let row = detection.dataStartRow - 1; row <= view.lastRow; row++) {
    const nipCell = m.nip !== undefined ? view.value(row, m.nip) : null;
    const nameCell = m.name !== undefined ? view.value(row, m.name) : null;
    if (isBlank(nipCell) && isBlank(nameCell)) continue;
    const allScoresBlank =
      scoreCols.every((c) => c === undefined || isBlank(view.value(row, c))) &&
      m.technical.every((t) => isBlank(view.value(row, t.col)));
    if (allScoresBlank) {
      // Not an employee row to plan (issue rule), but an employee not yet assessed is counted so that
      // nobody disappears unseen; a signature line or note under the table is not.
      const looksEmployee =
        /\d{8}/.test(readNip(nipCell).nip) ||
        (!isBlank(nameCell) &&
          ((m.position !== undefined && !isBlank(view.value(row, m.position))) ||
            (m.grade !== undefined && !isBlank(view.value(row, m.grade)))));
      if (looksEmployee && !isSummaryRow(view, row, detection)) unassessedRows.push(row + 1);
      continue;
    }
    if (isSummaryRow(view, row, detection)) continue;
    // A signature block or note under the table ("Mengetahui," under Nama, "Kepala BKPSDM" under a
    // score column): no score cell holds anything like a number and the NIP cell holds no NIP.
    if (!hasNumberLike(view, row, scoreCols, m.technical) && !readNip(nipCell).nip.match(/\d{6}/))
      continue;
    rowsRead++;
    // The sheet-level issue already says which competencies are missing: no per-row flood.
    if (missingColumns) continue;

    const identity = readIdentity(view, row, detection, sink, seenNips, grades);
    const scores = {} as Record<CompetencyCode, number>;
    let ok = identity !== null;
    for (const code of COMPETENCY_CODES) {
      const col = m.competencies[code]!;
      const reading = readScore(view.value(row, col));
      if ("problem" in reading) {
        sink.cell(row, col, headerText(detection, col, competency(code).name), "error", (at) =>
          msg("score-invalid", { ...at, problem: reading.problem, skipped: "row" })
        );
        ok = false;
      } else {
        scores[code] = reading.score;
      }
    }
    const rowStandards: Partial<Record<CompetencyCode, number>> = {};
    for (const code of COMPETENCY_CODES) {
      const col = m.competencyStandards[code];
      if (col === undefined) continue;
      const v = view.value(row, col);
      const n = parseNumber(v);
      if (n !== null && n >= 1 && n <= 5) rowStandards[code] = n;
      else if (!isBlank(v)) {
        sink.cell(row, col, headerText(detection, col, "Standar"), "warning", (at) =>
          msg("standard-invalid", { ...at, text: cellText(v) })
        );
      }
    }
    const technical: EmployeeRecord["technical"] = [];
    for (const t of m.technical) {
      const v = view.value(row, t.col);
      if (isBlank(v)) continue;
      const reading = readScore(v);
      if ("problem" in reading) {
        sink.cell(row, t.col, t.name, "warning", (at) =>
          msg("technical-invalid", { ...at, problem: reading.problem })
        );
      } else {
        technical.push({ name: t.name, score: reading.score });
      }
    }
    if (!ok || !identity) continue;
    if (!identity.nip)
      sink.row(row, "warning", (at) => msg("nip-missing", at), headerText(detection, m.nip, "NIP"));
    if (!identity.name)
      sink.row(
        row,
        "warning",
        (at) => msg("name-missing", at),
        headerText(detection, m.name, "Nama")
      );
    records.push({ sheet: view.name, row: row + 1, ...identity, scores, rowStandards, technical });
  }
  return { records, issues: sink.issues, rowsRead, unassessedRows };
}

interface LongGroup {
  firstRow: number;
  rows: number[];
}

function extractLong(
  view: SheetView,
  detection: TableDetection,
  technicalNames: readonly string[],
  supply?: GradeSupply
): Extraction {
  const m = detection.mapping;
  const sink = new IssueSink(view.name);
  const groups = new Map<string, LongGroup>();
  const unknownNames = new Set<string>();
  const compHeader = headerText(detection, m.competency, "Kompetensi");
  // Grouped database reports write the employee on the first of their rows only: a row with a
  // competency but no NIP or name continues the employee above it (until a blank row).
  let previousKey: string | null = null;
  for (let row = detection.dataStartRow - 1; row <= view.lastRow; row++) {
    const nip = m.nip !== undefined ? readNip(view.value(row, m.nip)).nip : "";
    const name = m.name !== undefined ? cellText(view.value(row, m.name)) : "";
    if (isBlank(view.value(row, m.competency!)) && isBlank(view.value(row, m.score!))) {
      if (!nip && !name) previousKey = null;
      continue;
    }
    if (isSummaryRow(view, row, detection)) continue;
    const key: string | null = nip
      ? `nip:${nip}`
      : name
        ? `name:${normalizeText(name)}`
        : previousKey;
    if (!key) continue;
    previousKey = key;
    const g = groups.get(key);
    if (g) g.rows.push(row);
    else groups.set(key, { firstRow: row, rows: [row] });
  }

  const records: EmployeeRecord[] = [];
  const seenNips = new Map<string, number>();
  const grades = gradeContext(view, detection, supply);
  for (const g of groups.values()) {
    const first = g.firstRow;
    const identity = readIdentity(view, first, detection, sink, seenNips, grades);
    const scores: Partial<Record<CompetencyCode, number>> = {};
    const firstRowOf = new Map<CompetencyCode, number>();
    const rowStandards: Partial<Record<CompetencyCode, number>> = {};
    const technical: EmployeeRecord["technical"] = [];
    let ok = identity !== null;
    for (const row of g.rows) {
      const compText = cellText(view.value(row, m.competency!));
      const match = matchCompetency(compText);
      const scoreCol = m.score!;
      const scoreHeader = headerText(detection, scoreCol, "Nilai");
      if (!match) {
        const tech = matchName(compText, technicalNames);
        if (tech) {
          const reading = readScore(view.value(row, scoreCol));
          if ("score" in reading) {
            const std = m.standard !== undefined ? parseNumber(view.value(row, m.standard)) : null;
            technical.push({
              name: tech,
              score: reading.score,
              ...(std !== null ? { standard: std } : {}),
            });
          }
        } else if (compText && !unknownNames.has(normalizeText(compText))) {
          unknownNames.add(normalizeText(compText));
          sink.cell(row, m.competency!, compHeader, "warning", (at) =>
            msg("competency-unknown", { ...at, text: compText })
          );
        }
        continue;
      }
      const name = competency(match.code).name;
      if (firstRowOf.has(match.code)) {
        sink.cell(row, m.competency!, compHeader, "error", (at) =>
          msg("competency-duplicate", {
            ...at,
            competency: name,
            firstRow: firstRowOf.get(match.code)! + 1,
          })
        );
        ok = false;
        continue;
      }
      firstRowOf.set(match.code, row);
      const reading = readScore(view.value(row, scoreCol));
      if ("problem" in reading) {
        sink.cell(row, scoreCol, scoreHeader, "error", (at) =>
          msg("score-invalid", {
            ...at,
            problem: reading.problem,
            competency: name,
            skipped: "employee",
          })
        );
        ok = false;
      } else {
        scores[match.code] = reading.score;
      }
      if (m.standard !== undefined) {
        const v = view.value(row, m.standard);
        const n = parseNumber(v);
        if (n !== null && n >= 1 && n <= 5) rowStandards[match.code] = n;
        else if (!isBlank(v)) {
          sink.cell(
            row,
            m.standard,
            headerText(detection, m.standard, "Standar"),
            "warning",
            (at) => msg("standard-invalid", { ...at, text: cellText(v) })
          );
        }
      }
    }
    const missing = COMPETENCY_CODES.filter((c) => !firstRowOf.has(c));
    if (missing.length > 0) {
      sink.row(
        first,
        "error",
        (at) =>
          msg("competency-missing", {
            ...at,
            competencies: missing.map((c) => competency(c).name),
          }),
        compHeader
      );
      ok = false;
    }
    if (!ok || !identity) continue;
    records.push({
      sheet: view.name,
      row: first + 1,
      ...identity,
      scores: scores as Record<CompetencyCode, number>,
      rowStandards,
      technical,
    });
  }
  return { records, issues: sink.issues, rowsRead: groups.size, unassessedRows: [] };
}

/**
 * Read the employees of a detected table (with the mapping as detected or as the user changed it);
 * `supply` gives grades to rows whose own grade cell is blank or absent (employee lists, a default).
 */
export function extractRecords(
  grid: SheetGrid,
  detection: TableDetection,
  technicalNames: readonly string[] = [],
  supply?: GradeSupply
): Extraction {
  const view = new SheetView(grid);
  return detection.layout === "long"
    ? extractLong(view, detection, technicalNames, supply)
    : extractWide(view, detection, supply);
}
