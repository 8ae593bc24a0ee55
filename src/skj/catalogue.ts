// The nine SKJ competencies, their pillars and the spellings workbooks use, and the five level names. Rules: docs/domain.md §1, header matching §12.
import { COMPETENCY_CODES, CompetencyCode, IdentityField, Level, Pillar } from "./types";
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
    aliases: [
      "Pengembangan Diri dan Orang-Orang Lain",
      "Pengembangan Diri Orang Lain",
      "Pengembangan Diri",
    ],
  },
  {
    code: "MP",
    name: "Mengelola Perubahan",
    pillar: "manajerial",
    aliases: ["Manajemen Perubahan", "Pengelolaan Perubahan", "Kelola Perubahan"],
  },
  {
    code: "PK",
    name: "Pengambilan Keputusan",
    pillar: "manajerial",
    aliases: ["Mengambil Keputusan"],
  },
  {
    code: "PB",
    name: "Perekat Bangsa",
    pillar: "sosial-kultural",
    aliases: ["Perekat Bangsa (Sosial Kultural)"],
  },
];

/** Short codes of results templates and database exports besides the code itself (`pdo` for PDOL). */
const SHORT_CODES: Record<CompetencyCode, readonly string[]> = {
  INT: [],
  KS: ["KJS"],
  KOM: [],
  OPH: [],
  PP: ["PLP"],
  PDOL: ["PDO", "PDL", "PDOL", "PDDOL"],
  MP: [],
  PK: [],
  PB: [],
};

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
/** The squashed keys of EXACT that are codes, not names. */
const CODE_KEYS = new Set<string>();
/** Names and spellings (not codes) of six letters or more, squashed: the targets of typo matching. */
const SPELLINGS: { code: CompetencyCode; text: string; bigrams: Set<string>; allowed: number }[] =
  [];
for (const c of COMPETENCIES) {
  for (const spelling of [c.name, ...c.aliases]) {
    const s = squash(spelling);
    EXACT.set(s, c.code);
    if (s.length >= 6)
      SPELLINGS.push({
        code: c.code,
        text: s,
        bigrams: bigramsOf(s),
        allowed: typoAllowance(s.length),
      });
  }
  for (const short of [c.code, ...SHORT_CODES[c.code]]) {
    EXACT.set(short.toLowerCase(), c.code);
    CODE_KEYS.add(short.toLowerCase());
  }
}

/** The distinct letter pairs of a word: a cheap filter before the edit distance. */
function bigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function squash(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}

/** What a cell's value is written before a competency name: stripped, but remembered (docs/domain.md §12). */
const VALUE_PREFIX = /^(nilai|skor|score|hasil|capaian|level) (?=[a-z]{2,})/;

/**
 * Strip numbering and prefixes people put before a competency name: "1. INTEGRITAS", "M.1 Integritas",
 * "SK.1 Perekat Bangsa", "(1) Integritas", "K1 Integritas", "a) Komunikasi", "Manajerial - Integritas",
 * "Nilai Integritas". `valuePrefix` says a "nilai"/"skor" word was taken off.
 */
function stripDecorations(normalized: string): { body: string; valuePrefix: boolean } {
  let s = normalized;
  let valuePrefix = false;
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/^(kompetensi )?(manajerial|sosial kultural|sosio kultural)( \d+)? /, "")
      .replace(/^(m|sk|mk|k|no)? ?\d{1,2}( \d{1,2})? /, "")
      .replace(/^[a-i] (?=[a-z]{3,})/, "");
    const unprefixed = s.replace(VALUE_PREFIX, "");
    if (unprefixed !== s) valuePrefix = true;
    s = unprefixed;
  }
  return { body: s.trim(), valuePrefix };
}

function exactCode(text: string): CompetencyCode | undefined {
  return EXACT.get(text.replace(/ /g, ""));
}

/**
 * Words of a column that sums, averages or compares scores ("nilai_kom", "Jumlah", "Rata-rata", "Gap
 * Integritas", "Standar"): never one competency's score, whatever else the header says (docs/domain.md §12).
 */
const AGGREGATE_WORDS =
  /\b(jumlah|total|subtotal|sum|rata|rata2|rerata|average|mean|akhir|gap|selisih|kesenjangan|deviasi|standar|std|target|syarat|bobot|persen|persentase|indeks|index|jpm|ikk|kategori)\b/;

/** "nilai kom", "skor komp", "total kompetensi": the total of the competencies, not Komunikasi. */
function isCompetencyTotal(body: string, valuePrefix: boolean): boolean {
  return (
    valuePrefix &&
    /^(kom|komp|kompt|kompet|kompetensi)( (manajerial|total|sosial kultural))?$/.test(body)
  );
}

