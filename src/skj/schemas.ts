// zod schemas for what comes from a workbook reader or from a user (CLI flags, task-pane options).
import { z } from "zod";
import { JPM_METHOD_IDS, jpmMethodList } from "./registry/jpmMethods";
import { recordOf } from "./registry/entries";
import { SCHEME_IDS, schemeList, SCHEMES } from "./registry/schemes";
import type { Thresholds } from "./types";

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

const fraction = (what: string) =>
  z
    .number({ error: `${what} harus berupa angka` })
    .min(0, `${what} minimal 0%`)
    // Above 100% nobody at or near the standard would reach the category: surely a typo.
    .max(1, `${what} maksimal 100%`);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Each scheme's thresholds (from the registry), each a fraction, each below the one before it; a threshold out
 * of order is reported on itself (the lower one).
 */
export const thresholdsSchema: z.ZodType<Thresholds> = z.object(
  recordOf(SCHEMES, (scheme) =>
    z
      .object(Object.fromEntries(scheme.thresholds.map((t) => [t.key, fraction(t.label.id)])))
      .superRefine((value, ctx) => {
        scheme.thresholds.forEach((t, i) => {
          const above = scheme.thresholds[i - 1];
          // A limit that is not a number has its own message already.
          const [low, high] = [value[t.key], above && value[above.key]];
          if (above && Number.isFinite(low) && Number.isFinite(high) && !(low < high)) {
            ctx.addIssue({
              code: "custom",
              path: [t.key],
              message: `${t.label.id} harus lebih kecil dari ${lowerFirst(above.label.id)}`,
            });
          }
        });
      })
  )
  // The shape is built from the registry at run time, so zod cannot infer its keys; they are Thresholds' keys.
) as unknown as z.ZodType<Thresholds>;

export const runOptionsSchema = z.object({
  year: z
    .number({ error: "Tahun harus berupa angka" })
    .int("Tahun harus bilangan bulat")
    .min(2000, "Tahun minimal 2000")
    .max(2100, "Tahun maksimal 2100")
    .optional(),
  scheme: z.enum(SCHEME_IDS, { error: `Skema harus ${schemeList()}` }).optional(),
  jpmMethod: z.enum(JPM_METHOD_IDS, { error: `Metode JPM harus ${jpmMethodList()}` }).optional(),
  tolerance: z
    .number({ error: "Toleransi harus berupa angka" })
    .min(0, "Toleransi minimal 0")
    .max(0.5, "Toleransi maksimal 0,5 (50%)")
    .optional(),
  jpTarget: z
    .number({ error: "Target JP harus berupa angka" })
    .int("Target JP harus bilangan bulat")
    .min(0, "Target JP minimal 0")
    .max(500, "Target JP maksimal 500")
    .optional(),
  thresholds: thresholdsSchema.optional(),
  sheet: z.string().min(1).optional(),
  units: z.array(z.string()).optional(),
});

export type RunOptionsInput = z.infer<typeof runOptionsSchema>;

/** Identity of the report: who it is for and who signs it. */
export const reportOptionsSchema = z.object({
  agency: z.string().max(200, "Nama instansi terlalu panjang (maksimal 200 huruf)").default(""),
  signatory: z
    .object({
      title: z.string().max(200).default(""),
      name: z.string().max(200).default(""),
      nip: z
        .string()
        .max(40)
        .refine((v) => v.trim() === "" || /^\d{18}$/.test(v.replace(/[\s.]/g, "")), {
          message: "NIP penandatangan harus 18 angka (spasi boleh)",
        })
        .default(""),
    })
    .default({ title: "", name: "", nip: "" }),
  /** ISO date the report is dated; today when absent. */
  date: z.string().optional(),
  /** Place on the signature line ("Sukamaju, 22 November 2026"); left blank for writing by hand when absent. */
  place: z.string().max(100, "Nama tempat terlalu panjang (maksimal 100 huruf)").optional(),
});

export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** Validate user input; the message lists every problem in Bahasa Indonesia. */
export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown
): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
}
