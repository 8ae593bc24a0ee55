// Grades (jenjang jabatan) as workbooks write them, and the default required level of each. Rules: docs/domain.md §2.
import { msg, Message } from "./messages/params";
import { Level } from "./types";
import { cleanText, normalizeText } from "./text";

export interface GradeReading {
  level: Level;
  /** Canonical grade name, e.g. "Administrator", "JF Ahli Muda", "Level 3". */
  grade: string;
  /** Set when the grade was assumed (blank or non-eselon): the warning for the row. */
  assumed?: Message;
  /**
   * Set when the cell held a rank (golongan) in a column whose header names rank too, so the grade was read
   * from the position instead (docs/domain.md §20); `assumed` then says how.
   */
  rank?: RankReading;
}

/** A civil-service rank (golongan/ruang) as a cell wrote it, and the eselon the same text could mean. */
export interface RankReading {
  written: string;
  /** Canonical rank, e.g. "III/a". */
  rank: string;
  /** Canonical eselon when the text is one too ("III.a"); absent for ranks only (III/c, IV/e). */
  eselon?: string;
}

export interface GradeError {
  error: Message;
}

interface NamedGrade {
  grade: string;
  level: Level;
  /** Normalized phrases that name this grade anywhere in the text. */
  phrases: string[];
}

// Functional (JF) levels first: "Ahli Madya" must not be read as "JPT Madya".
const FUNCTIONAL: NamedGrade[] = [
  { grade: "JF Ahli Pertama", level: 2, phrases: ["ahli pertama"] },
  { grade: "JF Ahli Muda", level: 3, phrases: ["ahli muda"] },
  { grade: "JF Ahli Madya", level: 4, phrases: ["ahli madya"] },
  { grade: "JF Ahli Utama", level: 5, phrases: ["ahli utama"] },
  { grade: "JF Pemula", level: 1, phrases: ["pemula"] },
  { grade: "JF Terampil", level: 2, phrases: ["terampil"] },
  { grade: "JF Mahir", level: 2, phrases: ["mahir"] },
  { grade: "JF Penyelia", level: 3, phrases: ["penyelia"] },
];

const STRUCTURAL: NamedGrade[] = [
  {
    grade: "JPT Pratama",
    level: 4,
    phrases: ["jpt pratama", "pimpinan tinggi pratama", "jabatan pimpinan tinggi pratama"],
  },
  { grade: "JPT Madya", level: 5, phrases: ["jpt madya", "pimpinan tinggi madya"] },
  { grade: "JPT Utama", level: 5, phrases: ["jpt utama", "pimpinan tinggi utama"] },
  { grade: "Administrator", level: 3, phrases: ["administrator"] },
  { grade: "Pengawas", level: 2, phrases: ["pengawas"] },
  {
    grade: "Pelaksana",
    level: 1,
    phrases: ["pelaksana", "jabatan pelaksana", "jfu", "staf", "staff", "fungsional umum"],
  },
];

const ESELON_LEVEL: Record<string, Level> = { i: 5, ii: 4, iii: 3, iv: 2 };
const ESELON_GRADE: Record<string, string> = {
  i: "JPT Madya",
  ii: "JPT Pratama",
  iii: "Administrator",
  iv: "Pengawas",
};
const ARABIC_TO_ROMAN: Record<string, string> = {
  "1": "i",
  "2": "ii",
  "3": "iii",
  "4": "iv",
  "5": "v",
};

function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

function findNamed(normalized: string, table: NamedGrade[]): NamedGrade | undefined {
  return table.find((g) => g.phrases.some((p) => hasPhrase(normalized, p)));
}

/** The functional level a position title names ("Analis Kepegawaian Ahli Muda" -> JF Ahli Muda), if any. */
export function gradeFromTitle(title: unknown): GradeReading | null {
  const found = findNamed(normalizeText(title), FUNCTIONAL);
  return found ? { level: found.level, grade: found.grade } : null;
}

/** Eselon as written: "Eselon III.a", "III-B", "IV a", "IV/a", "II", "Eselon 3". */
function readEselon(normalized: string): GradeReading | GradeError | null {
  const m = /^(?:eselon |esselon |es |esl )?(i|ii|iii|iv|v|[1-5])(?: ?([ab]))?$/.exec(
    normalized.replace(/^(eselon|esselon|es|esl)(?=[ivx1-5])/, "$1 ")
  );
  if (!m) return null;
  const roman = ARABIC_TO_ROMAN[m[1]] ?? m[1];
  const hasEselonWord = /^(eselon|esselon|es|esl)\b/.test(normalized);
  // A bare Arabic digit is a level, not an eselon; only "Eselon 3" is eselon III.
  if (/^[1-5]$/.test(m[1]) && !hasEselonWord) return null;
  if (roman === "v") {
    return { error: msg("grade-eselon-v", {}) };
  }
  const suffix = m[2] ? `.${m[2]}` : "";
  return {
    level: ESELON_LEVEL[roman],
    grade: `${ESELON_GRADE[roman]} (Eselon ${roman.toUpperCase()}${suffix})`,
  };
}

