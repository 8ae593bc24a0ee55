// Report wording in Bahasa Indonesia: dates, sheet names, and the statement of how the numbers were made.
import { agencyIsoDate } from "../skj/dates";
import { recordOf } from "../skj/registry/entries";
import { jpmMethodEntry } from "../skj/registry/jpmMethods";
import {
  ISSUES_SHEET_NAME,
  REPORT_SHEETS,
  ReportSheetKind,
  reportSheetName,
} from "../skj/registry/reportSheets";
import { schemeEntry, thresholdValues } from "../skj/registry/schemes";
import { CATEGORY_NAMES, PENGISIAN_LONG } from "../skj/scoring";
import { MessageError, msg, renderMessage, rowList as formatRowList } from "../skj/messages";
import { formatNumberId, formatPercentId } from "../skj/text";
import { PlanResult, Quarter, Severity } from "../skj/types";

const MONTHS = [
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
];

/** Excel's sheet-name limit. */
export const MAX_SHEET_NAME = 31;

/** The names of the report sheets for a plan year, by kind (from the report-sheet registry). */
export function sheetNamesFor(year: number): Record<ReportSheetKind, string> {
  return recordOf(REPORT_SHEETS, (s) => reportSheetName(s.id, year));
}

/**
 * An ISO date ("2026-11-22", or a date-time whose date part is taken as written) in Indonesian words:
 * "22 November 2026". The date part is read as text, so no time zone can shift the day.
 */
export function formatDateId(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  const invalid = () => new MessageError(msg("date-invalid", { date: iso }));
  if (!m) throw invalid();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw invalid();
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Today's date in the agency's zone (WIB) as ISO "YYYY-MM-DD" (docs/domain.md §10). */
export function todayIso(now: Date = new Date()): string {
  return agencyIsoDate(now);
}

export const QUARTER_NAMES: Record<Quarter, string> = {
  1: "TW I",
  2: "TW II",
  3: "TW III",
  4: "TW IV",
};

export const SEVERITY_NAMES: Record<Severity, string> = {
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
};

/** Category names with their JPM bounds, in the plan's scheme, highest first. */
export function categoryBands(plan: PlanResult): { name: string; bound: string }[] {
  const pct = (v: number) => formatPercentId(v);
  const limits = thresholdValues(plan.scheme, plan.thresholds);
  return CATEGORY_NAMES[plan.scheme].map((name, i) => ({
    name,
    bound:
      i === 0
        ? `JPM ≥ ${pct(limits[0])}`
        : i < limits.length
          ? `${pct(limits[i])} ≤ JPM < ${pct(limits[i - 1])}`
          : `JPM < ${pct(limits[limits.length - 1])}`,
  }));
}

/** A category as a reader should see it: pengisian codes get their long form. */
export function categoryLabel(code: string): string {
  return PENGISIAN_LONG[code] ? `${code} (${PENGISIAN_LONG[code]})` : code;
}

function jpmSourceSentence(plan: PlanResult): string {
  const agreement = plan.jpmAgreement;
  switch (plan.jpmMethodSource) {
    case "file":
      return agreement
        ? `Metode JPM mengikuti kolom JPM di file: ${agreement.matched} dari ${agreement.compared} baris cocok.`
        : "Metode JPM mengikuti kolom JPM di file.";
    case "user":
      return agreement
        ? `Metode JPM dipilih pengguna; kolom JPM di file: ${agreement.matched} dari ${agreement.compared} baris cocok dengan metode ini.`
        : "Metode JPM dipilih pengguna.";
    default:
      return agreement
        ? `Kolom JPM di file tidak cocok dengan metode mana pun (${agreement.matched} dari ${agreement.compared} baris); dipakai metode bawaan.`
        : "Metode JPM bawaan (file tidak memiliki kolom JPM).";
  }
}

const SCHEME_SOURCE: Record<PlanResult["schemeSource"], string> = {
  file: "mengikuti kolom kategori di file",
  user: "dipilih pengguna",
  default: "bawaan",
};

function schemeSourceText(plan: PlanResult): string {
  return plan.schemeSource === "file" && plan.schemeBasis === "title"
    ? "mengikuti tujuan penilaian di judul sheet"
    : SCHEME_SOURCE[plan.schemeSource];
}

/**
 * One line stating how the numbers were made: JPM formula and where the method came from, tolerance,
 * the scheme's category thresholds and the yearly JP target.
 */
export function methodStatement(plan: PlanResult): string {
  const scheme = schemeEntry(plan.scheme).name.id;
  const method = jpmMethodEntry(plan.jpmMethod);
  const bands = categoryBands(plan)
    .map((b) => `${categoryLabel(b.name)}: ${b.bound}`)
    .join("; ");
  return [
    `JPM = ${method.formula.id} (metode ${method.name.id}).`,
    jpmSourceSentence(plan),
    `Toleransi ${formatPercentId(plan.tolerance)}: kompetensi menjadi kebutuhan bila nilai < standar × (1 − toleransi).`,
    `Kategori skema ${scheme} (${schemeSourceText(plan)}): ${bands}.`,
    `Target ${formatNumberId(plan.jpTarget)} JP per pegawai per tahun.`,
  ].join(" ");
}

/** Which sheet the data came from and how many employees were planned (and how many rows were left out). */
/** "baris 12, 15, 18" with at most ten rows named (the catalogue's one helper). */
export function rowList(rows: readonly number[]): string {
  return formatRowList(rows, "id");
}

export function sourceStatement(plan: PlanResult): string {
  // Rows with an error that did not become an employee were left out of the plan.
  const planned = new Set(plan.employees.map((e) => e.row));
  const skipped = new Set(
    plan.issues
      .filter((i) => i.severity === "error" && i.row > 0 && i.sheet === plan.source.sheet)
      .map((i) => i.row)
      .filter((row) => !planned.has(row))
  ).size;
  const header = plan.source.headerRows.join("–");
  const reports = plan.source.personSheets;
  if (reports) {
    // One employee per sheet (docs/domain.md §11): the sheets read, and those that gave nobody.
    const left = reports.length - plan.employees.length;
    return (
      `Sumber data: ${renderMessage(msg("people-sheets", { count: reports.length, sheets: reports }))} ` +
      `${plan.employees.length} pegawai direncanakan.` +
      (left > 0
        ? ` ${left} sheet tidak direncanakan karena galat data (lihat sheet ${ISSUES_SHEET_NAME}).`
        : "")
    );
  }
  let text =
    `Sumber data: sheet "${plan.source.sheet}" (judul baris ${header}, data mulai baris ` +
    `${plan.source.dataStartRow}); ${plan.employees.length} pegawai direncanakan.`;
  if (skipped > 0)
    text += ` ${skipped} baris tidak direncanakan karena galat data (lihat sheet ${ISSUES_SHEET_NAME}).`;
  const blank = plan.unassessedRows.length;
  if (blank > 0) text += ` ${renderMessage(msg("unassessed-rows", { rows: plan.unassessedRows }))}`;
  return text;
}
