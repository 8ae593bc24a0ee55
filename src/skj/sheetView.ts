// Read access to a SheetGrid in sheet coordinates, with merged areas resolved to their top-left value.
import { CellRange, CellValue, SheetGrid } from "./types";

export class SheetView {
  readonly name: string;
  /** 0-based sheet coordinates of the grid's first cell. */
  readonly firstRow: number;
  readonly firstCol: number;
  /** Inclusive last row / column that the grid holds (firstRow - 1 when empty). */
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(private readonly grid: SheetGrid) {
    this.name = grid.name;
    this.firstRow = grid.origin?.row ?? 0;
    this.firstCol = grid.origin?.col ?? 0;
    this.lastRow = this.firstRow + grid.rows.length - 1;
    let width = 0;
    for (const row of grid.rows) if (row.length > width) width = row.length;
    this.lastCol = this.firstCol + width - 1;
    for (const m of grid.merges) {
      // Only the part of a merge inside the grid matters; a merge over a million rows must not cost a million entries.
      const top = Math.max(m.top, this.firstRow);
      const bottom = Math.min(m.bottom, this.lastRow);
      for (let r = top; r <= bottom; r++) {
        let list = this.mergesByRow.get(r);
        if (!list) this.mergesByRow.set(r, (list = []));
        list.push(m);
      }
    }
  }

  get state(): SheetGrid["state"] {
    return this.grid.state;
  }

  /** The value stored in the cell itself (null inside a merge except at its top-left). */
  raw(row: number, col: number): CellValue {
    const r = this.grid.rows[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The value a reader sees: a cell inside a merged area shows the area's top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  hasMergesInRow(row: number): boolean {
    return this.mergesByRow.has(row);
  }
}
