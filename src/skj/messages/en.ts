// English catalogue, for the pane's English mode, `skj plan --lang en` and sheets written in English.
// Domain terms stay as the regulation names them (competency names, grades, Non Eselon, JPM, SKJ).
import { inputEn } from "./areas/input.en";
import { filesEn } from "./areas/files.en";
import { planEn } from "./areas/plan.en";
import { hostEn } from "./areas/host.en";
import { sheetsEn } from "./areas/sheets.en";
import { akpkEn } from "./areas/akpk.en";
import { talentEn } from "./areas/talent.en";
import { progressEn } from "./areas/progress.en";
import { plannerEn } from "./areas/planner.en";
import { rekapEn } from "./areas/rekap.en";
import { templateEn } from "./areas/template.en";
import { liveEn } from "./areas/live.en";
import { documentEn } from "./areas/document.en";
import { signingEn } from "./areas/signing.en";
import { idpEn } from "./areas/idp.en";
import { peopleEn } from "./areas/people.en";
import { standardsEn } from "./areas/standards.en";
import { rankEn } from "./areas/rank.en";
import { trustEn } from "./areas/trust.en";
import { recordOf } from "../registry/entries";
import { DEFAULT_JPM_METHOD, JPM_METHODS, jpmMethodList } from "../registry/jpmMethods";
import { DEFAULT_SCHEME, SCHEMES, schemeList } from "../registry/schemes";
import { DEFAULT_JF_TABLE, JF_TABLES } from "../registry/jfTables";
import { PROVIDER_IDS } from "../registry/providers";
import { choiceLines } from "./id";
import {
  formatCount,
  formatFixed,
  formatNumber,
  formatPercent,
  joinList,
  quoted,
  rowList,
} from "./format";
import type { ChoiceSource } from "../types";
import { msg } from "./params";
import type {
  Catalogue,
  ExcelHint,
  CellAt,
  FunctionArg,
  Message,
  OptionField,
  RowAt,
  SheetAction,
  WriteStepId,
} from "./params";

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
  budgetCeiling: "Budget ceiling",
  cohortThreshold: "Classroom cohort threshold",
  unitCohortThreshold: "Unit programme threshold",
  jfTable: "JF standards table",
  costs: "Unit costs",
  optimal: "Optimal threshold",
  cukup: "Cukup Optimal threshold",
  ms: "MS threshold",
  mms: "MMS threshold",
  agency: "Agency name",
  signatoryTitle: "Signatory's position",
  signatoryName: "Signatory's name",
  signatoryNip: "Signatory's NIP",
  preparerTitle: "Preparer's position",
  preparerName: "Preparer's name",
  preparerNip: "Preparer's NIP",
  place: "Place name",
  date: "Date",
  sheet: "Sheet",
  units: "Work unit",
  workers: "Threads (--paralel)",
  lang: "Language",
};

const PERCENT_FIELDS: ReadonlySet<OptionField> = new Set(["optimal", "cukup", "ms", "mms"]);
const bound = (field: OptionField, n: number) =>
  PERCENT_FIELDS.has(field) ? pct(n) : field === "tolerance" ? `${num(n)} (${pct(n)})` : num(n);

// Method names and formulas come from the registry, so a new method is worded without touching this file.
const METHOD = recordOf(JPM_METHODS, (m) => `${m.name.en} (${m.formula.en})`);

const RESAVE =
  "Open the file in Excel, then save it again as .xlsx (File > Save As > Excel Workbook).";

