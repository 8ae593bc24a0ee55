// Builds one SheetModel: values on a fixed-width grid, merges, formulas, and styles given per area but
// emitted as few non-overlapping ranges (the Office.js writer formats range by range, never cell by cell).
import { DEFAULT_ROW_HEIGHT } from "./layout";
import {
  CellStyle,
  ChartSpec,
  ConditionalFormat,
  FormulaCell,
  ModelValue,
  PrintSetup,
  Rect,
  SheetModel,
  StyledRange,
  TableSpec,
} from "./model";

/** A stable key for a style, so equal styles built in different places coalesce. */
function styleKey(style: CellStyle): string {
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
export function mergeStyles(...styles: (CellStyle | undefined)[]): CellStyle {
  const out: CellStyle = {};
  for (const s of styles) {
    if (!s) continue;
    const { font, ...rest } = s;
    Object.assign(out, rest);
    if (font) out.font = { ...out.font, ...font };
  }
  return out;
}

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

/**
 * Merge per-cell style ids into rectangles: horizontal runs of one id per row, stacked downwards while the
 * row below has exactly the same run. Rectangles never overlap; cells without a style get none.
 */
export function coalesceStyles(
  ids: readonly (readonly (number | undefined)[])[],
  styles: readonly CellStyle[]
): StyledRange[] {
  const done: Rect[] = [];
  const doneIds: number[] = [];
  let open = new Map<string, { rect: Rect; id: number }>();
  ids.forEach((row, r) => {
    const next = new Map<string, { rect: Rect; id: number }>();
    let c = 0;
    while (c < row.length) {
      const id = row[c];
      let end = c;
      while (end + 1 < row.length && row[end + 1] === id) end++;
      if (id !== undefined) {
        const key = `${c}:${end}:${id}`;
        const prev = open.get(key);
        if (prev && prev.rect.bottom === r - 1) {
          prev.rect.bottom = r;
          next.set(key, prev);
          open.delete(key);
        } else {
          next.set(key, { rect: rect(r, c, r, end), id });
        }
      }
      c = end + 1;
    }
    for (const { rect: closed, id } of open.values()) {
      done.push(closed);
      doneIds.push(id);
    }
    open = next;
  });
  for (const { rect: closed, id } of open.values()) {
    done.push(closed);
    doneIds.push(id);
  }
  return done
    .map((r, i) => ({ rect: r, style: styles[doneIds[i]] }))
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

export class SheetBuilder {
  private readonly values: ModelValue[][] = [];
  private readonly styleIds: (number | undefined)[][] = [];
  private readonly styleList: CellStyle[] = [];
  private readonly styleIndex = new Map<string, number>();
  private readonly heights = new Map<number, number>();
  readonly merges: Rect[] = [];
  readonly formulas: FormulaCell[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly tables: TableSpec[] = [];
  readonly charts: ChartSpec[] = [];

  constructor(readonly width: number) {}

  get rowCount(): number {
    return this.values.length;
  }

  /** Append a row (padded with "" to the sheet width); returns its 0-based index. */
  addRow(cells: ModelValue[] = []): number {
    if (cells.length > this.width)
      throw new RangeError(`row wider than the sheet (${cells.length})`);
    const row: ModelValue[] = [...cells];
    while (row.length < this.width) row.push("");
    this.values.push(row);
    this.styleIds.push(new Array<number | undefined>(this.width).fill(undefined));
    return this.values.length - 1;
  }

  set(row: number, col: number, value: ModelValue): void {
    this.values[row][col] = value;
  }

  get(row: number, col: number): ModelValue {
    return this.values[row][col];
  }

  /** Give every cell of the area this style (replacing what it had). */
  style(area: Rect, style: CellStyle): void {
    const key = styleKey(style);
    let id = this.styleIndex.get(key);
    if (id === undefined) {
      id = this.styleList.length;
      this.styleList.push(style);
      this.styleIndex.set(key, id);
    }
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) this.styleIds[r][c] = id;
  }

  /** Merge an area, keeping its value in the top-left cell; a one-cell area is not a merge. */
  merge(area: Rect): void {
    if (area.top === area.bottom && area.left === area.right) return;
    this.merges.push(area);
  }

  formula(row: number, col: number, formula: string, value: number | string): void {
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

  build(meta: {
    name: string;
    kind: SheetModel["kind"];
    columnWidths: number[];
    print: PrintSetup;
    freeze?: { rows: number; cols: number };
    autoFilter?: Rect;
    tabColor?: string;
  }): SheetModel {
    return {
      name: meta.name,
      kind: meta.kind,
      values: this.values,
      formulas: this.formulas,
      styles: coalesceStyles(this.styleIds, this.styleList),
      merges: this.merges,
      columnWidths: meta.columnWidths,
      rowHeights: [...this.heights.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([row, height]) => ({ row, height })),
      conditionalFormats: this.conditionalFormats,
      ...(meta.freeze ? { freeze: meta.freeze } : {}),
      ...(meta.autoFilter ? { autoFilter: meta.autoFilter } : {}),
      tables: this.tables,
      charts: this.charts,
      print: meta.print,
      ...(meta.tabColor ? { tabColor: meta.tabColor } : {}),
    };
  }
}
