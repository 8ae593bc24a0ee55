// Excel's naming rules for the sheets and tables a report adds, in one place: both writers take the
// names that lowering (lower.ts) chose, so a model gets the same names in Office.js and in a file.

export const MAX_SHEET_NAME = 31;
export const MAX_TABLE_NAME = 255;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Excel compares sheet and table names without regard to case, also beyond ASCII (Ü = ü). */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

function trimApostrophes(s: string): string {
  return s.replace(/^'+|'+$/g, "").trim();
}

/**
 * A legal sheet name, keeping the user's letters (also non-ASCII ones such as Ü): `: \ / ? * [ ]` and
 * control characters become "-", apostrophes at either end go, a blank name becomes "Laporan", the
 * reserved "History" (any case) becomes "<name> (laporan)" in the name's own case, and the result is
 * cut to 31 characters.
 */
export function legalSheetName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let s = trimApostrophes(name.replace(/[:\\/?*[\]\u0000-\u001f]/g, "-").trim());
  if (s === "") s = "Laporan";
  if (nameKey(s) === "HISTORY") s = `${s} (laporan)`;
  return trimApostrophes(cut(s, MAX_SHEET_NAME)) || "Laporan";
}

/**
 * A legal sheet name not in `taken` (compared as Excel does, without case): the name itself, else
 * "name (2)", "name (3)"…, shortening the name so that the result stays within 31 characters.
 */
export function uniqueSheetName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  const base = legalSheetName(desired);
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${trimApostrophes(cut(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

/** True when a name would read as a cell reference (A1 or R1C1 style), which Excel forbids for names. */
export function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr]([0-9]+)?([Cc]([0-9]+)?)?$/.test(name) ||
    /^[Cc]([0-9]+)?$/.test(name)
  );
}

/**
 * A legal table name in ASCII (it is typed in structured references, and every reader takes it):
 * accents are dropped ("Ümum" becomes "Umum"), any other character but letters, digits, "_", "." and
 * "\" becomes "_"; a name that does not start with a letter, "_" or "\" or that reads as a cell
 * reference gets the prefix "T_" (so "1_Tabel" becomes "T_1_Tabel" and "A1" becomes "T_A1"); at most
 * 255 characters.
 */
export function legalTableName(name: string): string {
  let s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.\\]/g, "_");
  if (s === "") s = "Tabel";
  if (!/^[A-Za-z_\\]/.test(s) || looksLikeReference(s)) s = `T_${s}`;
  return cut(s, MAX_TABLE_NAME);
}

/**
 * A legal table name unique among `taken` (table and defined names of the workbook, compared without
 * case): "name", "name_2", "name_3"…
 */
export function uniqueTableName(desired: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  const base = legalTableName(desired);
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${cut(base, MAX_TABLE_NAME - suffix.length)}${suffix}`;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}