const STEP: Record<WriteStepId, string> = {
  "create-sheet": "creating the sheet",
  values: "filling in values",
  formulas: "writing formulas",
  "number-format": "number formats",
  "column-width": "column widths",
  "row-height": "row heights",
  "cell-format": "cell formats",
  merge: "merging cells",
  "conditional-format": "conditional formats",
  "data-validation": "data validation",
  freeze: "freezing panes",
  filter: "filter",
  table: "table",
  chart: "chart",
  "print-scale": "print scale",
  "page-breaks": "page breaks",
  "print-setup": "print setup",
  calculate: "calculating formulas",
  "tab-color": "tab colour",
  activate: "activating the sheet",
};
const STEP_SKIPPED: Partial<Record<WriteStepId, string>> = {
  freeze: "frozen panes",
  filter: "auto filter",
};
const SHEET_ACTION: Record<SheetAction, (address?: string) => string> = {
  open: () => "open the sheet",
  select: (address) => `select cell ${address ?? ""}`.trim(),
};
const FN_ARG: Record<FunctionArg, string> = {
  score: "Score",
  standard: "Standard",
  grade: "Grade",
  level: "Level",
  jpm: "JPM",
  gap: "Gap",
  performance: "Performance",
  potential: "Potential",
  box: "Box",
};
const capital = (t: string) => `${t[0].toUpperCase()}${t.slice(1)}`;
const SOURCE: Record<ChoiceSource, string> = {
  user: "chosen by the user",
  file: "following the file",
  default: "default",
};
const JPM_FORMULA = recordOf(JPM_METHODS, (m) => m.formula.en);
const FS_REASON: Record<string, string> = {
  EISDIR: "a folder has that name; give a file name, e.g. result-plan.xlsx",
  ENOTDIR: "part of the path is a file, not a folder",
  ENOENT: "the folder does not exist",
  EACCES: "no permission to write there",
  EPERM: "no permission to write there",
  EROFS: "that place is read-only",
  ENOSPC: "the disk is full",
  EEXIST: "a temporary file with the same name already exists",
  EBUSY: "the file is in use by another program (close it in Excel first)",
};
const USAGE = `Usage:
  skj plan [file.xlsx|file.csv] [options]
  skj rekap FOLDER|FILE… [--out rekap.xlsx] [options]
                        one summary over many unit files: needs per unit, programmes pooled across
                        units, the files read (options: skj rekap --help)
  skj template [--out FILE] [--lang en]
                        write an assessment results template with entry checks (default:
                        template-hasil-asesmen.xlsx; an existing file is never overwritten)

Without a file, the bundled sample (assets/sample) is used. A CSV file (separated by , or ;) gives a new
workbook <file>-rencana.xlsx holding its data and the report sheets.

Options:
  --out FILE            write the result to FILE (default: <file>-rencana.xlsx next to the input)
  --json                print the result as JSON on stdout (a file is written only with --out)
  --sheet NAME          use this sheet (default: found automatically)
  --year YEAR           the plan's year (default: next year)
  --scheme SCHEME       ${SCHEMES.map((e) => e.id).join(" | ")} (default: follows the file's category column, else ${DEFAULT_SCHEME})
${choiceLines(SCHEMES.map((e) => ({ id: e.id, text: `${e.name.en}: ${e.help.en}` })))}
  --jpm METHOD          ${JPM_METHODS.map((m) => m.id).join(" | ")} (default: follows the file's JPM column, else ${DEFAULT_JPM_METHOD})
${choiceLines(JPM_METHODS.map((m) => ({ id: m.id, text: `${m.name.en}: ${m.formula.en}` })))}
  --jpm-bulat           mean method: round each competency's score ÷ standard to 2 decimals first
  --standar-jf TABLE    ${JF_TABLES.map((t) => t.id).join(" | ")}: default standards of functional positions (default: ${DEFAULT_JF_TABLE}; an SKJ sheet always wins)
${choiceLines(JF_TABLES.map((t) => ({ id: t.id, text: t.name.en })))}
  --toleransi NUMBER    need tolerance, e.g. 0.1 for 10% (default: 0)
  --batas-optimal PERCENT, --batas-cukup PERCENT
                        pemetaan category thresholds in percent (default: 90 and 78)
  --batas-ms PERCENT, --batas-mms PERCENT
                        pengisian jabatan category thresholds in percent (default: 80 and 68)
  --target-jp JP        JP target per employee per year (default: 20)
  --unit UNIT           only employees of this unit (may be repeated)
  --anggaran RUPIAH     development budget ceiling (e.g. "Rp 100.000.000"); programmes above it are deferred
  --biaya CODE=RUPIAH   unit cost of a method, e.g. KL02=150000 (may be repeated)
  --penyelenggara CODE=PROVIDER
                        the provider of a method, e.g. KL03=pusdiklat (may be repeated; defaults per method:
                        ${PROVIDER_IDS.join(", ")})
  --ambang-kelas N      classroom training when at least N employees share a need (default: 10);
                        smaller groups become individual development
  --ambang-unit N       a unit's own programme when at least N of its employees share a need
  --potensi-jpm         when the file has no potential column, let the JPM category stand in for it
                        in the talent nine-box (the Talent mapping sheet says so)
  --kolom CODE=COLUMN   read CODE (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB, NIP, NAMA, JABATAN, JENJANG, UNIT…)
                        from COLUMN: a letter (K) or a column header ("NIP Baru"); may be repeated
  --pegawai FILE        employee list (NIP with eselon/grade/position) for grades the table lacks (may be repeated)
  --sebelumnya FILE     last year's workbook (its plan sheet and assessment): adds the Progress sheet
  --idp                 add IDP pages: one A4 page per employee (with --unit: that unit's employees)
  --jenjang NAME        default grade for employees whose grade is still unknown, e.g. Pelaksana
  --instansi NAME       agency name in the report title
  --tempat NAME         place on the signature line (e.g. Sukamaju)
  --penandatangan-jabatan, --penandatangan-nama, --penandatangan-nip
                        signature block ("Mengetahui")
  --penyusun-jabatan, --penyusun-nama, --penyusun-nip
                        who prepared the plan ("Disusun oleh"), beside the signature; left out when not given
  --zona WIB|WITA|WIT   the agency's time zone for the report date (default: WIB)
  --lang id|en          language of the output and of the written sheets (default: id)
  -h, --help            this help

Exit codes: 0 when at least one employee was planned; 3 when a table was found but nobody could be
planned (the reason is given; an output file is written only with --out); 2 when the file cannot be read,
holds no assessment table, an option is wrong, or the output cannot be written.
`;

