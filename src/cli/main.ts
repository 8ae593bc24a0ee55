// `skj plan`: read an assessment workbook, plan, and write the report sheets into a copy of it (or print JSON).
// The input is only ever read; the output is written to a temporary file and renamed, so a failed run leaves
// no half-written workbook behind.
import { agencyIsoDate, DEFAULT_TIME_ZONE, TIME_ZONE_IDS, type TimeZoneId } from "../skj/dates";
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { buildReport } from "../report/buildReport";
import {
  type Lang,
  type Message,
  MessageError,
  messageOf,
  msg,
  type OptionField,
  renderMessage,
} from "../skj/messages";
import { RunOptions, runSkj } from "../skj/run";
import { reportOptionsSchema, runOptionsSchema, validate } from "../skj/schemas";
import { parseJpmMethod } from "../skj/registry/jpmMethods";
import { parseJfTable } from "../skj/registry/jfTables";
import { recordOf } from "../skj/registry/entries";
import { parseScheme, SCHEMES, ThresholdKey } from "../skj/registry/schemes";
import { PlanResult, Thresholds } from "../skj/types";
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
import { templateTarget, templateWorkbook } from "./template";

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

/** A problem the user can fix (exit 2), as a coded message rendered in the chosen language. */
export class CliError extends MessageError {
  constructor(
    coded: Message,
    readonly exitCode = 2
  ) {
    super(coded);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today, for the default year and the report date. */
  today?: Date;
}

function numberOption(value: string | undefined, field: OptionField): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n)) throw new CliError(msg("cli-not-a-number", { field, value }));
  return n;
}

/** Rupiah as people write it: "150000000", "150.000.000", "Rp 150.000.000". */
function rupiahOption(value: string | undefined, field: OptionField): number | undefined {
  if (value === undefined) return undefined;
  const digits = value.replace(/^\s*rp\.?\s*/i, "").replace(/[.\s]/g, "");
  return numberOption(digits, field);
}

/** --biaya KODE=RUPIAH (repeatable): unit costs per method code (docs/domain.md §13). */
function costOptions(values: readonly string[] | undefined): Record<string, number> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const v of values) {
    const m = /^\s*([A-Za-z]+\d+)\s*=\s*(.+)$/.exec(v);
    if (!m)
      throw new CliError(
        msg("cli-options-invalid", { problems: msg("option-invalid", { field: "costs" }) })
      );
    out[m[1].toUpperCase()] = rupiahOption(m[2], "costs")!;
  }
  return out;
}

type ThresholdFlag = `batas-${ThresholdKey}`;

/** One --batas-<key> flag per threshold of every scheme in the registry. */
const THRESHOLD_FLAGS = Object.fromEntries(
  SCHEMES.flatMap((sc) => sc.thresholds.map((t) => [`batas-${t.key}`, { type: "string" }]))
) as Record<ThresholdFlag, { type: "string" }>;

/** Category thresholds from the --batas-* flags (percent, as in the task pane); undefined when none is given. */
function thresholdOptions(values: Readonly<Record<string, unknown>>): Thresholds | undefined {
  const given = (key: string) => {
    const v = values[`batas-${key}`];
    return typeof v === "string" ? v : undefined;
  };
  if (SCHEMES.every((sc) => sc.thresholds.every((t) => given(t.key) === undefined))) {
    return undefined;
  }
  return recordOf(SCHEMES, (sc) =>
    Object.fromEntries(
      sc.thresholds.map((t) => {
        const n = numberOption(given(t.key), t.key as OptionField);
        return [t.key, n === undefined ? t.default : n / 100];
      })
    )
  ) as Thresholds;
}

/** `<input>-rencana.xlsx` (or .xlsm) next to the input. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  const keep = /^\.xlsm$/i.test(ext) ? ext : ".xlsx";
  return path.join(path.dirname(input), `${path.basename(input, ext)}-rencana${keep}`);
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
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

/** Why the file system refused, in words a clerk understands (Node's own messages are English). */
function fsReason(error: unknown): Message {
  const errno = (error as NodeJS.ErrnoException).code ?? "";
  return msg("fs-error", { errno, detail: (error as Error).message });
}

/** Create the output's folder; a path through a file or a forbidden place is the user's to fix (exit 2). */
function ensureFolder(file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(msg("cli-folder-failed", { file, reason: fsReason(error) }));
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Write through a temporary file in the same folder, so the output appears whole or not at all. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(msg("cli-write-failed", { file, reason: fsReason(error) }));
  }
}

/** A file's bytes; a missing or unreadable file is the user's to fix (exit 2). */
function readInputFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? "";
    throw new CliError(
      errno === "ENOENT"
        ? msg("cli-input-missing", { file })
        : msg("cli-input-unreadable", { file, errno })
    );
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

