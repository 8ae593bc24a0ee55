// The category schemes a JPM is read in (docs/domain.md §4): their categories, thresholds and defaults. The Scheme and
// Thresholds types, the option schema, the pane's choices, the CLI help, the custom function's scheme
// argument, the category of a JPM and the report's bands derive from this list.
import { Bilingual, idList, idsOf, parseChoice, recordOf } from "./entries";

export interface SchemeCategory {
  /** As category() returns it and the report prints it ("Optimal", "MS"). */
  readonly code: string;
  /** The long form, where the code is an abbreviation ("Memenuhi Syarat"). */
  readonly long?: string;
}

export interface SchemeThreshold {
  /** Key in Thresholds (percent field of the pane, --batas-<key> of the CLI). */
  readonly key: string;
  /** The lowest JPM of the category at the same position, as a fraction. */
  readonly default: number;
  readonly label: Bilingual;
}

export interface SchemeEntry {
  readonly id: string;
  readonly name: Bilingual;
  readonly help: Bilingual;
  readonly aliases: readonly string[];
  readonly basis: string;
  /** Highest first; one more than the thresholds (the last has no lower bound). */
  readonly categories: readonly SchemeCategory[];
  readonly thresholds: readonly SchemeThreshold[];
  /** Other category words that show a column is written in this scheme (not canonical categories). */
  readonly otherWords: readonly string[];
  /** Words in a sheet's title block that name this purpose of assessment (normalised text, whole words). */
  readonly titleWords: readonly string[];
}

export const SCHEMES = [
  {
    id: "pemetaan",
    name: { id: "pemetaan kompetensi", en: "competency mapping" },
    help: { id: "Optimal / Cukup / Kurang", en: "Optimal / Cukup / Kurang" },
    aliases: ["pemetaan kompetensi", "mapping"],
    basis: "batas 90 / 78: Peraturan BRIN 3/2023 pasal 33",
    categories: [{ code: "Optimal" }, { code: "Cukup Optimal" }, { code: "Kurang Optimal" }],
    thresholds: [
      { key: "optimal", default: 0.9, label: { id: "Batas Optimal", en: "Optimal threshold" } },
      {
        key: "cukup",
        default: 0.78,
        label: { id: "Batas Cukup Optimal", en: "Cukup Optimal threshold" },
      },
    ],
    otherWords: ["Tidak Optimal"],
    titleWords: ["pemetaan"],
  },
  {
    id: "pengisian",
    name: { id: "pengisian jabatan", en: "filling a position" },
    help: { id: "MS / MMS / KMS", en: "MS / MMS / KMS" },
    aliases: ["pengisian jabatan", "job fit"],
    basis: "batas 80 / 68: praktik sistem instansi, bukan peraturan",
    categories: [
      { code: "MS", long: "Memenuhi Syarat" },
      { code: "MMS", long: "Masih Memenuhi Syarat" },
      { code: "KMS", long: "Kurang Memenuhi Syarat" },
    ],
    thresholds: [
      { key: "ms", default: 0.8, label: { id: "Batas MS", en: "MS threshold" } },
      { key: "mms", default: 0.68, label: { id: "Batas MMS", en: "MMS threshold" } },
    ],
    otherWords: ["TMS", "Tidak Memenuhi Syarat"],
    // "Pengisian Jabatan", "Seleksi Terbuka", "Job Fit" name the position-filling purpose.
    titleWords: ["pengisian", "seleksi terbuka", "job fit"],
  },
] as const satisfies readonly [SchemeEntry, ...SchemeEntry[]];

type SchemeUnion = (typeof SCHEMES)[number];
export type Scheme = SchemeUnion["id"];

/** Category thresholds as fractions (0.9 = 90%), per scheme, keyed as the scheme's thresholds. */
export type Thresholds = {
  [S in SchemeUnion as S["id"]]: { [K in S["thresholds"][number]["key"]]: number };
};

/** Every threshold key of every scheme ("optimal", "ms", ...). */
export type ThresholdKey = SchemeUnion["thresholds"][number]["key"];

export const SCHEME_IDS = idsOf(SCHEMES);

export const DEFAULT_SCHEME: Scheme = "pemetaan";

const BY_ID = new Map<string, SchemeEntry>(SCHEMES.map((s) => [s.id, s]));

export function schemeEntry(id: Scheme): SchemeEntry {
  return BY_ID.get(id)!;
}

export const DEFAULT_THRESHOLDS = recordOf(SCHEMES, (s) =>
  Object.fromEntries(s.thresholds.map((t) => [t.key, t.default]))
) as Thresholds;

/** The scheme's thresholds in category order (highest first). */
export function thresholdValues(scheme: Scheme, thresholds: Thresholds): number[] {
  const own = thresholds[scheme] as Record<string, number>;
  return schemeEntry(scheme).thresholds.map((t) => own[t.key]);
}

/** The scheme a user's word names ("pemetaan", "Pengisian Jabatan"), or null. */
export function parseScheme(text: string): Scheme | null {
  return parseChoice(SCHEMES, text);
}

/** "pemetaan atau pengisian": the ids, quoted or not, as a choice list. */
export function schemeList(quote = "", lang: "id" | "en" = "id"): string {
  return idList(SCHEMES, quote, lang);
}
