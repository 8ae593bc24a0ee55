// Gap, Job Person Match (the formulas of the JPM method registry) and the category schemes (their registry). Rules: docs/domain.md §3–§4.
import { recordOf } from "./registry/entries";
import { DEFAULT_JPM_METHOD, JPM_METHODS, jpmMethodEntry } from "./registry/jpmMethods";
import { DEFAULT_SCHEME, DEFAULT_THRESHOLDS, SCHEMES, thresholdValues } from "./registry/schemes";
import { JpmMethod, Scheme, Thresholds } from "./types";
import { normalizeText, tidy } from "./text";

export { DEFAULT_THRESHOLDS };

/** Comparisons at a threshold allow for floating-point noise: 24.3 / 27 is exactly 90% to a user. */
const EPSILON = 1e-9;

export function gap(score: number, standard: number): number {
  return tidy(score - standard);
}

/** A development need: score below standard x (1 - tolerance). The gap itself is unaffected. */
export function isNeed(score: number, standard: number, tolerance = 0): boolean {
  return score < standard * (1 - tolerance) - EPSILON;
}

export interface JpmOptions {
  /**
   * Mean method only: round each score ÷ standard to 2 decimals before averaging, as some agency systems do
   * (docs/domain.md §16). The other methods ignore it.
   */
  roundRatios?: boolean;
}

/** A ratio rounded to 2 decimals (0.875 -> 0.88); the nudge keeps 0.875 from reading as 0.87499…. */
export function roundRatio(ratio: number): number {
  return Math.round(ratio * 100 + EPSILON) / 100;
}

/** Mean of the per-competency ratios, each first rounded to 2 decimals. */
function meanOfRoundedRatios(scores: readonly number[], standards: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += roundRatio(scores[i] / standards[i]);
  return total / scores.length;
}

/** JPM over paired scores and standards, by the method's formula in the registry. */
export function jpm(
  scores: readonly number[],
  standards: readonly number[],
  method: JpmMethod = DEFAULT_JPM_METHOD,
  options: JpmOptions = {}
): number {
  if (scores.length !== standards.length || scores.length === 0) {
    throw new RangeError("scores and standards must be non-empty and of the same length");
  }
  if (standards.some((s) => !(s > 0))) throw new RangeError("standards must be positive");
  if (options.roundRatios && method === "mean") return meanOfRoundedRatios(scores, standards);
  return jpmMethodEntry(method).compute(scores, standards);
}

/** Each scheme's categories, highest first ("Optimal", "Cukup Optimal", "Kurang Optimal"). */
export const CATEGORY_NAMES: Record<Scheme, readonly string[]> = recordOf(SCHEMES, (s) =>
  s.categories.map((c) => c.code)
);

/** Long forms of abbreviated categories: MS -> Memenuhi Syarat. */
export const PENGISIAN_LONG: Record<string, string> = Object.fromEntries(
  SCHEMES.flatMap((s) => s.categories.flatMap((c) => ("long" in c ? [[c.code, c.long]] : [])))
);

/** The category of a JPM (fraction) in a scheme; pengisian gives its codes MS / MMS / KMS. */
export function category(
  value: number,
  scheme: Scheme = DEFAULT_SCHEME,
  thresholds: Thresholds = DEFAULT_THRESHOLDS
): string {
  const names = CATEGORY_NAMES[scheme];
  const limits = thresholdValues(scheme, thresholds);
  for (let i = 0; i < limits.length; i++) {
    if (value >= limits[i] - EPSILON) return names[i];
  }
  return names[names.length - 1];
}

/** Category words (codes and long forms) as normalised text, with the canonical code and scheme. */
const CATEGORY_WORDS = new Map<string, { scheme: Scheme; code: string }>(
  SCHEMES.flatMap((s) =>
    s.categories.flatMap((c) =>
      [c.code, ...("long" in c ? [c.long] : [])].map(
        (w) => [normalizeText(w), { scheme: s.id, code: c.code }] as const
      )
    )
  )
);

/** A category as written, in the canonical form category() returns; the text itself when not one. */
export function canonicalCategory(text: string): string {
  return CATEGORY_WORDS.get(normalizeText(text))?.code ?? text;
}

/** Which scheme a category text belongs to ("Cukup Optimal" -> pemetaan, "MMS" -> pengisian), if any. */
export function schemeOfCategory(text: string): Scheme | null {
  const t = normalizeText(text);
  const known = CATEGORY_WORDS.get(t);
  if (known) return known.scheme;
  return SCHEMES.find((s) => s.otherWords.some((w) => normalizeText(w) === t))?.id ?? null;
}

/** The methods' names for users (from the registry). */
export const JPM_METHOD_NAMES: Record<JpmMethod, string> = recordOf(JPM_METHODS, (m) => m.name.id);

/** The methods' formulas for users (from the registry). */
export const JPM_METHOD_LABELS: Record<JpmMethod, string> = recordOf(
  JPM_METHODS,
  (m) => m.formula.id
);
