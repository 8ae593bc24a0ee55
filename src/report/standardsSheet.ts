// "Standar Kompetensi YYYY": the standards the plan applied and where each comes from (docs/domain.md §16):
// the default of every grade (a JF grade's from the chosen table, with its basis), then the SKJ sheet's rows
// that applied to someone. The JPM method (and its rounding) is stated with them.
import { COMPETENCIES } from "../skj/catalogue";
import { GRADE_TABLE } from "../skj/grades";
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import { DEFAULT_JF_TABLE, isJfGrade, jfTableEntry } from "../skj/registry/jfTables";
import type { StandardOrigin } from "../skj/messages/areas/standards.params";
import { EmployeeResult, PlanResult } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { CENTER, HEADER, HEADING, NOTE, printSetup, TEXT, TITLE } from "./styles";

/** Jenjang or position, the nine levels, the source, the employees it applies to. */
const WIDTHS = [30, ...COMPETENCIES.map(() => 6), 44, 10];
const WIDTH = WIDTHS.length;
const SOURCE = 1 + COMPETENCIES.length;
const EMPLOYEES = SOURCE + 1;
const TOTAL_WIDTH = WIDTHS.reduce((s, w) => s + w, 0);
const DEFAULT_CELL: CellStyle = mergeStyles(CENTER, { font: { italic: true, color: "#595959" } });

/** A grade's name without the eselon written after it: "Administrator (Eselon III.a)" -> "Administrator". */
function baseGrade(grade: string): string {
  return grade.replace(/\s*\(.*\)\s*$/, "");
}

/** Employees whose nine standards include the grade's default (not all from the table or the SKJ sheet). */
function usesDefault(e: EmployeeResult): boolean {
  return e.competencies.some((c) => c.standardSource === "default");
}

/**
 * Whether the plan applied standards an agency chose (a JF default table, an SKJ-sheet row) or the user set
 * the JF table or the mean method's rounding: then the sheet says which and on what basis.
 */
export function agencyStandards(plan: PlanResult): boolean {
  const s = plan.standards;
  if (!s) return false;
  return (
    s.positions.length > 0 ||
    s.jfTableSource === "user" ||
    plan.jpmRounded === true ||
    plan.employees.some((e) => isJfGrade(e.grade) && usesDefault(e))
  );
}

export function buildStandardsSheet(plan: PlanResult, name: string, lang: Lang = "id"): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const inForce = plan.standards ?? {
    jfTable: DEFAULT_JF_TABLE,
    jfTableSource: "default" as const,
    positions: [],
  };
  const table = jfTableEntry(inForce.jfTable);
  const b = new SheetBuilder(WIDTH);
  const note = (text: string, style: CellStyle = NOTE) => {
    const r = b.addRow([text]);
    b.merge(rect(r, 0, r, WIDTH - 1));
    b.style(rect(r, 0, r, WIDTH - 1), style);
    b.height(r, heightForLines(wrappedLines(text, TOTAL_WIDTH)));
    return r;
  };
  const title = note(
    say(msg("standards-sheet-title", { year: plan.year })),
    mergeStyles(TITLE, { horizontal: "left" })
  );
  b.height(title, 22);
  note(
    say(
      msg("standards-sheet-intro", {
        table: inForce.jfTable,
        chosen: inForce.jfTableSource === "user",
        ...(inForce.skjSheet ? { skjSheet: inForce.skjSheet } : {}),
        positions: inForce.positions.length,
      })
    )
  );
  note(say(msg("standards-sheet-jf-basis", { table: inForce.jfTable })));
  note(
    say(msg("standards-jpm-note", { method: plan.jpmMethod, rounded: plan.jpmRounded === true }))
  );
  b.addRow();

  const header = (first: "grade" | "position") => {
    const r = b.addRow([
      say(msg("standards-sheet-header", { column: first })),
      ...COMPETENCIES.map((c) => c.code),
      say(msg("standards-sheet-header", { column: "source" })),
      say(msg("standards-sheet-header", { column: "employees" })),
    ]);
    b.style(rect(r, 0, r, WIDTH - 1), HEADER);
    return r;
  };
  const heading = (section: "grades" | "positions") => {
    const r = b.addRow([say(msg("standards-sheet-section", { section }))]);
    b.merge(rect(r, 0, r, WIDTH - 1));
    b.style(rect(r, 0, r, WIDTH - 1), HEADING);
  };
  const row = (label: string, levels: (number | string)[], origin: StandardOrigin, n: number) => {
    const source = say(msg("standards-origin", origin));
    const r = b.addRow([label, ...levels, source, n]);
    b.style(rect(r, 0, r, 0), TEXT);
    b.style(rect(r, 1, r, SOURCE - 1), CENTER);
    levels.forEach((v, i) => {
      if (typeof v === "string") b.style(rect(r, 1 + i, r, 1 + i), DEFAULT_CELL);
    });
    b.style(rect(r, SOURCE, r, SOURCE), TEXT);
    b.style(rect(r, EMPLOYEES, r, EMPLOYEES), CENTER);
    const lines = Math.max(wrappedLines(label, WIDTHS[0]), wrappedLines(source, WIDTHS[SOURCE]));
    if (lines > 1) b.height(r, heightForLines(lines));
  };

  heading("grades");
  const gradesHeader = header("grade");
  const byGrade = new Map<string, number>();
  for (const e of plan.employees)
    if (usesDefault(e)) byGrade.set(baseGrade(e.grade), (byGrade.get(baseGrade(e.grade)) ?? 0) + 1);
  for (const g of GRADE_TABLE) {
    const grade = g.grade;
    const level = isJfGrade(grade) ? table.levels[grade] : g.level;
    const origin: StandardOrigin = isJfGrade(grade)
      ? { kind: "jf", table: inForce.jfTable, extrapolated: table.extrapolated.includes(grade) }
      : { kind: "structural" };
    row(
      g.grade,
      COMPETENCIES.map(() => level),
      origin,
      byGrade.get(g.grade) ?? 0
    );
    byGrade.delete(g.grade);
  }
  // Levels written in the table ("Level SKJ 3", "Level 4"): their own rows, with the employees they cover.
  for (const [grade, n] of [...byGrade].sort(([a], [z]) => a.localeCompare(z))) {
    const level = plan.employees.find((e) => baseGrade(e.grade) === grade)!.level;
    row(
      grade,
      COMPETENCIES.map(() => level),
      { kind: "level" },
      n
    );
  }

  if (inForce.skjSheet && inForce.positions.length > 0) {
    b.addRow();
    heading("positions");
    header("position");
    const blank = say(msg("standards-sheet-blank", {}));
    for (const p of inForce.positions)
      row(
        p.position,
        COMPETENCIES.map((c) => p.competencies[c.code] ?? blank),
        { kind: "skj-sheet", sheet: inForce.skjSheet },
        p.employees
      );
  }

  return b.build({
    name,
    kind: "standards",
    columnWidths: WIDTHS,
    print: printSetup({ repeatRows: { first: gradesHeader, last: gradesHeader } }),
    tabColor: "#7F6000",
  });
}
