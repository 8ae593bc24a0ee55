// The AKPK sheet, "Kebutuhan dan Rencana Pengembangan Kompetensi YYYY": one row per programme (and per
// individual development line) with the seven contents PP 11/2017 art. 207(3) asks of a plan — competency,
// target employees, type and route, provider, schedule, fit with the overseeing agency's curriculum, budget —
// then what the ceiling defers, the totals per unit and funding source, the cost assumptions and the signature.
// It replaces the former "AKPK" sheet (docs/domain.md §13, §15).
import type { AkpkColumn, AkpkSection } from "../skj/messages/areas/akpk.params";
import { type Message, msg } from "../skj/messages";
import { curriculumEntry } from "../skj/registry/curricula";
import { devMethodEntry } from "../skj/registry/devMethods";
import { providerEntry } from "../skj/registry/providers";
import { columnLetter } from "../skj/text";
import type { BudgetLine, EmployeeResult, PlanResult, Programme } from "../skj/types";
import { type ReportContext, say } from "./context";
import { type Block, heightForLines, wrappedLines } from "./layout";
import type { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { fullWidthRow, headerRow, keepBlocksTogether, sheetHead } from "./sheetParts";
import { CENTER, HEADING, NOTE, printSetup, TEXT, TITLE, TOTAL_LABEL, TOTAL_VALUE } from "./styles";

export const AKPK_COLUMNS: readonly AkpkColumn[] = [
  "no",
  "competency",
  "targets",
  "type",
  "provider",
  "schedule",
  "curriculum",
  "cost",
  "funding",
  "status",
];
/** About 139 characters: A4 landscape at 100%, so the 10 pt body prints at 10 pt. */
const WIDTHS = [9, 15, 26, 17, 15, 10, 14, 13, 11, 9];
const WIDTH = AKPK_COLUMNS.length;
const COL = Object.fromEntries(AKPK_COLUMNS.map((c, i) => [c, i])) as Record<AkpkColumn, number>;
const RUPIAH = "#,##0";
const MONEY: CellStyle = { ...TEXT, horizontal: "right", numberFormat: RUPIAH };
const DEFERRED: CellStyle = mergeStyles(TEXT, { fill: "#FFEB9C", font: { color: "#9C5700" } });
const SECTION: CellStyle = mergeStyles(HEADING, { fill: "#E4DFEC" });
const SIGN_TEXT: CellStyle = {
  font: { size: 11 },
  horizontal: "center",
  vertical: "top",
  wrap: true,
};
const SIGN_NAME: CellStyle = mergeStyles(SIGN_TEXT, { font: { bold: true, underline: true } });
/** Names listed in a row before "and N more": a row stays within Excel's 409-point height. */
const MAX_NAMES = 30;
/** The signature sits under the schedule to status columns, on the right of the page. */
const SIGN = { left: COL.curriculum, right: WIDTH - 1 };

/** The header row in the report's language. */
export function akpkHeaders(ctx: Pick<ReportContext, "lang">): string[] {
  return AKPK_COLUMNS.map((column) => say(ctx, msg("akpk-header", { column })));
}

function section(b: SheetBuilder, ctx: ReportContext, which: AkpkSection): number {
  const r = b.addRow([say(ctx, msg("akpk-section", { section: which }))]);
  b.merge(rect(r, 0, r, WIDTH - 1));
  b.style(rect(r, 0, r, WIDTH - 1), SECTION);
  b.height(r, 18);
  return r;
}

/** One line of the plan: a programme or an individual development line. */
function writeLine(
  b: SheetBuilder,
  ctx: ReportContext,
  p: Programme,
  names: ReadonlyMap<string, EmployeeResult>,
  span: number
): number {
  const method = devMethodEntry(p.method);
  const who = p.participants.map((id) => names.get(id)?.name || id);
  const shown =
    who.length > MAX_NAMES
      ? [...who.slice(0, MAX_NAMES), say(ctx, msg("akpk-more", { count: who.length - MAX_NAMES }))]
      : who;
  const cells: Record<AkpkColumn, string | number> = {
    no: p.id,
    competency: p.competencyName,
    targets: say(
      ctx,
      msg("akpk-targets", {
        count: p.participants.length,
        who: shown,
        ...(p.unit ? { unit: p.unit } : {}),
      })
    ),
    type: say(
      ctx,
      msg("akpk-type", {
        method: p.method,
        methodName: method ? method.name[ctx.lang] : p.methodName,
        route: p.route,
        jp: p.jp,
      })
    ),
    provider: providerEntry(p.provider)?.name[ctx.lang] ?? p.provider,
    schedule: say(ctx, msg("programme-month", { month: p.month, months: span })),
    curriculum: curriculumEntry(p.curriculum)?.name[ctx.lang] ?? p.curriculum,
    cost: p.cost,
    funding: say(ctx, msg("akpk-funding", { funding: p.funding })),
    status: say(ctx, msg("programme-status", { deferred: p.deferred })),
  };
  const r = b.addRow(AKPK_COLUMNS.map((c) => cells[c]));
  b.style(rect(r, 0, r, WIDTH - 1), TEXT);
  b.style(rect(r, COL.no, r, COL.no), CENTER);
  b.style(rect(r, COL.schedule, r, COL.schedule), mergeStyles(CENTER, { wrap: true }));
  b.style(rect(r, COL.cost, r, COL.cost), MONEY);
  if (p.deferred) b.style(rect(r, COL.status, r, COL.status), DEFERRED);
  const lines = Math.max(
    ...AKPK_COLUMNS.map((c, i) =>
      typeof cells[c] === "string" ? wrappedLines(cells[c], WIDTHS[i]) : 1
    )
  );
  if (lines > 1) b.height(r, heightForLines(lines));
  return r;
}

/** A section's lines, or "None."; returns the rows written. */
function writeLines(
  b: SheetBuilder,
  ctx: ReportContext,
  lines: readonly Programme[],
  names: ReadonlyMap<string, EmployeeResult>,
  spans: ReadonlyMap<string, number>
): number[] {
  if (lines.length === 0) {
    fullWidthRow(b, WIDTHS, say(ctx, msg("akpk-none", {})), NOTE);
    return [];
  }
  return lines.map((p) => writeLine(b, ctx, p, names, spans.get(p.id) ?? 1));
}

/** The cost of a section's rows that are proposed (not deferred), as a formula over the cost column. */
function sectionTotal(b: SheetBuilder, ctx: ReportContext, rows: number[], amount: number): void {
  if (rows.length === 0) return;
  const r = b.addRow();
  b.set(r, 0, say(ctx, msg("programme-total-label", {})));
  b.merge(rect(r, 0, r, COL.cost - 1));
  b.style(rect(r, 0, r, COL.cost - 1), TOTAL_LABEL);
  const cost = columnLetter(COL.cost);
  const status = columnLetter(COL.status);
  const first = rows[0] + 1;
  const last = rows[rows.length - 1] + 1;
  const deferred = say(ctx, msg("programme-status", { deferred: true }));
  b.formula(
    r,
    COL.cost,
    `=SUMIF(${status}${first}:${status}${last},"<>${deferred}",${cost}${first}:${cost}${last})`,
    amount
  );
  b.style(rect(r, COL.cost, r, COL.cost), {
    ...TOTAL_VALUE,
    horizontal: "right",
    numberFormat: RUPIAH,
  });
}

/** A two-column table of totals (unit or funding source): proposed and deferred. */
function totalsTable(
  b: SheetBuilder,
  ctx: ReportContext,
  what: "unit" | "funding",
  lines: readonly BudgetLine[],
  label: (key: string) => string
): void {
  if (lines.length === 0) {
    fullWidthRow(b, WIDTHS, say(ctx, msg("akpk-none", {})), NOTE);
    return;
  }
  const head = b.addRow();
  const headers: [number, number, Message][] = [
    [0, COL.schedule, msg("akpk-total-header", { what })],
    [COL.curriculum, COL.curriculum, msg("akpk-total-header", { what: "proposed" })],
    [COL.cost, COL.cost, msg("akpk-total-header", { what: "deferred" })],
  ];
  for (const [left, right, m] of headers) {
    b.set(head, left, say(ctx, m));
    if (right > left) b.merge(rect(head, left, head, right));
  }
  b.style(
    rect(head, 0, head, COL.cost),
    mergeStyles(TEXT, { font: { bold: true }, fill: "#D9E1F2" })
  );
  for (const line of lines) {
    const r = b.addRow();
    b.set(r, 0, label(line.key));
    b.merge(rect(r, 0, r, COL.schedule));
    b.set(r, COL.curriculum, line.total);
    b.set(r, COL.cost, line.deferred);
    b.style(rect(r, 0, r, COL.schedule), TEXT);
    b.style(rect(r, COL.curriculum, r, COL.cost), MONEY);
  }
}

function writeSignature(b: SheetBuilder, ctx: ReportContext): Block {
  const first = b.rowCount;
  const s = ctx.signatory;
  const lines: [string, CellStyle, number?][] = [
    [say(ctx, msg("sheet-sign-place", { place: ctx.place, date: ctx.date })), SIGN_TEXT],
    [say(ctx, msg("akpk-approved", {})), SIGN_TEXT],
    [s.title || "....................................", SIGN_TEXT],
    ["", SIGN_TEXT, 54],
    [s.name || "(....................................)", SIGN_NAME],
    [`NIP. ${s.nip}`.trim(), SIGN_TEXT],
  ];
  const width = WIDTHS.slice(SIGN.left, SIGN.right + 1).reduce((a, w) => a + w, 0);
  for (const [text, style, height] of lines) {
    const r = b.addRow();
    b.set(r, SIGN.left, text);
    b.merge(rect(r, SIGN.left, r, SIGN.right));
    b.style(rect(r, SIGN.left, r, SIGN.right), style);
    b.height(r, height ?? heightForLines(wrappedLines(text, width, 11), 11));
  }
  return { first, last: b.rowCount - 1 };
}

export function buildProgrammeSheet(
  plan: PlanResult,
  name: string,
  ctx: ReportContext
): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const title = sheetHead(b, WIDTHS, plan, ctx, say(ctx, msg("akpk-title", { year: plan.year })));
  b.style(rect(title, 0, title, WIDTH - 1), TITLE);
  b.height(title, 22);
  const lines = [...plan.programmes, ...plan.individual];
  fullWidthRow(
    b,
    WIDTHS,
    say(
      ctx,
      msg("akpk-intro", {
        programmes: plan.programmes.length,
        classroom: plan.programmes.filter((p) => p.route === "klasikal").length,
        individual: plan.individual.length,
        participants: new Set(lines.flatMap((p) => p.participants)).size,
        threshold: plan.grouping.threshold,
        unitThreshold: plan.grouping.unitThreshold,
        ceiling: plan.budget.ceiling,
      })
    ),
    NOTE
  );
  b.addRow();

  const header = headerRow(b, WIDTHS, akpkHeaders(ctx));
  // Who the participants are, and the months each line runs (its activities' months).
  const names = new Map(plan.employees.map((e) => [e.nip || e.name, e]));
  const spans = new Map<string, number>();
  const byId = new Map(lines.map((p) => [p.id, p]));
  for (const e of plan.employees)
    for (const a of e.plan.activities) {
      const line = byId.get(a.programme ?? a.individual ?? "");
      if (line)
        spans.set(line.id, Math.max(spans.get(line.id) ?? 1, a.month + a.months - line.month));
    }
  const sumOf = (xs: readonly Programme[]) =>
    xs.filter((p) => !p.deferred).reduce((s, p) => s + p.cost, 0);

  // Spans printed on one page: a section's title with its first row, the budget, each totals table, the
  // signature; every other row is its own block (docs/domain.md §15).
  const together: Block[] = [];
  const withNext = (row: number) => together.push({ first: row, last: row + 1 });
  const keepFrom = (first: number) => together.push({ first, last: b.rowCount - 1 });

  withNext(section(b, ctx, "programmes"));
  sectionTotal(b, ctx, writeLines(b, ctx, plan.programmes, names, spans), sumOf(plan.programmes));
  withNext(section(b, ctx, "individual"));
  sectionTotal(b, ctx, writeLines(b, ctx, plan.individual, names, spans), sumOf(plan.individual));
  if (plan.budget.ceiling !== null) {
    withNext(section(b, ctx, "deferred"));
    writeLines(
      b,
      ctx,
      lines.filter((p) => p.deferred),
      names,
      spans
    );
  }

  // The budget: everything, the ceiling, what is proposed and what waits a year.
  const budget: { kind: "required" | "ceiling" | "total" | "deferred"; amount: number }[] = [
    { kind: "required", amount: plan.budget.required },
    ...(plan.budget.ceiling !== null
      ? [{ kind: "ceiling" as const, amount: plan.budget.ceiling }]
      : []),
    { kind: "total", amount: plan.budget.total },
    { kind: "deferred", amount: plan.budget.deferredTotal },
  ];
  b.addRow();
  let start = b.rowCount;
  for (const line of budget) {
    const r = b.addRow();
    b.set(r, 0, say(ctx, msg("akpk-budget-line", { kind: line.kind })));
    b.merge(rect(r, 0, r, COL.cost - 1));
    b.style(rect(r, 0, r, COL.cost - 1), TOTAL_LABEL);
    b.set(r, COL.cost, line.amount);
    b.style(rect(r, COL.cost, r, COL.cost), {
      ...TOTAL_VALUE,
      horizontal: "right",
      numberFormat: RUPIAH,
    });
  }
  keepFrom(start);
  b.addRow();
  start = section(b, ctx, "units");
  totalsTable(b, ctx, "unit", plan.budget.byUnit, (key) => key);
  keepFrom(start);
  b.addRow();
  start = section(b, ctx, "funding");
  totalsTable(b, ctx, "funding", plan.budget.byFunding, (key) =>
    say(ctx, msg("akpk-funding", { funding: key }))
  );
  keepFrom(start);
  b.addRow();

  // The unit costs behind the figures: the agency's assumptions, printed so they can be checked.
  withNext(section(b, ctx, "costs"));
  for (const [code, unit] of Object.entries(plan.budget.unitCosts)) {
    const entry = devMethodEntry(code);
    if (!entry) continue;
    fullWidthRow(
      b,
      WIDTHS,
      say(
        ctx,
        msg("akpk-cost-line", {
          method: code,
          methodName: entry.name[ctx.lang],
          basis: unit.basis,
          amount: unit.amount,
          ...(unit.funding ? { funding: unit.funding } : {}),
          source: unit.source ?? "default",
        })
      ),
      NOTE
    );
  }
  for (const id of [...new Set(lines.map((p) => p.curriculum))].sort()) {
    const entry = curriculumEntry(id);
    if (entry)
      fullWidthRow(
        b,
        WIDTHS,
        say(
          ctx,
          msg("akpk-curriculum-note", { name: entry.name[ctx.lang], basis: entry.basis[ctx.lang] })
        ),
        NOTE
      );
  }
  fullWidthRow(
    b,
    WIDTHS,
    say(ctx, msg("programme-target-note", { columnFound: plan.targetPosition })),
    NOTE
  );
  b.addRow();
  together.push(writeSignature(b, ctx));

  const print = printSetup({ repeatRows: { first: header, last: header } });
  const blocks: Block[] = [];
  for (let r = header + 1; r < b.rowCount;) {
    const span = together.find((t) => t.first === r);
    const block = span ?? { first: r, last: r };
    blocks.push(block);
    r = block.last + 1;
  }
  keepBlocksTogether(b, WIDTHS, print, blocks, b.heightOf(header));
  return b.build({
    name,
    kind: "programmes",
    columnWidths: WIDTHS,
    print,
    freeze: { rows: header + 1, cols: 0 },
    tabColor: "#7030A0",
  });
}