/** A header that sums or averages scores (or gives a standard or a gap): never a competency's score. */
export function isAggregateHeader(header: unknown): boolean {
  const normalized = normalizeText(header);
  if (!normalized) return false;
  if (AGGREGATE_WORDS.test(normalized)) return true;
  const { body, valuePrefix } = stripDecorations(normalized);
  return (
    isCompetencyTotal(body, valuePrefix) ||
    /^(nilai|skor|score|hasil)( kompetensi)?$/.test(normalized)
  );
}

export interface CompetencyMatch {
  code: CompetencyCode;
  /** false when the header was read through a typo tolerance: the caller warns about it. */
  exact: boolean;
}

/**
 * How a header named its competency, step by step (docs/domain.md §12): "name" (the name or a known spelling),
 * "code" (a code or a known short code: "INT", "pdo"), "typo" (a name within the edit distance its length allows,
 * closest to one competency only).
 */
export interface HeaderReading {
  code: CompetencyCode;
  step: "name" | "code" | "typo";
}

/** Edits a name of this many letters may carry and still be read: one per six letters, at most three. */
export function typoAllowance(length: number): number {
  return length < 6 ? 0 : Math.min(3, Math.floor(length / 6));
}

/**
 * The competency a squashed body is a typo of: within the edits its spelling's length allows, and every other
 * competency at least two edits further (docs/domain.md §12).
 */
function closest(squashed: string): CompetencyCode | null {
  // Names have no digits: a NIP, a date or "Kolom 7" is never a typo of one.
  if (squashed.length < 6 || /\d/.test(squashed)) return null;
  const mine = bigramsOf(squashed);
  let winner: { code: CompetencyCode; d: number } | null = null;
  /** Each competency's smallest distance seen (up to its allowance plus one). */
  const near = new Map<CompetencyCode, number>();
  for (const { code, text, bigrams, allowed } of SPELLINGS) {
    if (Math.abs(text.length - squashed.length) > allowed + 1) continue;
    // One edit removes at most three of the target's letter pairs (a swap), so more missing pairs than
    // that rule the target out before the costlier distance.
    let missing = 0;
    for (const b of bigrams) if (!mine.has(b)) missing++;
    if (missing > 3 * (allowed + 1)) continue;
    const d = editDistance(squashed, text, allowed + 1);
    if (d > allowed + 1) continue;
    if (d < (near.get(code) ?? Infinity)) near.set(code, d);
    if (d <= allowed && (!winner || d < winner.d)) winner = { code, d };
  }
  if (!winner) return null;
  for (const [code, d] of near) if (code !== winner.code && d < winner.d + 2) return null;
  return winner.code;
}

/** Headers repeat (every row is scanned for a header, each sheet read more than once): remember readings. */
const READINGS = new Map<string, HeaderReading | null>();
const READINGS_MAX = 20000;

/** Which of the nine competencies a header names and by which step; null when none (or when it is a total). */
export function readCompetencyHeader(header: unknown): HeaderReading | null {
  if (typeof header !== "string") return readUncached(header);
  const known = READINGS.get(header);
  if (known !== undefined) return known;
  const reading = readUncached(header);
  if (READINGS.size >= READINGS_MAX) READINGS.clear();
  READINGS.set(header, reading);
  return reading;
}

function readUncached(header: unknown): HeaderReading | null {
  const normalized = normalizeText(header);
  if (!normalized || AGGREGATE_WORDS.test(normalized)) return null;
  const { body, valuePrefix } = stripDecorations(normalized);
  if (!body || isCompetencyTotal(body, valuePrefix)) return null;
  for (const text of [normalized, body]) {
    const key = text.replace(/ /g, "");
    const direct = EXACT.get(key);
    if (direct) return { code: direct, step: CODE_KEYS.has(key) ? "code" : "name" };
  }
  // "Integritas (INT)" or "INT - Integritas": the code and the name must agree.
  const tokens = body.split(" ");
  if (tokens.length > 1) {
    const first = exactCode(tokens[0]);
    const last = exactCode(tokens[tokens.length - 1]);
    if (last && exactCode(tokens.slice(0, -1).join(" ")) === last)
      return { code: last, step: "name" };
    if (first && exactCode(tokens.slice(1).join(" ")) === first)
      return { code: first, step: "name" };
  }
  // Codes are short and never fuzzy-matched (PP vs PK); names tolerate edits in proportion to their length.
  const code = closest(body.replace(/ /g, ""));
  return code ? { code, step: "typo" } : null;
}

/**
 * Which of the nine competencies a header names, by name, spelling variant or code; null when none.
 * A typo matches when it is within the distance the name's length allows and close to one competency only.
 */
export function matchCompetency(header: unknown): CompetencyMatch | null {
  const reading = readCompetencyHeader(header);
  return reading ? { code: reading.code, exact: reading.step !== "typo" } : null;
}

