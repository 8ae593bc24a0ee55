// What the CLI's commands share: coded errors, option values as people write them, and safe file access.
import * as fs from "fs";
import * as path from "path";
import { agencyIsoDate, DEFAULT_TIME_ZONE, TIME_ZONE_IDS, type TimeZoneId } from "../skj/dates";
import { parseJfTable } from "../skj/registry/jfTables";
import { parseJpmMethod } from "../skj/registry/jpmMethods";
import { type Lang, type Message, MessageError, msg, type OptionField } from "../skj/messages";
import { recordOf } from "../skj/registry/entries";
import { parseScheme, SCHEMES, type ThresholdKey } from "../skj/registry/schemes";
import { DEV_METHOD_CODES } from "../skj/registry/devMethods";
import { PROVIDER_IDS, PROVIDERS, provides } from "../skj/registry/providers";
import type { Thresholds } from "../skj/types";

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

export function numberOption(value: string | undefined, field: OptionField): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n)) throw new CliError(msg("cli-not-a-number", { field, value }));
  return n;
}

/** Rupiah as people write it: "150000000", "150.000.000", "Rp 150.000.000". */
export function rupiahOption(value: string | undefined, field: OptionField): number | undefined {
  if (value === undefined) return undefined;
  const digits = value.replace(/^\s*rp\.?\s*/i, "").replace(/[.\s]/g, "");
  return numberOption(digits, field);
}

/** --biaya KODE=RUPIAH (repeatable): unit costs per method code (docs/domain.md §13). */
export function costOptions(
  values: readonly string[] | undefined
): Record<string, number> | undefined {
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

/** `--penyelenggara KL02=pusdiklat`: a provider per method code, checked against the registry (§13). */
export function providerOptions(
  values: readonly string[] | undefined
): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^\s*([A-Za-z]+\d+)\s*=\s*(.+?)\s*$/.exec(v);
    const method = m?.[1].toUpperCase();
    const id = m?.[2].toLowerCase();
    if (!m || !method || !id || !(DEV_METHOD_CODES as readonly string[]).includes(method)) {
      throw new CliError(msg("provider-option-invalid", { given: v, choices: [...PROVIDER_IDS] }));
    }
    if (!provides(id, method)) {
      const choices = PROVIDERS.filter((p) => provides(p.id, method)).map((p) => p.id);
      throw new CliError(msg("provider-option-invalid", { given: m[2], method, choices }));
    }
    out[method] = id;
  }
  return out;
}

export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Why the file system refused, in words a clerk understands (Node's own messages are English). */
export function fsReason(error: unknown): Message {
  const errno = (error as NodeJS.ErrnoException).code ?? "";
  return msg("fs-error", { errno, detail: (error as Error).message });
}

/** Create the output's folder; a path through a file or a forbidden place is the user's to fix (exit 2). */
export function ensureFolder(file: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(msg("cli-folder-failed", { file, reason: fsReason(error) }));
  }
}

