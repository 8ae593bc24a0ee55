// Text helpers for matching what people type in workbooks.
import { formatNumber, formatPercent } from "./messages/format";

/**
 * Lower-case, accents removed, "&" read as "dan", punctuation and line breaks turned into single spaces.
 * Non-breaking and other Unicode spaces count as spaces (web exports are full of them).
 */
export function normalizeText(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  // Unicode normalisation is costly and pure ASCII (nearly every cell) does not need it.
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(s)) s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return s
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Collapse whitespace (incl. non-breaking spaces and line breaks) and trim; keeps case and punctuation. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, " ")
    .trim();
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** 0-based column index to letters: 0 -> "A", 26 -> "AA". */
export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Round away floating-point noise (2.3 - 3 gives -0.7000000000000002) without hiding real decimals. */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Indonesian number format with a decimal comma (the catalogue's id-ID formatting). */
export function formatNumberId(value: number, decimals = 2): string {
  return formatNumber(value, "id", decimals);
}

/** A fraction as an Indonesian percentage: 0.8704 -> "87,04%". */
export function formatPercentId(value: number, decimals = 2): string {
  return formatPercent(value, "id", decimals);
}
