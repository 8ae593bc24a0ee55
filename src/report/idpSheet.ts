// "IDP YYYY": the individual development plan, one printed A4 page per employee (docs/domain.md §17):
// identity, the nine against their standards with a chart, the activities with method, provider, month and
// credited JP, the totals against the target, and the three signatures of art. 207 PP 11/2017.
import { type Message, msg, renderMessage } from "../skj/messages";
import type { IdpColumn, IdpLabel, IdpSigner } from "../skj/messages/areas/idp.params";
import { providerShortName } from "../skj/registry/providers";
import type { EmployeeResult, PlanResult } from "../skj/types";
import { type ReportContext } from "./context";
import { heightForLines, wrappedLines } from "./layout";
import { fullWidthRow } from "./sheetParts";
import type { SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import {
  BODY,
  CENTER,
  COLORS,
  FORMATS,
  HEADER,
  HEADING,
  NOTE,
  printSetup,
  SUBTITLE,
  TEXT,
  TITLE,
} from "./styles";

// A4 portrait, one page wide at about 100%: the columns add up to what the page holds.
const WIDTHS = [15, 6, 6, 6, 8, 9, 13, 17, 10, 4, 6];
const WIDTH = WIDTHS.length;
const ALL = WIDTH - 1;
const span = (left: number, right: number) =>
  WIDTHS.slice(left, right + 1).reduce((s, w) => s + w, 0);

/** Employees per sheet: one manual page break each, below Excel's 1,026 a sheet. */
export const IDP_PER_SHEET = 1000;
/** Above this many employees the pages get in-cell bars instead of a chart each (file size, write time). */
export const IDP_CHART_LIMIT = 300;

// Activity table: competency | method (2 cols) | activity (4 cols) | provider | month | JP | credited.
const ACT = {
  competency: [0, 0],
  method: [1, 2],
  activity: [3, 6],
  provider: [7, 7],
  month: [8, 8],
  jp: [9, 9],
  creditedJp: [10, 10],
} as const satisfies Partial<Record<IdpColumn, readonly [number, number]>>;
// Gap table: competency | standard | score | gap | priority; the chart beside it.
const GAP = { competency: 0, standard: 1, score: 2, gap: 3, priority: 4 } as const;
const CHART_COLS = [5, ALL] as const;
const SIGNERS: { who: IdpSigner; cols: [number, number] }[] = [
  { who: "employee", cols: [0, 2] },
  { who: "supervisor", cols: [3, 6] },
  { who: "pyb", cols: [7, ALL] },
];

export interface IdpSheets {
  sheets: SheetModel[];
  /** Notes for the run's summary: split over sheets, no charts. */
  notices: Message[];
}

/** IDP pages for the plan's employees, split into sheets of IDP_PER_SHEET. */
export function buildIdpSheets(plan: PlanResult, name: string, ctx: ReportContext): IdpSheets {
  const employees = plan.employees;
  const charts = employees.length <= IDP_CHART_LIMIT;
  const batches: EmployeeResult[][] = [];
  for (let i = 0; i < employees.length; i += IDP_PER_SHEET)
    batches.push(employees.slice(i, i + IDP_PER_SHEET));
  if (batches.length === 0) batches.push([]);
  const notices: Message[] = [];
  if (batches.length > 1)
    notices.push(
      msg("idp-split", {
        sheets: batches.length,
        perSheet: IDP_PER_SHEET,
        employees: employees.length,
      })
    );
  if (!charts)
    notices.push(msg("idp-no-charts", { employees: employees.length, limit: IDP_CHART_LIMIT }));
  const sheets = batches.map((batch, k) =>
    buildIdpSheet(plan, batches.length > 1 ? `${name} (${k + 1})` : name, batch, ctx, charts)
  );
  return { sheets, notices };
}

function buildIdpSheet(
  plan: PlanResult,
  name: string,
  employees: readonly EmployeeResult[],
  ctx: ReportContext,
  charts: boolean
): SheetModel {
  const say = (m: Message) => renderMessage(m, ctx.lang);
  const b = new SheetBuilder(WIDTH);
  const breaks: number[] = [];
  employees.forEach((e, i) => {
    if (i > 0) breaks.push(b.rowCount);
    writePage(b, plan, e, ctx, say, charts);
  });
  return b.build({
    name,
    kind: "idp",
    columnWidths: WIDTHS,
    print: printSetup({
      orientation: "portrait",
      ...(breaks.length ? { rowBreaks: breaks } : {}),
      margins: { top: 0.5, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    }),
    tabColor: "#1F4E78",
  });
}

function cells(
  b: SheetBuilder,
  r: number,
  [left, right]: readonly [number, number],
  value: unknown
) {
  b.set(r, left, value as never);
  if (right > left) b.merge(rect(r, left, r, right));
}

function writePage(
  b: SheetBuilder,
  plan: PlanResult,
  e: EmployeeResult,
  ctx: ReportContext,
  say: (m: Message) => string,
  charts: boolean
): void {
  const title = fullWidthRow(b, WIDTHS, say(msg("idp-title", { year: plan.year })), TITLE);
  b.height(title, 22);
  if (ctx.agency) fullWidthRow(b, WIDTHS, ctx.agency, SUBTITLE);
  b.addRow();

  // Identity: label | value on the left, label | value on the right.
  const label = (l: IdpLabel) => say(msg("idp-label", { label: l }));
  const pairs: [IdpLabel, string, IdpLabel, string][] = [
    ["name", e.name, "grade", e.grade || e.jobLevel],
    ["nip", e.nip, "jpm", `${(e.jpm * 100).toFixed(2)}%`],
    ["position", e.position, "category", e.category],
    ["unit", e.unit, "employment", e.employment ?? "PNS"],
  ];
  for (const [l1, v1, l2, v2] of pairs) {
    const r = b.addRow();
    b.set(r, 0, label(l1));
    cells(b, r, [1, 6], v1);
    b.set(r, 7, label(l2));
    cells(b, r, [8, ALL], v2);
    b.style(
      rect(r, 0, r, 0),
      mergeStyles(BODY, { font: { bold: true, size: 10 }, fill: COLORS.identityFill })
    );
    b.style(
      rect(r, 7, r, 7),
      mergeStyles(BODY, { font: { bold: true, size: 10 }, fill: COLORS.identityFill })
    );
    b.style(
      rect(r, 1, r, 6),
      mergeStyles(TEXT, l1 === "nip" ? { numberFormat: FORMATS.text } : {})
    );
    b.style(rect(r, 8, r, ALL), TEXT);
    const lines = Math.max(wrappedLines(v1, span(1, 6)), wrappedLines(v2, span(8, ALL)));
    if (lines > 1) b.height(r, heightForLines(lines));
  }
  b.addRow();

  // A: the gaps, the chart beside them.
  const column = (c: IdpColumn) => say(msg("idp-column", { column: c }));
  fullWidthRow(b, WIDTHS, say(msg("idp-section", { part: "gaps" })), HEADING);
  const gapHeader = b.addRow();
  (Object.keys(GAP) as (keyof typeof GAP)[]).forEach((c) => b.set(gapHeader, GAP[c], column(c)));
  b.style(rect(gapHeader, 0, gapHeader, GAP.priority), HEADER);
  b.height(gapHeader, heightForLines(2));
  const rows = [
    ...e.competencies.map((c) => ({ key: c.code as string, name: c.name, r: c })),
    ...e.technical.map((t) => ({ key: t.name, name: t.name, r: t })),
  ];
  const first = b.rowCount;
  for (const { key, name, r: res } of rows) {
    const rank = e.priorities.find((p) => p.competency === key)?.rank;
    const r = b.addRow([name, res.standard, res.score, res.gap, rank ?? "–"]);
    b.style(rect(r, 0, r, 0), TEXT);
    b.style(rect(r, 1, r, 2), CENTER);
    b.style(
      rect(r, 3, r, 3),
      mergeStyles(CENTER, { numberFormat: FORMATS.gap }, res.need ? { fill: COLORS.gapLight } : {})
    );
    b.style(rect(r, 4, r, 4), CENTER);
    const lines = wrappedLines(name, WIDTHS[0]);
    if (lines > 1) b.height(r, heightForLines(lines));
  }
  const last = b.rowCount - 1;
  if (charts) {
    b.charts.push({
      kind: "barClustered",
      title: say(msg("idp-chart-title", {})),
      categories: rect(first, GAP.competency, last, GAP.competency),
      series: [
        { name: say(msg("idp-series", { series: "standard" })), values: rect(first, 1, last, 1) },
        { name: say(msg("idp-series", { series: "score" })), values: rect(first, 2, last, 2) },
      ],
      anchor: rect(gapHeader, CHART_COLS[0], last, CHART_COLS[1]),
    });
  } else if (rows.length > 0) {
    b.conditionalFormats.push({
      kind: "dataBar",
      rect: rect(first, GAP.score, last, GAP.score),
      color: COLORS.dataBar,
    });
  }
  if (!e.competencies.some((c) => c.need))
    fullWidthRow(b, WIDTHS, say(msg("idp-no-need", {})), NOTE);
  b.addRow();

  // B: the activities.
  fullWidthRow(b, WIDTHS, say(msg("idp-section", { part: "activities" })), HEADING);
  const actHeader = b.addRow();
  (Object.keys(ACT) as (keyof typeof ACT)[]).forEach((c) => cells(b, actHeader, ACT[c], column(c)));
  b.style(rect(actHeader, 0, actHeader, ALL), HEADER);
  b.height(actHeader, heightForLines(2));
  const nameOf = new Map(rows.map((x) => [x.key, x.name]));
  for (const a of e.plan.activities) {
    const r = b.addRow();
    const values: Record<keyof typeof ACT, string | number> = {
      competency: nameOf.get(a.competency) ?? a.competency,
      method: say(msg("sheet-dev-method", { method: a.method as never })),
      activity: renderMessage(a.text, ctx.lang),
      provider: a.provider ? providerShortName(a.provider, ctx.lang) : "",
      month: say(msg("programme-month", { month: a.month, months: a.months })),
      jp: a.jp,
      creditedJp: a.creditedJp,
    };
    let lines = 1;
    for (const c of Object.keys(ACT) as (keyof typeof ACT)[]) {
      cells(b, r, ACT[c], values[c]);
      lines = Math.max(lines, wrappedLines(String(values[c]), span(ACT[c][0], ACT[c][1])));
    }
    b.style(rect(r, 0, r, 7), TEXT);
    b.style(rect(r, 8, r, ALL), CENTER);
    if (lines > 1) b.height(r, heightForLines(lines));
  }
  fullWidthRow(
    b,
    WIDTHS,
    say(
      msg("idp-totals", {
        planned: e.plan.totalJp,
        credited: e.plan.creditedJp,
        target: plan.jpTarget,
      })
    ),
    mergeStyles(NOTE, { font: { bold: true, size: 10 } })
  );
  fullWidthRow(b, WIDTHS, say(msg("idp-basis", {})), NOTE);
  b.addRow();

  // Signatures: the employee, the direct supervisor, the authorised official (art. 207).
  const dateRow = b.addRow();
  cells(b, dateRow, [7, ALL], say(msg("sheet-sign-place", { place: ctx.place, date: ctx.date })));
  b.style(rect(dateRow, 7, dateRow, ALL), mergeStyles(NOTE, { horizontal: "center" }));
  const who = b.addRow();
  const space = b.addRow();
  b.height(space, 48);
  const names = b.addRow();
  const nips = b.addRow();
  for (const s of SIGNERS) {
    cells(b, who, s.cols, say(msg("idp-signer", { who: s.who })));
    const signer =
      s.who === "employee"
        ? { name: e.name, nip: e.nip }
        : s.who === "pyb" && ctx.signatory.name
          ? ctx.signatory
          : { name: "", nip: "" };
    cells(b, names, s.cols, signer.name ? signer.name : "(....................................)");
    cells(b, nips, s.cols, `NIP. ${signer.nip}`.trim());
    for (const r of [who, names, nips])
      b.style(
        rect(r, s.cols[0], r, s.cols[1]),
        mergeStyles(
          NOTE,
          { horizontal: "center" },
          r === names ? { font: { bold: true, underline: true, size: 10 } } : {}
        )
      );
  }
}
