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
import {
  fullWidthRow,
  headerRow,
  keepBlocksTogether,
  sheetHead,
  signatureBlock,
} from "./sheetParts";
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
/**
 * 124 characters: A4 landscape at 100% in Excel (10 pt body), and at about 92% where LibreOffice draws Calibri
 * with a wider font, so the body still prints above 9 pt.
 */
const WIDTHS = [8, 13, 23, 15, 13, 10, 12, 12, 10, 8];
const WIDTH = AKPK_COLUMNS.length;
const COL = Object.fromEntries(AKPK_COLUMNS.map((c, i) => [c, i])) as Record<AkpkColumn, number>;
const RUPIAH = "#,##0";
const MONEY: CellStyle = { ...TEXT, horizontal: "right", numberFormat: RUPIAH };
const DEFERRED: CellStyle = mergeStyles(TEXT, { fill: "#FFEB9C", font: { color: "#9C5700" } });
const SECTION: CellStyle = mergeStyles(HEADING, { fill: "#E4DFEC" });
/** Names listed in a row before "and N more": a row stays within Excel's 409-point height. */
const MAX_NAMES = 30;
/** The signature sits under the curriculum to status columns, on the right of the page; who prepared the
 * plan, under the competency to type columns on the left (docs/domain.md §14.1). */
const SIGN = { left: COL.curriculum, right: WIDTH - 1 };
const PREPARED = { left: COL.competency, right: COL.type };

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

/** Distinct texts in order, joined for one cell. */
const distinct = (texts: readonly string[]) => [...new Set(texts)].join("; ");

/**
 * One row of the plan: a programme, or several individual lines of one competency shown together (the free
 * in-house ones: the same employees by coaching, self-study and guidance on the job).
 */
function writeLine(
  b: SheetBuilder,
  ctx: ReportContext,
  group: readonly Programme[],
  names: ReadonlyMap<string, EmployeeResult>,
  spans: ReadonlyMap<string, number>
): number {
  const p = group[0];
  const participants = [...new Set(group.flatMap((x) => x.participants))];
  const who = participants.map((id) => names.get(id)?.name || id);
  const shown =
    who.length > MAX_NAMES
      ? [...who.slice(0, MAX_NAMES), say(ctx, msg("akpk-more", { count: who.length - MAX_NAMES }))]
      : who;
  const first = Math.min(...group.map((x) => x.month));
  const last = Math.max(...group.map((x) => x.month + (spans.get(x.id) ?? 1) - 1));
  const deferred = group.some((x) => x.deferred);
  const type = (x: Programme) => {
    const method = devMethodEntry(x.method);
    const text = say(
      ctx,
      msg("akpk-type", {
        method: x.method,
        methodName: method ? method.name[ctx.lang] : x.methodName,
        route: x.route,
        jp: x.jp,
      })
    );
    // Which of the employees take each method, when the row joins several.
    return group.length > 1 && x.participants.length < participants.length
      ? say(ctx, msg("akpk-type-some", { type: text, count: x.participants.length }))
      : text;
  };
  const cells: Record<AkpkColumn, string | number> = {
    no: group.map((x) => x.id).join(", "),
    competency: p.competencyName,
    targets: say(
      ctx,
      msg("akpk-targets", {
        count: participants.length,
        who: shown,
        ...(p.unit ? { unit: p.unit } : {}),
      })
    ),
    type: group.map(type).join("; "),
    provider: distinct(group.map((x) => providerEntry(x.provider)?.name[ctx.lang] ?? x.provider)),
    schedule: say(ctx, msg("programme-month", { month: first, months: last - first + 1 })),
    curriculum: distinct(
      group.map((x) => curriculumEntry(x.curriculum)?.name[ctx.lang] ?? x.curriculum)
    ),
    cost: group.reduce((sum, x) => sum + x.cost, 0),
    funding: distinct(group.map((x) => say(ctx, msg("akpk-funding", { funding: x.funding })))),
    status: say(ctx, msg("programme-status", { deferred })),
  };
  const r = b.addRow(AKPK_COLUMNS.map((c) => cells[c]));
  b.style(rect(r, 0, r, WIDTH - 1), TEXT);
  b.style(rect(r, COL.no, r, COL.no), mergeStyles(CENTER, { wrap: true }));
  b.style(rect(r, COL.schedule, r, COL.schedule), mergeStyles(CENTER, { wrap: true }));
  b.style(rect(r, COL.cost, r, COL.cost), MONEY);
  if (deferred) b.style(rect(r, COL.status, r, COL.status), DEFERRED);
  const lines = Math.max(
    ...AKPK_COLUMNS.map((c, i) =>
      typeof cells[c] === "string" ? wrappedLines(cells[c], WIDTHS[i]) : 1
    )
  );
  if (lines > 1) b.height(r, heightForLines(lines));
  return r;
}

/**
 * The rows of a section: each programme, and each costed individual line, on its own row; the free
 * individual lines of one competency on one row.
 */
function rowsOf(lines: readonly Programme[], joinFree: boolean): Programme[][] {
  const rows: Programme[][] = [];
  const free = new Map<string, Programme[]>();
  for (const p of lines) {
    if (!joinFree || p.cost > 0 || p.deferred) {
      rows.push([p]);
      continue;
    }
    let row = free.get(p.competency);
    if (!row) {
      row = [];
      free.set(p.competency, row);
      rows.push(row);
    }
    row.push(p);
  }
  return rows;
}

/** A section's lines, or "None."; returns the rows written. */
function writeLines(
  b: SheetBuilder,
  ctx: ReportContext,
  lines: readonly Programme[],
  names: ReadonlyMap<string, EmployeeResult>,
  spans: ReadonlyMap<string, number>,
  joinFree = false
): number[] {
  if (lines.length === 0) {
    fullWidthRow(b, WIDTHS, say(ctx, msg("akpk-none", {})), NOTE);
    return [];
  }
  return rowsOf(lines, joinFree).map((group) => writeLine(b, ctx, group, names, spans));
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
  sectionTotal(
    b,
    ctx,
    writeLines(b, ctx, plan.individual, names, spans, true),
    sumOf(plan.individual)
  );
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
  together.push(
    signatureBlock(b, WIDTHS, SIGN, ctx, {
      preparerCols: PREPARED,
      verb: msg("akpk-approved", {}),
    })
  );

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
