// The options form as typed (strings, so a half-typed "20" is not lost), and its conversion into the
// engine's RunOptions and the report's options, validated by the domain's zod schemas (coded messages).
import type { BuildReportOptions } from "../report/buildReport";
import type { RunOptions } from "../skj/run";
import { defaultYear, DEFAULT_JP_TARGET } from "../skj/run";
import { JPM_METHOD_IDS } from "../skj/registry/jpmMethods";
import { DEFAULT_JF_TABLE, JF_TABLE_IDS, type JfTableId } from "../skj/registry/jfTables";
import { recordOf } from "../skj/registry/entries";
import { SCHEME_IDS, SCHEMES, ThresholdKey } from "../skj/registry/schemes";
import { agencyIsoDate, DEFAULT_TIME_ZONE, TIME_ZONE_IDS, type TimeZoneId } from "../skj/dates";
import { type Lang, LANGS, msg, type Message, type OptionField } from "../skj/messages";
import type { ReportOptions } from "../skj/schemas";
import { optionProblemsOf, reportOptionsSchema, runOptionsSchema, validate } from "../skj/schemas";
import type { JpmMethod, Scheme } from "../skj/types";

export const TOLERANCE_CHOICES = ["0", "5", "10", "15"] as const;
export type ToleranceChoice = (typeof TOLERANCE_CHOICES)[number];

/** The scheme dropdown's values: "auto" (follow the file), then the registry's schemes. */
export const SCHEME_CHOICES = ["auto", ...SCHEME_IDS] as const;
/** The JPM method dropdown's values: "auto" (follow the file), then the registry's methods. */
export const JPM_CHOICES = ["auto", ...JPM_METHOD_IDS] as const;
/** The JF default table dropdown's values (the CLI's --standar-jf). */
export const JF_TABLE_CHOICES: readonly JfTableId[] = JF_TABLE_IDS;
/** The report language dropdown's values (the CLI's --lang). */
export const SHEET_LANG_CHOICES: readonly Lang[] = LANGS;
/** The agency's time zone dropdown's values (the CLI's --zona): it decides the report's date. */
export const ZONE_CHOICES: readonly TimeZoneId[] = TIME_ZONE_IDS;

/** The category-threshold fields, one per threshold of every scheme, labelled with the category they bound. */
export const THRESHOLD_FIELDS: readonly { key: ThresholdKey; label: string }[] = SCHEMES.flatMap(
  (s) => s.thresholds.map((t, i) => ({ key: t.key, label: `${s.categories[i].code} ≥` }))
);

/** Category thresholds in percent, as typed, keyed as the registry's thresholds. */
export type ThresholdDraft = Record<ThresholdKey, string>;

export interface OptionsDraft extends ThresholdDraft {
  year: string;
  scheme: "auto" | Scheme;
  jpmMethod: "auto" | JpmMethod;
  /** Percent. */
  tolerance: ToleranceChoice;
  jpTarget: string;
  /** Budget ceiling in rupiah as typed ("Rp 100.000.000"); blank: no ceiling (docs/domain.md §13). */
  budgetCeiling: string;
  agency: string;
  signatoryTitle: string;
  signatoryName: string;
  signatoryNip: string;
  /** Who prepared the plan ("Disusun oleh"); all blank leaves the block out (docs/domain.md §14.1). */
  preparerTitle: string;
  preparerName: string;
  preparerNip: string;
  /** Empty: every unit. */
  units: string[];
  /** The language the report sheets are written in. */
  sheetLang: Lang;
  /** The agency's time zone: the report is dated by its calendar (docs/domain.md §10). */
  zone: TimeZoneId;
  /** No potential column: the JPM category stands in for it in the nine-box (docs/domain.md §9). */
  potentialFromJpm: boolean;
  /** Add the IDP pages, one per employee (docs/domain.md §17). */
  idp: boolean;
  /** The JF default table (docs/domain.md §16). */
  jfTable: JfTableId;
  /** Mean method: per-competency ratios rounded to 2 decimals (docs/domain.md §16). */
  jpmRounded: boolean;
}

/** A fraction as the percent a clerk types: 0.78 -> "78". */
function percentText(fraction: number): string {
  return String(Math.round(fraction * 10000) / 100);
}

export function defaultOptions(today: Date = new Date()): OptionsDraft {
  return {
    year: String(defaultYear(today)),
    scheme: "auto",
    jpmMethod: "auto",
    tolerance: "0",
    ...(Object.fromEntries(
      SCHEMES.flatMap((s) => s.thresholds.map((t) => [t.key, percentText(t.default)]))
    ) as ThresholdDraft),
    jpTarget: String(DEFAULT_JP_TARGET),
    budgetCeiling: "",
    agency: "",
    signatoryTitle: "",
    signatoryName: "",
    signatoryNip: "",
    preparerTitle: "",
    preparerName: "",
    preparerNip: "",
    units: [],
    sheetLang: "id",
    zone: DEFAULT_TIME_ZONE,
    potentialFromJpm: false,
    idp: false,
    jfTable: DEFAULT_JF_TABLE,
    jpmRounded: false,
  };
}

