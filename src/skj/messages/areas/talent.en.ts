// English texts of talent.params.ts.
import type { AreaCatalogue } from "../params";
import type { TalentMessageParams } from "./talent.params";

const PERF = {
  below: "Below expectation",
  meets: "Meets expectation",
  exceeds: "Above expectation",
};
const POT = { low: "Low", medium: "Medium", high: "High" };
const WHAT = { performance: "Performance", potential: "Potential", box: "Talent box" };

export const talentEn: AreaCatalogue<TalentMessageParams> = {
  "talent-unreadable": (p) =>
    `${WHAT[p.what]} "${p.value}" is not recognised; this employee is not placed in the nine-box. ` +
    (p.what === "performance"
      ? "Enter an SKP rating (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang), above/meets/below expectation, 1–3, or an SKP score 0–100."
      : p.what === "potential"
        ? "Enter Tinggi, Sedang or Rendah (high, medium, low), or 1–3."
        : 'Enter a box number 1–9 (e.g. "Kotak 7").'),
  "talent-box-differs": (p) =>
    `The file says box ${p.file}, while performance "${PERF[p.performance]}" and potential "${POT[p.potential]}" give box ${p.computed}. ` +
    `The plan uses box ${p.computed}; check the performance, potential or box column.`,
  "performance-name": (p) => PERF[p.level],
  "potential-name": (p) => POT[p.level],
  "talent-sheet-title": (p) => `TALENT MAPPING (NINE-BOX) ${p.year}`,
  "talent-sheet-intro": (p) =>
    `${p.placed} of ${p.total} employees placed by performance and potential` +
    `${p.columns.performance ? ` (performance from column "${p.columns.performance}"` : " ("}` +
    `${p.columns.potential ? `, potential from column "${p.columns.potential}"` : ""}` +
    `${p.columns.box ? `, the file's box from column "${p.columns.box}"` : ""}). ` +
    "Employees without performance or potential are not placed.",
  "talent-sheet-jpm-potential": () =>
    "The file has no potential: as the user chose, the competency JPM category stands in for potential " +
    "(top category = high, middle = medium, lowest = low). It is not a potential assessment.",
  "talent-sheet-axis": (p) => (p.axis === "performance" ? "PERFORMANCE →" : "POTENTIAL →"),
  "talent-sheet-box": (p) => `Box ${p.box}: ${p.count} employee${p.count === 1 ? "" : "s"}`,
  "talent-sheet-header": (p) =>
    ({
      no: "No",
      nip: "NIP",
      name: "Name",
      position: "Position",
      unit: "Unit",
      performance: "Performance",
      potential: "Potential",
      box: "Box",
      count: "Employees",
      recommendation: "Recommendation",
      focus: "Development focus (from the plan)",
    })[p.column],
  "talent-sheet-list-title": () => "Employees per box",
  "talent-sheet-basis": () =>
    "Basis: PermenPANRB 3/2020 on ASN talent management as amended by PermenPANRB 20/2025; " +
    "recommendations per box as in the 2020 text. Performance: SKP rating (PermenPANRB 6/2022).",
  "talent-sheet-none": () => "(none)",
  "fn-performance-unknown": (p) =>
    `Performance "${p.text}" is not recognised. Enter Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang, above/meets/below expectation, 1–3, or an SKP score 0–100.`,
  "fn-potential-unknown": (p) =>
    `Potential "${p.text}" is not recognised. Enter Tinggi, Sedang, Rendah, or 1–3.`,
  "fn-box-unknown": (p) => `Box "${p.text}" is not recognised. Enter a box number 1–9.`,
};
