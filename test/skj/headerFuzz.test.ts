// Fuzz test of header matching (docs/domain.md §12): a good table whose competency headers are renamed,
// blanked and misspelt, seeded so every run sees the same cases. The outcome is either a complete plan whose
// mapping is the truth, or a message naming exactly the competencies that are missing; a column read as
// the wrong competency always carries a warning on that column.
import { COMPETENCIES } from "../../src/skj/catalogue";
import { detectTable } from "../../src/skj/detect";
import { runSkj } from "../../src/skj/run";
import { CellValue, CompetencyCode, COMPETENCY_CODES, Issue } from "../../src/skj/types";
import { sheet, workbook } from "../helpers/grid";

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** How agencies write a good header for each competency. */
function goodHeader(rand: Rand, code: CompetencyCode, index: number): string {
  const c = COMPETENCIES.find((x) => x.code === code)!;
  const short: Record<CompetencyCode, string[]> = {
    INT: ["int", "INT"],
    KS: ["ks", "KS"],
    KOM: ["kom", "KOM"],
    OPH: ["oph", "OPH"],
    PP: ["pp", "PP"],
    PDOL: ["pdo", "pdol", "PDL"],
    MP: ["mp", "MP"],
    PK: ["pk", "PK"],
    PB: ["pb", "PB"],
  };
  return pick(rand, [
    c.name,
    c.name.toUpperCase(),
    c.name.toUpperCase().replace(/ /g, "_"),
    `${index + 1}. ${c.name}`,
    `${code === "PB" ? "SK.1" : `M.${index + 1}`} ${c.name}`,
    pick(rand, short[code]),
  ]);
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/** One to three random letter edits (drop, insert, swap, replace) in the letters of a name. */
function misspell(rand: Rand, name: string): string {
  let s = name;
  for (let k = int(rand, 1, 3); k > 0; k--) {
    const i = int(rand, 1, Math.max(1, s.length - 2));
    switch (int(rand, 0, 3)) {
      case 0:
        s = s.slice(0, i) + s.slice(i + 1);
        break;
      case 1:
        s = s.slice(0, i) + pick(rand, LETTERS) + s.slice(i);
        break;
      case 2:
        s = s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1);
        break;
      default:
        s = s.slice(0, i) + pick(rand, LETTERS) + s.slice(i + 1);
    }
  }
  return s;
}

/** Renames to words that mean nothing to the product: the position step may take them. */
const UNKNOWN_WORDS = ["pdx", "K?", "Kepemimpinan", "Inovasi"];
/** Headers a clerk might type instead: unknown words, another model's names, totals, known words. */
const RENAMES = [
  ...UNKNOWN_WORDS,
  "Kolom 7",
  "Nilai",
  "Jumlah",
  "nilai_kom",
  "Rata-rata",
  "Skor Akhir",
  "Total",
  "Gap",
  "Kompetensi",
  "Catatan",
];

interface Case {
  headers: string[];
  rows: CellValue[][];
  /** 0-based column of each competency's scores. */
  truth: Record<CompetencyCode, number>;
  mutations: string[];
  /** Every mutation left a header nobody knows (blank, unknown word, misspelling) in the column's place. */
  recoverable: boolean;
}

const FIRST = 5; // NIP, Nama, Jabatan, Eselon, Unit Kerja, then the nine

function makeCase(seed: number): Case {
  const rand = prng(seed);
  const headers = ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja"];
  COMPETENCY_CODES.forEach((code, i) => headers.push(goodHeader(rand, code, i)));
  const withTotal = rand() < 0.4;
  if (withTotal) headers.push(pick(rand, ["nilai_kom", "Jumlah", "TOTAL NILAI"]));
  headers.push("Keterangan");
  const truth = Object.fromEntries(COMPETENCY_CODES.map((c, i) => [c, FIRST + i])) as Record<
    CompetencyCode,
    number
  >;
  const rows: CellValue[][] = [];
  for (let r = 0; r < 6; r++) {
    const scores = COMPETENCY_CODES.map(() => int(rand, 1, 5));
    rows.push([
      `19850101201001100${r}`,
      `Pegawai ${r}`,
      "Kepala Bidang",
      "III.a",
      "Sekretariat",
      ...scores,
      ...(withTotal ? [scores.reduce((a, b) => a + b, 0)] : []),
      "",
    ]);
  }
  const mutations: string[] = [];
  let recoverable = true;
  for (let k = int(rand, 1, 3); k > 0; k--) {
    const i = int(rand, 0, 8);
    const col = FIRST + i;
    const kind = int(rand, 0, 2);
    const before = headers[col];
    if (kind === 0) {
      headers[col] = pick(rand, RENAMES);
      recoverable &&= UNKNOWN_WORDS.includes(headers[col]);
    } else if (kind === 1) headers[col] = "";
    else headers[col] = misspell(rand, COMPETENCIES[i].name);
    mutations.push(
      `${COMPETENCY_CODES[i]}: ${JSON.stringify(before)} -> ${JSON.stringify(headers[col])}`
    );
  }
  return { headers, rows, truth, mutations, recoverable };
}

