// The talent picture: each employee's performance and potential read from the results table, placed in
// the nine-box (docs/domain.md §9). Pure: works on the detected table and the assessed employees.
import { isBlank, isCellError, parseNumber } from "./cells";
import { msg } from "./messages";
import {
  boxOf,
  isBoxNumber,
  type BoxNumber,
  type PerformanceLevel,
  type PotentialLevel,
} from "./registry/talentBoxes";
import { SheetView } from "./sheetView";
import { cellAddress, normalizeText } from "./text";
import type {
  CellValue,
  EmployeeResult,
  EmployeeTalent,
  TalentSummary,
  HeaderColumn,
  Issue,
  Scheme,
  SheetGrid,
  Thresholds,
} from "./types";
import { CATEGORY_NAMES, category } from "./scoring";

export interface TalentOptions {
  /** When potential is missing, let the JPM category stand in for it (docs/domain.md §9). */
  potentialFromJpm?: boolean;
  scheme: Scheme;
  thresholds: Thresholds;
}

// Header words, in normalised text. A header is taken when it contains one of these as whole words.
const HEADER_WORDS: Record<"performance" | "potential" | "box", string[]> = {
  performance: ["kinerja", "skp", "predikat kinerja", "performance", "rating kinerja"],
  potential: ["potensi", "potential"],
  box: ["kotak", "box", "kotak talenta", "posisi talenta", "9 box", "nine box", "kuadran"],
};
// Headers with these words are scores or dates about the same subject, not the rating itself.
const NOT_A_RATING = ["tahun", "tanggal", "tgl", "periode", "keterangan", "catatan"];

function hasWords(text: string, words: readonly string[]): boolean {
  const padded = ` ${text} `;
  return words.some((w) => padded.includes(` ${w} `));
}

/** The columns of the talent inputs among the table's headers (the first fitting one of each). */
export function findTalentColumns(headers: readonly HeaderColumn[]): {
  performance?: HeaderColumn;
  potential?: HeaderColumn;
  box?: HeaderColumn;
} {
  const out: { performance?: HeaderColumn; potential?: HeaderColumn; box?: HeaderColumn } = {};
  for (const h of headers) {
    const text = normalizeText(`${h.group ?? ""} ${h.text}`);
    const own = normalizeText(h.text);
    if (hasWords(own, NOT_A_RATING)) continue;
    // "Kotak" first: "Kotak Talenta (Kinerja × Potensi)" names the box, not either axis.
    if (!out.box && hasWords(own, HEADER_WORDS.box)) out.box = h;
    else if (!out.potential && hasWords(text, HEADER_WORDS.potential)) out.potential = h;
    else if (!out.performance && hasWords(text, HEADER_WORDS.performance)) out.performance = h;
  }
  return out;
}

const PERFORMANCE_WORDS: [string, PerformanceLevel][] = [
  // PermenPANRB 6/2022 ratings and their expectation wording, then the older SKP predicates.
  ["sangat baik", "exceeds"],
  ["di atas ekspektasi", "exceeds"],
  ["diatas ekspektasi", "exceeds"],
  ["melebihi ekspektasi", "exceeds"],
  ["above expectation", "exceeds"],
  ["above expectations", "exceeds"],
  ["exceeds", "exceeds"],
  ["tinggi", "exceeds"],
  ["butuh perbaikan", "below"],
  ["perlu perbaikan", "below"],
  ["sangat kurang", "below"],
  ["kurang", "below"],
  ["cukup", "below"],
  ["buruk", "below"],
  ["di bawah ekspektasi", "below"],
  ["dibawah ekspektasi", "below"],
  ["below expectation", "below"],
  ["below expectations", "below"],
  ["below", "below"],
  ["rendah", "below"],
  ["baik", "meets"],
  ["sesuai ekspektasi", "meets"],
  ["meets expectation", "meets"],
  ["meets expectations", "meets"],
  ["meets", "meets"],
  ["sedang", "meets"],
];

const POTENTIAL_WORDS: [string, PotentialLevel][] = [
  ["tinggi", "high"],
  ["high", "high"],
  ["sedang", "medium"],
  ["menengah", "medium"],
  ["cukup", "medium"],
  ["medium", "medium"],
  ["rendah", "low"],
  ["low", "low"],
];

type Reading<T> = { level: T } | { blank: true } | { unreadable: string };

/** A performance rating: a word of the SKP ratings, a level 1–3, or an SKP score 0–100. */
export function readPerformance(value: CellValue | undefined): Reading<PerformanceLevel> {
  if (value === undefined || value === null || isBlank(value)) return { blank: true };
  if (isCellError(value)) return { unreadable: value.error };
  if (typeof value === "string") {
    // "Predikat: Baik", "Kinerja Sangat Baik": the rating without its label.
    const t = normalizeText(value).replace(/^(?:predikat|hasil kinerja|kinerja|rating)\s+/, "");
    const hit = PERFORMANCE_WORDS.find(([w]) => t === w);
    if (hit) return { level: hit[1] };
  }
  const n = typeof value === "boolean" ? null : parseNumber(value);
  if (n !== null) {
    if (n === 1 || n === 2 || n === 3) return { level: PERFORMANCE_ORDER[n - 1] };
    // An SKP score 0–100 in the bands of PP 46/2011 (≥ 91 sangat baik, 76–90 baik).
    if (n > 5 && n <= 100) return { level: n >= 91 ? "exceeds" : n >= 76 ? "meets" : "below" };
  }
  return { unreadable: String(value) };
}

