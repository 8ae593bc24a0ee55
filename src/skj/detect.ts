// Finding the assessment table in a real workbook: which sheet, which header row(s), which column is what.
// Pure: works on a grid of values plus merge ranges, whatever read it (the Excel adapter or an .xlsx file).
// Header matching, the position step, and the file's own JPM and category columns: docs/domain.md §12.
import {
  competency,
  HeaderReading,
  headerUnderstood,
  identityField,
  matchCompetency,
  matchName,
  readCompetencyHeader,
} from "./catalogue";
import { cellText, parseNumber, readPercentOrRatio } from "./cells";
import { JPM_METHODS } from "./registry/jpmMethods";
import { jpm, schemeOfCategory } from "./scoring";
import { mappingIssues } from "./mapping";
import { Message, msg } from "./messages/params";
import { SheetView } from "./sheetView";
import { cellAddress, columnLetter, normalizeText } from "./text";
import {
  CellRange,
  COMPETENCY_CODES,
  ColumnMapping,
  CompetencyCode,
  HeaderColumn,
  Issue,
  SheetGrid,
  TableDetection,
  WorkbookGrid,
} from "./types";

/** The header may start anywhere in the first rows, behind title blocks. */
export const HEADER_SCAN_ROWS = 40;
/** Sheets that hold standards, not assessment results. */
const SKJ_SHEET_NAMES = new Set(["skj", "standar kompetensi", "standar kompetensi jabatan"]);

export function isSkjSheetName(name: string): boolean {
  return SKJ_SHEET_NAMES.has(normalizeText(name));
}

export interface DetectOptions {
  /** Use this sheet instead of searching (case-insensitive). */
  sheet?: string;
  /** Technical competency names from the SKJ sheet: columns with these headers are read as scores. */
  technicalNames?: readonly string[];
}

export type DetectOutcome =
  { ok: true; detection: TableDetection } | { ok: false; message: Message; issues: Issue[] };

type SubRole = "score" | "standard" | "gap" | "unknown";

/** What a sub-header or group above a competency says the column holds. */
function roleOf(text: string): SubRole {
  const n = normalizeText(text);
  if (!n) return "unknown";
  if (/\b(gap|selisih|kesenjangan|deviasi)\b/.test(n)) return "gap";
  if (/\b(standar|std|target|syarat|skj|level jabatan|dipersyaratkan)\b/.test(n)) return "standard";
  if (
    /\b(nilai|skor|score|hasil|capaian|aktual|individu|asesmen|assessment|pegawai|level)\b/.test(n)
  ) {
    return "score";
  }
  return "unknown";
}

/** Distinct competencies a row names, counting a horizontally merged cell once. */
function competenciesInRow(view: SheetView, row: number): Set<CompetencyCode> {
  const found = new Set<CompetencyCode>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    // A horizontally merged cell counts once, at its left column.
    const m = view.mergeAt(row, c);
    if (m && m.left !== c) continue;
    const match = matchCompetency(cellText(view.value(row, c)));
    if (match) found.add(match.code);
  }
  return found;
}

interface HeaderGuess {
  /** 0-based row that names the most competencies. */
  row: number;
  codes: Set<CompetencyCode>;
}

function bestHeaderRow(view: SheetView): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const end = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  for (let r = view.firstRow; r <= end; r++) {
    const codes = competenciesInRow(view, r);
    if (codes.size >= 3 && (!best || codes.size > best.codes.size)) best = { row: r, codes };
  }
  return best;
}

/** Does the row hold text outside the merged area `m`? */
function hasTextOutside(view: SheetView, row: number, m: CellRange): boolean {
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (c >= m.left && c <= m.right) continue;
    if (cellText(view.raw(row, c))) return true;
  }
  return false;
}

/** Does row `upper` belong to the header above `lower` (merged down into it, or a group label over it)? */
function isHeaderBand(
  view: SheetView,
  upper: number,
  lower: number,
  compCols: Set<number>
): boolean {
  if (upper < view.firstRow || compCols.size === 0) return false;
  let firstLowerCol = view.lastCol;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (cellText(view.value(lower, c))) {
      firstLowerCol = c;
      break;
    }
  }
  const firstComp = Math.min(...compCols);
  let mergedDown = false;
  let groupOverCompetencies = false;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const m = view.mergeAt(upper, c);
    if (m && m.top <= upper && m.bottom >= lower) mergedDown = true;
    const v = cellText(view.value(upper, c));
    if (!v || !compCols.has(c)) continue;
    // A title merged across the table's identity and competency columns is not a group label; but a
    // row that also holds other headers ("No", "NIP", "Nama" not merged down) is a header row.
    if (
      m &&
      m.bottom < lower &&
      m.left <= firstLowerCol &&
      m.right >= firstComp &&
      !hasTextOutside(view, upper, m)
    )
      continue;
    const named =
      /\b(kompetensi|manajerial|sosial|kultural|teknis|nilai|standar|hasil|skor|gap)\b/.test(
        normalizeText(v)
      );
    if ((m && m.right > m.left) || named) groupOverCompetencies = true;
  }
  return mergedDown || groupOverCompetencies;
}

