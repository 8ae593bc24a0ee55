// A1 references and the naming rules of sheets and tables.

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

export const MAX_SHEET_NAME = 31;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Replaces what Excel forbids in a sheet name (: \ / ? * [ ], quotes at the ends, blank). */
export function cleanSheetName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let s = name.replace(/[:\\/?*[\]\u0000-\u001f]/g, "-").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s === "" || s.toLowerCase() === "history") s = s === "" ? "Laporan" : `${s} (laporan)`;
  return cut(s, MAX_SHEET_NAME).trim();
}

/**
 * A name not in `taken` (compared case-insensitively, as Excel does): the name itself, else
 * "name (2)", "name (3)"…, shortening the name so that the result stays within 31 characters.
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toUpperCase()));
  const base = cleanSheetName(desired);
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/** True when `name` would read as a cell reference (A1 or R1C1 style), which Excel forbids for names. */
function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(name) ||
    /^[Cc]([0-9]+)?$/.test(name)
  );
}

/** A valid Excel table name: letters, digits, "_" and "."; starts with a letter or "_"; not a reference. */
export function cleanTableName(name: string): string {
  let s = name.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (s === "") s = "Tabel";
  if (!/^[\p{L}_]/u.test(s)) s = `_${s}`;
  if (looksLikeReference(s)) s = `T_${s}`;
  return s.slice(0, 255);
}

/** A table name unique among `taken` (case-insensitive): "name", "name_2", "name_3"… */
export function uniqueTableName(desired: string, taken: Set<string>): string {
  const base = cleanTableName(desired);
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 250)}_${n}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
