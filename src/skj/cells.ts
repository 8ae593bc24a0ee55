// Reading single cell values the way HR workbooks write them: scores, NIPs, percentages. Rules: docs/domain.md §6.
import { msg, Message } from "./messages/params";
import { CellError, CellValue } from "./types";
import { cleanText, tidy } from "./text";

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" && value !== null && "error" in value && !(value instanceof Date)
  );
}

export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && cleanText(value) === "")
  );
}

/** Text of a cell for display and matching ("" for blanks, "#N/A" for errors). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cleanText(value);
}

/** Parse "2,5", "3 ", "3.0", "1.234,5" and numbers; null when it is not a plain number. */
export function parseNumber(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  let s = cleanText(value).replace(/\s/g, "");
  if (!s) return null;
  // Thousands separators with a decimal comma ("1.234,5"), or a lone decimal comma ("2,5").
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^[-+]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A score, or why the cell holds none (a sub-message nested in the issue). */
export type ScoreReading = { score: number } | { problem: Message };

/** A competency score: a number 1–5, decimals allowed, as a number or as text. */
export function readScore(value: CellValue | undefined): ScoreReading {
  if (isBlank(value)) return { problem: msg("score-blank", {}) };
  if (isCellError(value)) return { problem: msg("score-cell-error", { error: value.error }) };
  if (value instanceof Date) return { problem: msg("score-date", {}) };
  if (typeof value === "boolean") return { problem: msg("score-boolean", { value }) };
  const n = parseNumber(value);
  if (n === null) {
    const text = cellText(value);
    const roman = /^(i|ii|iii|iv|v)$/i.test(text) ? { roman: romanValue(text) } : {};
    return { problem: msg("score-not-number", { text: truncate(text), ...roman }) };
  }
  if (n < 1 || n > 5) return { problem: msg("score-out-of-range", { value: n }) };
  return { score: n };
}

function romanValue(text: string): number {
  return { i: 1, ii: 2, iii: 3, iv: 4, v: 5 }[text.toLowerCase()] ?? 0;
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface NipReading {
  nip: string;
  /** Set when the NIP was stored as a number and lost its last digits (Excel keeps 15). */
  precisionLost?: boolean;
}

/**
 * A NIP kept as text: spaces, dots and a leading apostrophe or "NIP" label removed.
 * Excel keeps 15 significant digits: an 18-digit NIP stored as a number has lost its last digits.
 */
export function readNip(value: CellValue | undefined): NipReading {
  if (isBlank(value)) return { nip: "" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { nip: "" };
    const rounded = Math.round(value);
    if (Math.abs(rounded) < 1e15) return { nip: String(rounded) };
    // Show it as Excel does: 15 significant digits, then zeros (the double's own digits beyond 15 are noise).
    const [mantissa, exponent] = Math.abs(rounded).toPrecision(15).split("e+");
    const digits = mantissa.replace(".", "").padEnd(Number(exponent) + 1, "0");
    return {
      nip: digits,
      precisionLost: true,
    };
  }
  const text = cellText(value);
  const stripped = text
    .replace(/^'+/, "")
    .replace(/^n\.?\s*i\.?\s*p\.?\s*(baru|lama)?\s*[:.]?/i, "")
    .replace(/[\s.\-'’]/g, "");
  if (/^\d+$/.test(stripped)) return { nip: stripped };
  // "-", "–" or "." written for "no NIP" (honorary staff, PPPK awaiting one): no NIP at all.
  if (stripped === "" || /^[-–—.]+$/.test(stripped)) return { nip: "" };
  // "1.98501E+17" typed as text, or anything else: keep as written.
  return { nip: text };
}

/**
 * A JPM as workbooks write it: a ratio (0.87, 1.12), a percent number (87.04) or text ("87,04%").
 * Returns a fraction, or null.
 */
export function readPercentOrRatio(value: CellValue | undefined): number | null {
  if (isBlank(value) || isCellError(value) || value instanceof Date || typeof value === "boolean") {
    return null;
  }
  if (typeof value === "string") {
    const text = cleanText(value);
    const percent = /%\s*$/.test(text);
    const n = parseNumber(text.replace(/%\s*$/, ""));
    if (n === null) return null;
    return percent || n > 3 ? tidy(n / 100) : n;
  }
  const n = value as number;
  // A JPM above 300% is not a ratio: it is a percent number.
  return n > 3 ? tidy(n / 100) : n;
}