/** A row of column numbers under a header ("1 2 3 …" or "(1) (2) (3) …"), common in formal reports. */
function isNumberingRow(view: SheetView, row: number): boolean {
  const nums: number[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const t = cellText(view.raw(row, c));
    if (!t) continue;
    const m = /^\(?(\d{1,3})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  if (nums.length < 3) return false;
  return nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

interface Built {
  detection: TableDetection;
  /** Distinct competencies found (for choosing among sheets). */
  named: number;
}

function sheetIssue(
  sheet: string,
  severity: Issue["severity"],
  message: Message,
  col?: number,
  column = ""
): Issue {
  return { sheet, row: 0, column, ...(col !== undefined ? { col } : {}), severity, ...message };
}

/** Detect a wide table (one row per employee) in a sheet; null when no header names three competencies. */
export function detectWide(view: SheetView, technicalNames: readonly string[] = []): Built | null {
  const guess = bestHeaderRow(view);
  if (!guess) return null;
  const R = guess.row;
  const issues: Issue[] = [];

  // Columns where the competency names sit.
  const compCols = new Set<number>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (matchCompetency(cellText(view.value(R, c)))) compCols.add(c);
  }
  // Case B: competency names merged across sub-columns ("Standar | Nilai | Gap") in the row below.
  let subRow = false;
  for (const c of compCols) {
    const m = view.mergeAt(R, c);
    if (m && m.right > m.left && m.bottom === R && R + 1 <= view.lastRow) {
      if (cellText(view.value(R + 1, c))) subRow = true;
    }
  }
  let top = R;
  while (R - top < 2 && isHeaderBand(view, top - 1, top, compCols)) top--;
  const bottom = subRow ? R + 1 : R;
  const headerRows: number[] = [];
  for (let r = top; r <= bottom; r++) headerRows.push(r + 1);

  const headers: HeaderColumn[] = [];
  const mapping: ColumnMapping = { competencies: {}, competencyStandards: {}, technical: [] };
  const scoreCandidates = new Map<CompetencyCode, ScoreCandidate[]>();
  let nipOld: number | undefined;
  const categories: number[] = [];
  const categoriesAlt: number[] = [];
  const jpmAlts: number[] = [];
  /** Columns whose header the detector understood, whatever it made of them. */
  const claimed = new Set<number>();

  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) texts.push(cellText(view.value(r, c)));
    let labelIndex = -1;
    for (let i = texts.length - 1; i >= 0; i--) {
      if (texts[i]) {
        labelIndex = i;
        break;
      }
    }
    if (labelIndex < 0) continue;
    const label = texts[labelIndex];
    let group: string | undefined;
    for (let i = labelIndex - 1; i >= 0; i--) {
      if (texts[i] && texts[i] !== label) {
        group = texts[i];
        break;
      }
    }
    headers.push({ col: c, text: label, ...(group ? { group } : {}) });
    claimed.add(c);

    // A competency column: named in the label, or (case B) in the row above a sub-header.
    let match = readCompetencyHeader(label);
    let role: SubRole = "unknown";
    let readAs = label;
    if (match) {
      role = group ? roleOf(group) : "unknown";
    } else if (subRow && group) {
      const m = readCompetencyHeader(group);
      if (m) {
        match = m;
        role = roleOf(label);
        readAs = group;
      }
    }
    if (match) {
      if (role === "standard") {
        if (mapping.competencyStandards[match.code] === undefined)
          mapping.competencyStandards[match.code] = c;
      } else if (role !== "gap") {
        const list = scoreCandidates.get(match.code) ?? [];
        list.push({ col: c, explicit: role === "score", text: label, step: match.step, readAs });
        scoreCandidates.set(match.code, list);
      }
      continue;
    }
    const technical = matchName(label, technicalNames);
    if (technical) {
      if (!mapping.technical.some((t) => t.name === technical))
        mapping.technical.push({ name: technical, col: c });
      continue;
    }
    const field = identityField(label);
    if (field === "nipOld") {
      nipOld ??= c;
    } else if (field === "category" || field === "categoryAlt") {
      // A "Kategori" under a potential or performance group belongs to that block, not to the JPM.
      if (!group || !OTHER_BLOCK.test(normalizeText(group)))
        (field === "category" ? categories : categoriesAlt).push(c);
    } else if (field === "jpmAlt") {
      if (!group || !OTHER_BLOCK.test(normalizeText(group))) jpmAlts.push(c);
    } else if (field && field !== "target" && mapping[field] === undefined) {
      mapping[field] = c;
    } else if (!field && !headerUnderstood(label)) {
      claimed.delete(c);
    }
  }
  if (mapping.nip === undefined && nipOld !== undefined) mapping.nip = nipOld;
  categories.push(...categoriesAlt);

  let dataStart = bottom + 1;
  if (dataStart <= view.lastRow && isNumberingRow(view, dataStart)) dataStart++;

  for (const [code, all] of scoreCandidates) {
    // A header read by a code or a typo is taken only over values that can be scores ("nilai_kom" holds
    // totals of nine scores): docs/domain.md §12.
    const list = all.filter((x) => {
      if (x.step === "name") return true;
      const values = scoreValues(view, x.col, dataStart);
      if (values.nonEmpty === 0 || values.inRange * 2 >= values.nonEmpty) return true;
      issues.push(
        sheetIssue(
          view.name,
          "warning",
          msg("header-not-scores", {
            header: x.text,
            address: cellAddress(R, x.col),
            competency: competency(code).name,
            example: values.example,
          }),
          x.col,
          x.text
        )
      );
      return false;
    });
    if (list.length === 0) continue;
    for (const x of list) {
      if (x.step !== "typo") continue;
      issues.push(
        sheetIssue(
          view.name,
          "warning",
          msg("header-typo", {
            readAs: x.readAs,
            address: cellAddress(R, x.col),
            competency: competency(code).name,
          }),
          x.col,
          x.readAs
        )
      );
    }
    const chosen = list.find((x) => x.explicit) ?? list[0];
    mapping.competencies[code] = chosen.col;
    const others = list.filter((x) => x !== chosen && (x.explicit || !chosen.explicit));
    if (others.length > 0) {
      issues.push(
        sheetIssue(
          view.name,
          "warning",
          msg("duplicate-competency-column", {
            competency: competency(code).name,
            column: columnLetter(chosen.col),
          }),
          chosen.col,
          chosen.text
        )
      );
    }
  }

  const unknown = headers.filter((h) => !claimed.has(h.col));
  for (const fill of fillByPosition(view, mapping, headers, unknown, dataStart)) {
    mapping.competencies[fill.code] = fill.header.col;
    issues.push(
      sheetIssue(
        view.name,
        "warning",
        msg("header-by-position", {
          header: fill.header.text,
          address: cellAddress(R, fill.header.col),
          competency: competency(fill.code).name,
          code: fill.code,
        }),
        fill.header.col,
        fill.header.text
      )
    );
  }

  issues.push(...confirmByValues(view, mapping, dataStart, categories, jpmAlts, headers));

  const missing = COMPETENCY_CODES.filter((code) => mapping.competencies[code] === undefined);
  issues.push(...mappingIssues(view.name, "wide", mapping, headers));
  return {
    detection: {
      sheet: view.name,
      layout: "wide",
      headerRows,
      dataStartRow: dataStart + 1,
      headers,
      mapping,
      issues,
    },
    named: COMPETENCY_CODES.length - missing.length,
  };
}

