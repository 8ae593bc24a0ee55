// The nine SKJ competencies, their pillars and the spellings workbooks use, and the five level names. Rules: docs/domain.md §1.
import { COMPETENCY_CODES, CompetencyCode, Level, Pillar } from "./types";
import { editDistance, normalizeText } from "./text";

export interface Competency {
  code: CompetencyCode;
  name: string;
  pillar: Pillar;
  /** Other spellings seen in real headers (matching also ignores case, spacing and "&" vs "dan"). */
  aliases: string[];
}

export const COMPETENCIES: readonly Competency[] = [
  { code: "INT", name: "Integritas", pillar: "manajerial", aliases: [] },
  { code: "KS", name: "Kerja Sama", pillar: "manajerial", aliases: ["Kerjasama"] },
  { code: "KOM", name: "Komunikasi", pillar: "manajerial", aliases: [] },
  {
    code: "OPH",
    name: "Orientasi pada Hasil",
    pillar: "manajerial",
    aliases: ["Orientasi Hasil", "Orientasi Terhadap Hasil"],
  },
  {
    code: "PP",
    name: "Pelayanan Publik",
    pillar: "manajerial",
    aliases: ["Pelayanan Masyarakat", "Orientasi Pelayanan Publik"],
  },
  {
    code: "PDOL",
    name: "Pengembangan Diri dan Orang Lain",
    pillar: "manajerial",
    aliases: ["Pengembangan Diri dan Orang-Orang Lain", "Pengembangan Diri Orang Lain"],
  },
  {
    code: "MP",
    name: "Mengelola Perubahan",
    pillar: "manajerial",
    aliases: ["Manajemen Perubahan"],
  },
  { code: "PK", name: "Pengambilan Keputusan", pillar: "manajerial", aliases: [] },
  {
    code: "PB",
    name: "Perekat Bangsa",
    pillar: "sosial-kultural",
    aliases: ["Perekat Bangsa (Sosial Kultural)"],
  },
];

const BY_CODE = new Map<CompetencyCode, Competency>(COMPETENCIES.map((c) => [c.code, c]));

export function competency(code: CompetencyCode): Competency {
  return BY_CODE.get(code)!;
}

export function isCompetencyCode(value: string): value is CompetencyCode {
  return (COMPETENCY_CODES as readonly string[]).includes(value);
}

export const LEVEL_NAMES: Record<Level, string> = {
  1: "Paham",
  2: "Dasar",
  3: "Menengah",
  4: "Mumpuni",
  5: "Ahli",
};

/** Normalized name or alias (without spaces, so "Kerja Sama" = "Kerjasama") -> code. */
const EXACT = new Map<string, CompetencyCode>();
for (const c of COMPETENCIES) {
  for (const spelling of [c.name, ...c.aliases]) EXACT.set(squash(spelling), c.code);
  EXACT.set(c.code.toLowerCase(), c.code);
}

function squash(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}

/**
 * Strip numbering and prefixes people put before a competency name: "1. INTEGRITAS", "M.1 Integritas",
 * "SK.1 Perekat Bangsa", "a) Komunikasi", "Manajerial - Integritas", "Nilai Integritas".
 */
function stripDecorations(normalized: string): string {
  let s = normalized;
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/^(kompetensi )?(manajerial|sosial kultural|sosio kultural)( \d+)? /, "")
      .replace(/^(nilai|skor|score|hasil|capaian) (?=[a-z]{3,})/, "")
      .replace(/^(m|sk|mk|k|no)? ?\d{1,2}( \d{1,2})? /, "")
      .replace(/^[a-i] (?=[a-z]{3,})/, "");
  }
  return s.trim();
}

function exactCode(text: string): CompetencyCode | undefined {
  return EXACT.get(text.replace(/ /g, ""));
}

export interface CompetencyMatch {
  code: CompetencyCode;
  /** false when the header was read through a typo tolerance: the caller warns about it. */
  exact: boolean;
}

/**
 * Which of the nine competencies a header names, by name, spelling variant or code; null when none.
 * A small typo (a letter missing, doubled or swapped) matches when it is close to exactly one competency.
 */
export function matchCompetency(header: unknown): CompetencyMatch | null {
  const normalized = normalizeText(header);
  if (!normalized) return null;
  const body = stripDecorations(normalized);
  const direct = exactCode(normalized) ?? exactCode(body);
  if (direct) return { code: direct, exact: true };
  // "Integritas (INT)" or "INT - Integritas": the code and the name must agree.
  const tokens = body.split(" ");
  if (tokens.length > 1) {
    const first = exactCode(tokens[0]);
    const last = exactCode(tokens[tokens.length - 1]);
    if (last && exactCode(tokens.slice(0, -1).join(" ")) === last)
      return { code: last, exact: true };
    if (first && exactCode(tokens.slice(1).join(" ")) === first)
      return { code: first, exact: true };
  }
  // Codes are short: never fuzzy-match them (PP vs PK). Names of 6+ letters tolerate one typo (two when long).
  const squashed = body.replace(/ /g, "");
  if (squashed.length < 6) return null;
  const close = new Set<CompetencyCode>();
  for (const c of COMPETENCIES) {
    for (const spelling of [c.name, ...c.aliases]) {
      const target = squash(spelling);
      const allowed = target.length >= 15 ? 2 : 1;
      if (editDistance(squashed, target, allowed) <= allowed) close.add(c.code);
    }
  }
  if (close.size === 1) return { code: [...close][0], exact: false };
  return null;
}

/** Match a header against technical competency names (exact after normalizing, or a one-letter typo). */
export function matchName(header: unknown, names: readonly string[]): string | null {
  const body = stripDecorations(normalizeText(header)).replace(/ /g, "");
  if (!body) return null;
  for (const name of names) if (squash(name) === body) return name;
  if (body.length < 6) return null;
  const close = names.filter((name) => editDistance(body, squash(name), 1) <= 1);
  return close.length === 1 ? close[0] : null;
}

/** Resolve a competency given as code or name (custom functions, long layouts). */
export function resolveCompetency(value: unknown): CompetencyCode | null {
  const m = matchCompetency(value);
  return m ? m.code : null;
}
