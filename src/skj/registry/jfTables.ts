// The default standards of functional (JF) positions (docs/domain.md §16). No national JF table exists: each
// JF's SKJ is set by the agency that oversees it, so the product offers the two tables in use and says which
// one it applied. Everything that names a table (option schema, CLI help, pane dropdown, the standards sheet)
// derives from this list. The workbook's own SKJ sheet wins over both.
import { Bilingual, idsOf, lookupOf, parseChoice } from "./entries";
import type { Level } from "../types";

/** The canonical JF grade names the grade reader gives (src/skj/grades.ts). */
export const JF_GRADES = [
  "JF Ahli Utama",
  "JF Ahli Madya",
  "JF Ahli Muda",
  "JF Ahli Pertama",
  "JF Penyelia",
  "JF Mahir",
  "JF Terampil",
  "JF Pemula",
] as const;
export type JfGrade = (typeof JF_GRADES)[number];

export interface JfTableEntry {
  readonly id: string;
  readonly name: Bilingual;
  /** Where the table comes from, as printed on the standards sheet. */
  readonly basis: Bilingual;
  /** Other words users write for it (the id itself is always accepted). */
  readonly aliases: readonly string[];
  readonly levels: Readonly<Record<JfGrade, Level>>;
  /** Grades whose level is an extrapolation rather than a rule: the sheet says so. */
  readonly extrapolated: readonly JfGrade[];
}

export const JF_TABLES = [
  {
    id: "A",
    name: { id: "Tabel A (sistem instansi)", en: "Table A (agency systems)" },
    basis: {
      id: "Nilai bawaan sistem penilaian kompetensi instansi pemerintah (Ahli Pertama 2, Muda 3, Madya 4, Utama 5); SKJ tiap JF ditetapkan instansi pembinanya.",
      en: "Defaults of public agencies' assessment systems (Ahli Pertama 2, Muda 3, Madya 4, Utama 5); each JF's SKJ is set by the agency that oversees it.",
    },
    aliases: ["tabel a", "sistem instansi", "instansi"],
    levels: {
      "JF Ahli Utama": 5,
      "JF Ahli Madya": 4,
      "JF Ahli Muda": 3,
      "JF Ahli Pertama": 2,
      "JF Penyelia": 3,
      "JF Mahir": 2,
      "JF Terampil": 2,
      "JF Pemula": 1,
    },
    extrapolated: [],
  },
  {
    id: "B",
    name: { id: "Tabel B (penyetaraan jabatan)", en: "Table B (position equivalence)" },
    basis: {
      id: "Satu level di bawah tabel A, mengikuti penyetaraan jabatan administrasi ke fungsional (PermenPANRB 17/2021: Administrator → Ahli Madya, Pengawas → Ahli Muda, eselon V → Ahli Pertama).",
      en: "One level below table A, following the equivalence of administrative posts to functional ones (PermenPANRB 17/2021: Administrator → Ahli Madya, Pengawas → Ahli Muda, eselon V → Ahli Pertama).",
    },
    aliases: ["tabel b", "penyetaraan", "penyetaraan jabatan", "equivalence"],
    levels: {
      "JF Ahli Utama": 4,
      "JF Ahli Madya": 3,
      "JF Ahli Muda": 2,
      "JF Ahli Pertama": 1,
      "JF Penyelia": 2,
      "JF Mahir": 1,
      "JF Terampil": 1,
      "JF Pemula": 1,
    },
    // The skilled track is not covered by the equivalence rules: one level lower is the product's reading.
    extrapolated: ["JF Penyelia", "JF Mahir", "JF Terampil", "JF Pemula"],
  },
] as const satisfies readonly [JfTableEntry, ...JfTableEntry[]];

export type JfTableId = (typeof JF_TABLES)[number]["id"];

export const JF_TABLE_IDS = idsOf(JF_TABLES);

/** Table A unless the agency chooses otherwise. */
export const DEFAULT_JF_TABLE: JfTableId = "A";

const lookup = lookupOf<JfTableEntry>(JF_TABLES);

export function jfTableEntry(id: JfTableId): JfTableEntry {
  return lookup(id)!;
}

/** The table a user's word names ("b", "Tabel B", "penyetaraan"), or null. */
export function parseJfTable(text: string): JfTableId | null {
  return parseChoice(JF_TABLES, text);
}

/** Whether a canonical grade name is a JF level the tables cover. */
export function isJfGrade(grade: string): grade is JfGrade {
  return (JF_GRADES as readonly string[]).includes(grade);
}
