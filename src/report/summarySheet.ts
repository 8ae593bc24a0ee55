// "Rekap Kebutuhan YYYY": the agency's needs analysis: needs per competency and per unit, JPM categories,
// JP per track and per method, with a bar chart and in-cell bars (file renderers may not draw charts).
import { type Lang, type Message, msg } from "../skj/messages";
import type { SheetColumn, SummarySection } from "../skj/messages/areas/sheets.params";
import { CompetencyNeed, PlanResult } from "../skj/types";
import { type ReportContext, say as sayIn } from "./context";
import {
  Block,
  heightForLines,
  keepTogetherBreaks,
  pageBodyHeight,
  valueLines,
  wrappedLines,
} from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import {
  CENTER,
  COLORS,
  FORMATS,
  HEADING,
  NOTE,
  printSetup,
  TEXT,
  TITLE,
  TOTAL_LABEL,
  TOTAL_VALUE,
} from "./styles";
import { columnHeaders, fullWidthRow, headerRow as headerRowOf, sheetHead } from "./sheetParts";
import { categoryBands, categoryLabel } from "./text";

const WIDTH = 8;
const WIDTHS = [5, 34, 26, 12, 13, 12, 14, 14];
/** The needs tables' columns; the third is the pillar (per competency) or the unit (per unit). */
const needColumns = (third: SheetColumn): SheetColumn[] => [
  "no",
  "competency",
  third,
  "assessed",
  "short",
  "shortShare",
  "meanShortfall",
  "meanGap",
];
/** The needs-per-competency table's header row in a language. */
export const needHeaders = (lang: Lang = "id") => columnHeaders({ lang }, needColumns("pillar"));
/** The needs-per-unit table's header row in a language. */
export const unitNeedHeaders = (lang: Lang = "id") => columnHeaders({ lang }, needColumns("unit"));
export const NEED_HEADERS = needHeaders("id");
export const UNIT_NEED_HEADERS = unitNeedHeaders("id");
/** Rows the chart covers below the needs table. */
const CHART_ROWS = 18;

const INTEGER: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.integer });
const PERCENT: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.percent });
const MEAN: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.mean });
const TOTAL_INTEGER: CellStyle = mergeStyles(TOTAL_VALUE, { numberFormat: FORMATS.integer });
const TOTAL_PERCENT: CellStyle = mergeStyles(TOTAL_VALUE, { numberFormat: FORMATS.percent });

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

const headerRow = (b: SheetBuilder, labels: string[]) => headerRowOf(b, WIDTHS, labels);

/** Height for a data row from its wrapped text cells. */
function fitRow(b: SheetBuilder, r: number, cols: number[]): void {
  const lines = Math.max(...cols.map((c) => valueLines(b.get(r, c), WIDTHS[c])));
  if (lines > 1) b.height(r, heightForLines(lines));
}

/** A needs table (header + one row per competency); returns its first and last data rows. */
function needsTable(
  b: SheetBuilder,
  headers: string[],
  rows: { need: CompetencyNeed; third: string }[]
): { header: number; first: number; last: number } {
  const header = headerRow(b, headers);
  rows.forEach(({ need, third }, i) => {
    const r = b.addRow([
      i + 1,
      need.name,
      third,
      need.assessed,
      need.short,
      ratio(need.short, need.assessed),
      need.meanShortfall,
      need.meanGap,
    ]);
    fitRow(b, r, [1, 2]);
  });
  const first = header + 1;
  const last = b.rowCount - 1;
  if (last >= first) {
    b.style(rect(first, 0, last, 0), CENTER);
    b.style(rect(first, 1, last, 2), TEXT);
    b.style(rect(first, 3, last, 4), INTEGER);
    b.style(rect(first, 5, last, 5), PERCENT);
    b.style(rect(first, 6, last, 7), MEAN);
    b.conditionalFormats.push({
      kind: "dataBar",
      rect: rect(first, 4, last, 4),
      color: COLORS.dataBar,
    });
  }
  return { header, first, last };
}

function heading(
  b: SheetBuilder,
  ctx: ReportContext,
  plan: PlanResult,
  section: SummarySection
): number {
  const r = b.addRow([sayIn(ctx, msg("sheet-section", { section, scheme: plan.scheme }))]);
  b.merge(rect(r, 0, r, WIDTH - 1));
  b.style(rect(r, 0, r, WIDTH - 1), HEADING);
  b.height(r, 18);
  return r;
}

