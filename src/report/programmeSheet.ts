// "Program dan Anggaran YYYY": one row per programme with the contents PP 11/2017 art. 207(3) asks of a plan
// (competency, target employees, type and route, provider, schedule, budget), the budget against the ceiling,
// the unit-cost assumptions, the target-position note and the signature (docs/domain.md §13).
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { ProgrammeColumn } from "../skj/messages/areas/plan.params";
import { devMethodEntry } from "../skj/registry/devMethods";
import { providerEntry } from "../skj/registry/providers";
import { PlanResult } from "../skj/types";
import { ReportContext } from "./context";
import { heightForLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { CENTER, HEADER, NOTE, TEXT, TITLE, TOTAL_LABEL, TOTAL_VALUE } from "./styles";

export const PROGRAMME_COLUMNS: readonly ProgrammeColumn[] = [
  "no",
  "id",
  "competency",
  "method",
  "route",
  "participants",
  "count",
  "provider",
  "month",
  "jp",
  "cost",
  "funding",
  "status",
];
const WIDTHS = [5, 10, 22, 24, 12, 30, 10, 24, 16, 9, 15, 18, 11];
const WIDTH = PROGRAMME_COLUMNS.length;
const COL = Object.fromEntries(PROGRAMME_COLUMNS.map((c, i) => [c, i])) as Record<
  ProgrammeColumn,
  number
>;
const RUPIAH = "#,##0";
const MONEY: CellStyle = { ...TEXT, horizontal: "right", numberFormat: RUPIAH };
const DEFERRED: CellStyle = mergeStyles(TEXT, { fill: "#FFEB9C", font: { color: "#9C5700" } });
const SIGN: CellStyle = { font: { size: 11 }, horizontal: "center", vertical: "center" };
/** The signature sits under the cost, funding and status columns. */
const SIGN_LEFT = COL.cost;

/** The header row in a language. */
export function programmeHeaders(lang: Lang = "id"): string[] {
  return PROGRAMME_COLUMNS.map((column) =>
    renderMessage(msg("programme-sheet-header", { column }), lang)
  );
}

function fullWidthNote(b: SheetBuilder, text: string, style: CellStyle = NOTE): number {
  const r = b.addRow([text]);
  b.merge(rect(r, 0, r, WIDTH - 1));
  b.style(rect(r, 0, r, WIDTH - 1), style);
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  b.height(r, heightForLines(wrappedLines(text, total)));
  return r;
}

export function buildProgrammeSheet(
  plan: PlanResult,
  name: string,
  ctx: ReportContext,
  lang: Lang = "id"
): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const b = new SheetBuilder(WIDTH);
  const title = b.addRow([
    say(msg("programme-sheet-title", { year: plan.year, agency: ctx.agency })),
  ]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { horizontal: "left" }));
  b.height(title, 22);
  const programmes = plan.programmes;
  const participants = new Set(programmes.flatMap((p) => p.participants)).size;
  fullWidthNote(
    b,
    say(
      msg("programme-sheet-intro", {
        programmes: programmes.length,
        classroom: programmes.filter((p) => p.route === "klasikal").length,
        participants,
        ceiling: plan.budget.ceiling,
      })
    )
  );
  b.addRow();

  const header = b.addRow(programmeHeaders(lang));
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  b.height(
    header,
    heightForLines(Math.max(...programmeHeaders(lang).map((h, i) => wrappedLines(h, WIDTHS[i]))))
  );
  const first = b.rowCount;
  programmes.forEach((p, i) => {
    const method = devMethodEntry(p.method);
    const methodText = `${p.method} – ${method ? method.name[lang] : p.methodName}`;
    const provider = providerEntry(p.provider)?.name[lang] ?? p.provider;
    const span = Math.max(
      1,
      ...plan.employees.flatMap((e) =>
        e.plan.activities
          .filter((a) => a.programme === p.id)
          .map((a) => a.month + a.months - p.month)
      )
    );
    const people = p.participants.join(", ");
    const r = b.addRow([
      i + 1,
      p.id,
      p.competencyName,
      methodText,
      say(msg("programme-route", { route: p.route })),
      people,
      p.participants.length,
      provider,
      say(msg("programme-month", { month: p.month, months: span })),
      p.jp,
      p.cost,
      say(msg("programme-funding", { funding: p.funding })),
      say(msg("programme-status", { deferred: p.deferred })),
    ]);
    b.style(rect(r, 0, r, WIDTH - 1), TEXT);
    b.style(rect(r, COL.no, r, COL.id), CENTER);
    b.style(rect(r, COL.count, r, COL.count), CENTER);
    b.style(rect(r, COL.jp, r, COL.jp), CENTER);
    b.style(rect(r, COL.cost, r, COL.cost), MONEY);
    if (p.deferred) b.style(rect(r, COL.status, r, COL.status), DEFERRED);
    const lines = Math.max(
      wrappedLines(people, WIDTHS[COL.participants]),
      wrappedLines(methodText, WIDTHS[COL.method]),
      wrappedLines(provider, WIDTHS[COL.provider]),
      wrappedLines(p.competencyName, WIDTHS[COL.competency])
    );
    if (lines > 1) b.height(r, heightForLines(lines));
  });
  const last = b.rowCount - 1;

  // The budget: every programme, the ceiling, what is proposed and what waits a year.
  const costCol = String.fromCharCode(65 + COL.cost);
  const lines: { kind: "required" | "ceiling" | "total" | "deferred"; amount: number }[] = [
    { kind: "required", amount: plan.budget.required },
    ...(plan.budget.ceiling !== null
      ? [{ kind: "ceiling" as const, amount: plan.budget.ceiling }]
      : []),
    { kind: "total", amount: plan.budget.total },
    { kind: "deferred", amount: plan.budget.deferredTotal },
  ];
  for (const line of lines) {
    const r = b.addRow();
    b.set(r, 0, say(msg("programme-budget-line", line)));
    b.merge(rect(r, 0, r, COL.cost - 1));
    b.style(rect(r, 0, r, COL.cost - 1), TOTAL_LABEL);
    if (line.kind === "required" && programmes.length > 0)
      b.formula(r, COL.cost, `=SUM(${costCol}${first + 1}:${costCol}${last + 1})`, line.amount);
    else b.set(r, COL.cost, line.amount);
    b.style(rect(r, COL.cost, r, COL.cost), {
      ...TOTAL_VALUE,
      horizontal: "right",
      numberFormat: RUPIAH,
    });
  }
  b.addRow();

  // The unit costs behind the figures: the agency's assumptions, printed so they can be checked.
  fullWidthNote(
    b,
    say(msg("programme-costs-title", {})),
    mergeStyles(NOTE, { font: { bold: true } })
  );
  for (const [code, unit] of Object.entries(plan.budget.unitCosts)) {
    const entry = devMethodEntry(code);
    if (!entry) continue;
    fullWidthNote(
      b,
      say(
        msg("programme-cost-line", {
          method: code,
          methodName: entry.name[lang],
          basis: unit.basis,
          amount: unit.amount,
        })
      )
    );
  }
  fullWidthNote(b, say(msg("programme-target-note", { columnFound: plan.targetPosition })));
  b.addRow();

  // The signer: given in the options, else dotted lines to fill by hand.
  const s = ctx.signatory;
  const signLines: [string, number?][] = [
    [`${ctx.place || "...................."}, ${say(msg("sheet-date", { date: ctx.date }))}`],
    [say(msg("programme-sign-approved", {}))],
    [s.title || "...................................."],
    ["", 54],
    [s.name || "(....................................)"],
    [`NIP. ${s.nip}`.trim()],
  ];
  for (const [text, height] of signLines) {
    const r = b.addRow();
    b.set(r, SIGN_LEFT, text);
    b.merge(rect(r, SIGN_LEFT, r, WIDTH - 1));
    b.style(rect(r, SIGN_LEFT, r, WIDTH - 1), SIGN);
    b.height(r, height ?? 16);
  }

  return b.buildList({
    name,
    kind: "programmes",
    columnWidths: WIDTHS,
    header,
    last,
    tabColor: "#7030A0",
  });
}
