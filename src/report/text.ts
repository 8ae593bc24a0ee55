// Report wording shared by the sheets: dates, sheet names, and the statements of where the data came from
// and how the numbers were made, rendered by the message catalogue in the report's language.
import { tableRowErrors } from "../skj/nobody";
import { agencyIsoDate, type CalendarDate, DEFAULT_TIME_ZONE, type TimeZoneId } from "../skj/dates";
import { recordOf } from "../skj/registry/entries";
import { REPORT_SHEETS, ReportSheetKind, reportSheetName } from "../skj/registry/reportSheets";
import { thresholdValues } from "../skj/registry/schemes";
import { CATEGORY_NAMES, PENGISIAN_LONG } from "../skj/scoring";
import { type Lang, MessageError, msg, renderMessage } from "../skj/messages";
import type { CategoryBound } from "../skj/messages/areas/sheets.params";
import { PlanResult } from "../skj/types";

/** The names of the report sheets for a plan year, by kind (from the report-sheet registry). */
export function sheetNamesFor(year: number, lang: Lang = "id"): Record<ReportSheetKind, string> {
  return recordOf(REPORT_SHEETS, (s) => reportSheetName(s.id, year, lang));
}

/**
 * The calendar day of an ISO date ("2026-11-22", or a date-time whose date part is taken as written). The
 * date part is read as text, so no time zone can shift the day. Throws a MessageError ("date-invalid").
 */
export function reportDate(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  const invalid = () => new MessageError(msg("date-invalid", { date: iso }));
  if (!m) throw invalid();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw invalid();
  return { year, month, day };
}

/** An ISO date in words in a language: "22 November 2026". */
export function formatReportDate(iso: string, lang: Lang): string {
  return renderMessage(msg("sheet-date", { date: reportDate(iso) }), lang);
}

/** An ISO date in Indonesian words: "22 November 2026", "5 Januari 2027". */
export function formatDateId(iso: string): string {
  return formatReportDate(iso, "id");
}

/** Today's date in the agency's zone (WIB by default) as ISO "YYYY-MM-DD" (docs/domain.md §10). */
export function todayIso(now: Date = new Date(), zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  return agencyIsoDate(now, zone);
}

/** Category names with their JPM bounds, in the plan's scheme, highest first. */
export function categoryBands(plan: PlanResult): { name: string; bound: CategoryBound }[] {
  const limits = thresholdValues(plan.scheme, plan.thresholds);
  return CATEGORY_NAMES[plan.scheme].map((name, i) => ({
    name,
    bound: {
      ...(i < limits.length ? { lower: limits[i] } : {}),
      ...(i > 0 ? { upper: limits[i - 1] } : {}),
    },
  }));
}

/** A category as a reader should see it: pengisian codes get their long form (a domain term in both languages). */
export function categoryLabel(code: string): string {
  return PENGISIAN_LONG[code] ? `${code} (${PENGISIAN_LONG[code]})` : code;
}

/**
 * One line stating how the numbers were made: JPM formula and where the method came from, tolerance,
 * the scheme's category thresholds and the yearly JP target.
 */
export function methodStatement(plan: PlanResult, lang: Lang = "id"): string {
  return renderMessage(
    msg("sheet-method", {
      method: plan.jpmMethod,
      source: plan.jpmMethodSource,
      ...(plan.jpmAgreement ? { agreement: plan.jpmAgreement } : {}),
      tolerance: plan.tolerance,
      scheme: plan.scheme,
      schemeSource: plan.schemeSource,
      schemeFromTitle: plan.schemeSource === "file" && plan.schemeBasis === "title",
      bands: categoryBands(plan).map((b) => ({ category: categoryLabel(b.name), bound: b.bound })),
      jpTarget: plan.jpTarget,
    }),
    lang
  );
}

/** Which sheet the data came from and how many employees were planned (and how many rows were left out). */
export function sourceStatement(
  plan: PlanResult,
  lang: Lang = "id",
  issuesSheet: string = reportSheetName("issues", plan.year, lang)
): string {
  // Rows with an error that did not become an employee were left out of the plan.
  const planned = new Set(plan.employees.map((e) => e.row));
  const skipped = tableRowErrors(plan).filter((i) => !planned.has(i.row)).length;
  const reports = plan.source.personSheets;
  const text = reports
    ? // One employee per sheet (docs/domain.md §11): the sheets read, and those that gave nobody.
      renderMessage(
        msg("sheet-source-reports", {
          sheets: reports,
          employees: plan.employees.length,
          left: Math.max(0, reports.length - plan.employees.length),
          issuesSheet,
        }),
        lang
      )
    : renderMessage(
        msg("sheet-source", {
          sheet: plan.source.sheet,
          headerRows: plan.source.headerRows,
          dataStartRow: plan.source.dataStartRow,
          employees: plan.employees.length,
          skipped,
          issuesSheet,
        }),
        lang
      );
  const blank = plan.unassessedRows;
  return blank.length > 0
    ? `${text} ${renderMessage(msg("unassessed-rows", { rows: blank }), lang)}`
    : text;
}
