// Pieces every report sheet is built from: full-width notes, header rows, and the head that states what the
// sheet is (title, agency, date, where the data came from and how the numbers were made).
import { type Message, msg } from "../skj/messages";
import type { SheetColumn } from "../skj/messages/areas/sheets.params";
import type { PlanResult } from "../skj/types";
import { type ReportContext, say } from "./context";
import {
  type Block,
  heightForLines,
  keepTogetherBreaks,
  type PagePlan,
  pageBodyHeight,
  planPages,
  wrappedLines,
} from "./layout";
import type { CellStyle, PrintSetup } from "./model";
import { rect, SheetBuilder } from "./sheetBuilder";
import { HEADER, NOTE, SUBTITLE } from "./styles";
import { categoryBands, categoryLabel, methodStatement, sourceStatement } from "./text";

const sum = (widths: readonly number[]) => widths.reduce((s, w) => s + w, 0);

/** A text merged across the sheet's width, as tall as its wrapped lines; returns its row. */
export function fullWidthRow(
  b: SheetBuilder,
  widths: readonly number[],
  text: string,
  style: CellStyle,
  fontSize = 10
): number {
  const row = b.addRow([text]);
  b.merge(rect(row, 0, row, widths.length - 1));
  b.style(rect(row, 0, row, widths.length - 1), style);
  b.height(row, heightForLines(wrappedLines(text, sum(widths), fontSize), fontSize));
  return row;
}

/** Column headers in the report's language, one per column. */
export function columnHeaders(ctx: Pick<ReportContext, "lang">, columns: readonly SheetColumn[]) {
  return columns.map((column) => say(ctx, msg("sheet-header", { column })));
}

/** A header row as tall as its longest wrapped label; returns its row. */
export function headerRow(b: SheetBuilder, widths: readonly number[], labels: string[]): number {
  const r = b.addRow(labels);
  b.style(rect(r, 0, r, labels.length - 1), HEADER);
  b.height(r, heightForLines(Math.max(...labels.map((h, i) => wrappedLines(h, widths[i])))));
  return r;
}

/**
 * The sheet's head: its title (styled by the caller), the agency, the date it was made, the data source and
 * the method statement, then a blank row. Returns the title's row.
 */
export function sheetHead(
  b: SheetBuilder,
  widths: readonly number[],
  plan: PlanResult,
  ctx: ReportContext,
  title: string
): number {
  const row = b.addRow([title]);
  b.merge(rect(row, 0, row, widths.length - 1));
  if (ctx.agency) fullWidthRow(b, widths, ctx.agency, SUBTITLE, 12);
  fullWidthRow(b, widths, say(ctx, msg("sheet-made", { date: ctx.date })), NOTE);
  fullWidthRow(b, widths, sourceStatement(plan, ctx.lang, ctx.names.issues), NOTE);
  // How to read the sheet in words; the formulas are in the legend at the end (legendBlock).
  fullWidthRow(b, widths, plainNote(plan, ctx), NOTE);
  b.addRow();
  return row;
}

function plainNote(plan: PlanResult, ctx: ReportContext): string {
  return say(
    ctx,
    msg("plan-plain-note", {
      tolerance: plan.tolerance,
      bands: categoryBands(plan).map((band) => ({
        category: categoryLabel(band.name),
        bound: band.bound,
      })),
      jpTarget: plan.jpTarget,
    })
  );
}

/** The legend at the end of a sheet: the formulas and choices behind the numbers, and the levels 1–5. */
export function legendBlock(
  b: SheetBuilder,
  widths: readonly number[],
  plan: PlanResult,
  ctx: ReportContext,
  /** The sheet shades standards taken from the SKJ sheet (the plan): say so. */
  skjMark = false
): Block {
  const first = fullWidthRow(b, widths, say(ctx, msg("plan-legend-title", {})), {
    ...NOTE,
    font: { bold: true, size: 10 },
  });
  fullWidthRow(b, widths, methodStatement(plan, ctx.lang), NOTE);
  fullWidthRow(b, widths, say(ctx, msg("plan-level-key", {})), NOTE);
  const skj = plan.standards?.skjSheet;
  if (
    skjMark &&
    skj &&
    plan.employees.some((e) => e.competencies.some((c) => c.standardSource === "skj-sheet"))
  )
    fullWidthRow(b, widths, say(ctx, msg("plan-skj-mark", { sheet: skj })), NOTE);
  return { first, last: b.rowCount - 1 };
}

