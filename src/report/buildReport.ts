// A plan -> the renderer-neutral report: the development plan, the needs summary and, when the data had
// problems, the issues sheet. Both adapters (Office.js and the .xlsx writer) render exactly this.
import type { Lang, Message } from "../skj/messages";
import type { ReportOptions } from "../skj/schemas";
import { PlanResult } from "../skj/types";
import { type Person, ReportContext } from "./context";
import { buildIssuesSheet } from "./issuesSheet";
import { REPORT_SHEETS, ReportSheetEntry, ReportSheetKind } from "../skj/registry/reportSheets";
import { buildTalentSheet } from "./talentSheet";
import { buildProgressSheet } from "./progressSheet";
import { buildIdpSheets } from "./idpSheet";
import { agencyStandards, buildStandardsSheet } from "./standardsSheet";
import { buildTargetSheet } from "./targetSheet";
import { ReportModel, SheetModel } from "./model";
import { buildPlanSheet } from "./planSheet";
import { buildProgrammeSheet } from "./programmeSheet";
import { buildSummarySheet } from "./summarySheet";
import { buildLiveSheet, liveCells } from "./liveSheet";
import { reportDate, sheetNamesFor, todayIso } from "./text";

export { formatDateId, sheetNamesFor } from "./text";

export interface BuildReportOptions extends ReportOptions {
  /** The language the sheets are written in (Bahasa Indonesia by default). */
  lang?: Lang;
  /** Add the IDP pages, one per employee (docs/domain.md §17). */
  idp?: boolean;
  /** Where the plan is signed ("Bandung"); left as a dotted space to fill by hand when absent. */
  place?: string;
}

/** A person the options name (by name or title), trimmed; undefined when they name nobody. */
function person(p: Person | undefined): Person | undefined {
  if (!p || !(p.name.trim() || p.title.trim())) return undefined;
  return { title: p.title.trim(), name: p.name.trim(), nip: p.nip.trim() };
}

/**
 * The report sheets for a plan, in order: "Rencana Pengembangan YYYY", "Rekap Kebutuhan YYYY" and, only
 * when there are issues, "Catatan Data" (English names with `lang: "en"`). Throws a MessageError
 * ("date-invalid") on a bad date.
 */
export function buildReport(plan: PlanResult, options: BuildReportOptions): ReportModel {
  const lang = options.lang ?? "id";
  const names = sheetNamesFor(plan.year, lang);
  // A signatory named in the options signs; else the one the workbook's own signature block names.
  const given = person(options.signatory);
  const preparer = person(options.preparer);
  const found = plan.signatory;
  const ctx: ReportContext = {
    lang,
    names,
    agency: (options.agency ?? "").trim(),
    date: reportDate(options.date ?? todayIso()),
    place: (options.place ?? "").trim() || (found?.place ?? ""),
    signatory: given ?? {
      title: found?.title ?? "",
      name: found?.name ?? "",
      nip: found?.nip ?? "",
    },
    ...(preparer ? { preparer } : {}),
  };
  const live = liveCells(plan, names.live);
  if (live) ctx.live = live;
  // One builder per kind of the registry: a new kind does not compile until it has one.
  const notices: Message[] = [];
  const builders: Record<ReportSheetKind, (name: string) => SheetModel | SheetModel[]> = {
    plan: (name) => buildPlanSheet(plan, name, ctx),
    summary: (name) => buildSummarySheet(plan, name, ctx),
    programmes: (name) => buildProgrammeSheet(plan, name, ctx),
    standards: (name) => buildStandardsSheet(plan, name, lang),
    target: (name) => buildTargetSheet(plan, name, lang),
    talent: (name) => buildTalentSheet(plan, name, lang),
    progress: (name) => buildProgressSheet(plan, name, lang),
    idp: (name) => {
      const idp = buildIdpSheets(plan, name, ctx);
      notices.push(...idp.notices);
      return idp.sheets;
    },
    issues: (name) => buildIssuesSheet(plan, name, lang),
    live: () => buildLiveSheet(plan, ctx.live!, ctx),
  };
  const wanted = (s: ReportSheetEntry) =>
    (!s.onlyWithIssues || plan.issues.length > 0) &&
    (!s.onlyWithTalent || plan.talent.placed > 0) &&
    (!s.onRequest || options.idp === true) &&
    (!s.onlyWithProgress || plan.progress !== undefined) &&
    (!s.onlyWithTarget || plan.employees.some((e) => e.targetPosition)) &&
    (!s.onlyWithAgencyStandards || agencyStandards(plan)) &&
    (!s.formulaData || ctx.live !== undefined);
  const sheets = REPORT_SHEETS.filter(wanted).flatMap((s) => builders[s.id](names[s.id]));
  return notices.length ? { sheets, notices } : { sheets };
}