interface ScoreCandidate {
  col: number;
  /** Under a "Nilai"/"Skor" group or sub-header. */
  explicit: boolean;
  text: string;
  step: HeaderReading["step"];
  /** The header text that named the competency (the group in a two-row header). */
  readAs: string;
}

/** Groups of columns that belong to another assessment than competency (potential, performance, talent box). */
const OTHER_BLOCK = /\b(potensi|potential|kinerja|skp|talenta|talent|kotak|box|kuadran)\b/;

/** How many of a column's non-empty values are scores 1–5, with an example of one that is not. */
function scoreValues(
  view: SheetView,
  col: number,
  start: number
): { nonEmpty: number; inRange: number; example: string } {
  let nonEmpty = 0;
  let inRange = 0;
  let example = "";
  for (const v of sample(view, col, start)) {
    const text = cellText(v);
    if (!text) continue;
    nonEmpty++;
    const n = parseNumber(v);
    if (n !== null && n >= 1 && n <= 5) inRange++;
    else example ||= text;
  }
  return { nonEmpty, inRange, example };
}

/** Share of non-empty values that are scores, for taking a column by position. */
const POSITION_SCORE_SHARE = 0.8;

/**
 * Position, the last step of header matching (docs/domain.md §12): when seven or eight of the nine are
 * found in the standard order, the unknown headers that stand exactly where the missing ones belong (as
 * many as are missing, between their found neighbours, or next to the first or last) are taken for them
 * in order, provided their values look like scores. A column with no header counts as unknown.
 */
