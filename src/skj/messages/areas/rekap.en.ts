// English texts of rekap.params.ts.
import type { AreaCatalogue, Message } from "../params";
import { formatNumber } from "../format";
import { renderMessage } from "../render";
import type { RekapMessageParams } from "./rekap.params";

const COLUMN = {
  no: "No",
  unit: "Unit / OPD",
  competency: "Competency",
  employees: "Employees",
  short: "Need development",
  share: "Share",
  meanGap: "Mean gap of those in need",
  file: "File",
  sheet: "Sheet / table read",
  planned: "Employees planned",
  leftOut: "Rows left out",
  errors: "Errors",
  warnings: "Warnings",
  issues: "First notes",
};

const USAGE = `Usage:
  skj rekap FOLDER|FILE… [--out rekap.xlsx] [options]

Reads every .xlsx, .xlsm and .csv file (a folder: all such files in it, by name), plans each, and writes ONE
new workbook: Units summary (needs per unit and competency, with the agency's totals), Competency plan (the
programmes pooled across all units, with the budget) and Files (what was read from each file and its notes).
A NIP found in two files is reported and counted once (the first file).

Options:
  --out FILE            write the summary to FILE .xlsx (default: rekap-YEAR.xlsx in the working folder)
  --json                print the summary as JSON on stdout (a file is written only with --out)
  --year YEAR           plan year (default: next year)
  --scheme, --jpm, --toleransi, --target-jp, --standar-jf, --kolom CODE=COLUMN
                        as for skj plan, for every file
  --anggaran RUPIAH     the whole agency's budget ceiling; pooled programmes beyond it are deferred
  --biaya CODE=RUPIAH   a method's unit cost (repeatable)
  --penyelenggara CODE=PROVIDER
                        the provider of a method, e.g. KL02=pusdiklat (repeatable)
  --ambang-kelas N      participants a pooled programme needs (default: 10)
  --ambang-unit N       a unit's own programme when N of its employees share a need
  --instansi, --tempat, --penandatangan-jabatan, --penandatangan-nama, --penandatangan-nip,
  --penyusun-jabatan, --penyusun-nama, --penyusun-nip, --zona
                        as for skj plan
  --paralel N           threads reading files (default: the number of processor cores)
  --lang id|en          language of the output and of the sheets written (default: id)
  -h, --help            this help

Exit codes: 0 when somebody was planned; 3 when no file gave anybody to plan; 2 when there is no file, an
option is wrong, or the summary cannot be written.
`;

const r = (m: Message) => renderMessage(m, "en");
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const rekapEn: AreaCatalogue<RekapMessageParams> = {
  "rekap-usage": () => USAGE,
  "rekap-no-files": (p) =>
    `No .xlsx, .xlsm or .csv file in ${p.inputs.length ? p.inputs.map((i) => `"${i}"`).join(", ") : "(none)"}. Give a folder or assessment files.`,
  "rekap-file-failed": (p) =>
    `File "${p.file}" cannot be summarised and is not counted: ${r(p.reason)}`,
  "rekap-duplicate-nip": (p) =>
    `NIP ${p.nip}${p.name ? ` (${p.name})` : ""} is in file "${p.firstFile}" row ${p.firstRow} and in file "${p.file}" row ${p.row}; ` +
    `the employee is counted once, from the first file ("${p.firstFile}").`,
  "rekap-nobody": (p) =>
    `Nobody could be planned from ${count(p.files, "file")}; see each file's notes above.`,
  "rekap-worker-missing": (p) =>
    `The file reader module "${p.file}" is missing: run \`npm run build:cli\` first.`,
  "rekap-worker-failed": (p) => `A file reader thread stopped without a result: ${p.detail}`,
  "rekap-progress": (p) => `File ${p.done} of ${p.total} done: ${p.file}`,
  "rekap-done": (p) =>
    `Summary: ${count(p.files, "file")} (${p.failed} failed), ${count(p.units, "unit")}, ${count(p.employees, "employee")}, ` +
    `${count(p.duplicates, "duplicated NIP")}; ${count(p.programmes, "pooled programme")} and ${count(p.individual, "individual development line")} ` +
    `(read by ${count(p.workers, "thread")}).`,
  "rekap-written": (p) => `Written: ${p.output} (sheets: ${p.sheets.join(", ")})`,
  "rekap-title": (p) => `COMPETENCY DEVELOPMENT NEEDS PER UNIT, ${p.year}`,
  "rekap-intro": (p) =>
    `${count(p.files, "unit file")} together: ${count(p.employees, "employee")} in ${count(p.units, "unit")}` +
    `${p.duplicates > 0 ? ` (${count(p.duplicates, "duplicated NIP")} counted once, from the first file)` : ""}. ` +
    `Unit = the file's unit column where it has one, else the file name. Need development: a score below the standard` +
    `${p.tolerance > 0 ? ` by more than the ${formatNumber(p.tolerance * 100, "en")}% tolerance` : ""}; ` +
    `share = need development ÷ employees; mean gap = the mean of (score − standard) over those needing development.`,
  "rekap-header": (p) => COLUMN[p.column],
  "rekap-total": () => "Agency total",
  "rekap-source": (p) =>
    `Programmes pooled from ${count(p.files, "unit file")} (${count(p.units, "unit")}, ${count(p.employees, "employee")}` +
    `${p.duplicates > 0 ? `; ${count(p.duplicates, "duplicated NIP")} counted once` : ""}): participants from every unit are grouped together. ` +
    `The files are listed on the Files sheet.`,
  "rekap-files-title": (p) => `FILES SUMMARISED, ${p.year}`,
  "rekap-files-intro": (p) =>
    `${count(p.files, "file")} read (${p.failed} could not be summarised); ${count(p.employees, "employee")} counted` +
    `${p.duplicates > 0 ? `; ${count(p.duplicates, "duplicated NIP")} counted once, from the first file` : ""}. ` +
    `A file's full notes: run skj plan on that file.`,
  "rekap-more-issues": (p) => `… and ${count(p.count, "more note")}`,
};
