// A1 references. (The naming rules of sheets and tables are in src/report/names.ts.)

import type { Rect } from "../../report/model";
import { cellAddress, columnLetter } from "../../skj/text";

/** Column letters and A1 cell references from 0-based indexes, as the domain writes them. */
export const columnLetters = columnLetter;
export const cellRef = cellAddress;

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
