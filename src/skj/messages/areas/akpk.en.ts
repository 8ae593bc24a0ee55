// English texts of akpk.params.ts.
import { formatCount, joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { AkpkColumn, AkpkMessageParams, AkpkSection } from "./akpk.params";

const rp = (n: number) => `IDR ${formatCount(Math.round(n), "en")}`;

const COLUMNS: Record<AkpkColumn, string> = {
  no: "No",
  competency: "Competency to develop",
  targets: "Target employees",
  type: "Type and route",
  provider: "Provider",
  schedule: "Schedule",
  curriculum: "Fit with the overseeing agency's curriculum",
  cost: "Budget (IDR)",
  funding: "Funding source",
  status: "Status",
};

const SECTIONS: Record<AkpkSection, string> = {
  programmes: "A. Development programmes (groups of employees)",
  individual: "B. Individual development (fewer participants than a programme needs)",
  deferred: "C. Deferred to next year for want of budget",
  units: "Budget per unit",
  funding: "Budget per funding source",
  costs: "Unit cost assumptions",
};

const FUNDING: Record<string, string> = {
  "agency-budget": "Agency budget (APBD/APBN)",
  none: "No cost",
};

export const akpkEn: AreaCatalogue<AkpkMessageParams> = {
  "provider-option-invalid": (p) =>
    p.method
      ? `Provider "${p.given}" does not deliver ${p.method}; choose one of: ${p.choices.join(", ")}.`
      : `--penyelenggara "${p.given}" cannot be read; write CODE=PROVIDER, e.g. KL03=pusdiklat (providers: ${p.choices.join(", ")}).`,
  "cost-sheet-read": (p) =>
    `Unit costs from sheet "${p.sheet}" are used for ${joinList(p.methods, "en")}` +
    " (replacing the default assumptions; --biaya options still win).",
  "cost-sheet-no-columns": (p) =>
    `Sheet "${p.sheet}" was not read as a cost table: it needs a method column (Kode or Metode) and a Biaya column.`,
  "cost-sheet-method-unknown": (p) =>
    `Method "${p.value}" is not known (use a LAN code such as KL02 or NKL03, or the method's name); row skipped.`,
  "cost-sheet-amount-invalid": (p) =>
    `Cost "${p.value}" is not an amount in rupiah (e.g. 125000 or Rp 125.000); row skipped.`,
  "cost-sheet-basis-unknown": (p) =>
    `Cost unit "${p.value}" is not known (per participant per JP, per participant, or per programme); row skipped.`,
  "cost-sheet-duplicate": (p) =>
    `The cost of ${p.method} was already given in row ${p.firstRow}; row skipped.`,

  "akpk-title": (p) => `Competency development needs and plan ${p.year}`,
  "akpk-intro": (p) =>
    `${p.programmes} programmes (${p.classroom} classroom) and ${p.individual} individual development lines for ` +
    `${p.participants} employees, with the contents PP 11/2017 art. 207(3) asks of a plan. A programme is formed ` +
    `when at least ${p.threshold} employees share a competency and method` +
    (p.unitThreshold !== null ? `, or ${p.unitThreshold} within one unit (a unit programme)` : "") +
    "; the others take the activity on their own. " +
    (p.ceiling === null
      ? "No budget ceiling."
      : `Budget ceiling ${rp(p.ceiling)}: what does not fit is deferred to next year (part C).`),
  "akpk-header": (p) => COLUMNS[p.column],
  "akpk-section": (p) => SECTIONS[p.section],
  "akpk-targets": (p) =>
    `${p.count} employee${p.count === 1 ? "" : "s"}${p.unit ? ` (${p.unit})` : ""}: ${p.who.join(", ")}`,
  "akpk-type": (p) =>
    `${p.method} ${p.methodName} (${p.route === "klasikal" ? "classroom" : "non-classroom"}, ${p.jp} JP)`,
  "akpk-curriculum-note": (p) => `Curriculum fit — ${p.name}: ${p.basis}.`,
  "akpk-funding": (p) => FUNDING[p.funding] ?? p.funding,
  "akpk-budget-line": (p) =>
    ({
      required: "Cost of every programme and activity",
      ceiling: "Budget ceiling",
      total: "Budget proposed this year",
      deferred: "Deferred to next year",
    })[p.kind],
  "akpk-total-header": (p) =>
    ({
      unit: "Unit",
      funding: "Funding source",
      proposed: "Proposed (IDR)",
      deferred: "Deferred (IDR)",
    })[p.what],
  "akpk-cost-line": (p) =>
    `${p.method} ${p.methodName}: ` +
    (p.basis === "participant-jp"
      ? `${rp(p.amount)} per participant per JP`
      : p.basis === "participant"
        ? `${rp(p.amount)} per participant`
        : p.basis === "programme"
          ? `${rp(p.amount)} per programme`
          : "no cost (in-house or a free platform)") +
    (p.funding ? `; funded by ${p.funding}` : "") +
    {
      default: " (default assumption)",
      sheet: " (from the Biaya sheet)",
      option: " (from the options)",
    }[p.source],
  "akpk-more": (p) => `and ${p.count} more (see the Development plan sheet)`,
  "pane-budget-label": () => "Budget ceiling (IDR)",
  "pane-budget-hint": () =>
    "Leave blank for no ceiling. Programmes that do not fit are deferred to next year, with their cost.",
  "akpk-type-some": (p) => `${p.type} – ${p.count} employee${p.count === 1 ? "" : "s"}`,
  "akpk-none": () => "None.",
  "akpk-prepared": () => "Prepared by,",
  "akpk-approved": () => "Set by,",
};
