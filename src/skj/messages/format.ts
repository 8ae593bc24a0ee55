// Numbers, percentages and lists in each language's conventions (id-ID: 87,04%; en-GB: 87.04%).
import type { Lang } from "./params";

const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en-GB" };

/** Month names, January first, as each language writes dates ("22 November 2026"). */
export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** A number rounded to at most `decimals` places, with the language's decimal mark (no grouping). */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  const text = String(rounded);
  return lang === "id" ? text.replace(".", ",") : text;
}

/** A number with exactly `decimals` places: 61,0 / 61.0. */
export function formatFixed(value: number, lang: Lang, decimals: number): string {
  const text = value.toFixed(decimals);
  return lang === "id" ? text.replace(".", ",") : text;
}

/** A fraction as a percentage: 0.8704 -> "87,04%" / "87.04%". */
export function formatPercent(value: number, lang: Lang, decimals = 2): string {
  return `${formatNumber(value * 100, lang, decimals)}%`;
}

/** A count with the language's thousands separator: 12.345 / 12,345. */
export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALE[lang]);
}

/** "a, b dan c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "id" ? "dan" : "and";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** Items in double quotes, comma separated: "A", "B". */
export function quoted(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(", ");
}

/** Most rows a list names before "and N more". */
export const ROW_LIST_MAX = 10;

/** "baris 12, 15 dan 8 lainnya" / "rows 12, 15 and 8 more": at most ten rows named. */
export function rowList(rows: readonly number[], lang: Lang, max = ROW_LIST_MAX): string {
  const shown = rows.slice(0, max).join(", ");
  const rest = rows.length - max;
  if (lang === "id") return rest > 0 ? `baris ${shown} dan ${rest} lainnya` : `baris ${shown}`;
  const word = rows.length === 1 ? "row" : "rows";
  return rest > 0 ? `${word} ${shown} and ${rest} more` : `${word} ${shown}`;
}

/** The first `max` items and how many more: "a, b and 3 more" / "a, b dan 3 lainnya". */
export function firstOf(items: readonly string[], lang: Lang, max = 10): string {
  if (items.length <= max) return items.join(", ");
  const rest = items.length - max;
  return `${items.slice(0, max).join(", ")} ${lang === "id" ? `dan ${rest} lainnya` : `and ${rest} more`}`;
}
