// English catalogue, for the pane's English mode, `skj plan --lang en` and sheets written in English.
// Domain terms stay as the regulation names them (competency names, grades, Non Eselon, JPM, SKJ).
import { formatCount, formatNumber, formatPercent, joinList, quoted, rowList } from "./format";
import type { Catalogue, CellAt, Message, OptionField, RowAt } from "./params";

const num = (n: number) => formatNumber(n, "en");
const pct = (n: number) => formatPercent(n, "en");

const atCell = (p: CellAt) => `Row ${p.row}, column ${p.column} (${p.address}): `;
const atRow = (p: RowAt) => `Row ${p.row}${p.column ? `, column ${p.column}` : ""}: `;

const FIELD: Record<OptionField, string> = {
  year: "Year",
  scheme: "Scheme",
  jpmMethod: "JPM method",
  tolerance: "Tolerance",
  jpTarget: "JP target",
  optimal: "Optimal threshold",
  cukup: "Cukup Optimal threshold",
  ms: "MS threshold",
  mms: "MMS threshold",
  agency: "Agency name",
  signatoryTitle: "Signatory's position",
  signatoryName: "Signatory's name",
  signatoryNip: "Signatory's NIP",
  place: "Place name",
  date: "Date",
  sheet: "Sheet",
  units: "Work unit",
};

const PERCENT_FIELDS: ReadonlySet<OptionField> = new Set(["optimal", "cukup", "ms", "mms"]);
const bound = (field: OptionField, n: number) =>
  PERCENT_FIELDS.has(field) ? pct(n) : field === "tolerance" ? `${num(n)} (${pct(n)})` : num(n);

const METHOD: Record<"sum" | "mean" | "capped", string> = {
  sum: "sum (Σ score ÷ Σ standard)",
  mean: "mean (mean of score ÷ standard)",
  capped: "capped at standard (Σ min(score, standard) ÷ Σ standard)",
};

function r(m: Message): string {
  return (en[m.code] as (p: unknown) => string)(m.params);
}

const gradeWritten = (written: string) => (written ? `Grade "${written}"` : "Blank grade");

