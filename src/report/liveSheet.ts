// Plan cells that follow the scores (docs/domain.md §22): a hidden sheet with one row per employee holding the
// standards, the scores as references to the source cells, the gaps, the need flags, the JPM and the category
// as plain formulas with their computed values. The plan and summary sheets refer to its cells, so that a
// corrected score changes them when the workbook recalculates, in Excel or LibreOffice, with or without the
// add-in. Activities stay values: they are a choice, refreshed by planning again.
import { COMPETENCIES } from "../skj/catalogue";
import { type Message, msg } from "../skj/messages";
import { jpmMethodEntry, roundedMeanFormula } from "../skj/registry/jpmMethods";
import { thresholdValues } from "../skj/registry/schemes";
import { CATEGORY_NAMES } from "../skj/scoring";
import { GRADE_TABLE } from "../skj/grades";
import { defaultLevelOf } from "../skj/standards";
import { columnLetter } from "../skj/text";
import type { CompetencyCode, EmployeeResult, PlanResult } from "../skj/types";
import { type ReportContext, say } from "./context";
import type { SheetModel } from "./model";
import { rect, SheetBuilder } from "./sheetBuilder";
import { FORMATS, HEADER, NOTE } from "./styles";

const CODES: readonly CompetencyCode[] = COMPETENCIES.map((c) => c.code);
const N = CODES.length;
/** Columns: identity, then nine standards, nine scores, nine gaps, nine need flags, JPM, category, needs. */
const COL = {
  nip: 0,
  name: 1,
  unit: 2,
  row: 3,
  standard: (k: number) => 4 + k,
  score: (k: number) => 4 + N + k,
  gap: (k: number) => 4 + 2 * N + k,
  need: (k: number) => 4 + 3 * N + k,
  jpm: 4 + 4 * N,
  category: 5 + 4 * N,
  needs: 6 + 4 * N,
};
/** The grade list (grade as written → default level) sits right of the employees, after one empty column. */
const GRADE_TEXT = COL.needs + 2;
const GRADE_LEVEL = COL.needs + 3;
const WIDTH = GRADE_LEVEL + 1;
/** Rows before the first employee: a note and the header. */
const FIRST = 2;
/** The tolerance and category bounds compare with the same slack as the domain (scoring.ts). */
const EPS = "1E-9";

/** Where the formula data of a plan is, for the sheets that refer to it. */
export interface LiveCells {
  /** The hidden sheet's name as the model asks for it; lowering rewrites references if it is renamed. */
  sheet: string;
  employees: EmployeeResult[];
  rowOf: Map<EmployeeResult, number>;
  /** Grade texts (trimmed, upper case) and their default level: the catalogue's names and the table's own. */
  grades: [string, number][];
}

/**
 * The grade list: every grade name SKJ knows with its default level (a JF grade's from the table in force), and
 * each grade text of the table whose employees all got one default level ("Non Eselon", read from each
 * title, gets none). Spreadsheets match it without case (docs/domain.md §22).
 */
function gradeList(plan: PlanResult, employees: readonly EmployeeResult[]): [string, number][] {
  const key = (s: string) => s.trim().toUpperCase();
  const out = new Map<string, number | null>();
  for (const g of GRADE_TABLE)
    out.set(
      key(g.grade),
      defaultLevelOf({ grade: g.grade, level: g.level }, plan.standards?.jfTable)
    );
  for (const e of employees) {
    const text = key(e.jobLevel);
    if (!text || e.competencies.some((c) => c.standardSource !== "default")) continue;
    const level = defaultLevelOf(e, plan.standards?.jfTable);
    const seen = out.get(text);
    if (seen === undefined) out.set(text, level);
    else if (seen !== level) out.set(text, null);
  }
  return [...out].filter((x): x is [string, number] => x[1] !== null);
}

/** 'Name' with quotes doubled, as a formula names a sheet. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function abs(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/** The formula data's layout, or undefined when the plan has no table cells to refer to (§22). */
export function liveCells(plan: PlanResult, sheet: string): LiveCells | undefined {
  if (!plan.source.cells || plan.employees.length === 0) return undefined;
  const employees = [...plan.employees].sort((a, z) => a.row - z.row);
  return {
    sheet,
    employees,
    rowOf: new Map(employees.map((e, i) => [e, FIRST + i])),
    grades: gradeList(plan, employees),
  };
}

