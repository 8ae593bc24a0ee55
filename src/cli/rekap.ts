// `skj rekap FOLDER_OR_FILES… --out rekap.xlsx`: every unit file read and planned in parallel (worker threads
// over the machine's cores), then one new workbook with the needs per unit, the programmes pooled across units
// with their budget, and the files with what was read and their notes (docs/domain.md §19).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { Worker } from "worker_threads";
import { addReportSheets } from "../file/package/addSheets";
import { emptyWorkbook } from "../file/package/gridWorkbook";
import { buildRekapReport } from "../report/rekapSheets";
import { ReportTooLargeError } from "../report/sheetBuilder";
import { type Lang, type Message, messageOf, msg, renderMessage } from "../skj/messages";
import { type RekapInput, type RekapResult, rekapOf } from "../skj/rekap";
import type { RunOptions } from "../skj/run";
import { reportOptionsSchema, runOptionsSchema, validate } from "../skj/schemas";
import { nodeCompression } from "./compression";
import type { PlanAnswer, PlanJob } from "./rekapPlan";
import {
  CliError,
  type CliIo,
  reportOptionValues,
  sharedRunOptions,
  ensureFolder,
  isFolder,
  joinNegativeValues,
  langOf,
  numberOption,
  type OptionSpecs,
  parseErrorMessage,
  samePath,
  THRESHOLD_FLAGS,
  writeAtomically,
} from "./shared";

const REKAP_OPTIONS = {
  out: { type: "string" },
  json: { type: "boolean" },
  sheet: { type: "string" },
  year: { type: "string" },
  scheme: { type: "string" },
  jpm: { type: "string" },
  "standar-jf": { type: "string" },
  toleransi: { type: "string" },
  ...THRESHOLD_FLAGS,
  "target-jp": { type: "string" },
  anggaran: { type: "string" },
  "ambang-kelas": { type: "string" },
  "ambang-unit": { type: "string" },
  biaya: { type: "string", multiple: true },
  penyelenggara: { type: "string", multiple: true },
  kolom: { type: "string", multiple: true },
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
  paralel: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** What a rekap reads: workbooks and CSV exports (Excel's lock files "~$…" and hidden files are not). */
const READABLE = /\.(xlsx|xlsm|csv)$/i;

/** The files to read, in order: each argument as given, a folder's readable files sorted by name. */
function filesOf(inputs: readonly string[], output: string | undefined): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (isFolder(input)) {
      const names = fs
        .readdirSync(input)
        .filter((n) => READABLE.test(n) && !n.startsWith("~$") && !n.startsWith("."))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      for (const n of names) {
        const file = path.join(input, n);
        if (!isFolder(file)) out.push(file);
      }
    } else if (fs.existsSync(input)) out.push(input);
    else throw new CliError(msg("cli-input-missing", { file: input }));
  }
  // The summary written into one of the folders is not read back as a unit file on the next run.
  const unique = out.filter((f, i) => out.findIndex((g) => samePath(f, g)) === i);
  return output === undefined ? unique : unique.filter((f) => !samePath(f, output));
}

/** The compiled worker module: beside this file in the build, or the build's when run from the sources. */
function workerModule(): string {
  const here = path.join(__dirname, "rekapWorker.js");
  if (fs.existsSync(here)) return here;
  const built = path.resolve(__dirname, "../../lib/src/cli/rekapWorker.js");
  if (fs.existsSync(built)) return built;
  throw new CliError(msg("rekap-worker-missing", { file: here }));
}

/** Plans every job on `count` worker threads, each taking the next file when it is done with one. */
function planInParallel(
  jobs: readonly PlanJob[],
  count: number,
  onDone: (answer: PlanAnswer, done: number) => void
): Promise<PlanAnswer[]> {
  const module = workerModule();
  return new Promise((resolve, reject) => {
    const answers: PlanAnswer[] = new Array(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve(answers);
      else reject(new CliError(msg("rekap-worker-failed", { detail: String(error) }), 1));
    };
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(module);
      workers.push(w);
      w.on("message", (answer: PlanAnswer) => {
        answers[answer.index] = answer;
        done++;
        onDone(answer, done);
        if (done === jobs.length) stop();
        else feed(w);
      });
      w.on("error", (error) => stop(error instanceof Error ? error.message : error));
      w.on("exit", (code) => {
        if (!settled && done < jobs.length) stop(`exit code ${code}`);
      });
      feed(w);
    }
  });
}

/** The rekap as `--json` prints it: each file's notes rendered in the chosen language. */
export function rekapJson(rekap: RekapResult, lang: Lang): unknown {
  return {
    rekap: {
      year: rekap.year,
      employees: rekap.employees,
      files: rekap.files.map((f) => ({
        file: f.file,
        unit: f.unit,
        units: f.units,
        sheet: f.sheet,
        planned: f.planned,
        counted: f.counted,
        leftOut: f.leftOut,
        errors: f.errors,
        warnings: f.warnings,
        failed: f.failed,
        issues: f.issues.map((i) => ({
          severity: i.severity,
          sheet: i.sheet,
          row: i.row,
          column: i.column,
          code: i.code,
          message: renderMessage(i, lang),
        })),
      })),
      units: rekap.units,
      total: rekap.total,
      duplicates: rekap.duplicates,
      programmes: {
        grouping: rekap.pooled.grouping,
        programmes: rekap.pooled.programmes,
        individual: rekap.pooled.individual,
      },
      budget: rekap.pooled.budget,
    },
  };
}