export function buildSummarySheet(plan: PlanResult, name: string, ctx: ReportContext): SheetModel {
  const s = plan.summary;
  const say = (m: Message) => sayIn(ctx, m);
  const b = new SheetBuilder(WIDTH);
  const blocks: Block[] = [];

  const titleText = say(msg("sheet-summary-title", { year: plan.year }));
  const title = sheetHead(b, WIDTHS, plan, ctx, titleText);
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { wrap: true }));
  b.height(title, heightForLines(wrappedLines(titleText, 130, 14), 14) + 4);

  // A. Needs per competency, its chart and in-cell bars.
  const aFirst = heading(b, ctx, plan, "competency");
  const needLabels = needHeaders(ctx.lang);
  const a = needsTable(
    b,
    needLabels,
    s.needs.map((need) => ({ need, third: say(msg("sheet-pillar", { pillar: need.pillar })) }))
  );
  // A chart of nine zero bars says nothing: draw it only when someone was assessed.
  if (a.last >= a.first && s.employees > 0) {
    b.addRow();
    const top = b.rowCount;
    for (let i = 0; i < CHART_ROWS; i++) b.addRow();
    b.charts.push({
      kind: "barClustered",
      title: say(msg("sheet-chart-title", {})),
      categories: rect(a.first, 1, a.last, 1),
      series: [{ name: needLabels[4], values: rect(a.first, 4, a.last, 4) }],
      anchor: rect(top, 1, top + CHART_ROWS - 1, WIDTH - 1),
    });
  }
  blocks.push({ first: aFirst, last: b.rowCount - 1 });
  b.addRow();

  // B. The same per unit, as an Excel table a clerk can filter by unit.
  const bFirst = heading(b, ctx, plan, "unit");
  fullWidthRow(b, WIDTHS, say(msg("sheet-unit-filter", {})), NOTE);
  const noUnit = say(msg("sheet-no-unit", {}));
  const unitRows = s.byUnit.flatMap((u) =>
    u.needs.map((need) => ({ need, third: u.unit || noUnit }))
  );
  if (unitRows.length > 0) {
    const t = needsTable(b, unitNeedHeaders(ctx.lang), unitRows);
    b.tables.push({
      name: say(msg("sheet-unit-table", { year: plan.year })),
      rect: rect(t.header, 0, t.last, WIDTH - 1),
      style: "TableStyleLight1",
    });
  }
  blocks.push({ first: bFirst, last: b.rowCount - 1 });
  b.addRow();

  // C. Employees and JP per unit.
  const total = say(msg("sheet-sum", {}));
  const cFirst = heading(b, ctx, plan, "unitTotals");
  headerRow(b, columnHeaders(ctx, ["no", "unit", "employees", "totalJp", "meanJp"]));
  s.byUnit.forEach((u, i) => {
    const r = b.addRow([
      i + 1,
      u.unit || noUnit,
      u.employees,
      u.totalJp,
      ratio(u.totalJp, u.employees),
    ]);
    fitRow(b, r, [1]);
  });
  const cTotal = b.addRow(["", total, s.employees, s.totalJp, ratio(s.totalJp, s.employees)]);
  b.style(rect(cFirst + 2, 0, cTotal - 1, 0), CENTER);
  b.style(rect(cFirst + 2, 1, cTotal - 1, 1), TEXT);
  b.style(rect(cFirst + 2, 2, cTotal - 1, 3), INTEGER);
  b.style(rect(cFirst + 2, 4, cTotal - 1, 4), mergeStyles(CENTER, { numberFormat: "0.0" }));
  b.style(rect(cTotal, 0, cTotal, 1), TOTAL_LABEL);
  b.style(rect(cTotal, 2, cTotal, 3), TOTAL_INTEGER);
  b.style(rect(cTotal, 4, cTotal, 4), mergeStyles(TOTAL_VALUE, { numberFormat: "0.0" }));
  blocks.push({ first: cFirst, last: cTotal });
  b.addRow();

  // D. JPM categories in the scheme's words.
  const dFirst = heading(b, ctx, plan, "categories");
  headerRow(b, columnHeaders(ctx, ["no", "category", "bound", "employees", "employeeShare"]));
  const bands = categoryBands(plan);
  bands.forEach((band, i) => {
    const count = s.categories.find((c) => c.category === band.name)?.count ?? 0;
    const bound = say(msg("sheet-category-bound", band.bound));
    b.addRow([i + 1, categoryLabel(band.name), bound, count, ratio(count, s.employees)]);
  });
  const dTotal = b.addRow(["", total, "", s.employees, ratio(s.employees, s.employees)]);
  b.style(rect(dFirst + 2, 0, dTotal - 1, 0), CENTER);
  b.style(rect(dFirst + 2, 1, dTotal - 1, 2), TEXT);
  b.style(rect(dFirst + 2, 3, dTotal - 1, 3), INTEGER);
  b.style(rect(dFirst + 2, 4, dTotal - 1, 4), PERCENT);
  b.style(rect(dTotal, 0, dTotal, 2), TOTAL_LABEL);
  b.style(rect(dTotal, 3, dTotal, 3), TOTAL_INTEGER);
  b.style(rect(dTotal, 4, dTotal, 4), TOTAL_PERCENT);
  blocks.push({ first: dFirst, last: dTotal });
  b.addRow();

  // E. JP per 70/20/10 track.
  const eFirst = heading(b, ctx, plan, "tracks");
  headerRow(b, columnHeaders(ctx, ["no", "trackName", "examples", "activities", "jp", "jpShare"]));
  let activities = 0;
  s.tracks.forEach((t, i) => {
    const count = s.methods
      .filter((m) => m.track === t.track)
      .reduce((n, m) => n + m.activities, 0);
    activities += count;
    const r = b.addRow([
      i + 1,
      say(msg("sheet-track", { track: t.track })),
      say(msg("sheet-track-examples", { track: t.track })),
      count,
      t.jp,
      ratio(t.jp, s.totalJp),
    ]);
    fitRow(b, r, [2]);
  });
  const eTotal = b.addRow([
    "",
    say(msg("sheet-total-jp-all", {})),
    "",
    activities,
    s.totalJp,
    ratio(s.totalJp, s.totalJp),
  ]);
  b.style(rect(eFirst + 2, 0, eTotal - 1, 0), CENTER);
  b.style(rect(eFirst + 2, 1, eTotal - 1, 2), TEXT);
  b.style(rect(eFirst + 2, 3, eTotal - 1, 4), INTEGER);
  b.style(rect(eFirst + 2, 5, eTotal - 1, 5), PERCENT);
  b.style(rect(eTotal, 0, eTotal, 2), TOTAL_LABEL);
  b.style(rect(eTotal, 3, eTotal, 4), TOTAL_INTEGER);
  b.style(rect(eTotal, 5, eTotal, 5), TOTAL_PERCENT);
  blocks.push({ first: eFirst, last: eTotal });
  b.addRow();

  // F. Activities and JP per LAN method.
  const fFirst = heading(b, ctx, plan, "methods");
  headerRow(b, columnHeaders(ctx, ["no", "methodName", "trackName", "activities", "jp"]));
  s.methods.forEach((m, i) => {
    const r = b.addRow([
      i + 1,
      say(msg("sheet-dev-method", { method: m.method })),
      say(msg("sheet-track", { track: m.track })),
      m.activities,
      m.jp,
    ]);
    fitRow(b, r, [1, 2]);
  });
  const fLast = b.rowCount - 1;
  if (fLast >= fFirst + 2) {
    b.style(rect(fFirst + 2, 0, fLast, 0), CENTER);
    b.style(rect(fFirst + 2, 1, fLast, 2), TEXT);
    b.style(rect(fFirst + 2, 3, fLast, 4), INTEGER);
  }
  blocks.push({ first: fFirst, last: fLast });

  // Portrait: the sheet is narrow enough, and the needs table with its chart then fits on the first page.
  const print = printSetup({ orientation: "portrait" });
  const rowBreaks = keepTogetherBreaks(
    (r) => b.heightOf(r),
    blocks,
    pageBodyHeight(print, WIDTHS),
    0
  );
  if (rowBreaks.length > 0) print.rowBreaks = rowBreaks;
  return b.build({
    name,
    kind: "summary",
    columnWidths: WIDTHS,
    print,
    tabColor: COLORS.tabSummary,
  });
}
