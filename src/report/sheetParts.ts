// Pieces every report sheet is built from: full-width notes, header rows, and the head that states what the
// sheet is (title, agency, date, where the data came from and how the numbers were made).
import { msg } from "../skj/messages";
import type { SheetColumn } from "../skj/messages/areas/sheets.params";
import type { PlanResult } from "../skj/types";
import { type ReportContext, say } from "./context";
import {
  type Block,
  heightForLines,
  keepTogetherBreaks,
  pageBodyHeight,
  wrappedLines,
} from "./layout";
import type { CellStyle, PrintSetup } from "./model";
import { rect, SheetBuilder } from "./sheetBuilder";
import { HEADER, NOTE, SUBTITLE } from "./styles";
import { methodStatement, sourceStatement } from "./text";

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
  fullWidthRow(b, widths, methodStatement(plan, ctx.lang), NOTE);
  b.addRow();
  return row;
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