function fillByPosition(
  view: SheetView,
  mapping: ColumnMapping,
  headers: readonly HeaderColumn[],
  unknown: readonly HeaderColumn[],
  dataStart: number
): { code: CompetencyCode; header: HeaderColumn }[] {
  const cols = COMPETENCY_CODES.map((code) => mapping.competencies[code]);
  const found = cols.filter((c): c is number => c !== undefined);
  if (found.length < 7 || found.length === COMPETENCY_CODES.length) return [];
  // The file must follow the standard order for a place to mean anything.
  if (found.some((c, i) => i > 0 && c <= found[i - 1])) return [];
  const looksLikeScores = (col: number) => {
    const v = scoreValues(view, col, dataStart);
    return v.nonEmpty > 0 && v.inRange >= POSITION_SCORE_SHARE * v.nonEmpty;
  };
  // A column with values but no header at all is as unknown as one with a header nobody knows.
  const headed = new Set(headers.map((h) => h.col));
  const candidates = [...unknown];
  for (let c = view.firstCol; c <= view.lastCol; c++)
    if (!headed.has(c)) candidates.push({ col: c, text: "" });
  candidates.sort((a, b) => a.col - b.col);
  const byCol = new Map(candidates.map((h) => [h.col, h]));
  const fills: { code: CompetencyCode; header: HeaderColumn }[] = [];
  for (let i = 0; i < cols.length; i++) {
    if (cols[i] !== undefined) continue;
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === undefined) j++;
    const size = j - i + 1;
    const before = i > 0 ? cols[i - 1] : undefined;
    const after = j + 1 < cols.length ? cols[j + 1] : undefined;
    let slot: HeaderColumn[];
    if (before !== undefined && after !== undefined) {
      slot = candidates.filter((h) => h.col > before && h.col < after);
    } else {
      // At either end: the columns right next to the found block, all of them unknown.
      const first = before !== undefined ? before + 1 : after! - size;
      slot = [];
      for (let c = first; c < first + size; c++) {
        const h = byCol.get(c);
        if (h) slot.push(h);
      }
    }
    if (slot.length === size && slot.every((h) => looksLikeScores(h.col))) {
      slot.forEach((h, k) => fills.push({ code: COMPETENCY_CODES[i + k], header: h }));
    }
    i = j;
  }
  return fills;
}

/** Sample data values under a column (the first rows after the header). */
function sample(
  view: SheetView,
  col: number,
  start: number,
  count = 200
): ReturnType<SheetView["value"]>[] {
  const out = [];
  const end = Math.min(view.lastRow, start + count - 1);
  for (let r = start; r <= end; r++) out.push(view.value(r, col));
  return out;
}

/**
 * Keep a level or JPM column only when its values look like one; take as the category column the
 * first candidate (category headers, then "Rekomendasi" and the like) whose values are categories. A
 * "Capaian Kompetensi" or "Persentase" column is the JPM only when it agrees with the scores on most rows
 * (docs/domain.md §12).
 */
