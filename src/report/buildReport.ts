// A plan -> the renderer-neutral report: the development plan, the needs summary and, when the data had
// problems, the issues sheet. Both adapters (Office.js and the .xlsx writer) render exactly this.
import type { Lang } from "../skj/messages";
import type { ReportOptions } from "../skj/schemas";
import { PlanResult } from "../skj/types";
import { ReportContext } from "./context";
import { buildIssuesSheet } from "./issuesSheet";
import { REPORT_SHEETS, ReportSheetKind } from "../skj/registry/reportSheets";
import { ReportModel, SheetModel } from "./model";
import { buildPlanSheet } from "./planSheet";
import { buildProgrammeSheet } from "./programmeSheet";
import { buildSummarySheet } from "./summarySheet";
import { formatDateId, sheetNamesFor, todayIso } from "./text";

export { formatDateId, sheetNamesFor } from "./text";

export interface BuildReportOptions extends ReportOptions {
  /** The language the sheets are written in (Bahasa Indonesia by default). */
  lang?: Lang;
  /** Where the plan is signed ("Bandung"); left as a dotted space to fill by hand when absent. */
  place?: string;
}

/**
 * The report sheets for a plan, in order: "Rencana Pengembangan YYYY", "Rekap Kebutuhan YYYY" and, only
 * when there are issues, "Catatan Data". Throws a MessageError ("date-invalid") on a bad date.
 */
export function buildReport(plan: PlanResult, options: BuildReportOptions): ReportModel {
  const names = sheetNamesFor(plan.year);
  const ctx: ReportContext = {
    agency: (options.agency ?? "").trim(),
    dateText: formatDateId(options.date ?? todayIso()),
    place: (options.place ?? "").trim(),
    signatory: {
      title: (options.signatory?.title ?? "").trim(),
      name: (options.signatory?.name ?? "").trim(),
      nip: (options.signatory?.nip ?? "").trim(),
    },
  };
  // One builder per kind of the registry: a new kind does not compile until it has one.
  const builders: Record<ReportSheetKind, (name: string) => SheetModel> = {
    plan: (name) => buildPlanSheet(plan, name, ctx),
    summary: (name) => buildSummarySheet(plan, name, ctx),
    programmes: (name) => buildProgrammeSheet(plan, name, ctx, options.lang ?? "id"),
    issues: (name) => buildIssuesSheet(plan, name, options.lang ?? "id"),
  };
  const sheets = REPORT_SHEETS.filter((s) => !s.onlyWithIssues || plan.issues.length > 0).map((s) =>
    builders[s.id](names[s.id])
  );
  return { sheets };
}
