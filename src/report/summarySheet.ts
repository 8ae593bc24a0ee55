// "Rekap Kebutuhan YYYY": the agency's needs analysis: needs per competency and per unit, JPM categories,
// JP per track and per method, with a bar chart and in-cell bars (file renderers may not draw charts).
import { type Lang, type Message, msg } from "../skj/messages";
import type { SheetColumn, SummarySection } from "../skj/messages/areas/sheets.params";
import { isCompetencyCode } from "../skj/catalogue";
import { columnLetter } from "../skj/text";
import { CompetencyCode, CompetencyNeed, EmployeeResult, PlanResult } from "../skj/types";
import { type LiveCells, liveColumn } from "./liveSheet";
import { type ReportContext, say as sayIn } from "./context";
import { Block, heightForLines, valueLines, wrappedLines } from "./layout";
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
import {
  columnHeaders,
  fullWidthRow,
  headerRow as headerRowOf,
  keepBlocksTogether,
  legendBlock,
  sheetHead,
  signatureBlock,
} from "./sheetParts";
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
  "largestShortfall",
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

/** How a column's numbers are shown, in a data row and in a total row. */
type Kind = "center" | "text" | "integer" | "percent" | "mean" | "decimal";
const DECIMAL = "0.0";
const BODY_STYLES: Record<Kind, CellStyle> = {
  center: CENTER,
  text: TEXT,
  integer: INTEGER,
  percent: PERCENT,
  mean: MEAN,
  decimal: mergeStyles(CENTER, { numberFormat: DECIMAL }),
};
const TOTAL_STYLES: Record<Kind, CellStyle> = {
  center: TOTAL_VALUE,
  text: TOTAL_VALUE,
  integer: TOTAL_INTEGER,
  percent: TOTAL_PERCENT,
  mean: mergeStyles(TOTAL_VALUE, { numberFormat: FORMATS.mean }),
  decimal: mergeStyles(TOTAL_VALUE, { numberFormat: DECIMAL }),
};

/** Styles rows `first`..`last` column by column, each run of columns of one kind as one area. */
function styleColumns(
  b: SheetBuilder,
  first: number,
  last: number,
  kinds: readonly Kind[],
  styles: Record<Kind, CellStyle>,
  from = 0
): void {
  if (last < first) return;
  for (let c = from; c < kinds.length;) {
    let end = c;
    while (end + 1 < kinds.length && kinds[end + 1] === kinds[c]) end++;
    b.style(rect(first, c, last, end), styles[kinds[c]]);
    c = end + 1;
  }
}

/**
 * A table's data rows (from `first`) styled by column kind, and its total row: the label across the
 * first `labelColumns` columns, the numbers in the total styles.
 */
function styleTotalled(
  b: SheetBuilder,
  first: number,
  total: number,
  kinds: readonly Kind[],
  labelColumns: number
): void {
  styleColumns(b, first, total - 1, kinds, BODY_STYLES);
  b.style(rect(total, 0, total, labelColumns - 1), TOTAL_LABEL);
  styleColumns(b, total, total, kinds, TOTAL_STYLES, labelColumns);
}

/** Height for a data row from its wrapped text cells. */
function fitRow(b: SheetBuilder, r: number, cols: number[]): void {
  const lines = Math.max(...cols.map((c) => valueLines(b.get(r, c), WIDTHS[c])));
  if (lines > 1) b.height(r, heightForLines(lines));
}

/** A needs table (header + one row per competency); returns its first and last data rows. */
/**
 * The largest shortfall in a competency (the lowest gap, negative), among everyone or one unit's employees;
 * 0 when nobody is below standard. It replaces the mean gap over everyone, which a few high scores pull
 * above zero while a third of the employees are short.
 */
function largestShortfall(
  employees: readonly EmployeeResult[],
  competency: string,
  unit?: string
): number {
  let lowest = 0;
  for (const e of employees) {
    if (unit !== undefined && e.unit !== unit) continue;
    for (const c of [...e.competencies, ...e.technical]) {
      const key = "code" in c ? c.code : c.name;
      if (key === competency && c.gap < lowest) lowest = c.gap;
    }
  }
  return lowest;
}

/** A text as a formula writes it. */
function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A needs row's counts, share and gaps as formulas over the formula data (docs/domain.md §22), per competency
 * or per competency and unit; technical competencies keep their values.
 */