/** Highest ruang of each golongan (PP 99/2000): I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e. */
const RUANG_MAX: Record<string, string> = { i: "d", ii: "d", iii: "d", iv: "e" };

/**
 * Does a header name the rank (golongan/pangkat/ruang)? A grade column headed "Gol/Jenjang" or
 * "Pangkat/Gol/Eselon" may hold either (docs/domain.md §20).
 */
export function headerNamesRank(header: string): boolean {
  return /\b(golongan|gol|pangkat|ruang)\b/.test(normalizeText(header));
}

/** "III.a", "III/a", "IV b", "IIId": a golongan with its ruang, or null. Needs the letter: "III" alone is eselon. */
export function readRank(value: unknown): RankReading | null {
  const written = cleanText(value);
  const m = /^(?:gol(?:ongan)? )?(i|ii|iii|iv) ?([a-e])$/.exec(normalizeText(written));
  if (!m || m[2] > RUANG_MAX[m[1]]) return null;
  const roman = m[1].toUpperCase();
  return {
    written,
    rank: `${roman}/${m[2]}`,
    ...(m[2] <= "b" ? { eselon: `${roman}.${m[2]}` } : {}),
  };
}

const NON_ESELON =
  /^(non ?es+elon|non ?struktural|tanpa eselon|tidak ber ?eselon|ne|n a|na|tidak ada)$/;

function fromTitleOrPelaksana(
  asWritten: string,
  title: unknown,
  blank: boolean
): GradeReading | GradeError {
  const byTitle = gradeFromTitle(title);
  if (byTitle) {
    return {
      ...byTitle,
      assumed: msg("grade-from-title", {
        written: blank ? "" : asWritten,
        title: cleanText(title),
        grade: byTitle.grade,
        level: byTitle.level,
      }),
    };
  }
  if (blank) {
    return { error: msg("grade-blank-no-title", {}) };
  }
  return {
    level: 1,
    grade: "Pelaksana",
    assumed: msg("grade-pelaksana", { written: blank ? "" : asWritten }),
  };
}

export interface ReadGradeOptions {
  /**
   * The grade column is filled on other rows: a blank cell there means "Non Eselon" (docs/domain.md §11),
   * read from the title, else Pelaksana.
   */
  blankIsNonEselon?: boolean;
  /**
   * The grade column's header names the rank too ("Gol/Jenjang"): a rank written there ("III/a", and "III.a",
   * which is also an eselon) is a rank, and the grade comes from the title (docs/domain.md §20).
   */
  headerNamesRank?: boolean;
}

/**
 * Read a grade cell. `title` (the position) decides for "Non Eselon", "-" and blank grades
 * when it names a functional level.
 */
export function readGrade(
  value: unknown,
  title?: unknown,
  options: ReadGradeOptions = {}
): GradeReading | GradeError {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1 && value <= 5) {
      return { level: value as Level, grade: `Level ${value}` };
    }
    return { error: msg("grade-not-level", { value }) };
  }
  const asWritten = cleanText(value);
  if (asWritten === "") return fromTitleOrPelaksana(asWritten, title, !options.blankIsNonEselon);
  if (/^[-–—.]+$/.test(asWritten)) return fromTitleOrPelaksana(asWritten, title, false);
  const normalized = normalizeText(asWritten);
  if (/^[1-5]$/.test(normalized)) {
    const level = Number(normalized) as Level;
    return { level, grade: `Level ${level}` };
  }
  if (NON_ESELON.test(normalized)) return fromTitleOrPelaksana(asWritten, title, false);
  const functional = findNamed(normalized, FUNCTIONAL);
  if (functional) return { level: functional.level, grade: functional.grade };
  const structural = findNamed(normalized, STRUCTURAL);
  if (structural) return { level: structural.level, grade: structural.grade };
  if (options.headerNamesRank) {
    const rank = readRank(asWritten);
    // Not a guess between two readings: a rank says nothing about the grade, so read it as a Non Eselon cell.
    if (rank) {
      const reading = fromTitleOrPelaksana(asWritten, title, false);
      return isGradeError(reading) ? reading : { ...reading, rank };
    }
  }
  const eselon = readEselon(normalized);
  if (eselon) return eselon;
  // "Jabatan Fungsional" without a level: the title may name it.
  if (/\b(fungsional|jf|jft)\b/.test(normalized)) {
    const byTitle = gradeFromTitle(title);
    if (byTitle) {
      return {
        ...byTitle,
        assumed: msg("grade-functional-from-title", {
          written: asWritten,
          grade: byTitle.grade,
          level: byTitle.level,
        }),
      };
    }
  }
  return { error: msg("grade-unrecognised", { text: asWritten }) };
}

export function isGradeError(value: GradeReading | GradeError): value is GradeError {
  return "error" in value;
}

/** The grade names a user can pick from, with their default level (for help texts and dropdowns). */
export const GRADE_TABLE: readonly { grade: string; level: Level }[] = [
  ...STRUCTURAL.map(({ grade, level }) => ({ grade, level })),
  ...FUNCTIONAL.map(({ grade, level }) => ({ grade, level })),
];