/** A cell of an employee's row in the formula data, for a formula on another sheet. */
export function liveRef(
  live: LiveCells,
  e: EmployeeResult,
  field: "jpm" | "category" | "needs" | { kind: "standard" | "score" | "gap"; code: CompetencyCode }
): string | undefined {
  const row = live.rowOf.get(e);
  if (row === undefined) return undefined;
  const col = typeof field === "string" ? COL[field] : COL[field.kind](CODES.indexOf(field.code));
  return `${quoteSheet(live.sheet)}!${abs(row, col)}`;
}

/** A whole column of the formula data (every employee), for the summary's COUNTIF and AVERAGEIFS. */
export function liveColumn(
  live: LiveCells,
  field: "unit" | "category" | { kind: "score" | "gap" | "need"; code: CompetencyCode }
): string {
  const col = typeof field === "string" ? COL[field] : COL[field.kind](CODES.indexOf(field.code));
  const last = FIRST + live.employees.length - 1;
  return `${quoteSheet(live.sheet)}!${abs(FIRST, col)}:${abs(last, col)}`;
}

/** The category of the JPM in `cell`, nested IFs over the scheme's bounds, highest first. */
function categoryFormula(plan: PlanResult, cell: string): string {
  const names = CATEGORY_NAMES[plan.scheme];
  const limits = thresholdValues(plan.scheme, plan.thresholds);
  const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
  let formula = text(names[names.length - 1]);
  for (let i = limits.length - 1; i >= 0; i--) {
    formula = `IF(${cell}>=${limits[i]}-${EPS},${text(names[i])},${formula})`;
  }
  return `=${formula}`;
}

function sourceCell(plan: PlanResult, e: EmployeeResult, col: number): string {
  return `${quoteSheet(e.sheet)}!${abs(e.row - 1, col)}`;
}

function writeEmployee(
  b: SheetBuilder,
  plan: PlanResult,
  live: LiveCells,
  e: EmployeeResult,
  r: number
): void {
  const cells = plan.source.cells!;
  b.set(r, COL.nip, e.nip);
  b.set(r, COL.name, e.name);
  b.set(r, COL.unit, e.unit);
  b.set(r, COL.row, e.row);
  const here = (col: number) => `${columnLetter(col)}${r + 1}`;
  let complete = true;
  CODES.forEach((code, k) => {
    const c = e.competencies.find((x) => x.code === code);
    if (!c) {
      complete = false;
      b.set(r, COL.gap(k), 0);
      b.set(r, COL.need(k), 0);
      return;
    }
    // A number in the source cell is used; anything else (text, blank) keeps the value read when planned.
    const scoreCol = cells.scores[code];
    if (scoreCol !== undefined) {
      const src = sourceCell(plan, e, scoreCol);
      b.formula(r, COL.score(k), `=IF(ISNUMBER(${src}),${src},${c.score})`, c.score);
    } else b.set(r, COL.score(k), c.score);
    const standardCol =
      c.standardSource === "table" ? (cells.standards[code] ?? cells.level) : undefined;
    if (standardCol !== undefined) {
      const src = sourceCell(plan, e, standardCol);
      b.formula(r, COL.standard(k), `=IF(ISNUMBER(${src}),${src},${c.standard})`, c.standard);
    } else if (c.standardSource === "default" && cells.grade !== undefined) {
      // The grade's default follows the grade cell through the grade list; a text not in it keeps the value.
      const src = sourceCell(plan, e, cells.grade);
      const list = `${abs(FIRST, GRADE_TEXT)}:${abs(FIRST + live.grades.length - 1, GRADE_LEVEL)}`;
      b.formula(
        r,
        COL.standard(k),
        `=IFERROR(VLOOKUP(TRIM(${src}),${list},2,FALSE),${c.standard})`,
        c.standard
      );
    } else b.set(r, COL.standard(k), c.standard);
    const s = here(COL.score(k));
    const t = here(COL.standard(k));
    b.formula(r, COL.gap(k), `=${s}-${t}`, c.gap);
    // 1 or 0 rather than TRUE/FALSE: counted alike by every spreadsheet, and the model holds numbers.
    b.formula(r, COL.need(k), `=IF(${s}<${t}*(1-${plan.tolerance})-${EPS},1,0)`, c.need ? 1 : 0);
  });
  const scores = `${here(COL.score(0))}:${here(COL.score(N - 1))}`;
  const standards = `${here(COL.standard(0))}:${here(COL.standard(N - 1))}`;
  // The JPM is a formula over the nine when all nine were assessed; otherwise the value planned.
  if (complete) {
    const formula = plan.jpmRounded
      ? roundedMeanFormula(scores, standards)
      : jpmMethodEntry(plan.jpmMethod).sheetFormula(scores, standards);
    b.formula(r, COL.jpm, `=${formula}`, e.jpm);
    b.formula(r, COL.category, categoryFormula(plan, here(COL.jpm)), e.category);
  } else {
    b.set(r, COL.jpm, e.jpm);
    b.set(r, COL.category, e.category);
  }
  // Needs among the nine follow the scores; technical ones (no formula) are added as planned.
  const technical = e.technical.filter((t) => t.need).length;
  b.formula(
    r,
    COL.needs,
    `=SUM(${here(COL.need(0))}:${here(COL.need(N - 1))})${technical ? `+${technical}` : ""}`,
    e.priorities.length
  );
}