export const en: Catalogue = {
  "score-blank": () => "score is blank",
  "score-cell-error": (p) => `holds the error ${p.error}`,
  "score-date": () => "holds a date, not a score",
  "score-boolean": (p) => `holds ${p.value ? "TRUE" : "FALSE"}, not a score`,
  "score-not-number": (p) =>
    `"${p.text}" is not a number${p.roman ? ` (a Roman numeral; write ${p.roman})` : ""}`,
  "score-out-of-range": (p) => `score ${num(p.value)} is outside the range 1–5`,
  "grade-eselon-v": () => "Eselon V has no standard in the SKJ (PermenPANRB 38/2017)",
  "grade-blank-no-title": () =>
    "The grade is blank and the position title names no functional level",
  "grade-not-level": (p) => `Grade "${p.value}" is not a level 1–5`,
  "grade-unrecognised": (p) => `Grade "${p.text}" is not recognised`,
  "grade-from-title": (p) =>
    `${gradeWritten(p.written)}; read from the position "${p.title}" as ${p.grade} (level ${p.level}).`,
  "grade-pelaksana": (p) =>
    `${gradeWritten(p.written)} read as Pelaksana (level 1) because the position names no functional level.`,
  "grade-functional-from-title": (p) =>
    `Grade "${p.written}" has no level; read from the position as ${p.grade} (level ${p.level}).`,

  "nip-precision": (p) =>
    `${atCell(p)}NIP ${p.digits} is stored as a number; Excel keeps only 15 digits, so its last digits are lost. Store NIPs as text.`,
  "nip-duplicate": (p) =>
    `${atCell(p)}NIP ${p.nip} already appears on row ${p.firstRow}; both rows are still planned.`,
  "level-invalid": (p) =>
    `${atCell(p)}"${p.text}" is not a level 1–5${p.gradeUsed ? "; the grade is used instead" : ""}.`,
  "grade-unknown": (p) =>
    p.hasGradeColumn && p.address
      ? `${atCell({ row: p.row, column: p.column ?? "", address: p.address })}${r(p.reason)}.`
      : `${atRow(p)}${r(p.reason)}; there is no grade/eselon column.`,
  "grade-assumed": (p) =>
    `${p.address ? atCell({ row: p.row, column: p.column ?? "", address: p.address }) : atRow(p)}${r(p.reading)}`,
  "score-invalid": (p) =>
    `${atCell(p)}${p.competency ? `${p.competency}: ` : ""}${r(p.problem)}; ${p.skipped === "row" ? "this row" : "this employee"} is not planned.`,
  "standard-invalid": (p) =>
    `${atCell(p)}standard "${p.text}" is not a level 1–5; the grade's standard is used.`,
  "technical-invalid": (p) => `${atCell(p)}${r(p.problem)}; this technical competency is skipped.`,
  "nip-missing": (p) => `${atRow(p)}NIP is blank; the employee is still planned.`,
  "name-missing": (p) => `${atRow(p)}Name is blank; the employee is still planned.`,
  "competency-unknown": (p) =>
    `${atCell(p)}competency "${p.text}" is not one of the nine SKJ competencies; ignored.`,
  "competency-duplicate": (p) =>
    `${atCell(p)}${p.competency} is already recorded on row ${p.firstRow} for the same employee; this employee is not planned.`,
  "competency-missing": (p) =>
    `${atRow(p)}competencies ${p.competencies.join(", ")} are missing for this employee; this employee is not planned.`,

  "header-typo": (p) => `Column "${p.readAs}" (${p.address}) is read as ${p.competency}.`,
  "duplicate-competency-column": (p) =>
    `${p.competency} appears in several columns; column ${p.column} is used.`,
  "competencies-missing": (p) =>
    `Sheet "${p.sheet}" lacks (has not mapped) the competencies ${p.competencies.join(", ")}. ` +
    "The sheet may use another competency model (not the SKJ of PermenPANRB 38/2017); its rows cannot be planned.",
  "long-columns-missing": (p) =>
    `The Kompetensi and Nilai columns must be mapped in sheet "${p.sheet}"; its rows cannot be planned.`,
  "mapping-duplicate": (p) =>
    `Column ${p.column} is used for ${joinList(p.competencies, "en")}; check the column mapping.`,
  "identity-missing": (p) => `No NIP or Name column was found (mapped) in sheet "${p.sheet}".`,
  "grade-missing": (p) =>
    `No grade/eselon or Level SKJ column was found in sheet "${p.sheet}"; the grade is read from the position title when it names a functional level.`,
  "other-tables": (p) =>
    `Sheet ${quoted(p.sheets)} also holds an assessment table; only sheet "${p.chosen}" is planned. ` +
    "For another sheet, choose it under Data source (CLI: --sheet).",
  "skj-level-invalid": (p) =>
    `Sheet ${p.sheet}, row ${p.row}, column ${p.column}: "${p.text}" is not a level 1–5; the grade's default standard is used.`,
  "skj-sheet-unreadable": (p) =>
    `Sheet "${p.sheet}" has no header row with a Jabatan column and competencies; the grades' default standards are used.`,
  "unit-not-found": (p) =>
    `Work unit ${quoted(p.missing)} is not in the data. ` +
    `Units present: ${p.known.slice(0, 20).join(", ")}${p.known.length > 20 ? ", …" : ""}.`,
  "hidden-rows": (p) =>
    `${formatCount(p.rows.length, "en")} employees are on rows hidden or filtered out (${rowList(p.rows, "en")}) ` +
    "and are still planned. If they are not meant, limit the plan by work unit, or select only the rows meant.",
  "formulas-without-values": (p) =>
    `${formatCount(p.count, "en")} employee data cells hold formulas without a saved result (the first ${p.address}), ` +
    "so they read as empty: the file was saved by a program that does not calculate formulas. " +
    "Open the file in Excel or LibreOffice, save it, then try again.",
  "jpm-method-unmatched": () =>
    "The file's JPM column matches no JPM method (sum, mean, capped) within 1 point; the sum method (Σ score ÷ Σ standard) is used.",
  "jpm-differs": (p) =>
    `${atRow(p)}JPM in the file ${pct(p.fileJpm)}, JPM by the ${METHOD[p.method]} method ${pct(p.jpm)}.`,
  "category-differs": (p) =>
    `Row ${p.row}: category in the file "${p.written}", by JPM ${pct(p.jpm)} the category is ${p.category}.`,

  "sheet-not-found": (p) =>
    p.available.length
      ? `Sheet "${p.sheet}" is not in the workbook. Sheets present: ${quoted(p.available)}.`
      : `Sheet "${p.sheet}" is not in the workbook.`,
  "table-not-found-in-sheet": (p) =>
    `No assessment table was found in sheet "${p.sheet}": no header row (within the first ${p.scanRows} rows) names at least three SKJ competencies.`,
  "workbook-empty": () => "The workbook holds no sheets.",
  "table-not-found": (p) =>
    `No assessment table was found: no sheet has a header row (within the first ${p.scanRows} rows) naming at least three of the nine SKJ competencies (Integritas, Kerja Sama, Komunikasi, …).`,

  "option-not-number": (p) => `${FIELD[p.field]} must be a number`,
  "option-not-integer": (p) => `${FIELD[p.field]} must be a whole number`,
  "option-min": (p) => `${FIELD[p.field]} must be at least ${bound(p.field, p.min)}`,
  "option-max": (p) => `${FIELD[p.field]} must be at most ${bound(p.field, p.max)}`,
  "option-choice": (p) =>
    `${FIELD[p.field]} must be ${p.choices.slice(0, -1).join(", ")}${p.choices.length > 1 ? " or " : ""}${p.choices[p.choices.length - 1] ?? ""}`,
  "option-too-long": (p) => `${FIELD[p.field]} is too long (at most ${p.max} characters)`,
  "option-invalid": (p) => `${FIELD[p.field]} is not valid`,
  "threshold-order": (p) =>
    p.scheme === "pemetaan"
      ? "The Cukup Optimal threshold must be below the Optimal threshold"
      : "The MMS threshold must be below the MS threshold",
  "signatory-nip-invalid": () => "The signatory's NIP must be 18 digits (spaces allowed)",
  "options-invalid": (p) => p.problems.map(r).join("; "),
};