/** Manual page breaks written, below Excel's limit of 1,026 per sheet. */
export const MAX_ROW_BREAKS = 1000;

/**
 * Page breaks that keep each block on one page where it fits (`repeated`: the height of rows printed atop
 * every page). Past Excel's limit of manual breaks a sheet, Excel paginates the rest by itself.
 */
export function keepBlocksTogether(
  b: SheetBuilder,
  widths: readonly number[],
  print: PrintSetup,
  blocks: Block[],
  repeated = 0
): void {
  const page = pageBodyHeight(print, [...widths]);
  const rowBreaks = keepTogetherBreaks((r) => b.heightOf(r), blocks, page, repeated);
  if (rowBreaks.length > 0) print.rowBreaks = rowBreaks.slice(0, MAX_ROW_BREAKS);
}

/**
 * keepBlocksTogether's pages without writing them: the breaks Excel keeps (at most MAX_ROW_BREAKS) and the
 * page starts among them that fall inside a block with a continuation row (docs/domain.md §14.1).
 */
export function planBlockPages(
  b: SheetBuilder,
  widths: readonly number[],
  print: PrintSetup,
  blocks: Block[],
  repeated = 0
): PagePlan {
  const page = pageBodyHeight(print, [...widths]);
  const planned = planPages((r) => b.heightOf(r), blocks, page, repeated);
  const breaks = planned.breaks.slice(0, MAX_ROW_BREAKS);
  // Past the last written break Excel paginates by itself: no continuation rows there.
  const last = breaks[breaks.length - 1] ?? -1;
  return { breaks, continued: planned.continued.filter((c) => c.row <= last) };
}

const SIGN_TEXT: CellStyle = {
  font: { size: 11 },
  horizontal: "center",
  vertical: "top",
  wrap: true,
};
const SIGN_NAME: CellStyle = { ...SIGN_TEXT, font: { size: 11, bold: true, underline: true } };

/** Columns a signature block is merged across. */
export interface Span {
  left: number;
  right: number;
}

/**
 * The signature block: place and date, "Mengetahui" (or `verb`), the signatory's title, room to sign, name
 * and NIP, merged across `cols`; dotted spaces where the report options give nothing to print. When the
 * report names who prepared it, "Disusun oleh," with their title, room to sign, name and NIP stands
 * beside it across `preparerCols`, line for line; nobody named, nothing is printed there
 * (docs/domain.md §14.1).
 */
export function signatureBlock(
  b: SheetBuilder,
  widths: readonly number[],
  cols: Span,
  ctx: ReportContext,
  extra: { preparerCols?: Span; verb?: Message } = {}
): Block {
  const s = ctx.signatory;
  const p = extra.preparerCols && ctx.preparer;
  type Line = [string, CellStyle];
  const room: Line = ["", SIGN_TEXT];
  const lines: { right: Line; left?: Line; height?: number }[] = [
    { right: [say(ctx, msg("sheet-sign-place", { place: ctx.place, date: ctx.date })), SIGN_TEXT] },
    {
      right: [say(ctx, extra.verb ?? msg("sheet-sign-known", {})), SIGN_TEXT],
      left: [say(ctx, msg("sheet-sign-prepared", {})), SIGN_TEXT],
    },
    {
      right: [s.title || "....................................", SIGN_TEXT],
      left: [p ? p.title : "", SIGN_TEXT],
    },
    { right: room, left: room, height: 54 },
    {
      right: [s.name || "(....................................)", SIGN_NAME],
      left: [p ? p.name : "", SIGN_NAME],
    },
    {
      right: [`NIP. ${s.nip}`.trim(), SIGN_TEXT],
      left: [p ? `NIP. ${p.nip}`.trim() : "", SIGN_TEXT],
    },
  ];
  const first = b.rowCount;
  const widthOf = (span: Span) => sum(widths.slice(span.left, span.right + 1));
  const put = (r: number, span: Span, [text, style]: Line) => {
    b.set(r, span.left, text);
    // The room to sign stays unmerged: a merged blank reads as an empty merge in some readers.
    if (text) b.merge(rect(r, span.left, r, span.right));
    b.style(rect(r, span.left, r, span.right), style);
    return heightForLines(wrappedLines(text, widthOf(span), 11), 11);
  };
  for (const line of lines) {
    const r = b.addRow();
    let height = put(r, cols, line.right);
    if (p && extra.preparerCols && line.left)
      height = Math.max(height, put(r, extra.preparerCols, line.left));
    b.height(r, line.height ?? height);
  }
  return { first, last: b.rowCount - 1 };
}