export function buildLiveSheet(plan: PlanResult, live: LiveCells, ctx: ReportContext): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const t = (m: Message) => say(ctx, m);
  const note = b.addRow([t(msg("live-sheet-note", { planSheet: ctx.names.plan }))]);
  b.style(rect(note, 0, note, 0), NOTE);
  const names = COMPETENCIES.map((c) => c.code);
  const header = b.addRow([
    "NIP",
    t(msg("live-sheet-header", { column: "name" })),
    t(msg("live-sheet-header", { column: "unit" })),
    t(msg("live-sheet-header", { column: "row" })),
    ...names.map((code) => t(msg("live-sheet-header", { column: "standard", code }))),
    ...names.map((code) => t(msg("live-sheet-header", { column: "score", code }))),
    ...names.map((code) => t(msg("live-sheet-header", { column: "gap", code }))),
    ...names.map((code) => t(msg("live-sheet-header", { column: "need", code }))),
    "JPM",
    t(msg("live-sheet-header", { column: "category" })),
    t(msg("live-sheet-header", { column: "needs" })),
  ]);
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  for (const e of live.employees) {
    const r = b.addRow();
    writeEmployee(b, plan, live, e, r);
  }
  // The grade list, beside the employees (more rows than employees when the catalogue's names outnumber them).
  b.set(header, GRADE_TEXT, t(msg("live-sheet-header", { column: "gradeText" })));
  b.set(header, GRADE_LEVEL, t(msg("live-sheet-header", { column: "gradeLevel" })));
  live.grades.forEach(([text, level], i) => {
    const r = FIRST + i;
    while (b.rowCount <= r) b.addRow();
    b.set(r, GRADE_TEXT, text);
    b.set(r, GRADE_LEVEL, level);
  });
  const last = FIRST + live.employees.length - 1;
  if (last >= FIRST) {
    b.style(rect(FIRST, COL.nip, last, COL.nip), { numberFormat: FORMATS.text });
    b.style(rect(FIRST, COL.gap(0), last, COL.gap(N - 1)), { numberFormat: FORMATS.gap });
    b.style(rect(FIRST, COL.jpm, last, COL.jpm), { numberFormat: FORMATS.percent });
  }
  return b.build({
    name: live.sheet,
    kind: "live",
    columnWidths: [20, 24, 20, 6, ...Array(4 * N).fill(7), 8, 14, 8, 3, 22, 6],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: header, last: header },
    },
    freeze: { rows: FIRST, cols: 2 },
    hidden: true,
  });
}
