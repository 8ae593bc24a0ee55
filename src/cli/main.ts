// `skj plan`: read an assessment workbook, plan, and write the report sheets into a copy of it (or print JSON);
// `skj rekap` (rekap.ts) and `skj template` (template.ts) are dispatched from here.
// The input is only ever read; the output is written to a temporary file and renamed, so a failed run leaves
// no half-written workbook behind.
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { buildReport } from "../report/buildReport";
import { type Message, messageOf, msg, renderMessage } from "../skj/messages";
import { RunOptions, runSkj } from "../skj/run";
import { reportOptionsSchema, runOptionsSchema, validate } from "../skj/schemas";
import { PlanResult } from "../skj/types";
import { addReportSheets } from "../file/package/addSheets";
import { readInput } from "../file/read/input";
import { columnDetection } from "./columns";
import { nobodyMessage } from "../skj/nobody";
import { readWorkbook } from "../file/read/readWorkbook";
import { checkDefaultGrade } from "../skj/employeeList";
import { nodeCompression } from "./compression";
import { describePlan } from "./summary";
import { planJson } from "./json";
import { ReportTooLargeError } from "../report/sheetBuilder";
import {
  CliError,
  type CliIo,
  reportOptionValues,
  sharedRunOptions,
  THRESHOLD_FLAGS,
  ensureFolder,
  isFolder,
  joinNegativeValues,
  langOf,
  parseErrorMessage,
  readInputFile,
  samePath,
  writeAtomically,
} from "./shared";
import { rekapMain } from "./rekap";
import { templateTarget, templateWorkbook } from "./template";

export { CliError, type CliIo, writeAtomically } from "./shared";

/** The bundled sample, found from the source (src/cli) or the build (lib/src/cli). */
export const SAMPLE = (() => {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "assets", "sample", "contoh-hasil-asesmen.xlsx");
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, "../../../assets/sample/contoh-hasil-asesmen.xlsx");
})();

/** Files above this size get a progress line on stderr. */
const PROGRESS_BYTES = 2 * 1024 * 1024;

/** The help text in Bahasa Indonesia (the catalogue builds it from the registries). */
export const USAGE = renderMessage(msg("cli-usage", {}), "id");

/** `<input>-rencana.xlsx` (or .xlsm) next to the input. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const keep = /^\.xlsm$/i.test(ext) ? ext : ".xlsx";
  return path.join(path.dirname(input), `${path.basename(input, ext)}-rencana${keep}`);
}

/**
 * The copy keeps the input's package type, and Excel refuses to open a macro-enabled package named .xlsx
 * (or a plain one named .xlsm): "the file format or file extension is not valid". So the output keeps the
 * input's extension (.xlsx or .xlsm), which Excel already opened the input with.
 */
function checkExtension(input: string, output: string): void {
  const kind = (file: string) => path.extname(file).toLowerCase();
  const from = kind(input);
  const to = kind(output);
  const expected = from === ".xlsm" ? ".xlsm" : ".xlsx";
  // A CSV input gives a new workbook without macros: only .xlsx fits it.
  if (
    (to !== ".xlsx" && to !== ".xlsm") ||
    (to === ".xlsm" && from !== ".xlsx" && from !== ".xlsm")
  ) {
    // The copy is an Excel workbook whatever its name says: a .csv or .ods name would mislead.
    throw new CliError(msg("cli-output-extension", { output, expected, found: to }));
  }
  if ((from === ".xlsm" && to === ".xlsx") || (from === ".xlsx" && to === ".xlsm")) {
    throw new CliError(msg("cli-output-macro", { output, from, to }));
  }
}

