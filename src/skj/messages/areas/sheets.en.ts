// English texts of sheets.params.ts. Domain terms keep their Indonesian names (competency names, categories,
// JPM, SKJ, JP, ASN); method names, tracks and pillars are translated.
import { devMethodEntry } from "../../registry/devMethods";
import { jpmMethodEntry } from "../../registry/jpmMethods";
import { schemeEntry } from "../../registry/schemes";
import type { ChoiceSource } from "../../types";
import { formatNumber, formatPercent, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import { boundText } from "./sheets.id";
import type { IdentityLabel, SheetColumn, SheetMessageParams } from "./sheets.params";

const MONTHS = MONTH_NAMES.en;

const pct = (n: number) => formatPercent(n, "en");

const COLUMN: Record<SheetColumn, string> = {
  no: "No",
  competency: "Competency",
  standard: "Standard",
  score: "Score",
  gap: "Gap",
  rank: "Priority",
  method: "Development Method",
  activity: "Development Activity",
  track: "70/20/10 Track",
  jp: "JP",
  quarter: "Quarter",
  provider: "Provider",
  month: "Month",
  creditedJp: "JP Credited",
  largestShortfall: "Largest Shortfall",
  pillar: "Pillar",
  unit: "Work Unit",
  assessed: "Employees Assessed",
  short: "Employees Below Standard",
  shortShare: "% Below Standard",
  meanShortfall: "Mean Shortfall",
  meanGap: "Mean Gap, All Employees",
  employees: "Employees",
  totalJp: "Total JP",
  meanJp: "Mean JP per Employee",
  category: "Category",
  bound: "JPM Range",
  employeeShare: "% Employees",
  examples: "Example Activities",
  activities: "Activities",
  jpShare: "% JP",
  methodName: "Method",
  trackName: "Track",
};

const IDENTITY: Record<IdentityLabel, string> = {
  name: "Name",
  nip: "NIP",
  unit: "Work Unit",
  position: "Position",
  grade: "Grade",
  source: "Source",
  jpm: "JPM",
  category: "Category",
  needs: "Needs",
};

const SCHEME_SOURCE: Record<ChoiceSource, string> = {
  file: "following the file's category column",
  user: "chosen by the user",
  default: "the default",
};

function jpmSource(p: SheetMessageParams["sheet-method"]): string {
  const a = p.agreement;
  switch (p.source) {
    case "file":
      return a
        ? `The JPM method follows the file's JPM column: ${a.matched} of ${a.compared} rows match.`
        : "The JPM method follows the file's JPM column.";
    case "user":
      return a
        ? `The JPM method was chosen by the user; the file's JPM column: ${a.matched} of ${a.compared} rows match this method.`
        : "The JPM method was chosen by the user.";
    default:
      return a
        ? `The file's JPM column matches no method (${a.matched} of ${a.compared} rows); the default method is used.`
        : "The default JPM method (the file has no JPM column).";
  }
}

const dateText = (d: { year: number; month: number; day: number }) =>
  `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export const sheetsEn: AreaCatalogue<SheetMessageParams> = {
  "sheet-plan-title": (p) => `ASN COMPETENCY DEVELOPMENT PLAN ${p.year}`,
  "sheet-summary-title": (p) => `ASN COMPETENCY DEVELOPMENT NEEDS SUMMARY ${p.year}`,
  "sheet-date": (p) => dateText(p.date),
  "sheet-made": (p) => `Prepared: ${dateText(p.date)}`,
  "sheet-source": (p) =>
    `Data source: sheet "${p.sheet}" (header ${p.headerRows.length > 1 ? "rows" : "row"} ${p.headerRows.join("–")}, data from row ` +
    `${p.dataStartRow}); ${plural(p.employees, "employee")} planned.` +
    (p.skipped > 0
      ? ` ${plural(p.skipped, "row")} not planned because of data errors (see the ${p.issuesSheet} sheet).`
      : ""),
  "sheet-source-reports": (p) =>
    `Data source: ${plural(p.sheets.length, "individual report sheet")} (${p.sheets.map((s) => `"${s}"`).join(", ")}); ` +
    `${plural(p.employees, "employee")} planned.` +
    (p.left > 0
      ? ` ${plural(p.left, "sheet")} not planned because of data errors (see the ${p.issuesSheet} sheet).`
      : ""),
  "sheet-method": (p) => {
    const method = jpmMethodEntry(p.method);
    const bands = p.bands.map((b) => `${b.category}: ${boundText(b.bound, pct)}`).join("; ");
    const schemeSource = p.schemeFromTitle
      ? "following the assessment purpose in the sheet's title"
      : SCHEME_SOURCE[p.schemeSource];
    return [
      `JPM = ${method.formula.en} (${method.name.en} method).`,
      jpmSource(p),
      `Tolerance ${pct(p.tolerance)}: a competency is a need when score < standard × (1 − tolerance).`,
      `Categories of the ${schemeEntry(p.scheme).name.en} scheme (${schemeSource}): ${bands}.`,
      `Target ${formatNumber(p.jpTarget, "en")} JP per employee per year.`,
    ].join(" ");
  },
  "sheet-category-bound": (p) => boundText(p, pct),
  "sheet-header": (p) => COLUMN[p.column],
  "sheet-identity": (p) => IDENTITY[p.field],
  "sheet-row-source": (p) => `Sheet "${p.sheet}", row ${p.row}`,
  "sheet-needs": (p) => (p.count === 0 ? "None" : plural(p.count, "competency", "competencies")),
  "sheet-next-level": (p) => `${p.competency} (further development)`,
  "sheet-no-activities": () => "No activities",
  "sheet-total-jp": () => "Total JP",
  "sheet-sign-place": (p) => `${p.place || "...................."}, ${dateText(p.date)}`,
  "sheet-sign-known": () => "Acknowledged by,",
  "sheet-left-out-title": (p) =>
    `Rows not planned (${p.count}): correct the data, then make the plan again`,
  // The reason already names its row and cell.
  "sheet-left-out-row": (p) => p.reason,
  "sheet-left-out-unassessed": (p) => `Row ${p.row}: no competency scores yet`,
  "sheet-no-employees": (p) => `No employee could be planned. See the ${p.issuesSheet} sheet.`,
  "sheet-track": (p) =>
    ({ 70: "Experiential (70)", 20: "Social (20)", 10: "Formal (10)" })[p.track],
  "sheet-quarter": (p) => `Q${p.quarter}`,
  "sheet-dev-method": (p) => `${p.method} – ${devMethodEntry(p.method)?.name.en ?? p.method}`,
  "sheet-pillar": (p) =>
    ({ manajerial: "Managerial", "sosial-kultural": "Socio-cultural", teknis: "Technical" })[
      p.pillar
    ],
  "sheet-track-examples": (p) =>
    ({
      70: "Assignments, projects, job enrichment, internships",
      20: "Coaching, mentoring, learning communities, benchmarking",
      10: "Training, technical guidance, e-learning, self-study",
    })[p.track],
  "sheet-section": (p) =>
    ({
      competency: "A. Development Needs per Competency",
      unit: "B. Development Needs per Work Unit",
      unitTotals: "C. Summary per Work Unit",
      categories: `D. JPM Categories (${schemeEntry(p.scheme).name.en} scheme)`,
      tracks: "E. Learning Hours (JP) per 70/20/10 Track",
      methods: "F. Activities per Development Method (Peraturan LAN 10/2018)",
    })[p.section],
  "sheet-chart-title": () => "Employees Below Standard per Competency",
  "sheet-unit-filter": () => "Choose units with the filter button on the Work Unit header.",
  "sheet-no-unit": () => "(no unit)",
  "sheet-sum": () => "Total",
  "sheet-total-jp-all": () => "Total JP, all employees",
  "sheet-unit-table": (p) => `Unit_Needs_${p.year}`,
};
