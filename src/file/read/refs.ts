// A1 references to 0-based coordinates.
import type { CellRange } from "../../skj/types";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** True for a plain A1 reference (optionally with $): letters then digits. */
export function isCellRef(ref: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(ref);
}

/** "B3" -> {row: 2, col: 1}; null when out of Excel's grid or not a reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let row = 0;
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  const letters = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === letters) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === digits || row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C2" (or "A1") -> a 0-based inclusive range; null when malformed. */
export function parseRangeRef(ref: string): CellRange | null {
  const [a, b = a] = ref.trim().split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** 0-based column index -> letters ("A", "XFD"). */
export { columnLetter as columnLetters } from "../../skj/text";
