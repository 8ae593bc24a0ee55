// A1 addresses as Excel writes and reads them: sheet prefixes (quoted with doubled apostrophes),
// cell ranges, whole columns ("A:C") and whole rows ("1:3"). Coordinates are 0-based and inclusive.

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  /** Sheet name when the address carries one ("Sheet1!A1"), unquoted. */
  sheet?: string;
  rect: Rect;
}

export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Whether Excel puts quotes around the sheet name in an address. */
export function sheetNeedsQuotes(name: string): boolean {
  if (!/^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name)) return true;
  // Names that read as a cell reference would be ambiguous.
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}

export function quoteSheet(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "A1", "A1:C3", "A:C" (whole columns), "1:3" (whole rows), without a sheet. */
export function formatRect(rect: Rect): string {
  if (rect.left === 0 && rect.right === MAX_COLS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  }
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

type Ref = { row?: number; col?: number };

function parseRef(text: string): Ref | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const ref: Ref = {};
  if (m[1]) {
    ref.col = columnIndex(m[1]);
    if (ref.col >= MAX_COLS) return null;
  }
  if (m[2]) {
    ref.row = Number(m[2]) - 1;
    if (ref.row < 0 || ref.row >= MAX_ROWS) return null;
  }
  return ref;
}

/** Split "Sheet!A1" / "'It''s'!A1" into sheet and reference; null when malformed. */
function splitSheet(address: string): { sheet?: string; ref: string } | null {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i] !== "'" || s[i + 1] !== "!") return null;
    return { sheet: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  if (bang < 0) return { ref: s };
  const sheet = s.slice(0, bang);
  // An unquoted name may not hold spaces, apostrophes or other special characters.
  if (!sheet || sheetNeedsQuotes(sheet)) return null;
  return { sheet, ref: s.slice(bang + 1) };
}

/** Parse an A1 address; null when it is not one (named ranges are not supported by the fake). */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const parts = split.ref.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseRef(parts[0]);
  const b = parts.length === 2 ? parseRef(parts[1]) : a;
  if (!a || !b) return null;
  let rect: Rect;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  if (aCell && bCell) {
    rect = { top: a.row!, left: a.col!, bottom: b.row!, right: b.col! };
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined) {
    rect = { top: 0, left: a.col!, bottom: MAX_ROWS - 1, right: b.col! };
  } else if (parts.length === 2 && a.col === undefined && b.col === undefined) {
    rect = { top: a.row!, left: 0, bottom: b.row!, right: MAX_COLS - 1 };
  } else {
    return null;
  }
  return { sheet: split.sheet, rect: normalize(rect) };
}

export function normalize(r: Rect): Rect {
  return {
    top: Math.min(r.top, r.bottom),
    bottom: Math.max(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    right: Math.max(r.left, r.right),
  };
}

export function rowsOf(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function colsOf(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function isWholeColumns(r: Rect): boolean {
  return r.top === 0 && r.bottom === MAX_ROWS - 1;
}

export function isWholeRows(r: Rect): boolean {
  return r.left === 0 && r.right === MAX_COLS - 1;
}