const PERFORMANCE_ORDER: readonly PerformanceLevel[] = ["below", "meets", "exceeds"];
const POTENTIAL_ORDER: readonly PotentialLevel[] = ["low", "medium", "high"];

/** A potential: Tinggi / Sedang / Rendah (with or without "potensi"), or a level 1–3. */
export function readPotential(value: CellValue | undefined): Reading<PotentialLevel> {
  if (value === undefined || value === null || isBlank(value)) return { blank: true };
  if (isCellError(value)) return { unreadable: value.error };
  if (typeof value === "string") {
    const t = normalizeText(value).replace(/^potensi /, "");
    const hit = POTENTIAL_WORDS.find(([w]) => t === w);
    if (hit) return { level: hit[1] };
  }
  const n = typeof value === "boolean" ? null : parseNumber(value);
  if (n === 1 || n === 2 || n === 3) return { level: POTENTIAL_ORDER[n - 1] };
  return { unreadable: String(value) };
}

/** A box the file gives: "Kotak 7", "Box 7", "K7", "7". */
export function readBox(value: CellValue | undefined): Reading<BoxNumber> {
  if (value === undefined || value === null || isBlank(value)) return { blank: true };
  if (typeof value === "number")
    return isBoxNumber(value) ? { level: value } : { unreadable: String(value) };
  const m = /^(?:kotak|box|k)?\s*([1-9])$/.exec(normalizeText(value));
  return m ? { level: Number(m[1]) as BoxNumber } : { unreadable: String(value) };
}

/** The potential the JPM stands in for: its category's rank (top → high, middle → medium, last → low). */
export function potentialFromJpm(
  jpm: number,
  scheme: Scheme,
  thresholds: Thresholds
): PotentialLevel {
  const names = CATEGORY_NAMES[scheme];
  const rank = names.indexOf(category(jpm, scheme, thresholds));
  return rank <= 0 ? "high" : rank >= names.length - 1 ? "low" : "medium";
}

/**
 * Every employee's talent and the counts per box. Unreadable ratings are warnings naming the cell; a box
 * the file gives that differs from the computed one is a note (as the JPM column's is).
 */
export function assessTalent(
  grid: SheetGrid,
  headers: readonly HeaderColumn[],
  employees: readonly EmployeeResult[],
  options: TalentOptions
): { talent: EmployeeTalent[]; summary: TalentSummary; issues: Issue[] } {
  const view = new SheetView(grid);
  const cols = findTalentColumns(headers);
  const issues: Issue[] = [];
  const counts = Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => [String(b), 0])
  ) as TalentSummary["counts"];
  const useJpm = Boolean(options.potentialFromJpm) && !cols.potential;

  const cellOf = (e: EmployeeResult, h: HeaderColumn | undefined) =>
    h ? view.value(e.row - 1, h.col) : undefined;
  const warn = (
    e: EmployeeResult,
    h: HeaderColumn,
    value: string,
    what: "performance" | "potential" | "box"
  ) =>
    issues.push({
      sheet: grid.name,
      row: e.row,
      column: h.text,
      col: h.col,
      address: cellAddress(e.row - 1, h.col),
      severity: "warning",
      ...msg("talent-unreadable", { what, value }),
    });

  const talent = employees.map((e): EmployeeTalent => {
    const perf = readPerformance(cellOf(e, cols.performance));
    if ("unreadable" in perf) warn(e, cols.performance!, perf.unreadable, "performance");
    const pot = readPotential(cellOf(e, cols.potential));
    if ("unreadable" in pot) warn(e, cols.potential!, pot.unreadable, "potential");
    const own = readBox(cellOf(e, cols.box));
    if ("unreadable" in own) warn(e, cols.box!, own.unreadable, "box");

    const performance = "level" in perf ? perf.level : null;
    const potential =
      "level" in pot
        ? pot.level
        : useJpm
          ? potentialFromJpm(e.jpm, options.scheme, options.thresholds)
          : null;
    const computed = performance && potential ? boxOf(performance, potential) : null;
    const fileBox = "level" in own ? own.level : undefined;
    if (performance && potential && computed && fileBox && computed !== fileBox) {
      issues.push({
        sheet: grid.name,
        row: e.row,
        column: cols.box!.text,
        col: cols.box!.col,
        address: cellAddress(e.row - 1, cols.box!.col),
        severity: "info",
        ...msg("talent-box-differs", { file: fileBox, computed, performance, potential }),
      });
    }
    // The computed box when both inputs are there, else the file's own.
    const box = computed ?? fileBox ?? null;
    if (box) counts[`${box}`]++;
    return {
      performance,
      potential,
      box,
      ...(fileBox ? { fileBox } : {}),
      ...(useJpm && potential ? { potentialFromJpm: true } : {}),
    };
  });

  const placed = talent.filter((t) => t.box !== null).length;
  return {
    talent,
    summary: {
      counts,
      placed,
      columns: {
        ...(cols.performance ? { performance: cols.performance.text } : {}),
        ...(cols.potential ? { potential: cols.potential.text } : {}),
        ...(cols.box ? { box: cols.box.text } : {}),
      },
      potentialFromJpm: useJpm,
    },
    issues,
  };
}