/** "" -> undefined (the default); "1,5" -> 1.5 (decimal comma); anything else non-numeric -> NaN for zod to name. */
export function parseNumberInput(text: string): number | undefined {
  const t = text.trim().replace(/\s+/g, "");
  if (t === "") return undefined;
  if (!/^[-+]?\d*[.,]?\d+$/.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}

/** Rupiah as people type it: "150000000", "150.000.000", "Rp 150.000.000"; blank -> undefined. */
export function parseRupiahInput(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/[.\s]/g, "");
  if (t === "") return undefined;
  return /^\d+(,\d+)?$/.test(t) ? Number(t.replace(",", ".")) : Number.NaN;
}

/** A percent field: undefined when blank, so the schema reports it as not a number. */
function fraction(text: string): number {
  const n = parseNumberInput(text);
  return n === undefined || Number.isNaN(n) ? Number.NaN : n / 100;
}

export type ParsedOptions =
  { ok: true; run: RunOptions; report: BuildReportOptions } | { ok: false; message: Message };

/** Validate the form. Blank year and JP target mean the defaults. */
function runInput(draft: OptionsDraft, today: Date) {
  return {
    year: parseNumberInput(draft.year) ?? defaultYear(today),
    scheme: draft.scheme === "auto" ? undefined : draft.scheme,
    jpmMethod: draft.jpmMethod === "auto" ? undefined : draft.jpmMethod,
    tolerance: Number(draft.tolerance) / 100,
    jpTarget: parseNumberInput(draft.jpTarget) ?? DEFAULT_JP_TARGET,
    budgetCeiling: parseRupiahInput(draft.budgetCeiling),
    thresholds: recordOf(SCHEMES, (s) =>
      Object.fromEntries(s.thresholds.map((t) => [t.key, fraction(draft[t.key])]))
    ),
    units: draft.units.length > 0 ? draft.units : undefined,
    ...(draft.potentialFromJpm ? { potentialFromJpm: true } : {}),
    // The default table is left unset, so the standards sheet says it was not chosen.
    ...(draft.jfTable !== DEFAULT_JF_TABLE ? { jfTable: draft.jfTable } : {}),
    ...(draft.jpmRounded ? { jpmRounded: true } : {}),
  };
}

function reportInput(draft: OptionsDraft, today: Date) {
  return {
    agency: draft.agency,
    signatory: { title: draft.signatoryTitle, name: draft.signatoryName, nip: draft.signatoryNip },
    // Nobody typed as preparer: no "Disusun oleh" block (docs/domain.md §14.1).
    ...(draft.preparerTitle.trim() || draft.preparerName.trim() || draft.preparerNip.trim()
      ? {
          preparer: {
            title: draft.preparerTitle,
            name: draft.preparerName,
            nip: draft.preparerNip,
          },
        }
      : {}),
    // The agency's day, not the computer's: a laptop set to UTC or travelling still dates the plan right.
    date: agencyIsoDate(today, draft.zone),
  };
}

/** The report options with the sheets' language (the schema validates only the identity). */
function withLang(report: ReportOptions, draft: OptionsDraft): BuildReportOptions {
  return { ...report, lang: draft.sheetLang, ...(draft.idp ? { idp: true } : {}) };
}

export function parseOptions(draft: OptionsDraft, today: Date = new Date()): ParsedOptions {
  const run = validate(runOptionsSchema, runInput(draft, today));
  const report = validate(reportOptionsSchema, reportInput(draft, today));
  if (!run.ok || !report.ok) {
    const problems = [run, report].flatMap((r) => (r.ok ? [] : r.problems.map((p) => p.message)));
    return { ok: false, message: msg("options-invalid", { problems }) };
  }
  // Unset keys stay out so the engine follows the file (scheme, JPM method) or its own defaults.
  const runOptions: RunOptions = {};
  for (const [key, value] of Object.entries(run.value)) {
    if (value !== undefined) (runOptions as Record<string, unknown>)[key] = value;
  }
  return { ok: true, run: runOptions, report: withLang(report.value, draft) };
}

/** The draft field of each option the schemas name (the form has no sheet, date or place field). */
const DRAFT_KEY: Partial<Record<OptionField, keyof OptionsDraft>> = {
  year: "year",
  tolerance: "tolerance",
  jpTarget: "jpTarget",
  budgetCeiling: "budgetCeiling",
  optimal: "optimal",
  cukup: "cukup",
  ms: "ms",
  mms: "mms",
  agency: "agency",
  signatoryTitle: "signatoryTitle",
  signatoryName: "signatoryName",
  signatoryNip: "signatoryNip",
  preparerTitle: "preparerTitle",
  preparerName: "preparerName",
  preparerNip: "preparerNip",
  units: "units",
};

/**
 * The problem with each field of the draft, so the pane can mark the field itself (the generate
 * button's message lists them all). A rule across fields (Cukup below Optimal) marks the lower limit.
 */
export function optionProblems(
  draft: OptionsDraft,
  today: Date = new Date()
): Partial<Record<keyof OptionsDraft, Message>> {
  const out: Partial<Record<keyof OptionsDraft, Message>> = {};
  const problems = [
    ...optionProblemsOf(runOptionsSchema, runInput(draft, today)),
    ...optionProblemsOf(reportOptionsSchema, reportInput(draft, today)),
  ];
  for (const problem of problems) {
    const key = DRAFT_KEY[problem.field];
    if (key && !out[key]) out[key] = problem.message;
  }
  return out;
}
