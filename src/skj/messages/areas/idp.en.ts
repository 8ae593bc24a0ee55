// English texts of idp.params.ts.
import type { AreaCatalogue } from "../params";
import type { IdpMessageParams } from "./idp.params";
import { formatNumber } from "../format";

const LABEL = {
  name: "Name",
  nip: "NIP",
  position: "Position",
  grade: "Grade",
  unit: "Unit",
  jpm: "JPM",
  category: "Category",
  employment: "Status",
};
const COLUMN = {
  competency: "Competency",
  standard: "Standard",
  score: "Score",
  gap: "Gap",
  priority: "Priority",
  method: "Method",
  activity: "Activity",
  provider: "Provider",
  month: "Month",
  jp: "JP",
  creditedJp: "JP credited",
};
const SIGNER = {
  employee: "The employee",
  supervisor: "Direct supervisor",
  pyb: "Authorised official (PyB)",
};

export const idpEn: AreaCatalogue<IdpMessageParams> = {
  "idp-title": (p) => `INDIVIDUAL DEVELOPMENT PLAN (IDP) ${p.year}`,
  "idp-agency": (p) => p.agency,
  "idp-label": (p) => LABEL[p.label],
  "idp-column": (p) => COLUMN[p.column],
  "idp-section": (p) =>
    p.part === "gaps" ? "A. Assessment results and competency gaps" : "B. Development activities",
  "idp-no-need": () =>
    "Every competency meets its standard; the activities below prepare the next level.",
  "idp-totals": (p) =>
    `Planned JP ${formatNumber(p.planned, "en")}; JP credited ${formatNumber(p.credited, "en")} ` +
    `(target ${p.target} JP a year).`,
  "idp-chart-title": () => "Competency standard and score",
  "idp-series": (p) => (p.series === "standard" ? "Standard" : "Score"),
  "idp-signer": (p) => SIGNER[p.who],
  "idp-basis": () =>
    "Drawn up with the employee and the direct supervisor and set by the authorised official (PP 11/2017 art. 207). " +
    "Gap = score − standard; priority 1 is the largest shortfall. JP credited by LAN's guideline.",
  "idp-split": (p) =>
    `The IDP pages of ${p.employees} employees are split over ${p.sheets} sheets (at most ${p.perSheet} employees a sheet), ` +
    "as Excel limits the page breaks of one sheet.",
  "idp-no-charts": (p) =>
    `The IDP pages of ${p.employees} employees carry in-cell bars, not a chart per page (charts up to ${p.limit} ` +
    "employees), to keep the file light. Make the IDP per unit to get the charts.",
};
