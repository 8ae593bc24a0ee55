// English texts of plan.params.ts.
import { formatCount, joinList, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import type { PlanMessageParams } from "./plan.params";

const rp = (n: number) => `IDR ${formatCount(n, "en")}`;

const MONTHS = MONTH_NAMES.en;

export const planEn: AreaCatalogue<PlanMessageParams> = {
  "budget-over-ceiling": (p) =>
    `All programmes cost ${rp(p.required)}, more than the budget ceiling of ${rp(p.ceiling)}. ` +
    `Programmes were chosen by shortfall closed per rupiah: ${rp(p.total)} goes ahead; ` +
    `${p.deferred.length} programme(s) (${joinList(p.deferred, "en")}) worth ${rp(p.deferredTotal)} are deferred to next year.`,
  "pppk-capped": (p) =>
    `${p.count} PPPK employee(s): their plans stop at ${p.ceiling} JP a year (PP 49/2018 art. 40).`,
  "programme-status": (p) => (p.deferred ? "Deferred" : "Proposed"),
  "programme-month": (p) =>
    p.months > 1
      ? `${MONTHS[p.month - 1]}–${MONTHS[Math.min(12, p.month + p.months - 1) - 1]}`
      : MONTHS[p.month - 1],
  "programme-total-label": () => "Total",
  "programme-target-note": (p) =>
    p.columnFound
      ? "The plan is made for the current position; the gap against the target position (the target-position column) is on the Target position gap sheet (PP 11/2017 art. 206)."
      : "Gaps are analysed against the current position; no target-position data (PP 11/2017 art. 206).",
};