function liveNeedRow(
  b: SheetBuilder,
  r: number,
  live: LiveCells,
  code: CompetencyCode,
  unit?: string
): void {
  const S = liveColumn(live, { kind: "score", code });
  const N = liveColumn(live, { kind: "need", code });
  const G = liveColumn(live, { kind: "gap", code });
  const U = liveColumn(live, "unit");
  const u = unit === undefined ? "" : text(unit);
  const cell = (col: number) => `${columnLetter(col)}${r + 1}`;
  const set = (col: number, formula: string) => b.formula(r, col, formula, b.get(r, col) as number);
  set(3, unit === undefined ? `=COUNT(${S})` : `=COUNTIFS(${U},${u},${S},">0")`);
  set(4, unit === undefined ? `=COUNTIF(${N},TRUE)` : `=COUNTIFS(${U},${u},${N},TRUE)`);
  set(5, `=IF(${cell(3)}=0,0,${cell(4)}/${cell(3)})`);
  set(
    6,
    unit === undefined
      ? `=IFERROR(AVERAGEIFS(${G},${N},TRUE),0)`
      : `=IFERROR(AVERAGEIFS(${G},${U},${u},${N},TRUE),0)`
  );
  // The lowest gap among the unit's employees without MINIFS, which Excel 2016 lacks.
  set(
    7,
    unit === undefined ? `=MIN(0,MIN(${G}))` : `=MIN(0,-SUMPRODUCT(MAX((${U}=${u})*(-${G}))))`
  );
}

function needsTable(
  b: SheetBuilder,
  headers: string[],
  rows: { need: CompetencyNeed; third: string; largest: number; unit?: string }[],
  live?: LiveCells
): { header: number; first: number; last: number } {
  const header = headerRow(b, headers);
  rows.forEach(({ need, third, largest, unit }, i) => {
    const r = b.addRow([
      i + 1,
      need.name,
      third,
      need.assessed,
      need.short,
      ratio(need.short, need.assessed),
      need.meanShortfall,
      largest,
    ]);
    fitRow(b, r, [1, 2]);
    if (live && isCompetencyCode(need.competency)) liveNeedRow(b, r, live, need.competency, unit);
  });
  const first = header + 1;
  const last = b.rowCount - 1;
  if (last >= first) {
    const kinds = [
      "center",
      "text",
      "text",
      "integer",
      "integer",
      "percent",
      "mean",
      "mean",
    ] as const;
    styleColumns(b, first, last, kinds, BODY_STYLES);
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
    s.needs.map((need) => ({
      need,
      third: say(msg("sheet-pillar", { pillar: need.pillar })),
      largest: largestShortfall(plan.employees, need.competency),
    })),
    ctx.live
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
    u.needs.map((need) => ({
      need,
      third: u.unit || noUnit,
      largest: largestShortfall(plan.employees, need.competency, u.unit),
      unit: u.unit,
    }))
  );
  // The per-unit table is the one that runs over pages: its header row repeats atop each page
  // (docs/domain.md §14.1).
  let repeated = a.header;
  if (unitRows.length > 0) {
    const t = needsTable(b, unitNeedHeaders(ctx.lang), unitRows, ctx.live);
    repeated = t.header;
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
  styleTotalled(b, cFirst + 2, cTotal, ["center", "text", "integer", "integer", "decimal"], 2);
  blocks.push({ first: cFirst, last: cTotal });
  b.addRow();

  // D. JPM categories in the scheme's words.
  const dFirst = heading(b, ctx, plan, "categories");
  headerRow(b, columnHeaders(ctx, ["no", "category", "bound", "employees", "employeeShare"]));
  const bands = categoryBands(plan);
  bands.forEach((band, i) => {
    const count = s.categories.find((c) => c.category === band.name)?.count ?? 0;
    const bound = say(msg("sheet-category-bound", band.bound));
    const r = b.addRow([i + 1, categoryLabel(band.name), bound, count, ratio(count, s.employees)]);
    if (ctx.live) {
      b.formula(r, 3, `=COUNTIF(${liveColumn(ctx.live, "category")},${text(band.name)})`, count);
      b.formula(
        r,
        4,
        `=IF(${s.employees}=0,0,D${r + 1}/${s.employees})`,
        ratio(count, s.employees)
      );
    }
  });
  const dTotal = b.addRow(["", total, "", s.employees, ratio(s.employees, s.employees)]);
  styleTotalled(b, dFirst + 2, dTotal, ["center", "text", "text", "integer", "percent"], 3);
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
  const trackKinds = ["center", "text", "text", "integer", "integer", "percent"] as const;
  styleTotalled(b, eFirst + 2, eTotal, trackKinds, 3);
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
  styleColumns(b, fFirst + 2, fLast, ["center", "text", "text", "integer", "integer"], BODY_STYLES);
  blocks.push({ first: fFirst, last: b.rowCount - 1 });
  b.addRow();
  const legend = legendBlock(b, WIDTHS, plan, ctx);
  b.addRow();
  // Signed like the plan: the summary is the agency's needs analysis (art. 206). The signature stays on
  // the page of the last table, never alone on a page of its own.
  const signature = signatureBlock(b, WIDTHS, { left: 4, right: WIDTH - 1 }, ctx, {
    preparerCols: { left: 1, right: 2 },
  });
  blocks.push({ first: legend.first, last: signature.last });

  // Portrait: the sheet is narrow enough, and the needs table with its chart then fits on the first page.
  const print = printSetup({
    orientation: "portrait",
    repeatRows: { first: repeated, last: repeated },
  });
  keepBlocksTogether(b, WIDTHS, print, blocks, b.heightOf(repeated));
  return b.build({
    name,
    kind: "summary",
    columnWidths: WIDTHS,
    print,
    tabColor: COLORS.tabSummary,
  });
}