/** The option as written ("--bogus", "-x") of an argument, or null for a positional. */
function optionName(arg: string): string | null {
  if (arg === "--" || !arg.startsWith("-") || /^-\d/.test(arg)) return null;
  return arg.split("=")[0];
}

function isKnown(option: string): boolean {
  if (option.startsWith("--")) return option.slice(2) in OPTIONS;
  return Object.values(OPTIONS).some((o) => "short" in o && `-${o.short}` === option);
}

/** Node's option-parsing errors as coded messages: the option is found in argv, not in Node's text. */
function parseErrorMessage(error: unknown, argv: readonly string[]): Message {
  const code = (error as { code?: string }).code;
  const options = argv.map(optionName).filter((o): o is string => o !== null);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = options.find((o) => !isKnown(o));
    if (option) return msg("cli-unknown-option", { option });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // A string option given last, or followed by another option, has no value.
    const i = argv.findIndex((a, k) => {
      const name = optionName(a);
      if (!name || a.includes("=") || !name.startsWith("--")) return false;
      const spec = OPTIONS[name.slice(2) as keyof typeof OPTIONS];
      const next = argv[k + 1];
      return spec?.type === "string" && (next === undefined || optionName(next) !== null);
    });
    if (i >= 0) return msg("cli-option-needs-value", { option: argv[i] });
  }
  return msg("cli-options-unreadable", { detail: (error as Error).message ?? String(error) });
}

/** The --lang value, looked up before parsing so that even a parse error speaks the chosen language. */
/** The agency's time zone from --zona (WIB by default); an unknown one is refused with the accepted ones. */
function zoneOf(value: string | undefined): TimeZoneId {
  if (value === undefined) return DEFAULT_TIME_ZONE;
  const zone = TIME_ZONE_IDS.find((z) => z === value.trim().toUpperCase());
  if (!zone)
    throw new CliError(msg("cli-zone-unknown", { zone: value, zones: [...TIME_ZONE_IDS] }));
  return zone;
}

function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (value !== undefined) return value === "en" ? "en" : "id";
  }
  return "id";
}

/** "--toleransi -0.1" as "--toleransi=-0.1": a negative number is a value, not an option. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if (/^--[a-z-]+$/.test(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const say = (m: Message) => renderMessage(m, lang);
  const args = joinNegativeValues(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.stderr(`${say(parseErrorMessage(error, args))}\n\n${say(msg("cli-usage", {}))}`);
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
      year: numberOption(values.year, "year"),
      // Aliases ("rata-rata", "Pengisian Jabatan") name their entry; an unknown word goes on to the schema,
      // which names the accepted ones.
      scheme:
        values.scheme === undefined ? undefined : (parseScheme(values.scheme) ?? values.scheme),
      jpmMethod: values.jpm === undefined ? undefined : (parseJpmMethod(values.jpm) ?? values.jpm),
      ...(values["jpm-bulat"] ? { jpmRounded: true } : {}),
      jfTable:
        values["standar-jf"] === undefined
          ? undefined
          : (parseJfTable(values["standar-jf"]) ?? values["standar-jf"]),
      tolerance: numberOption(values.toleransi, "tolerance"),
      thresholds: thresholdOptions(values),
      jpTarget: numberOption(values["target-jp"], "jpTarget"),
      budgetCeiling: rupiahOption(values.anggaran, "budgetCeiling"),
      cohortThreshold: numberOption(values["ambang-kelas"], "cohortThreshold"),
      unitCohortThreshold: numberOption(values["ambang-unit"], "unitCohortThreshold"),
      costs: costOptions(values.biaya),
      sheet: values.sheet,
      units: values.unit,
      potentialFromJpm: values["potensi-jpm"],
    });
    if (!options.ok) throw new CliError(msg("cli-options-invalid", { problems: options.message }));
    const report = validate(reportOptionsSchema, {
      agency: values.instansi ?? "",
      signatory: {
        title: values["penandatangan-jabatan"] ?? "",
        name: values["penandatangan-nama"] ?? "",
        nip: values["penandatangan-nip"] ?? "",
      },
      // Who prepared the plan: printed beside the signature only when named (docs/domain.md §14.1).
      ...(values["penyusun-jabatan"] !== undefined ||
      values["penyusun-nama"] !== undefined ||
      values["penyusun-nip"] !== undefined
        ? {
            preparer: {
              title: values["penyusun-jabatan"] ?? "",
              name: values["penyusun-nama"] ?? "",
              nip: values["penyusun-nip"] ?? "",
            },
          }
        : {}),
      // The agency's calendar day (docs/domain.md §10), not UTC's: before 07:00 WIB UTC is still yesterday.
      date: agencyIsoDate(io.today ?? new Date(), zoneOf(values.zona)),
      ...(values.tempat !== undefined ? { place: values.tempat } : {}),
    });
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
