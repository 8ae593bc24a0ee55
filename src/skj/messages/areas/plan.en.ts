// English texts of plan.params.ts.
import { formatCount, joinList, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import type { PlanMessageParams, ProgrammeColumn } from "./plan.params";

const rp = (n: number) => `IDR ${formatCount(n, "en")}`;

const MONTHS = MONTH_NAMES.en;

const COLUMNS: Record<ProgrammeColumn, string> = {
  no: "No",
  id: "Programme",
  competency: "Competency",
  method: "Type and method (LAN)",
  route: "Route",
  participants: "Target employees (NIP)",
  count: "Participants",
  provider: "Provider",
  month: "Schedule",
  jp: "JP per participant",
  cost: "Cost (IDR)",
  funding: "Funding",
  status: "Status",
};

export const planEn: AreaCatalogue<PlanMessageParams> = {
  "budget-over-ceiling": (p) =>
    `All programmes cost ${rp(p.required)}, more than the budget ceiling of ${rp(p.ceiling)}. ` +
    `Programmes were chosen by shortfall closed per rupiah: ${rp(p.total)} goes ahead; ` +
    `${p.deferred.length} programme(s) (${joinList(p.deferred, "en")}) worth ${rp(p.deferredTotal)} are deferred to next year.`,
  "pppk-capped": (p) =>
    `${p.count} PPPK employee(s): their plans stop at ${p.ceiling} JP a year (PP 49/2018 art. 40).`,
  "programme-sheet-title": (p) =>
    `Competency development programmes and budget ${p.year}${p.agency ? ` — ${p.agency}` : ""}`,
  "programme-sheet-intro": (p) =>
    `${p.programmes} programmes (${p.classroom} classroom) for ${p.participants} employees, grouped from each ` +
    `employee's plan by competency and method (PP 11/2017 art. 207(3): competency, target employees, type and ` +
    `route, provider, schedule, budget). ` +
    (p.ceiling === null
      ? "No budget ceiling."
      : `Budget ceiling ${rp(p.ceiling)}: programmes that do not fit are deferred.`),
  "programme-sheet-header": (p) => COLUMNS[p.column],
  "programme-budget-line": (p) =>
    ({
      required: "Cost of all programmes",
      ceiling: "Budget ceiling",
      total: "Budget proposed this year",
      deferred: "Deferred to next year",
    })[p.kind],
  "programme-funding": (p) =>
    p.funding === "agency-budget" ? "Agency budget (APBD/APBN)" : "No cost",
  "programme-status": (p) => (p.deferred ? "Deferred" : "Proposed"),
  "programme-month": (p) =>
    p.months > 1
      ? `${MONTHS[p.month - 1]}–${MONTHS[Math.min(12, p.month + p.months - 1) - 1]}`
      : MONTHS[p.month - 1],
  "programme-route": (p) => (p.route === "klasikal" ? "Classroom" : "Non-classroom"),
  "programme-costs-title": () =>
    "Unit cost assumptions (the agency's; change them with --biaya CODE=RUPIAH):",
  "programme-cost-line": (p) =>
    `${p.method} ${p.methodName}: ` +
    (p.basis === "participant-jp"
      ? `${rp(p.amount)} per participant per JP`
      : p.basis === "participant"
        ? `${rp(p.amount)} per participant`
        : "no cost (in-house or free platform)"),
  "programme-sign-approved": () => "Approved by,",
  "programme-total-label": () => "Total",
  "programme-target-note": (p) =>
    p.columnFound
      ? "The plan is made for the current position; the gap against the target position (the target-position column) is on the Target position gap sheet (PP 11/2017 art. 206)."
      : "Gaps are analysed against the current position; no target-position data (PP 11/2017 art. 206).",
};