export async function rekapMain(argv: string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const say = (m: Message) => renderMessage(m, lang);
  const args = joinNegativeValues(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: REKAP_OPTIONS });
  } catch (error) {
    const specs = REKAP_OPTIONS as OptionSpecs;
    io.stderr(`${say(parseErrorMessage(error, args, specs))}\n\n${say(msg("rekap-usage", {}))}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(say(msg("rekap-usage", {})));
    return 0;
  }
  try {
    if (values.lang !== undefined && values.lang !== "id" && values.lang !== "en") {
      const problems = msg("option-choice", { field: "lang", choices: ["id", "en"] });
      throw new CliError(msg("cli-options-invalid", { problems }));
    }
    const options = validate(runOptionsSchema, sharedRunOptions(values));
    if (!options.ok) throw new CliError(msg("cli-options-invalid", { problems: options.message }));
    const report = validate(reportOptionsSchema, reportOptionValues(values, io.today));
    if (!report.ok) throw new CliError(msg("cli-options-invalid", { problems: report.message }));
    const parallel = numberOption(values.paralel, "workers");
    if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1)) {
      const problems = msg("option-not-integer", { field: "workers" });
      throw new CliError(msg("cli-options-invalid", { problems }));
    }
    const year = options.value.year ?? (io.today ?? new Date()).getFullYear() + 1;

    // The output is checked before any file is read: a new .xlsx workbook, not a folder.
    const output = values.out ?? (values.json ? undefined : `rekap-${year}.xlsx`);
    if (output !== undefined) {
      if (isFolder(output)) throw new CliError(msg("cli-output-is-folder", { output }));
      const found = path.extname(output).toLowerCase();
      if (found !== ".xlsx")
        throw new CliError(msg("cli-output-extension", { output, expected: ".xlsx", found }));
    }
    const files = filesOf(positionals, output);
    if (files.length === 0) throw new CliError(msg("rekap-no-files", { inputs: positionals }));

    // Each file is planned on its own; the ceiling is the agency's, applied to the pooled programmes only.
    const { budgetCeiling, ...perFile } = options.value;
    const runOptions: RunOptions = { ...perFile, year };
    const jobs: PlanJob[] = files.map((file, index) => ({
      index,
      path: file,
      options: runOptions,
      ...(values.kolom?.length ? { columns: values.kolom } : {}),
    }));
    const workers = Math.max(
      1,
      Math.min(parallel ?? os.availableParallelism?.() ?? os.cpus().length, files.length)
    );
    // A line per tenth of the files on stderr, so a long run shows it is moving.
    const step = Math.max(1, Math.ceil(files.length / 10));
    const answers = await planInParallel(jobs, workers, (answer, done) => {
      if (files.length >= 10 && (done % step === 0 || done === files.length))
        io.stderr(
          `${say(msg("rekap-progress", { done, total: files.length, file: answer.file }))}\n`
        );
    });
    const inputs: RekapInput[] = answers.map((a) => ({
      file: a.file,
      ...(a.plan ? { plan: a.plan } : {}),
      ...(a.failure ? { failure: a.failure } : {}),
    }));
    const rekap = rekapOf(inputs, {
      ...(budgetCeiling !== undefined ? { budgetCeiling } : {}),
      ...(options.value.costs ? { costs: options.value.costs } : {}),
      ...(options.value.providers ? { providers: options.value.providers } : {}),
      ...(options.value.cohortThreshold !== undefined
        ? { cohortThreshold: options.value.cohortThreshold }
        : {}),
      ...(options.value.unitCohortThreshold !== undefined
        ? { unitCohortThreshold: options.value.unitCohortThreshold }
        : {}),
    });

    // Files that failed and NIPs found twice are said on stderr as well as on the Berkas sheet.
    for (const a of answers)
      if (a.failure)
        io.stderr(`${say(msg("rekap-file-failed", { file: a.file, reason: a.failure }))}\n`);
    for (const f of rekap?.files ?? [])
      for (const i of f.issues)
        if (i.code === "rekap-duplicate-nip")
          io.stderr(`[${say(msg("severity", { severity: i.severity }))}] ${say(i)}\n`);
    if (!rekap || rekap.employees === 0) {
      io.stderr(`${say(msg("rekap-nobody", { files: files.length }))}\n`);
      return 3;
    }

    let sheets: string[] = [];
    if (output !== undefined) {
      ensureFolder(output);
      let model;
      try {
        model = buildRekapReport(rekap, { ...report.value, lang });
      } catch (error) {
        if (error instanceof ReportTooLargeError) throw new CliError(error.coded);
        throw error;
      }
      const written = addReportSheets(emptyWorkbook(), model, { compression: nodeCompression });
      writeAtomically(output, written.bytes);
      sheets = written.sheetNames;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(rekapJson(rekap, lang), null, 2)}\n`);
    } else {
      io.stdout(
        `${say(
          msg("rekap-done", {
            files: files.length,
            failed: rekap.files.filter((f) => f.failed).length,
            units: rekap.units.length,
            employees: rekap.employees,
            duplicates: rekap.duplicates.length,
            programmes: rekap.pooled.programmes.length,
            individual: rekap.pooled.individual.length,
            workers,
          })
        )}\n`
      );
      if (output !== undefined) io.stdout(`${say(msg("rekap-written", { output, sheets }))}\n`);
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