function confirmByValues(
  view: SheetView,
  mapping: ColumnMapping,
  dataStart: number,
  categories: readonly number[],
  jpmAlts: readonly number[] = [],
  headers: readonly HeaderColumn[] = []
): Issue[] {
  const issues: Issue[] = [];
  const share = (col: number, test: (v: ReturnType<SheetView["value"]>) => boolean): number => {
    const values = sample(view, col, dataStart).filter((v) => cellText(v) !== "");
    if (values.length === 0) return 1; // an empty column is harmless
    return values.filter(test).length / values.length;
  };
  if (mapping.level !== undefined) {
    const ok = share(mapping.level, (v) => {
      const n = parseNumber(v);
      return n !== null && n >= 1 && n <= 5;
    });
    if (ok < 0.5) delete mapping.level;
  }
  if (
    mapping.jpm !== undefined &&
    share(mapping.jpm, (v) => readPercentOrRatio(v) !== null) < 0.5
  ) {
    delete mapping.jpm;
  }
  for (const col of mapping.jpm === undefined ? jpmAlts : []) {
    if (share(col, (v) => readPercentOrRatio(v) !== null) < 0.5) continue;
    const agreement = jpmAgreement(view, mapping, col, dataStart);
    if (agreement.compared === 0) continue;
    if (agreement.matched * 2 > agreement.compared) {
      mapping.jpm = col;
      break;
    }
    const text = headers.find((h) => h.col === col)?.text ?? columnLetter(col);
    issues.push(
      sheetIssue(
        view.name,
        "info",
        msg("jpm-column-ignored", { header: text, column: columnLetter(col) }),
        col,
        text
      )
    );
  }
  delete mapping.category;
  let empty: number | undefined;
  for (const col of categories) {
    const values = sample(view, col, dataStart).filter((v) => cellText(v) !== "");
    if (values.length === 0) {
      empty ??= col;
      continue;
    }
    if (share(col, (v) => schemeOfCategory(cellText(v)) !== null) >= 0.5) {
      mapping.category = col;
      break;
    }
  }
  // An empty category column (to be filled in later) is still shown as the category column.
  if (mapping.category === undefined && empty !== undefined) mapping.category = empty;
  return issues;
}

/** A JPM read from a file agrees with nine scores when some method and some grade level give it. */
const JPM_AGREEMENT_TOLERANCE = 0.011;

/**
 * On how many sampled rows with nine scores a column's value is a JPM of those scores: by any method, with
 * the same standard 1–5 for all nine (a file's own JPM follows its grades; an SKJ sheet may differ).
 */
function jpmAgreement(
  view: SheetView,
  mapping: ColumnMapping,
  col: number,
  dataStart: number
): { compared: number; matched: number } {
  const cols = COMPETENCY_CODES.map((code) => mapping.competencies[code]);
  if (cols.some((c) => c === undefined)) return { compared: 0, matched: 0 };
  let compared = 0;
  let matched = 0;
  const end = Math.min(view.lastRow, dataStart + 199);
  for (let r = dataStart; r <= end; r++) {
    const value = readPercentOrRatio(view.value(r, col));
    if (value === null) continue;
    const scores = cols.map((c) => parseNumber(view.value(r, c!)));
    if (scores.some((n) => n === null || n < 1 || n > 5)) continue;
    compared++;
    const nine = scores as number[];
    const agrees = [1, 2, 3, 4, 5].some((level) =>
      JPM_METHODS.some(
        (m) =>
          Math.abs(jpm(nine, new Array<number>(9).fill(level), m.id) - value) <=
          JPM_AGREEMENT_TOLERANCE
      )
    );
    if (agrees) matched++;
  }
  return { compared, matched };
}

const LONG_COMPETENCY =
  /^(kompetensi|nama kompetensi|kode kompetensi|jenis kompetensi|aspek kompetensi|aspek|kode|kompetensi manajerial dan sosial kultural|kompetensi manajerial sosial kultural|uraian|uraian kompetensi|deskripsi kompetensi)$/;
const LONG_SCORE =
  /^(nilai|skor|score|nilai kompetensi|level|level kompetensi|nilai akhir|hasil|capaian|nilai aktual|level capaian|level aktual|nilai asesmen)$/;
const LONG_STANDARD =
  /^(standar|standar kompetensi|level standar|std|level skj|standar level|level jabatan)$/;

