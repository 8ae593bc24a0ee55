// Gap, Job Person Match (three formulas in use) and the two category schemes.
import { JpmMethod, Scheme, Thresholds } from "./types";
import { tidy } from "./text";

export const DEFAULT_THRESHOLDS: Thresholds = {
  pemetaan: { optimal: 0.9, cukup: 0.78 },
  pengisian: { ms: 0.8, mms: 0.68 },
};

/** Comparisons at a threshold allow for floating-point noise: 24.3 / 27 is exactly 90% to a user. */
const EPSILON = 1e-9;

export function gap(score: number, standard: number): number {
  return tidy(score - standard);
}

/** A development need: score below standard x (1 - tolerance). The gap itself is unaffected. */
export function isNeed(score: number, standard: number, tolerance = 0): boolean {
  return score < standard * (1 - tolerance) - EPSILON;
}

/**
 * JPM over paired scores and standards.
 * sum: Σ score ÷ Σ standard; mean: mean of score ÷ standard; capped: Σ min(score, standard) ÷ Σ standard.
 */
export function jpm(
  scores: readonly number[],
  standards: readonly number[],
  method: JpmMethod = "sum"
): number {
  if (scores.length !== standards.length || scores.length === 0) {
    throw new RangeError("scores and standards must be non-empty and of the same length");
  }
  if (standards.some((s) => !(s > 0))) throw new RangeError("standards must be positive");
  if (method === "mean") {
    let total = 0;
    for (let i = 0; i < scores.length; i++) total += scores[i] / standards[i];
    return total / scores.length;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < scores.length; i++) {
    num += method === "capped" ? Math.min(scores[i], standards[i]) : scores[i];
    den += standards[i];
  }
  return num / den;
}

export const CATEGORY_NAMES = {
  pemetaan: ["Optimal", "Cukup Optimal", "Kurang Optimal"],
  pengisian: ["MS", "MMS", "KMS"],
} as const;

export const PENGISIAN_LONG: Record<string, string> = {
  MS: "Memenuhi Syarat",
  MMS: "Masih Memenuhi Syarat",
  KMS: "Kurang Memenuhi Syarat",
};

/** The category of a JPM (fraction) in a scheme; pengisian gives its codes MS / MMS / KMS. */
export function category(
  value: number,
  scheme: Scheme = "pemetaan",
  thresholds: Thresholds = DEFAULT_THRESHOLDS
): string {
  const [high, mid, low] = CATEGORY_NAMES[scheme];
  const t =
    scheme === "pemetaan"
      ? [thresholds.pemetaan.optimal, thresholds.pemetaan.cukup]
      : [thresholds.pengisian.ms, thresholds.pengisian.mms];
  if (value >= t[0] - EPSILON) return high;
  if (value >= t[1] - EPSILON) return mid;
  return low;
}

/** Which scheme a category text belongs to ("Cukup Optimal" -> pemetaan, "MMS" -> pengisian), if any. */
export function schemeOfCategory(text: string): Scheme | null {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(optimal|cukup optimal|kurang optimal|tidak optimal)$/.test(t)) return "pemetaan";
  if (/^(ms|mms|kms|tms)$/.test(t)) return "pengisian";
  if (
    /^(memenuhi syarat|masih memenuhi syarat|kurang memenuhi syarat|tidak memenuhi syarat)$/.test(t)
  ) {
    return "pengisian";
  }
  return null;
}

/** The methods' names for users. */
export const JPM_METHOD_NAMES: Record<JpmMethod, string> = {
  sum: "jumlah",
  mean: "rata-rata",
  capped: "dibatasi standar",
};

export const JPM_METHOD_LABELS: Record<JpmMethod, string> = {
  sum: "Σ nilai ÷ Σ standar",
  mean: "rata-rata (nilai ÷ standar)",
  capped: "Σ min(nilai, standar) ÷ Σ standar",
};
