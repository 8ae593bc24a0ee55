// Builds one SheetModel: values on a fixed-width grid, merges, formulas, and styles given per area but
// emitted as few non-overlapping ranges (the Office.js writer formats range by range, never cell by cell).
import { DEFAULT_ROW_HEIGHT } from "./layout";
import { printSetup } from "./styles";
import type * as M from "./model";
import { MessageError, msg } from "../skj/messages";

/** A stable key for a style, so equal styles built in different places coalesce. */
function styleKey(style: M.CellStyle): string {
  const sorted = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const obj = value as Record<string, unknown>;
    return Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => [k, sorted(obj[k])]);
  };
  return JSON.stringify(sorted(style));
}

/** Combine styles: later ones win property by property (font and border merge one level deep). */
export function mergeStyles(...styles: (M.CellStyle | undefined)[]): M.CellStyle {
  const out: M.CellStyle = {};
  for (const s of styles) {
    if (!s) continue;
    const { font, ...rest } = s;
    Object.assign(out, rest);
    if (font) out.font = { ...out.font, ...font };
  }
  return out;
}

export function rect(top: number, left: number, bottom = top, right = left): M.Rect {
  return { top, left, bottom, right };
}

/**
 * Merge per-cell style ids into rectangles: horizontal runs of one id per row, stacked downwards while the
 * row below has exactly the same run. Rectangles never overlap; cells without a style get none.
 */
export function coalesceStyles(
  ids: readonly (readonly (number | undefined)[])[],
  styles: readonly M.CellStyle[]
): M.StyledRange[] {
  let width = 0;
  for (const row of ids) width = Math.max(width, row.length);
  const grid = new Int32Array(ids.length * width).fill(-1);
  ids.forEach((row, r) =>
    row.forEach((id, c) => {
      if (id !== undefined) grid[r * width + c] = id;
    })
  );
  return coalesceGrid(grid, ids.length, width, styles);
}