/** " <what to do>" after an Excel error caused by its window's state, or nothing. */
const hintText = (hint?: ExcelHint) => (hint ? ` ${r(msg("excel-hint", { hint }))}` : "");

function r(m: Message): string {
  return (en[m.code] as (p: unknown) => string)(m.params);
}

const gradeWritten = (written: string) => (written ? `Grade "${written}"` : "Blank grade");

export const en: Catalogue = {
  ...inputEn,
  ...filesEn,
  ...planEn,
  ...hostEn,
  ...sheetsEn,
  ...talentEn,
  ...progressEn,
  ...plannerEn,
  ...rekapEn,
  ...templateEn,
  ...liveEn,
  ...documentEn,
  ...signingEn,
  ...idpEn,
  ...akpkEn,
  ...peopleEn,
  ...standardsEn,
  ...rankEn,
  ...trustEn,
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
    `The file's JPM column matches no JPM method (${JPM_METHODS.map((m) => m.name.en).join(", ")}) within 1 point; the ${METHOD[DEFAULT_JPM_METHOD]} method is used.`,
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
    `${p.reasonOnly ? "No" : "No assessment table was found: no"} sheet has a header row (within the first ${p.scanRows} rows) naming at least three of the nine SKJ competencies (Integritas, Kerja Sama, Komunikasi, …).`,

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

  "read-error": (p) => {
    const f = p.found ? ` (${r(p.found)})` : "";
    switch (p.kind) {
      case "not-zip":
        return `This file is not an Excel workbook (.xlsx)${f}. ${RESAVE}`;
      case "truncated":
        return `This file is cut short (incomplete)${f}, perhaps by an interrupted download or copy. Download or copy it again from its source.`;
      case "not-workbook":
        return `This file is not an Excel workbook${f}. ${RESAVE}`;
      case "encrypted":
        return (
          `This workbook is password-protected (encrypted)${f}, so its contents cannot be read. ` +
          "Remove the password: open the file in Excel with its password, choose File > Info > " +
          "Protect Workbook > Encrypt with Password, clear the password, then save it again as .xlsx."
        );
      case "xls":
        return `This file is an old-format Excel workbook (.xls, Excel 97–2003)${f} that cannot be read here. ${RESAVE}`;
      case "too-large":
        return (
          `This file is too large to read safely${f}. Delete the sheets or rows that are not needed ` +
          "(or copy just the assessment table into a new workbook), save as .xlsx, then try again."
        );
      case "corrupt":
        return `This file is damaged${f}. Open it in Excel (accept if Excel offers a repair), then save it again as .xlsx.`;
      case "not-found":
        return `File not found${f}. Check the file's name and location.`;
      case "unreadable":
        return `The file cannot be opened${f}. Make sure no other program is using it and that you may read it.`;
    }
  },
  "found-word": () => "a Word document (.docx)",
  "found-powerpoint": () => "a PowerPoint presentation (.pptx)",
  "found-xlsb": () => "an Excel binary workbook (.xlsb), which is not supported",
  "found-opendocument": () => "an OpenDocument file (.ods/.odt)",
  "found-old-word": () => "an old Word document (.doc)",
  "found-old-powerpoint": () => "an old PowerPoint presentation (.ppt)",
  "found-old-office": () => "an unrecognised old Office file",
  "found-xml-2003": () => "it holds an XML Spreadsheet 2003",
  "found-html": () => "it holds a web page (HTML), not a workbook",
  "found-empty": () => "the file is empty",
  "found-pdf": () => "it holds a PDF document",
  "found-part-missing": (p) => `part "${p.part}" is missing`,
  "found-no-workbook-part": () => "there is no workbook part",
  "found-part-unreadable": (p) =>
    `${p.sheet ? `sheet "${p.sheet}", part "${p.part}"` : `part "${p.part}"`} cannot be read`,
  "found-entry-count": (p) => `the archive holds ${p.count} parts`,
  "found-zip-directory": () => "the zip archive's directory cannot be read",
  "found-part-size": (p) => `part "${p.part}" unpacks to ${p.megabytes} MB`,
  "found-part-misplaced": (p) => `part "${p.part}" is not where the archive says`,
  "found-part-compression": (p) => `part "${p.part}" uses an unknown compression`,
  "found-part-unopenable": (p) => `part "${p.part}" cannot be unpacked`,
  "found-too-many-cells": (p) =>
    `more than ${formatCount(p.limit, "en")} filled cells (sheet "${p.sheet}")`,
  "found-sheet-span": (p) => `sheet "${p.sheet}" spans ${formatCount(p.cells, "en")} cells`,
  "found-archive-size": (p) => `its contents unpack to ${p.megabytes} MB`,
  "found-path": (p) => p.path,
  "fn-blank": (p) => `${FN_ARG[p.what]} is blank.`,
  "fn-cell-error": (p) => `${FN_ARG[p.what]} holds the error ${p.error}.`,
  "fn-not-number": (p) => `${FN_ARG[p.what]} "${p.text}" is not a number.`,
  "fn-out-of-range": (p) =>
    p.what === "gap"
      ? `Gap ${p.value} is outside the range -4 to 4.`
      : p.what === "level"
        ? `Level ${p.value} is outside 1–5.`
        : `${FN_ARG[p.what]} ${p.value} is outside the range 1–5.`,
  "fn-grade-unknown": (p) => `${r(p.reason)}.`,
  "fn-competency-unknown": (p) =>
    `Competency "${p.text}" is not recognised; use a name or a code (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB).`,
  "fn-scores-count": (p) =>
    `Scores must be nine cells (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB), not ${p.count}; or give a range of competency names.`,
  "fn-range-size": (p) =>
    p.what === "competencies"
      ? `The competency range (${p.cells} cells) must be the size of the score range (${p.count} cells).`
      : `The standard range (${p.cells} cells) must be the size of the score range (${p.count} cells), or one grade cell.`,
  "fn-competency-twice": (p) => `Competency ${p.code} is named twice.`,
  "fn-scheme-unknown": (p) => `Scheme "${p.text}" is not recognised; use ${schemeList('"', "en")}.`,
  "fn-method-unknown": (p) =>
    `JPM method "${p.text}" is not recognised; use ${jpmMethodList('"', "en")}.`,
  "fn-level-not-integer": (p) => `Level ${p.value} must be a whole number 1–5.`,
  "report-too-large": (p) =>
    `This development plan needs more than ${formatCount(p.limit, "en")} rows, the limit of one Excel sheet. ` +
    "Make the plan per work unit (the work unit option; CLI: --unit), e.g. a few units at a time.",
  "date-invalid": (p) => `Date "${p.date}" is not valid; write it as YYYY-MM-DD, e.g. 2026-11-22.`,
  "package-part-encoding": (p) =>
    `Part "${p.part}" of the file cannot be read (damaged text encoding).`,
  "package-no-workbook": () => "This file is not an Excel workbook: it holds no workbook part.",
  "package-workbook-unknown": (p) => `Part "${p.part}" is not a recognised SpreadsheetML workbook.`,
  "package-no-sheets": () => "The workbook in the file has no list of sheets.",
  "package-no-content-types": () => "The file is incomplete: part [Content_Types].xml is missing.",
  "package-content-types-unknown": () => "Part [Content_Types].xml of the file is not recognised.",
  "package-too-large": (p) =>
    `The result file is too large: ${p.reason === "entries" ? "too many parts" : "more than 4 GB"}.`,
  "sheet-part-missing": (p) =>
    `The contents of sheet "${p.sheet}" are not in the file; the sheet is read as empty.`,
  "found-folder": (p) => `${p.path} is a folder`,

  "excel-read-failed": (p) =>
    `Could not read ${{ sheets: "the list of worksheets", contents: "the worksheet contents", size: "the worksheet size", selection: "the selection" }[p.what]} from Excel: ${p.detail}${p.hint ? `.${hintText(p.hint)}` : ""}`,
  "excel-read-table-failed": (p) => `Could not read table "${p.table}" from Excel: ${p.detail}`,
  "excel-selection-empty": (p) =>
    `The selected range (${p.address}) on sheet "${p.sheet}" is empty. Select the assessment ` +
    "data table, or a single cell to read the whole sheet.",
  "excel-selection-not-cells": () =>
    "Could not read the selection from Excel: select cells or a data table on the worksheet first (not a chart or picture).",
  "excel-sheet-action-failed": (p) =>
    `Could not ${SHEET_ACTION[p.action](p.address)} on sheet "${p.sheet}": ${p.detail}`,
  "excel-sheet-missing": (p) => `Sheet "${p.sheet}" is not in this workbook.`,
  "excel-sheet-hidden": (p) => `Sheet "${p.sheet}" is hidden; unhide it first.`,
  "excel-bad-address": (p) =>
    `Could not ${SHEET_ACTION[p.action](p.address)} on sheet "${p.sheet}": the cell address is not valid.`,
  "workbook-protected": () =>
    "This workbook's structure is protected (Review → Protect Workbook), so the report sheets cannot " +
    "be added. Unprotect its structure, then click again; the workbook was not changed.",
  "excel-write-failed": (p) => {
    const what = p.step
      ? `${STEP[p.step]} on sheet ${quoted(p.sheets)}`
      : `writing sheet ${quoted(p.sheets)}`;
    const where = p.request ? `${what} (request ${p.request.index} of ${p.request.of})` : what;
    return `Could not write the report to Excel while ${where}: ${p.detail}.${hintText(p.hint)} ${r(p.cleanup)}`;
  },
  "cleanup-nothing-added": () => "No sheet was added; the workbook is unchanged.",
  "cleanup-removed": (p) =>
    `The sheets already created (${quoted(p.sheets)}) were deleted again; other sheets were not changed.`,
  "cleanup-failed": (p) =>
    `The sheets already created could not be deleted automatically (${p.detail}); check and delete sheet ${quoted(p.sheets)} by hand.`,
  "excel-step-refused": (p) =>
    `${capital(STEP[p.step])} on sheet ${quoted(p.sheets)} was not applied: ${p.detail}.${hintText(p.hint)} The report's contents are complete.`,
  "excel-step-unsupported": (p) =>
    `${capital(STEP_SKIPPED[p.step] ?? STEP[p.step])} skipped: this Excel does not support ExcelApi ${p.api} yet.`,
  "excel-chart-skipped": (p) =>
    `Chart on sheet "${p.sheet}" skipped: this Excel does not support ExcelApi 1.7 yet.`,

  "file-xls": (p) =>
    `"${p.file}" is in Excel 97-2003 format (.xls). Open it in Excel, save it as Excel Workbook (.xlsx), then open the .xlsx file here.`,
  "file-not-xlsx": (p) =>
    `"${p.file}" is not an Excel file (.xlsx) or a CSV. Choose an assessment results file in .xlsx or .csv format.`,
  "file-empty": (p) => `File "${p.file}" is empty (0 bytes).`,
  "file-too-large": (p) =>
    `File "${p.file}" is ${formatFixed(p.megabytes, "en", 1)} MB, above the ${formatFixed(p.limit, "en", 1)} MB limit for opening in a browser. ` +
    "Delete the sheets that are not needed (pictures, other data) or use the add-in in Excel.",
  "file-none-open": () => "No file is open yet. Click \u201cOpen .xlsx file\u201d.",
  "file-unreadable": (p) =>
    `File "${p.file}" cannot be read from disk; it may have been moved or be open in another program. Choose the file again.`,
  "worker-unavailable": (p) =>
    `This browser cannot run the file reader (${p.detail}). Use a recent Chrome, Edge or Firefox.`,
  "worker-timeout": (p) =>
    p.job === "read"
      ? `Reading the file took more than ${p.minutes} minutes and was stopped. The file may be damaged or too large; open it in Excel, save it again, then try again.`
      : `Writing the result file took more than ${p.minutes} minutes and was stopped. Try again, or reduce the data (work unit filter).`,
  "worker-crashed": (p) => {
    const detail = p.detail ? ` (${p.detail})` : "";
    return p.job === "read"
      ? `The file reader stopped on an error${detail}. The file may be damaged or too large for this browser.`
      : `The file writer stopped on an error${detail}.`;
  },
  "worker-bad-data": () => "The page could not accept the data from the file reader.",
  "worker-send-failed": (p) => `The file could not be sent to the file reader: ${p.detail}`,
  "worker-needs-reread": () =>
    "The file must be read again before its result is written: open it again.",
  "worker-unknown-reply": (p) =>
    p.job === "read"
      ? "Unknown reply from the file reader."
      : "Unknown reply from the file writer.",
  "pane-table-changed": () =>
    "The table's column headers changed since they were read; the column mapping was read again. Check the mapping, then click again.",
  "pane-nothing-in-units": () => "No employee in the chosen units can be planned.",
  "pane-nothing-planned": () =>
    "No employee row can be planned; check the column mapping and the data notes.",
  unexpected: (p) => p.detail,

  "cli-usage": () => USAGE,
  "cli-unknown-option": (p) => `Unknown option: ${p.option}. See the list of options below.`,
  "cli-option-needs-value": (p) =>
    `Option ${p.option} needs a value, e.g. ${p.option} VALUE (write a value starting with "-" as ${p.option}=VALUE).`,
  "cli-options-unreadable": (p) => `The options cannot be read: ${p.detail}`,
  "cli-zone-unknown": (p) => `Time zone "${p.zone}" is not known; use ${p.zones.join(", ")}.`,
  "cli-unknown-command": (p) => `Unknown command: ${p.command || "(none)"}.`,
  "cli-too-many-files": (p) => `Too many files: ${p.files.join(", ")}. Give one input file.`,
  "cli-not-a-number": (p) => `${FIELD[p.field]} must be a number, not "${p.value}".`,
  "cli-options-invalid": (p) => `Invalid options: ${r(p.problems)}.`,
  "cli-same-file": (p) => `The output file must not be the input file ("${p.input}").`,
  "cli-output-is-folder": (p) =>
    `Could not write "${p.output}": a folder has that name; give a file name, e.g. result-plan.xlsx.`,
  "cli-output-extension": (p) =>
    `Output file "${p.output}" must be named ${p.expected}: the result is an Excel workbook, not ${p.found || "a file without an extension"}.`,
  "cli-output-macro": (p) =>
    `The input file ${p.from === ".xlsm" ? "holds macros" : "holds no macros"} (${p.from}), so the output file must be named ${p.from} too, not "${p.output}": ` +
    `Excel refuses to open a ${p.from} workbook named ${p.to}.`,
  "cli-folder-failed": (p) =>
    `The folder for output file "${p.file}" cannot be created: ${r(p.reason)}.`,
  "cli-write-failed": (p) => `Could not write "${p.file}": ${r(p.reason)}.`,
  "cli-input-missing": (p) => `File "${p.file}" not found.`,
  "cli-input-unreadable": (p) => `File "${p.file}" cannot be read (${p.errno}).`,
  "cli-read-failed": (p) => `File "${p.file}" cannot be read: ${r(p.reason)}`,
  "cli-reading": (p) => `Reading ${p.file}… ${p.percent}%`,
  "cli-writing": () => "Writing the development plan…",
  "cli-unexpected": (p) => `An unexpected error occurred: ${p.detail}`,
  "fs-error": (p) => {
    const reason = FS_REASON[p.errno];
    return reason ? `${reason} (${p.errno})` : p.detail;
  },
  "cli-title": (p) => `SKJ Development Plan ${p.year}: ${p.input}`,
  "cli-table": (p) =>
    `Table: sheet "${p.sheet}", header ${p.headerRows.length > 1 ? `rows ${p.headerRows[0]}–${p.headerRows[p.headerRows.length - 1]}` : `row ${p.headerRows[0]}`}, data from row ${p.dataStartRow}${p.long ? " (one row per employee per competency)" : ""}`,
  "cli-jpm-method": (p) =>
    `JPM method: ${p.method} (${JPM_FORMULA[p.method]}), ${SOURCE[p.source]}` +
    (p.agreement
      ? `; the file's JPM column: ${p.agreement.matched} of ${p.agreement.compared} rows match`
      : ""),
  "cli-scheme": (p) =>
    `Category scheme: ${p.scheme} (${p.fromTitle ? "following the assessment purpose in the sheet's title" : SOURCE[p.source]}); tolerance ${pct(p.tolerance)}; target ${p.jpTarget} JP per employee`,
  "cli-counts": (p) =>
    `Employees planned: ${p.employees}; errors: ${p.errors}; warnings: ${p.warnings}`,
  "cli-unassessed": (p) =>
    `Employees without any competency score (not planned): ${p.rows.length} (${rowList(p.rows, "en")})`,
  "cli-categories": (p) =>
    `JPM categories: ${p.categories.map((c) => `${c.category} ${c.count}`).join(" · ")}`,
  "cli-needs-heading": () => "Shortfall per competency (employees below standard, their mean gap):",
  "cli-total-jp": (p) =>
    `Total JP: ${p.total} (${p.tracks.map((t) => `${t.track}%: ${t.jp} JP`).join(" · ")})`,
  "cli-issues-heading": () => "Data notes:",
  "cli-issues-more": (p) => `… and ${p.count} more notes (see sheet "${p.sheet}").`,
  "cli-written": (p) => `Result written to: ${p.output}`,
  "cli-new-sheets": (p) => `New sheets: ${p.sheets.join(", ")}`,
  "issues-sheet-title": () => "DATA NOTES",
  "issues-sheet-intro": (p) =>
    `Source: sheet "${p.sheet}". ${p.total} notes: ${p.errors} errors, ` +
    `${p.warnings} warnings, ${p.infos} info. Error: the row is not in the plan. ` +
    "Warning: the row is in the plan, on the assumption the message names. Info: for your information.",
  "issues-sheet-header": (p) =>
    ({
      no: "No",
      sheet: "Sheet",
      row: "Row",
      column: "Column",
      cell: "Cell",
      severity: "Level",
      message: "Message",
    })[p.column],
  "unassessed-rows": (p) =>
    `${p.rows.length} employees without any competency score are not planned (${rowList(p.rows, "en")}).`,
  "severity-name": (p) => ({ error: "Error", warning: "Warning", info: "Info" })[p.severity],
  severity: (p) => ({ error: "ERROR", warning: "WARNING", info: "INFO" })[p.severity],
};
