// Custom functions (namespace SKJ). Thin wrappers over the domain: the JSDoc below is the single source of
// the metadata (functions.json is generated from it). Nothing here touches an Office global at import time.
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only `any` to Excel's "any" type. */
import { COMPETENCIES, LEVEL_NAMES, resolveCompetency } from "../skj/catalogue";
import { isBlank, isCellError, parseNumber, readPercentOrRatio } from "../skj/cells";
import { isGradeError, readGrade } from "../skj/grades";
import { type FunctionArg, type Message, msg, renderMessage } from "../skj/messages";
import { rankPriorities } from "../skj/plan";
import { recommendationText } from "../skj/recommendations";
import { category, gap as gapOf, isNeed, jpm as jpmOf } from "../skj/scoring";
import { DEFAULT_JPM_METHOD, parseJpmMethod } from "../skj/registry/jpmMethods";
import { DEFAULT_SCHEME, parseScheme } from "../skj/registry/schemes";
import { boxEntry, boxOf } from "../skj/registry/talentBoxes";
import { readBox, readPerformance, readPotential } from "../skj/talent";
import { CellValue, CompetencyCode, JpmMethod, Level, Scheme } from "../skj/types";

type ErrorKind = "#VALUE!" | "#N/A" | "#NUM!";

/** The error Excel shows in the cell. Outside Excel (Node, tests) an Error with the same code and message. */
function fail(kind: ErrorKind, coded: Message): never {
  // Excel shows the message in the cell's error tooltip, in the product's language.
  const message = renderMessage(coded);
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (cf?.Error) {
    const code =
      kind === "#NUM!"
        ? cf.ErrorCode.invalidNumber
        : kind === "#N/A"
          ? cf.ErrorCode.notAvailable
          : cf.ErrorCode.invalidValue;
    // Excel shows a custom message only with #VALUE! and #N/A.
    throw kind === "#NUM!" ? new cf.Error(code) : new cf.Error(code, message);
  }
  const error = new Error(message) as Error & { code: ErrorKind };
  error.code = kind;
  throw error;
}

type Cell = unknown;

/** A single value from a scalar or a 1x1 matrix (Excel passes a typed value as [["..."]] to matrix parameters). */
function single(value: Cell): Cell {
  let v = value;
  while (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1)
    v = v[0][0];
  if (Array.isArray(v) && v.length === 1 && !Array.isArray(v[0])) v = v[0];
  return v;
}

