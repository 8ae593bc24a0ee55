// zod schemas for what comes from a workbook reader or from a user (CLI flags, task-pane options).
import { z } from "zod";
import { DEV_METHOD_CODES } from "./registry/devMethods";
import { JF_TABLE_IDS } from "./registry/jfTables";
import { JPM_METHOD_IDS } from "./registry/jpmMethods";
import { PROVIDER_IDS } from "./registry/providers";
import { recordOf } from "./registry/entries";
import { SCHEME_IDS, SCHEMES } from "./registry/schemes";
import type { Thresholds } from "./types";
import { Message, msg, OptionField } from "./messages/params";

export const cellErrorSchema = z.object({ error: z.string() });
export const cellValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.date(),
  cellErrorSchema,
  z.null(),
]);

const rangeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});

export const sheetGridSchema = z.object({
  name: z.string().min(1).max(31),
  rows: z.array(z.array(cellValueSchema)),
  origin: z
    .object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() })
    .optional(),
  merges: z.array(rangeSchema),
  state: z.enum(["visible", "hidden", "veryHidden"]).optional(),
  hiddenRows: z.array(z.number().int().nonnegative()).optional(),
  uncachedFormulas: z
    .object({
      count: z.number().int().nonnegative(),
      cells: z.array(
        z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() })
      ),
    })
    .optional(),
});

export const workbookGridSchema = z.object({ sheets: z.array(sheetGridSchema) });

// Schemas carry no wording: validate() turns each zod issue into a coded message, naming the field by its path.
const fraction = () =>
  z
    .number()
    .min(0)
    // Above 100% nobody at or near the standard would reach the category: surely a typo.
    .max(1);

/**
 * Each scheme's thresholds (from the registry), each a fraction, each below the one before it; a threshold out
 * of order is reported on itself (the lower one).
 */
export const thresholdsSchema: z.ZodType<Thresholds> = z.object(
  recordOf(SCHEMES, (scheme) =>
    z
      .object(Object.fromEntries(scheme.thresholds.map((t) => [t.key, fraction()])))
      .superRefine((value, ctx) => {
        scheme.thresholds.forEach((t, i) => {
          const above = scheme.thresholds[i - 1];
          // A limit that is not a number has its own message already.
          const [low, high] = [value[t.key], above && value[above.key]];
          if (above && Number.isFinite(low) && Number.isFinite(high) && !(low < high)) {
            ctx.addIssue({
              code: "custom",
              path: [t.key],
              params: msg("threshold-order", { scheme: scheme.id }),
            });
          }
        });
      })
  )
  // The shape is built from the registry at run time, so zod cannot infer its keys; they are Thresholds' keys.
) as unknown as z.ZodType<Thresholds>;

export const runOptionsSchema = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  scheme: z.enum(SCHEME_IDS).optional(),
  jpmMethod: z.enum(JPM_METHOD_IDS).optional(),
  /** Mean method: per-competency ratios rounded to 2 decimals (docs/domain.md §16). */
  jpmRounded: z.boolean().optional(),
  /** The JF default table (docs/domain.md §16). */
  jfTable: z.enum(JF_TABLE_IDS).optional(),
  tolerance: z.number().min(0).max(0.5).optional(),
  jpTarget: z.number().int().min(0).max(500).optional(),
  /** Rupiah (docs/domain.md §13). */
  budgetCeiling: z.number().min(0).optional(),
  cohortThreshold: z.number().int().min(1).max(100000).optional(),
  /** Participants within one unit for a unit's own programme (docs/domain.md §15). */
  unitCohortThreshold: z.number().int().min(1).max(100000).optional(),
  /** Unit cost per method code, rupiah. */
  costs: z.partialRecord(z.enum(DEV_METHOD_CODES), z.number().min(0)).optional(),
  /** Provider per method code (docs/domain.md §13); checked against what each provider delivers. */
  providers: z.partialRecord(z.enum(DEV_METHOD_CODES), z.enum(PROVIDER_IDS)).optional(),
  thresholds: thresholdsSchema.optional(),
  sheet: z.string().min(1).optional(),
  units: z.array(z.string()).optional(),
  potentialFromJpm: z.boolean().optional(),
});

export type RunOptionsInput = z.infer<typeof runOptionsSchema>;