/** Match a header against technical competency names (exact after normalizing, or a one-letter typo). */
export function matchName(header: unknown, names: readonly string[]): string | null {
  const body = stripDecorations(normalizeText(header)).body.replace(/ /g, "");
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

// ---------------------------------------------------------------------------------------------
// The other headers of an assessment table.

/**
 * "categoryAlt": a column that holds the category only in some agencies' files ("Rekomendasi");
 * "jpmAlt": a column that holds the JPM only in some files ("Capaian Kompetensi", "Persentase"), taken only
 * when its values agree with the scores (docs/domain.md §12).
 */
export type IdentityKind = IdentityField | "nipOld" | "categoryAlt" | "jpmAlt" | "target";

/**
 * The position an employee is prepared for (art. 206; docs/domain.md §16): "Jabatan Target", "Jenjang Target",
 * "Jabatan Sasaran", "Target Jabatan", "Jabatan yang Dituju". Read before grade and position, which it names too.
 */
const TARGET_HEADER =
  /\b(jabatan|jenjang|eselon)\b.*\b(target|sasaran|tujuan|dituju)\b|^(target|sasaran) (jabatan|jenjang)\b/;

/** What an identity header is, if anything. Rank ("Golongan", "Pangkat") is never the grade. */
export function identityField(header: string): IdentityKind | null {
  const n = normalizeText(header);
  if (!n) return null;
  const squashed = n.replace(/ /g, "");
  if (/^nip(baru|18digit|nrp|pns)?$/.test(squashed)) return "nip";
  if (/^nip(lama|9digit)$/.test(squashed)) return "nipOld";
  if (TARGET_HEADER.test(n)) return "target";
  if (/\b(jenjang|eselon|esselon)\b/.test(n)) return "grade";
  if (/\b(golongan|gol|pangkat|ruang)\b/.test(n)) return null;
  if (
    /^(level skj|level standar|standar|standar kompetensi|level standar kompetensi|standar level|level standar jabatan|standar level kompetensi)$/.test(
      n
    )
  ) {
    return "level";
  }
  if (
    /^(jpm|jpm %|% jpm|nilai jpm|job person match|job person match %|persentase jpm|jpm persen|capaian jpm)$/.test(
      n
    )
  ) {
    return "jpm";
  }
  if (
    /^(capaian|capaian kompetensi|capaian kompetensi %|% capaian|capaian %|persentase|persentase capaian|persentase kompetensi|nilai capaian|presentase|prosentase)$/.test(
      n
    )
  ) {
    return "jpmAlt";
  }
  if (
    /^(kategori|kategori jpm|kategori kompetensi|status kompetensi|status|kesimpulan|klasifikasi|hasil pemetaan|keterangan|hasil)$/.test(
      n
    )
  ) {
    return "category";
  }
  // Assessment reports for filling a position often give "Memenuhi Syarat …" as the recommendation.
  if (
    /^(rekomendasi|rekomendasi asesor|rekomendasi hasil asesmen|saran|kesimpulan asesor)$/.test(n)
  ) {
    return "categoryAlt";
  }
  if (
    /\bnama\b/.test(n) &&
    !/\b(jabatan|unit|instansi|opd|kompetensi|atasan|penilai|asesor|satuan|bidang|bagian|perangkat|sekolah)\b/.test(
      n
    )
  ) {
    return "name";
  }
  if (/\bjabatan\b/.test(n) && !/\b(kelas|level|kode|target|tujuan|dituju|atasan|tmt)\b/.test(n)) {
    return "position";
  }
  if (
    /^(unit|unit kerja|unit organisasi|unor|satuan kerja|satker|skpd|opd|perangkat daerah|sub unit kerja|bidang|bagian|bidang bagian|instansi|unit eselon ii|unit kerja eselon ii|unit kerja opd)$/.test(
      n
    ) ||
    /\bunit kerja\b/.test(n)
  ) {
    return "unit";
  }
  return null;
}

/** Headers of a table that are known but not data the plan reads: numbering, rank, talent boxes and the like. */
const KNOWN_OTHER =
  /^(no|no urut|nomor|nomor urut|urut|nr|gol|golongan|pangkat|pangkat golongan|gol ruang|tmt|tanggal lahir|tempat lahir|jenis kelamin|l p|pendidikan|agama|usia|umur|kuadran|kotak talenta|talent box|skp|kinerja|potensi|saran pengembangan|catatan|ket)$/;

/**
 * Whether a header is one the product knows (a competency, a total, an identity or another known field): the
 * rest are the headers "not understood" that a message about missing competencies names.
 */
export function headerUnderstood(header: string): boolean {
  const n = normalizeText(header);
  // Punctuation alone ("??", "-") says nothing: not understood.
  if (!n) return false;
  return (
    readCompetencyHeader(header) !== null ||
    isAggregateHeader(header) ||
    identityField(header) !== null ||
    KNOWN_OTHER.test(n) ||
    /^\d+$/.test(n)
  );
}
