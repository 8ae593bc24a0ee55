// Which number formats show a date or time, and how a serial number becomes a Date.

/** Built-in format ids that are dates or times (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isBuiltinDateFormat(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

/**
 * Whether a format code shows a date or time: d, m, y, h or s outside quoted text, escapes and [brackets]
 * (colours, locales, conditions). Elapsed-time brackets ([h], [mm], [ss]) count as time.
 */
export function isDateFormatCode(code: string): boolean {
  let i = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? n : end + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      i += 2; // an escaped literal, a padding or a fill character
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      const inner = code.slice(i + 1, end < 0 ? n : end);
      if (/^(h+|m+|s+)$/i.test(inner)) return true;
      i = end < 0 ? n : end + 1;
    } else {
      if ("dmyhsDMYHS".includes(c)) return true;
      // "General" contains none of those letters; "E+" of scientific formats neither.
      i++;
    }
  }
  return false;
}

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial of 9999-12-31 in the 1900 system: beyond it Excel shows ####. */
const MAX_SERIAL = 2958465;

/**
 * A serial date as a Date in UTC (the wall-clock time the cell shows, so that toISOString gives the cell's date).
 * Excel's 1900 system counts a 29 February 1900 that never was: serials below 60 are one day later than a
 * straight count from 1899-12-30. Returns null for values Excel does not show as a date.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  const days = serial < 60 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(days * DAY_MS));
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/**
 * An ISO 8601 cell value (t="d") as a Date. The wall-clock fields are kept as written (a zone suffix is ignored),
 * so the Date shows the same day and time as Excel does. Null when it is not a date.
 */
export function parseIsoDate(text: string): Date | null {
  const s = text.trim();
  const m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Math.round(Number("0." + m[7]) * 1000) : 0;
    const d = new Date(
      Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, ms)
    );
    if (+m[1] < 100) d.setUTCFullYear(+m[1]); // Date.UTC maps years 0-99 to 1900-1999
    return Number.isNaN(d.getTime()) || d.getUTCDate() !== +m[3] ? null : d;
  }
  const t = TIME.exec(s);
  if (t) {
    const ms = t[4] ? Math.round(Number("0." + t[4]) * 1000) : 0;
    // A bare time is a time on Excel's day 0, which serialToDate shows as 1899-12-31.
    return new Date(Date.UTC(1899, 11, 31, +t[1], +t[2], t[3] ? +t[3] : 0, ms));
  }
  return null;
}