function flatten(value: Cell): Cell[] {
  if (!Array.isArray(value)) return [value];
  return (value as Cell[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
}

function isEmpty(value: Cell): boolean {
  return value === undefined || value === null || (typeof value === "string" && isBlank(value));
}

function toScore(value: Cell, what: FunctionArg = "score"): number {
  const v = single(value);
  if (isEmpty(v)) fail("#VALUE!", msg("fn-blank", { what }));
  if (isCellError(v))
    fail("#VALUE!", msg("fn-cell-error", { what, error: (v as { error: string }).error }));
  const n = typeof v === "number" || typeof v === "string" ? parseNumber(v) : null;
  if (n === null) fail("#VALUE!", msg("fn-not-number", { what, text: String(v) }));
  if (n < 1 || n > 5) fail("#NUM!", msg("fn-out-of-range", { what, value: n }));
  return n;
}

/** A grade in any spelling workbooks use (docs/domain.md §2), or a number 1–5 meaning that level. */
function toLevel(jobLevel: Cell): Level {
  const v = single(jobLevel);
  if (isEmpty(v)) fail("#VALUE!", msg("fn-blank", { what: "grade" }));
  if (typeof v === "number" && !(Number.isInteger(v) && v >= 1 && v <= 5)) {
    fail("#NUM!", msg("fn-out-of-range", { what: "level", value: v }));
  }
  const reading = readGrade(typeof v === "number" ? v : String(v));
  if (isGradeError(reading)) fail("#N/A", msg("fn-grade-unknown", { reason: reading.error }));
  return reading.level;
}

function toCompetency(value: Cell): CompetencyCode {
  const v = single(value);
  const code = resolveCompetency(v);
  if (!code) fail("#N/A", msg("fn-competency-unknown", { text: String(v) }));
  return code;
}

/** Competency codes for a scores range: the catalogue order, or the headers given beside it. */
function codesFor(count: number, competencies?: Cell): CompetencyCode[] {
  if (competencies === undefined || competencies === null || isEmpty(single(competencies))) {
    if (count !== COMPETENCIES.length) {
      fail("#VALUE!", msg("fn-scores-count", { count }));
    }
    return COMPETENCIES.map((c) => c.code);
  }
  const names = flatten(competencies);
  if (names.length !== count) {
    fail("#VALUE!", msg("fn-range-size", { what: "competencies", cells: names.length, count }));
  }
  const codes = names.map(toCompetency);
  const seen = new Set<CompetencyCode>();
  for (const c of codes) {
    if (seen.has(c)) fail("#VALUE!", msg("fn-competency-twice", { code: c }));
    seen.add(c);
  }
  return codes;
}

/** Standards for `count` competencies: a grade (one cell) or a same-sized range of levels. */
function standardsFor(count: number, jobLevelOrStandards: Cell): number[] {
  const cells = flatten(jobLevelOrStandards);
  if (cells.length === 1) return new Array<number>(count).fill(toLevel(cells[0]));
  if (cells.length !== count) {
    fail("#VALUE!", msg("fn-range-size", { what: "standards", cells: cells.length, count }));
  }
  return cells.map((c) => toScore(c, "standard"));
}

// The JSDoc of the functions below names the choices literally (the metadata is generated from it); what is
// accepted at run time is the registries' ids and aliases, and a test holds the JSDoc to the registries.
function toScheme(scheme?: Cell): Scheme {
  const v = single(scheme);
  if (isEmpty(v)) return DEFAULT_SCHEME;
  const s = parseScheme(String(v));
  if (!s) return fail("#VALUE!", msg("fn-scheme-unknown", { text: String(v) }));
  return s;
}

function toMethod(method?: Cell): JpmMethod {
  const v = single(method);
  if (isEmpty(v)) return DEFAULT_JPM_METHOD;
  const m = parseJpmMethod(String(v));
  if (!m) fail("#VALUE!", msg("fn-method-unknown", { text: String(v) }));
  return m;
}

/**
 * Selisih nilai dengan standar kompetensi jabatan (nilai − standar). Negatif berarti perlu pengembangan.
 * @customfunction GAP
 * @param score Nilai hasil asesmen, 1–5 (boleh desimal, mis. 2,5).
 * @param jobLevel Jenjang jabatan (mis. "Administrator", "Eselon III.a", "JF Ahli Muda") atau level 1–5.
 * @param [competency] Nama atau kode kompetensi (opsional, mis. "Integritas" atau "INT").
 * @returns Gap: nilai dikurangi standar.
 */
export function gap(score: any, jobLevel: any, competency?: string): number {
  const s = toScore(score);
  const level = toLevel(jobLevel);
  if (competency !== undefined && competency !== null && !isEmpty(competency))
    toCompetency(competency);
  return gapOf(s, level);
}

/**
 * Level standar kompetensi untuk sebuah jenjang jabatan (bawaan PermenPANRB 38/2017).
 * @customfunction STANDAR
 * @param jobLevel Jenjang jabatan (mis. "Pengawas", "Eselon II.b", "JPT Pratama") atau level 1–5.
 * @param [competency] Nama atau kode kompetensi (opsional).
 * @returns Level standar 1–5.
 */
export function standar(jobLevel: any, competency?: string): number {
  const level = toLevel(jobLevel);
  if (competency !== undefined && competency !== null && !isEmpty(competency))
    toCompetency(competency);
  return level;
}

/**
 * Job Person Match: kesesuaian nilai dengan standar, sebagai pecahan (format sel sebagai persen: 0,85 = 85%).
 * @customfunction JPM
 * @param scores Sembilan nilai kompetensi dalam urutan INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB (satu baris atau kolom).
 * @param jobLevelOrStandards Jenjang jabatan (satu sel) atau rentang standar seukuran rentang nilai.
 * @param [method] Metode: "sum" (Σ nilai ÷ Σ standar, bawaan), "mean" (rata-rata nilai ÷ standar), "capped" (nilai dibatasi standar) atau "capped-total" (Σ nilai ÷ Σ standar, paling tinggi 100%).
 * @returns JPM sebagai pecahan.
 */
export function jpm(scores: any[][], jobLevelOrStandards: any[][], method?: string): number {
  const values = flatten(scores).map((v) => toScore(v));
  codesFor(values.length);
  return jpmOf(values, standardsFor(values.length, jobLevelOrStandards), toMethod(method));
}

/**
 * Kategori JPM: "Optimal" / "Cukup Optimal" / "Kurang Optimal" (pemetaan), atau "MS" / "MMS" / "KMS" (pengisian).
 * @customfunction KATEGORI
 * @param jpm Nilai JPM (0,85 atau 85%).
 * @param [scheme] "pemetaan" (bawaan) atau "pengisian".
 * @returns Kategori.
 */
export function kategori(jpm: any, scheme?: string): string {
  const v = single(jpm);
  if (isEmpty(v)) fail("#VALUE!", msg("fn-blank", { what: "jpm" }));
  const value = typeof v === "number" || typeof v === "string" ? readPercentOrRatio(v) : null;
  if (value === null || value < 0)
    fail("#VALUE!", msg("fn-not-number", { what: "jpm", text: String(v) }));
  return category(value, toScheme(scheme));
}

/**
 * Nama level kompetensi: 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.
 * @customfunction LEVEL
 * @param level Level 1–5.
 * @returns Nama level.
 */
export function level(level: any): string {
  const v = single(level);
  const n = typeof v === "number" || typeof v === "string" ? parseNumber(v) : null;
  if (n === null) fail("#VALUE!", msg("fn-not-number", { what: "level", text: String(v) }));
  if (!Number.isInteger(n) || n < 1 || n > 5)
    fail("#NUM!", msg("fn-level-not-integer", { value: n }));
  return LEVEL_NAMES[n as Level];
}

/**
 * Kompetensi di bawah standar, kekurangan terbesar lebih dulu, dengan gap-nya (hasil tumpah ke beberapa sel).
 * @customfunction PRIORITAS
 * @param scores Nilai kompetensi (sembilan sel dalam urutan katalog, atau seukuran rentang nama kompetensi).
 * @param jobLevelOrStandards Jenjang jabatan (satu sel) atau rentang standar seukuran rentang nilai.
 * @param [competencies] Rentang nama atau kode kompetensi seukuran rentang nilai (opsional).
 * @returns Baris-baris [kompetensi, gap].
 */
export function prioritas(
  scores: any[][],
  jobLevelOrStandards: any[][],
  competencies?: any[][]
): any[][] {
  const values = flatten(scores).map((v) => toScore(v));
  const codes = codesFor(values.length, competencies);
  const standards = standardsFor(values.length, jobLevelOrStandards);
  const catalogueIndex = (c: CompetencyCode) => COMPETENCIES.findIndex((x) => x.code === c);
  const items = codes
    .map((code, i) => ({ code, i }))
    .sort((a, b) => catalogueIndex(a.code) - catalogueIndex(b.code))
    .map(({ code, i }) => {
      const c = COMPETENCIES[catalogueIndex(code)];
      return {
        competency: code,
        name: c.name,
        pillar: c.pillar,
        standard: standards[i],
        score: values[i],
        gap: gapOf(values[i], standards[i]),
        need: isNeed(values[i], standards[i]),
      };
    });
  const ranked = rankPriorities(items);
  if (ranked.length === 0) return [["Tidak ada kompetensi di bawah standar", ""]];
  return ranked.map((p) => [p.name, p.gap]);
}

/**
 * Rekomendasi pengembangan 70:20:10 (pengalaman kerja, sosial, formal) untuk sebuah kompetensi dan gap-nya.
 * @customfunction REKOMENDASI
 * @param competency Nama atau kode kompetensi (mis. "Komunikasi" atau "KOM").
 * @param gap Gap kompetensi (nilai − standar), mis. -1.
 * @returns Rekomendasi kegiatan dengan metode LAN dan JP.
 */
export function rekomendasi(competency: any, gap: any): string {
  const code = toCompetency(competency);
  const v = single(gap);
  const g = typeof v === "number" || typeof v === "string" ? parseNumber(v) : null;
  if (g === null) fail("#VALUE!", msg("fn-not-number", { what: "gap", text: String(v) }));
  if (g < -4 || g > 4) fail("#NUM!", msg("fn-out-of-range", { what: "gap", value: g }));
  return recommendationText(code, g);
}

/**
 * Kotak talenta 1–9 (sembilan kotak) dari kinerja dan potensi, menurut PermenPANRB 3/2020 jo. 20/2025.
 * @customfunction KOTAK
 * @param performance Kinerja: predikat SKP (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang), di atas/sesuai/di bawah ekspektasi, 1–3, atau nilai SKP 0–100.
 * @param potential Potensi: Tinggi, Sedang, Rendah, atau 1–3.
 * @returns Nomor kotak 1–9.
 */
export function kotak(performance: any, potential: any): number {
  const perf = single(performance);
  const pot = single(potential);
  const p = readPerformance(perf as CellValue);
  if ("blank" in p) fail("#VALUE!", msg("fn-blank", { what: "performance" }));
  if ("unreadable" in p) fail("#VALUE!", msg("fn-performance-unknown", { text: String(perf) }));
  const q = readPotential(pot as CellValue);
  if ("blank" in q) fail("#VALUE!", msg("fn-blank", { what: "potential" }));
  if ("unreadable" in q) fail("#VALUE!", msg("fn-potential-unknown", { text: String(pot) }));
  return boxOf(p.level, q.level);
}

/**
 * Rekomendasi untuk kotak talenta 1–9 (naskah PermenPANRB 3/2020).
 * @customfunction KOTAK.SARAN
 * @param box Nomor kotak 1–9 (mis. 7 atau "Kotak 7").
 * @returns Rekomendasi untuk pegawai di kotak itu.
 */
export function kotakSaran(box: any): string {
  const v = single(box);
  const b = readBox(v as CellValue);
  if ("blank" in b) fail("#VALUE!", msg("fn-blank", { what: "box" }));
  if ("unreadable" in b) fail("#NUM!", msg("fn-box-unknown", { text: String(v) }));
  return boxEntry(b.level).recommendation.id;
}