export function isFolder(file: string): boolean {
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
export function readInputFile(file: string): Uint8Array {
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

/** The option as written ("--bogus", "-x") of an argument, or null for a positional. */
function optionName(arg: string): string | null {
  if (arg === "--" || !arg.startsWith("-") || /^-\d/.test(arg)) return null;
  return arg.split("=")[0];
}

/** How parseArgs is told an option: its type and, for a few, a one-letter form. */
export type OptionSpecs = Readonly<Record<string, { type: "string" | "boolean"; short?: string }>>;

function isKnown(option: string, specs: OptionSpecs): boolean {
  if (option.startsWith("--")) return option.slice(2) in specs;
  return Object.values(specs).some((o) => o.short !== undefined && `-${o.short}` === option);
}

/** Node's option-parsing errors as coded messages: the option is found in argv, not in Node's text. */
export function parseErrorMessage(
  error: unknown,
  argv: readonly string[],
  specs: OptionSpecs
): Message {
  const code = (error as { code?: string }).code;
  const options = argv.map(optionName).filter((o): o is string => o !== null);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = options.find((o) => !isKnown(o, specs));
    if (option) return msg("cli-unknown-option", { option });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // A string option given last, or followed by another option, has no value.
    const i = argv.findIndex((a, k) => {
      const name = optionName(a);
      if (!name || a.includes("=") || !name.startsWith("--")) return false;
      const spec = specs[name.slice(2)];
      const next = argv[k + 1];
      return spec?.type === "string" && (next === undefined || optionName(next) !== null);
    });
    if (i >= 0) return msg("cli-option-needs-value", { option: argv[i] });
  }
  return msg("cli-options-unreadable", { detail: (error as Error).message ?? String(error) });
}

/** The agency's time zone from --zona (WIB by default); an unknown one is refused with the accepted ones. */
export function zoneOf(value: string | undefined): TimeZoneId {
  if (value === undefined) return DEFAULT_TIME_ZONE;
  const zone = TIME_ZONE_IDS.find((z) => z === value.trim().toUpperCase());
  if (!zone)
    throw new CliError(msg("cli-zone-unknown", { zone: value, zones: [...TIME_ZONE_IDS] }));
  return zone;
}

/** The --lang value, looked up before parsing so that even a parse error speaks the chosen language. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (value !== undefined) return value === "en" ? "en" : "id";
  }
  return "id";
}

/** "--toleransi -0.1" as "--toleransi=-0.1": a negative number is a value, not an option. */
export function joinNegativeValues(argv: string[]): string[] {
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

type ThresholdFlag = `batas-${ThresholdKey}`;

/** One --batas-<key> flag per threshold of every scheme in the registry. */
export const THRESHOLD_FLAGS = Object.fromEntries(
  SCHEMES.flatMap((sc) => sc.thresholds.map((t) => [`batas-${t.key}`, { type: "string" }]))
) as Record<ThresholdFlag, { type: "string" }>;

/** Category thresholds from the --batas-* flags (percent, as in the task pane); undefined when none is given. */
export function thresholdOptions(
  values: Readonly<Record<string, unknown>>
): Thresholds | undefined {
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

/** The option values `plan` and `rekap` both take (strings as typed; repeatable ones as lists). */
export interface SharedOptionValues {
  year?: string;
  scheme?: string;
  jpm?: string;
  "standar-jf"?: string;
  toleransi?: string;
  "target-jp"?: string;
  anggaran?: string;
  "ambang-kelas"?: string;
  "ambang-unit"?: string;
  biaya?: string[];
  penyelenggara?: string[];
  sheet?: string;
  instansi?: string;
  "penandatangan-jabatan"?: string;
  "penandatangan-nama"?: string;
  "penandatangan-nip"?: string;
  "penyusun-jabatan"?: string;
  "penyusun-nama"?: string;
  "penyusun-nip"?: string;
  zona?: string;
  tempat?: string;
}

/**
 * The planning options both commands read, before the schema checks them. Aliases ("rata-rata", "Pengisian
 * Jabatan") name their entry; an unknown word goes on to the schema, which names the accepted ones.
 */
export function sharedRunOptions(values: SharedOptionValues & Readonly<Record<string, unknown>>) {
  return {
    year: numberOption(values.year, "year"),
    scheme: values.scheme === undefined ? undefined : (parseScheme(values.scheme) ?? values.scheme),
    jpmMethod: values.jpm === undefined ? undefined : (parseJpmMethod(values.jpm) ?? values.jpm),
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
    providers: providerOptions(values.penyelenggara),
    sheet: values.sheet,
  };
}

/** Who and when the report names, before the schema checks them: agency, signatory, preparer, date, place. */
export function reportOptionValues(values: SharedOptionValues, today: Date | undefined) {
  return {
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
    date: agencyIsoDate(today ?? new Date(), zoneOf(values.zona)),
    ...(values.tempat !== undefined ? { place: values.tempat } : {}),
  };
}