const CASES = 300;

interface Tally {
  complete: number;
  /** Cases with a single recoverable mutation, and how many of them gave a complete plan. */
  single: number;
  singleComplete: number;
}

/** What went wrong with one case, or null when the outcome is one of the two allowed. */
function check(c: Case, tally: Tally): string | null {
  const wb = workbook(sheet("Data", [c.headers, ...c.rows]));
  const detected = detectTable(wb);
  const out = detected.ok ? runSkj(wb, { year: 2027, detection: detected.detection }) : detected;
  if (!detected.ok || !out.ok) {
    // Only a table that names fewer than three competencies may be refused outright.
    const named = new Set(c.headers.map((h) => COMPETENCIES.find((x) => x.name === h)?.code));
    return named.size > 3 ? "refused a table" : null;
  }
  const { mapping } = detected.detection;
  const issues = out.result.issues;
  const warnedAt = (col: number) =>
    issues.some(
      (i: Issue) => i.col === col && (i.severity === "warning" || i.severity === "error")
    );
  for (const code of COMPETENCY_CODES) {
    const col = mapping.competencies[code];
    if (col !== undefined && col !== c.truth[code] && !warnedAt(col))
      return `${code} read from column ${col} (truth ${c.truth[code]}) without a warning`;
  }
  const missing = COMPETENCY_CODES.filter((code) => mapping.competencies[code] === undefined);
  if (missing.length === 0) {
    tally.complete++;
    if (c.recoverable && c.mutations.length === 1) tally.singleComplete++;
    if (out.result.employees.length !== c.rows.length) return "complete mapping, not all planned";
    const wrong = COMPETENCY_CODES.filter((code) => mapping.competencies[code] !== c.truth[code]);
    if (wrong.length > 0) return null; // warned above
    for (const [r, e] of out.result.employees.entries()) {
      const expected = COMPETENCY_CODES.map((_, i) => c.rows[r][FIRST + i]);
      if (JSON.stringify(e.competencies.map((x) => x.score)) !== JSON.stringify(expected))
        return `row ${r}: scores differ`;
    }
    return null;
  }
  if (out.result.employees.length > 0) return "planned with competencies missing";
  const message = issues.find(
    (i) => i.code === "competencies-unmapped" || i.code === "competencies-missing"
  );
  if (!message) return "no message naming the missing competencies";
  const named =
    message.code === "competencies-unmapped"
      ? message.params.missing.map((m) => m.code)
      : message.code === "competencies-missing"
        ? message.params.competencies.map((n) => COMPETENCIES.find((x) => x.name === n)!.code)
        : [];
  if (JSON.stringify(named) !== JSON.stringify(missing))
    return `message names ${named.join(",")}, missing ${missing.join(",")}`;
  return null;
}

describe("header matching under renamed, blanked and misspelt headers", () => {
  it(`gives a correct plan or names the missing competencies, in ${CASES} seeded cases`, () => {
    const failures: string[] = [];
    const tally: Tally = { complete: 0, single: 0, singleComplete: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const c = makeCase(seed);
      if (c.recoverable && c.mutations.length === 1) tally.single++;
      const problem = check(c, tally);
      if (problem) failures.push(`seed ${seed}: ${problem} [${c.mutations.join("; ")}]`);
    }
    expect(failures).toEqual([]);
    // The steps recover what can be recovered: one blanked, unknown or misspelt header always, and most
    // tables overall (the rest name what is missing).
    expect(tally.single).toBeGreaterThan(50);
    expect(tally.singleComplete).toBe(tally.single);
    expect(tally.complete).toBeGreaterThan(CASES / 2);
  });
});
