// The JPM formulas agencies use (docs/domain.md §4). Everything that names a method derives from
// this list: the JpmMethod type, the option schema, the pane's choices, the CLI help, the custom function's
// method argument, the report's wording, and the order a workbook's own JPM column is matched in.
// Adding a method is one entry here with its compute function.
import { Bilingual, idList, idsOf, parseChoice } from "./entries";

/** JPM as a fraction from paired scores and standards (already checked: same length, standards > 0). */
export type JpmCompute = (scores: readonly number[], standards: readonly number[]) => number;

export interface JpmMethodEntry {
  readonly id: string;
  /** The method's name in a sentence ("metode jumlah"). */
  readonly name: Bilingual;
  /** The formula as printed in the report and the pane. */
  readonly formula: Bilingual;
  /** One sentence for help texts: when agencies use it. */
  readonly help: Bilingual;
  /** Other words users and custom-function callers write for it (the id itself is always accepted). */
  readonly aliases: readonly string[];
  /** Where the formula is seen. */
  readonly basis: string;
  readonly compute: JpmCompute;
  /**
   * The same as a spreadsheet formula (no leading "=") over two equal ranges of scores and standards, for the
   * plan cells that follow the scores (docs/domain.md §22). Plain functions only, so Excel and LibreOffice
   * compute it without the add-in.
   */
  readonly sheetFormula: (scores: string, standards: string) => string;
}

/** Mean of per-competency ratios each rounded to 2 decimals, as a formula (docs/domain.md §16). */
export function roundedMeanFormula(scores: string, standards: string): string {
  return `SUMPRODUCT(ROUND(${scores}/${standards}*100+1E-9,0)/100)/COUNT(${scores})`;
}

function sumRatio(scores: readonly number[], standards: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < scores.length; i++) {
    num += scores[i];
    den += standards[i];
  }
  return num / den;
}

function meanRatio(scores: readonly number[], standards: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += scores[i] / standards[i];
  return total / scores.length;
}

function cappedEach(scores: readonly number[], standards: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < scores.length; i++) {
    num += Math.min(scores[i], standards[i]);
    den += standards[i];
  }
  return num / den;
}

/** Σ ÷ Σ with the total capped at 100% ("if jpm > 100 then 100"): a surplus still offsets a shortfall. */
function cappedTotal(scores: readonly number[], standards: readonly number[]): number {
  return Math.min(1, sumRatio(scores, standards));
}

/**
 * In the order a workbook's JPM column is matched: on a tie the earlier method wins, so a new method goes at
 * the end and leaves the inferences of the existing ones as they were.
 */
export const JPM_METHODS = [
  {
    id: "sum",
    name: { id: "jumlah", en: "sum" },
    formula: { id: "Σ nilai ÷ Σ standar", en: "Σ score ÷ Σ standard" },
    help: {
      id: "Jumlah nilai dibagi jumlah standar (bawaan; laporan pemetaan gaya BKN).",
      en: "Total score over total standard (the default; BKN-style mapping reports).",
    },
    aliases: ["jumlah"],
    basis: "jumlah nilai / jumlah standar; laporan pemetaan gaya BKN",
    compute: sumRatio,
    sheetFormula: (s: string, t: string) => `SUM(${s})/SUM(${t})`,
  },
  {
    id: "capped",
    name: { id: "dibatasi standar", en: "capped at standard" },
    formula: { id: "Σ min(nilai, standar) ÷ Σ standar", en: "Σ min(score, standard) ÷ Σ standard" },
    help: {
      id: "Nilai tiap kompetensi di atas standar dihitung sama dengan standarnya.",
      en: "A competency's score above its standard counts as the standard.",
    },
    aliases: ["dibatasi", "dibatasi standar"],
    basis: "kecocokan per kompetensi dibatasi 100%",
    compute: cappedEach,
    sheetFormula: (s: string, t: string) =>
      `SUMPRODUCT((${s}<${t})*${s}+(${s}>=${t})*${t})/SUM(${t})`,
  },
  {
    id: "mean",
    name: { id: "rata-rata", en: "mean" },
    formula: { id: "rata-rata (nilai ÷ standar)", en: "mean of (score ÷ standard)" },
    help: {
      id: "Rata-rata persentase nilai ÷ standar kesembilan kompetensi.",
      en: "The mean of the nine score ÷ standard percentages.",
    },
    aliases: ["rata-rata", "rerata", "average"],
    basis: "rata-rata persentase per kompetensi",
    compute: meanRatio,
    sheetFormula: (s: string, t: string) => `SUMPRODUCT(${s}/${t})/COUNT(${s})`,
  },
  {
    id: "capped-total",
    name: { id: "total dibatasi 100%", en: "total capped at 100%" },
    formula: { id: "min(Σ nilai ÷ Σ standar, 100%)", en: "min(Σ score ÷ Σ standard, 100%)" },
    help: {
      id: "Jumlah nilai dibagi jumlah standar, hasilnya paling tinggi 100%.",
      en: "Total score over total standard, at most 100%.",
    },
    aliases: ["total dibatasi", "dibatasi total", "total dibatasi 100%"],
    basis: "JPM di atas 100 ditulis 100 (sistem asesmen sebuah provinsi)",
    compute: cappedTotal,
    sheetFormula: (s: string, t: string) => `MIN(1,SUM(${s})/SUM(${t}))`,
  },
] as const satisfies readonly [JpmMethodEntry, ...JpmMethodEntry[]];

export type JpmMethod = (typeof JPM_METHODS)[number]["id"];

export const JPM_METHOD_IDS = idsOf(JPM_METHODS);

/** The method used when neither the user nor the workbook says which. */
export const DEFAULT_JPM_METHOD: JpmMethod = "sum";

const BY_ID = new Map<string, JpmMethodEntry>(JPM_METHODS.map((m) => [m.id, m]));

export function jpmMethodEntry(id: JpmMethod): JpmMethodEntry {
  return BY_ID.get(id)!;
}

export function isJpmMethod(value: unknown): value is JpmMethod {
  return typeof value === "string" && BY_ID.has(value);
}

/** The method a user's word names ("sum", "Rata-rata", "dibatasi", "capped total"), or null. */
export function parseJpmMethod(text: string): JpmMethod | null {
  return parseChoice(JPM_METHODS, text);
}

/** "sum, capped, mean atau capped-total": the ids, quoted or not, as a choice list. */
export function jpmMethodList(quote = "", lang: "id" | "en" = "id"): string {
  return idList(JPM_METHODS, quote, lang);
}