/** coalesceStyles over a dense grid of ids (row after row, `width` each; -1 where a cell has no style). */
function coalesceGrid(
  grid: Int32Array,
  rows: number,
  width: number,
  styles: readonly M.CellStyle[]
): M.StyledRange[] {
  const done: M.StyledRange[] = [];
  // open[c]: the range whose run on the row above starts at column c (runs of a row never share a start);
  // openIds[c] its style id.
  let open: (M.StyledRange | undefined)[] = new Array(width).fill(undefined);
  let next: (M.StyledRange | undefined)[] = new Array(width).fill(undefined);
  const openIds = new Int32Array(width);
  for (let r = 0; r < rows; r++) {
    const at = r * width;
    let c = 0;
    while (c < width) {
      const id = grid[at + c];
      let end = c;
      while (end + 1 < width && grid[at + end + 1] === id) end++;
      if (id >= 0) {
        const prev = open[c];
        if (prev && openIds[c] === id && prev.rect.right === end) {
          prev.rect.bottom = r;
          next[c] = prev;
          open[c] = undefined;
        } else {
          next[c] = { rect: rect(r, c, r, end), style: styles[id] };
          openIds[c] = id;
        }
      }
      c = end + 1;
    }
    for (let k = 0; k < width; k++) {
      const closed = open[k];
      if (closed) {
        done.push(closed);
        open[k] = undefined;
      }
    }
    [open, next] = [next, open];
  }
  for (const closed of open) if (closed) done.push(closed);
  // Ranges never share a top-left cell, so this order is total.
  return done.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

/** Excel's row limit per sheet. */
export const MAX_SHEET_ROWS = 1_048_576;

/** The report needs more rows than a sheet has (Bahasa Indonesia message; a user error, not a bug). */
export class ReportTooLargeError extends MessageError {
  constructor(limit: number) {
    super(msg("report-too-large", { limit }));
    this.name = "ReportTooLargeError";
  }
}

export class SheetBuilder {
  private readonly values: M.ModelValue[][] = [];
  /** Style id per cell, row after row (`width` each), -1 for none; grows as rows are added. */
  private styleIds = new Int32Array(0);
  private readonly styleList: M.CellStyle[] = [];
  private readonly styleIndex = new Map<string, number>();
  private readonly styleByObject = new Map<M.CellStyle, number>();
  private readonly heights = new Map<number, number>();
  readonly merges: M.Rect[] = [];
  readonly formulas: M.FormulaCell[] = [];
  readonly conditionalFormats: M.ConditionalFormat[] = [];
  readonly dataValidations: M.DataValidation[] = [];
  readonly tables: M.TableSpec[] = [];
  readonly charts: M.ChartSpec[] = [];

  constructor(
    readonly width: number,
    private readonly maxRows = MAX_SHEET_ROWS
  ) {}

  get rowCount(): number {
    return this.values.length;
  }

  /** Append a row (padded with "" to the sheet width); returns its 0-based index. */
  addRow(cells: M.ModelValue[] = []): number {
    if (cells.length > this.width)
      throw new RangeError(`row wider than the sheet (${cells.length})`);
    if (this.values.length >= this.maxRows) throw new ReportTooLargeError(this.maxRows);
    const row: M.ModelValue[] = [...cells];
    while (row.length < this.width) row.push("");
    this.values.push(row);
    const needed = this.values.length * this.width;
    if (needed > this.styleIds.length) {
      const grown = new Int32Array(Math.max(needed, this.styleIds.length * 2, 1024)).fill(-1);
      grown.set(this.styleIds);
      this.styleIds = grown;
    }
    return this.values.length - 1;
  }

  set(row: number, col: number, value: M.ModelValue): void {
    this.values[row][col] = value;
  }

  get(row: number, col: number): M.ModelValue {
    return this.values[row][col];
  }

  /** Give every cell of the area this style (replacing what it had). */
  style(area: M.Rect, style: M.CellStyle): void {
    // Styles are shared constants: the object itself finds its id without building its key again.
    let id = this.styleByObject.get(style);
    if (id === undefined) {
      const key = styleKey(style);
      id = this.styleIndex.get(key);
      if (id === undefined) {
        id = this.styleList.length;
        this.styleList.push(style);
        this.styleIndex.set(key, id);
      }
      this.styleByObject.set(style, id);
    }
    const inside = (n: number, size: number) => Number.isInteger(n) && n >= 0 && n < size;
    if (
      !inside(area.top, this.rowCount) ||
      !inside(area.bottom, this.rowCount) ||
      !inside(area.left, this.width) ||
      !inside(area.right, this.width)
    ) {
      throw new RangeError(`style area outside the sheet (${JSON.stringify(area)})`);
    }
    for (let r = area.top; r <= area.bottom; r++) {
      const at = r * this.width;
      for (let c = area.left; c <= area.right; c++) this.styleIds[at + c] = id;
    }
  }

  /** Merge an area, keeping its value in the top-left cell; a one-cell area is not a merge. */
  merge(area: M.Rect): void {
    if (area.top === area.bottom && area.left === area.right) return;
    this.merges.push(area);
  }

  formula(row: number, col: number, formula: string, value: number | string | boolean): void {
    this.formulas.push({ row, col, formula });
    this.values[row][col] = value;
  }

  /** Row height in points; keeps the larger when set twice; the default height is not recorded. */
  height(row: number, points: number): void {
    const rounded = Math.round(points * 4) / 4;
    if (rounded <= DEFAULT_ROW_HEIGHT && !this.heights.has(row)) return;
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, rounded));
  }

  heightOf(row: number): number {
    return this.heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  private rowHeights(): { row: number; height: number }[] {
    const out: { row: number; height: number }[] = [];
    this.heights.forEach((height, row) => out.push({ row, height }));
    return out.sort((a, b) => a.row - b.row);
  }

  /**
   * A list sheet: its header row repeats on every printed page, the rows above it and the header stay
   * in view, and the list below it can be filtered (when it has rows).
   */
  buildList(meta: {
    name: string;
    kind: M.SheetModel["kind"];
    columnWidths: number[];
    header: number;
    /** The list's last row (default: the sheet's last row). */
    last?: number;
    tabColor: string;
  }): M.SheetModel {
    const last = meta.last ?? this.rowCount - 1;
    return this.build({
      name: meta.name,
      kind: meta.kind,
      columnWidths: meta.columnWidths,
      print: printSetup({ repeatRows: { first: meta.header, last: meta.header } }),
      freeze: { rows: meta.header + 1, cols: 0 },
      ...(last > meta.header
        ? { autoFilter: rect(meta.header, 0, last, meta.columnWidths.length - 1) }
        : {}),
      tabColor: meta.tabColor,
    });
  }

  build(meta: {
    name: string;
    kind: M.SheetModel["kind"];
    columnWidths: number[];
    print: M.PrintSetup;
    freeze?: { rows: number; cols: number };
    autoFilter?: M.Rect;
    tabColor?: string;
    hidden?: boolean;
  }): M.SheetModel {
    return {
      name: meta.name,
      kind: meta.kind,
      values: this.values,
      formulas: this.formulas,
      styles: coalesceGrid(this.styleIds, this.rowCount, this.width, this.styleList),
      merges: this.merges,
      columnWidths: meta.columnWidths,
      rowHeights: this.rowHeights(),
      conditionalFormats: this.conditionalFormats,
      ...(this.dataValidations.length ? { dataValidations: this.dataValidations } : {}),
      ...(meta.freeze ? { freeze: meta.freeze } : {}),
      ...(meta.autoFilter ? { autoFilter: meta.autoFilter } : {}),
      tables: this.tables,
      charts: this.charts,
      print: meta.print,
      ...(meta.tabColor ? { tabColor: meta.tabColor } : {}),
      ...(meta.hidden ? { hidden: true } : {}),
    };
  }
}
