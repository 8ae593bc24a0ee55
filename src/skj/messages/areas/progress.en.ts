// English texts of progress.params.ts.
import type { AreaCatalogue } from "../params";
import type { ProgressMessageParams } from "./progress.params";

const COLUMN = {
  no: "No",
  name: "Name",
  nip: "NIP",
  unit: "Unit",
  planned: "JP planned",
  realised: "JP realised",
  met: "Target met",
  employees: "Employees",
  below: "Below target",
  competency: "Competency",
  compared: "Employees compared",
  closed: "Needs closed",
  opened: "New needs",
  remaining: "Still a need",
};
const HEADING = {
  employees: "A. JP planned and realised per employee",
  units: "B. JP planned and realised per unit",
  competencies: "C. Competency needs between the two assessments",
  below: "D. Employees whose realisation is below the target",
};

export const progressEn: AreaCatalogue<ProgressMessageParams> = {
  "progress-realisation-unreadable": (p) =>
    `Realisation "${p.value}" is not a number of JP; this employee is counted without a realisation. Enter the JP (e.g. 24).`,
  "progress-previous-empty": (p) =>
    `Last year's file "${p.file}" holds neither an assessment table nor a development plan sheet written by this add-in; ` +
    `progress is computed without last year's data. Choose last year's results file.`,
  "progress-sheet-title": (p) => `COMPETENCY DEVELOPMENT PROGRESS ${p.previousYear} TO ${p.year}`,
  "progress-sheet-sources": (p) =>
    [
      p.planSheet
        ? `JP planned from the sheet "${p.planSheet}"${p.planFile ? ` of the file "${p.planFile}"` : ""}.`
        : p.recomputed
          ? "JP planned recomputed from last year's assessment (last year's plan sheet was not found)."
          : "JP planned last year unknown (no plan sheet of last year).",
      p.realisation
        ? `JP realised from the column "${p.realisation}".`
        : 'JP realised unknown: add a column "JP Realisasi" to the table.',
      p.assessmentSheet
        ? `Last year's scores from the sheet "${p.assessmentSheet}"${p.assessmentFile ? ` of the file "${p.assessmentFile}"` : ""}; employees matched by NIP.`
        : "No assessment of last year: the competency needs are not compared.",
    ].join(" "),
  "progress-sheet-basis": (p) =>
    `Every civil servant has the right to at least ${p.target} JP of competency development a year (PP 11/2017 ` +
    "art. 203, amended by PP 17/2020). A need closed: below standard last year, not now; a new need: the reverse " +
    "(each year's own position standard).",
  "progress-sheet-heading": (p) => HEADING[p.part],
  "progress-sheet-header": (p) => COLUMN[p.column],
  "progress-sheet-met": (p) => (p.met === null ? "–" : p.met ? "Yes" : "Not yet"),
  "progress-sheet-below": (p) =>
    p.count === 0
      ? `No employee realised less than ${p.target} JP.`
      : `${p.count} employees realised less than ${p.target} JP: ${p.names.join(", ")}.`,
  "progress-sheet-no-comparison": () =>
    "No employee was assessed in both assessments (matched by NIP).",
  "progress-chart-title": (p) => `Competency needs ${p.previousYear} → ${p.year}`,
};