/** A person on the signature line: title, name and an 18-digit NIP (or blank), `invalid` naming a bad NIP. */
const personSchema = (invalid: Message) =>
  z.object({
    title: z.string().max(200).default(""),
    name: z.string().max(200).default(""),
    nip: z
      .string()
      .max(40)
      .refine((v) => v.trim() === "" || /^\d{18}$/.test(v.replace(/[\s.]/g, "")), {
        params: invalid,
      })
      .default(""),
  });

/** Identity of the report: who it is for, who prepared it and who signs it. */
export const reportOptionsSchema = z.object({
  agency: z.string().max(200).default(""),
  signatory: personSchema(msg("signatory-nip-invalid", {})).default({
    title: "",
    name: "",
    nip: "",
  }),
  /** Who prepared the plan ("Disusun oleh"); printed only when given (docs/domain.md §14.1). */
  preparer: personSchema(msg("preparer-nip-invalid", {})).optional(),
  /** ISO date the report is dated; today when absent. */
  date: z.string().optional(),
  /** Place on the signature line ("Sukamaju, 22 November 2026"); left blank for writing by hand when absent. */
  place: z.string().max(100).optional(),
});

export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** The option a schema path names ("thresholds.pemetaan.cukup" -> "cukup"). */
const FIELD_OF_PATH: Record<string, OptionField> = {
  year: "year",
  scheme: "scheme",
  jpmMethod: "jpmMethod",
  jpmRounded: "jpmMethod",
  jfTable: "jfTable",
  tolerance: "tolerance",
  jpTarget: "jpTarget",
  budgetCeiling: "budgetCeiling",
  cohortThreshold: "cohortThreshold",
  unitCohortThreshold: "unitCohortThreshold",
  costs: "costs",
  "thresholds.pemetaan.optimal": "optimal",
  "thresholds.pemetaan.cukup": "cukup",
  "thresholds.pengisian.ms": "ms",
  "thresholds.pengisian.mms": "mms",
  agency: "agency",
  "signatory.title": "signatoryTitle",
  "signatory.name": "signatoryName",
  "signatory.nip": "signatoryNip",
  "preparer.title": "preparerTitle",
  "preparer.name": "preparerName",
  "preparer.nip": "preparerNip",
  place: "place",
  date: "date",
  sheet: "sheet",
  units: "units",
};

export interface OptionProblem {
  field: OptionField;
  message: Message;
}

function fieldOf(path: readonly PropertyKey[]): OptionField {
  const key = path.map(String).join(".");
  return FIELD_OF_PATH[key] ?? FIELD_OF_PATH[String(path[0])] ?? "units";
}

/** A zod issue as a coded message: by its kind and bounds, or the message a refinement carries. */
function problemOf(issue: z.core.$ZodIssue): OptionProblem {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case "custom":
      if (issue.params && typeof issue.params.code === "string")
        return { field, message: issue.params as Message };
      break;
    case "invalid_type":
      if (issue.expected === "int") return { field, message: msg("option-not-integer", { field }) };
      if (issue.expected === "number")
        return { field, message: msg("option-not-number", { field }) };
      break;
    case "invalid_value":
      return {
        field,
        message: msg("option-choice", { field, choices: issue.values.map((v) => String(v)) }),
      };
    case "too_small":
      if (issue.origin === "number")
        return { field, message: msg("option-min", { field, min: Number(issue.minimum) }) };
      break;
    case "too_big":
      if (issue.origin === "number")
        return { field, message: msg("option-max", { field, max: Number(issue.maximum) }) };
      if (issue.origin === "string")
        return { field, message: msg("option-too-long", { field, max: Number(issue.maximum) }) };
      break;
  }
  return { field, message: msg("option-invalid", { field }) };
}

/** The problems of an input, one per zod issue, each naming its field. */
export function optionProblemsOf<T>(schema: z.ZodType<T>, input: unknown): OptionProblem[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map(problemOf);
}

/** Validate user input; on failure every problem, and one message listing them all. */
export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown
): { ok: true; value: T } | { ok: false; problems: OptionProblem[]; message: Message } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map(problemOf);
  return {
    ok: false,
    problems,
    message: msg("options-invalid", { problems: problems.map((p) => p.message) }),
  };
}