/** The options `main` knows, for parseArgs and for naming the one it refused. */
const OPTIONS = {
  out: { type: "string" },
  json: { type: "boolean" },
  sheet: { type: "string" },
  year: { type: "string" },
  scheme: { type: "string" },
  jpm: { type: "string" },
  "jpm-bulat": { type: "boolean" },
  "standar-jf": { type: "string" },
  toleransi: { type: "string" },
  ...THRESHOLD_FLAGS,
  "target-jp": { type: "string" },
  anggaran: { type: "string" },
  "ambang-kelas": { type: "string" },
  "ambang-unit": { type: "string" },
  biaya: { type: "string", multiple: true },
  penyelenggara: { type: "string", multiple: true },
  unit: { type: "string", multiple: true },
  kolom: { type: "string", multiple: true },
  pegawai: { type: "string", multiple: true },
  sebelumnya: { type: "string" },
  idp: { type: "boolean" },
  jenjang: { type: "string" },
  instansi: { type: "string" },
  tempat: { type: "string" },
  "penandatangan-jabatan": { type: "string" },
  "penandatangan-nama": { type: "string" },
  "penandatangan-nip": { type: "string" },
  "penyusun-jabatan": { type: "string" },
  "penyusun-nama": { type: "string" },
  "penyusun-nip": { type: "string" },
  lang: { type: "string" },
  zona: { type: "string" },
  "potensi-jpm": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  // `skj rekap …`: one summary over many unit files, with its own options (docs/domain.md §19).
  if (argv[0] === "rekap") return rekapMain(argv.slice(1), io);
  const lang = langOf(argv);
  const say = (m: Message) => renderMessage(m, lang);
  const args = joinNegativeValues(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.stderr(`${say(parseErrorMessage(error, args, OPTIONS))}\n\n${say(msg("cli-usage", {}))}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(say(msg("cli-usage", {})));
    return 0;
  }
  if (values.lang !== undefined && values.lang !== "id" && values.lang !== "en") {
    const problems = msg("option-choice", { field: "lang", choices: ["id", "en"] });
    io.stderr(`${say(msg("cli-options-invalid", { problems }))}\n`);
    return 2;
  }
  const [command, inputArg, ...extra] = positionals;
  if (command === "template") {
    if (inputArg !== undefined) {
      io.stderr(`${say(msg("cli-too-many-files", { files: [inputArg, ...extra] }))}\n`);
      return 2;
    }
    const target = templateTarget(values.out);
    if (!target.ok) {
      io.stderr(`${say(target.message)}\n`);
      return 2;
    }
    ensureFolder(target.file);
    const written = templateWorkbook(lang);
    writeAtomically(target.file, written.bytes);
    io.stdout(`${say(msg("template-written", { file: target.file, sheets: written.sheets }))}\n`);
    return 0;
  }
  if (command !== "plan") {
    io.stderr(
      `${say(msg("cli-unknown-command", { command: command ?? "" }))}\n\n${say(msg("cli-usage", {}))}`
    );
    return 2;
  }
  if (extra.length > 0) {
    io.stderr(`${say(msg("cli-too-many-files", { files: extra }))}\n`);
    return 2;
  }

  try {
    const input = inputArg ?? SAMPLE;
    const options = validate(runOptionsSchema, {
      ...sharedRunOptions(values),
      ...(values["jpm-bulat"] ? { jpmRounded: true } : {}),
      units: values.unit,
      potentialFromJpm: values["potensi-jpm"],
    });
    if (!options.ok) throw new CliError(msg("cli-options-invalid", { problems: options.message }));
    const report = validate(reportOptionsSchema, reportOptionValues(values, io.today));
    if (!report.ok) throw new CliError(msg("cli-options-invalid", { problems: report.message }));

    // The output's name is checked before the (possibly large) input is read.
    const wantFile = !values.json || values.out !== undefined;
    const output = wantFile ? (values.out ?? defaultOutput(input)) : undefined;
    if (output !== undefined) {
      if (samePath(output, input)) {
        throw new CliError(msg("cli-same-file", { input }));
      }
      if (isFolder(output)) {
        throw new CliError(msg("cli-output-is-folder", { output }));
      }
      checkExtension(input, output);
    }

    // A default grade that is no grade is refused before anything is read (docs/domain.md §11).
    const gradeProblem = values.jenjang === undefined ? null : checkDefaultGrade(values.jenjang);
    if (gradeProblem) throw new CliError(gradeProblem);

    const bytes = readInputFile(input);
    const big = bytes.length > PROGRESS_BYTES;
    let shown = -1;
    const progress = (fraction: number) => {
      const pct = Math.floor(fraction * 10) * 10;
      if (big && pct > shown) {
        shown = pct;
        io.stderr(`${say(msg("cli-reading", { file: path.basename(input), percent: pct }))}\n`);
      }
    };
    let read;
    try {
      read = readInput(bytes, input, { onProgress: progress, compression: nodeCompression });
    } catch (error) {
      throw new CliError(msg("cli-read-failed", { file: input, reason: messageOf(error) }));
    }

    const runOptions: RunOptions = { ...options.value };
    // Employee lists in other files (--pegawai), read like the input; the grade of last resort (--jenjang).
    if (values.pegawai?.length)
      runOptions.employeeLists = values.pegawai.map((file) => {
        try {
          return { file: path.basename(file), workbook: readWorkbook(readInputFile(file)).grid };
        } catch (error) {
          if (error instanceof CliError) throw error;
          throw new CliError(msg("cli-read-failed", { file, reason: messageOf(error) }));
        }
      });
    // Last year's workbook (--sebelumnya): its plan sheet and assessment give the progress sheet (§18).
    if (values.sebelumnya !== undefined) {
      const file = values.sebelumnya;
      try {
        runOptions.previous = {
          file: path.basename(file),
          workbook: readWorkbook(readInputFile(file)).grid,
        };
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(msg("cli-read-failed", { file, reason: messageOf(error) }));
      }
    }
    if (values.jenjang !== undefined) runOptions.defaultGrade = values.jenjang;
    if (options.value.year === undefined && io.today) runOptions.year = io.today.getFullYear() + 1;
    if (values.kolom) {
      const mapped = columnDetection(read.grid, values.kolom, values.sheet);
      if (!mapped.ok) throw new CliError(mapped.message);
      runOptions.detection = mapped.detection;
    }
    const outcome = runSkj(read.grid, runOptions);
    if (!outcome.ok) throw new CliError(outcome.message);
    const plan: PlanResult = outcome.result;
    if (read.csv && !values.json) {
      const rows = read.grid.sheets[0].rows.length;
      io.stdout(
        `${say(msg("csv-read", { file: input, sheet: plan.source.sheet, rows, ...read.csv }))}\n`
      );
    }
    // Nobody planned (exit 3): no file unless --out asks for one, so a script cannot take it for a result.
    const nobody = nobodyMessage(plan, (options.value.units?.length ?? 0) > 0, "cli");
    const target = nobody && values.out === undefined ? undefined : output;

    let newSheets: string[] = [];
    if (target !== undefined) {
      if (big) io.stderr(`${say(msg("cli-writing", {}))}\n`);
      ensureFolder(target);
      let model;
      try {
        model = buildReport(plan, { ...report.value, lang, idp: values.idp === true });
      } catch (error) {
        if (error instanceof ReportTooLargeError) throw new CliError(error.coded);
        throw error;
      }
      // The package the reader opened: the file is unzipped once per run.
      const written = addReportSheets(read.package, model, { compression: nodeCompression });
      writeAtomically(target, written.bytes);
      newSheets = written.sheetNames;
      // How the sheets were laid out where it differs from what was asked (IDP split, no charts).
      for (const notice of model.notices ?? []) io.stderr(`${say(notice)}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(planJson(plan, lang), null, 2)}\n`);
    } else {
      io.stdout(describePlan(plan, input, target, newSheets, lang));
    }
    if (nobody) {
      const skipped = output !== undefined && target === undefined;
      io.stderr(`${say(nobody)}\n${skipped ? `${say(msg("cli-no-output", { output }))}\n` : ""}`);
      return 3;
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${say(error.coded)}\n`);
      return error.exitCode;
    }
    io.stderr(`${say(msg("cli-unexpected", { detail: say(messageOf(error)) }))}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}