/** Detect a long table (one row per employee and competency). */
export function detectLong(view: SheetView): Built | null {
  const end = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  for (let r = view.firstRow; r <= end; r++) {
    const mapping: ColumnMapping = { competencies: {}, competencyStandards: {}, technical: [] };
    const headers: HeaderColumn[] = [];
    let nipOld: number | undefined;
    const categories: number[] = [];
    const categoriesAlt: number[] = [];
    // Every column headed like a competency column ("Kode", then "Kompetensi"), then the rest.
    const named: number[] = [];
    const others: number[] = [];
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.value(r, c));
      if (!text) continue;
      headers.push({ col: c, text });
      const n = normalizeText(text);
      if (LONG_COMPETENCY.test(n)) named.push(c);
      else if (mapping.score === undefined && LONG_SCORE.test(n)) mapping.score = c;
      else if (mapping.standard === undefined && LONG_STANDARD.test(n)) mapping.standard = c;
      else {
        const field = identityField(text);
        if (field === "nipOld") nipOld ??= c;
        else if (field === "category" || field === "categoryAlt") {
          (field === "category" ? categories : categoriesAlt).push(c);
        } else if (
          field &&
          field !== "level" &&
          field !== "jpmAlt" &&
          field !== "target" &&
          mapping[field] === undefined
        )
          mapping[field] = c;
        else if (!field) others.push(c);
      }
    }
    if (mapping.nip === undefined && nipOld !== undefined) mapping.nip = nipOld;
    categories.push(...categoriesAlt);
    if (named.length === 0 || mapping.score === undefined) continue;
    if (mapping.nip === undefined && mapping.name === undefined) continue;
    // A code column ("M.1", "SK.1", "K1") often comes before the names: the column naming the most
    // competencies is the competency column (docs/domain.md §12).
    let codes = new Set<CompetencyCode>();
    for (const col of [...named, ...others]) {
      const found = new Set<CompetencyCode>();
      for (const v of sample(view, col, r + 1, 500)) {
        const m = matchCompetency(cellText(v));
        if (m) found.add(m.code);
      }
      if (found.size > codes.size) {
        codes = found;
        mapping.competency = col;
      }
    }
    if (codes.size < 3) continue;
    confirmByValues(view, mapping, r + 1, categories);
    return {
      detection: {
        sheet: view.name,
        layout: "long",
        headerRows: [r + 1],
        dataStartRow: r + 2,
        headers,
        mapping,
        issues: [],
      },
      named: codes.size,
    };
  }
  return null;
}

/**
 * Find the assessment table. Without a sheet name: among the sheets (other than the SKJ sheet) whose header
 * names at least three of the nine competencies, the one naming the most (ties: the first; visible sheets
 * before hidden ones); failing that, a long table (one row per employee and competency).
 */
export function detectTable(workbook: WorkbookGrid, options: DetectOptions = {}): DetectOutcome {
  const technicalNames = options.technicalNames ?? [];
  if (options.sheet !== undefined) {
    const wanted = normalizeText(options.sheet);
    const grid =
      workbook.sheets.find((s) => s.name === options.sheet) ??
      workbook.sheets.find((s) => normalizeText(s.name) === wanted);
    if (!grid) {
      return {
        ok: false,
        message: msg("sheet-not-found", {
          sheet: options.sheet,
          available: workbook.sheets.map((s) => s.name),
        }),
        issues: [],
      };
    }
    const view = new SheetView(grid);
    const found = detectWide(view, technicalNames) ?? detectLong(view);
    if (!found) {
      return {
        ok: false,
        message: msg("table-not-found-in-sheet", { sheet: grid.name, scanRows: HEADER_SCAN_ROWS }),
        issues: [],
      };
    }
    return { ok: true, detection: found.detection };
  }

  const candidates = workbook.sheets.filter((s) => !isSkjSheetName(s.name));
  const ordered = [
    ...candidates.filter((s) => (s.state ?? "visible") === "visible"),
    ...candidates.filter((s) => (s.state ?? "visible") !== "visible"),
  ];
  let best: Built | null = null;
  const tables: Built[] = [];
  for (const grid of ordered) {
    const found = detectWide(new SheetView(grid), technicalNames);
    if (!found) continue;
    tables.push(found);
    if (!best || found.named > best.named) best = found;
  }
  if (!best) {
    for (const grid of ordered) {
      best = detectLong(new SheetView(grid));
      if (best) break;
    }
  }
  if (!best) {
    return {
      ok: false,
      message:
        workbook.sheets.length === 0
          ? msg("workbook-empty", {})
          : msg("table-not-found", { scanRows: HEADER_SCAN_ROWS }),
      issues: [],
    };
  }
  // Agencies often keep one sheet per eselon or per unit: only one is planned, so name the others.
  const chosen = best;
  const others = tables.filter((t) => t !== chosen && t.named === COMPETENCY_CODES.length);
  if (others.length) {
    chosen.detection.issues.push(
      sheetIssue(
        chosen.detection.sheet,
        "info",
        msg("other-tables", {
          sheets: others.map((t) => t.detection.sheet),
          chosen: chosen.detection.sheet,
        })
      )
    );
  }
  return { ok: true, detection: chosen.detection };
}

/** The grid of a sheet by name. */
export function sheetByName(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name === name);
}
