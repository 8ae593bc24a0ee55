// A1 references. (The naming rules of sheets and tables are in src/report/names.ts.)

import type { Rect } from "../../report/model";

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeRef(r: Rect): string {
  const a = cellRef(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellRef(r.bottom, r.right)}`;
}

export function absoluteRangeRef(r: Rect): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${b}`;
}

/** A sheet name as formulas need it: always quoted (valid for every name), quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
