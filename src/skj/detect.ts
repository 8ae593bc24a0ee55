// Finding the assessment table in a real workbook: which sheet, which header row(s), which column is what.
// Pure: works on a grid of values plus merge ranges, whatever read it (the Excel adapter or an .xlsx file).
import { matchCompetency, matchName, competency } from "./catalogue";
import { cellText, parseNumber, readPercentOrRatio } from "./cells";
import { schemeOfCategory } from "./scoring";
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
  IdentityField,
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

/** "categoryAlt": a column that holds the category only in some agencies' files ("Rekomendasi"). */
type IdentityKind = IdentityField | "nipOld" | "categoryAlt";

/** What an identity header is, if anything. Rank ("Golongan", "Pangkat") is never the grade. */
export function identityField(header: string): IdentityKind | null {
  const n = normalizeText(header);
  if (!n) return null;
  const squashed = n.replace(/ /g, "");
  if (/^nip(baru|18digit|nrp|pns)?$/.test(squashed)) return "nip";
  if (/^nip(lama|9digit)$/.test(squashed)) return "nipOld";
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
  const scoreCandidates = new Map<
    CompetencyCode,
    { col: number; explicit: boolean; text: string }[]
  >();
  let nipOld: number | undefined;
  const categories: number[] = [];
  const categoriesAlt: number[] = [];

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

    // A competency column: named in the label, or (case B) in the row above a sub-header.
    let match = matchCompetency(label);
    let role: SubRole = "unknown";
    let readAs = label;
    if (match) {
      role = group ? roleOf(group) : "unknown";
    } else if (subRow && group) {
      const m = matchCompetency(group);
      if (m) {
        match = m;
        role = roleOf(label);
        readAs = group;
      }
    }
    if (match) {
      if (!match.exact) {
        issues.push(
          sheetIssue(
            view.name,
            "warning",
            msg("header-typo", {
              readAs,
              address: cellAddress(R, c),
              competency: competency(match.code).name,
            }),
            c,
            readAs
          )
        );
      }
      if (role === "standard") {
        if (mapping.competencyStandards[match.code] === undefined)
          mapping.competencyStandards[match.code] = c;
      } else if (role !== "gap") {
        const list = scoreCandidates.get(match.code) ?? [];
        list.push({ col: c, explicit: role === "score", text: label });
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
      (field === "category" ? categories : categoriesAlt).push(c);
    } else if (field && mapping[field] === undefined) {
      mapping[field] = c;
    }
  }
  if (mapping.nip === undefined && nipOld !== undefined) mapping.nip = nipOld;
  categories.push(...categoriesAlt);

  for (const [code, list] of scoreCandidates) {
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

  let dataStart = bottom + 1;
  if (dataStart <= view.lastRow && isNumberingRow(view, dataStart)) dataStart++;
  confirmByValues(view, mapping, dataStart, categories);

  const missing = COMPETENCY_CODES.filter((code) => mapping.competencies[code] === undefined);
  issues.push(...mappingIssues(view.name, "wide", mapping));
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
 * first candidate (category headers, then "Rekomendasi" and the like) whose values are categories.
 */
function confirmByValues(
  view: SheetView,
  mapping: ColumnMapping,
  dataStart: number,
  categories: readonly number[]
): void {
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
}

const LONG_COMPETENCY =
  /^(kompetensi|nama kompetensi|kode kompetensi|jenis kompetensi|aspek kompetensi|aspek|kode|kompetensi manajerial dan sosial kultural)$/;
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
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.value(r, c));
      if (!text) continue;
      headers.push({ col: c, text });
      const n = normalizeText(text);
      if (mapping.competency === undefined && LONG_COMPETENCY.test(n)) mapping.competency = c;
      else if (mapping.score === undefined && LONG_SCORE.test(n)) mapping.score = c;
      else if (mapping.standard === undefined && LONG_STANDARD.test(n)) mapping.standard = c;
      else {
        const field = identityField(text);
        if (field === "nipOld") nipOld ??= c;
        else if (field === "category" || field === "categoryAlt") {
          (field === "category" ? categories : categoriesAlt).push(c);
        } else if (field && field !== "level" && mapping[field] === undefined) mapping[field] = c;
      }
    }
    if (mapping.nip === undefined && nipOld !== undefined) mapping.nip = nipOld;
    categories.push(...categoriesAlt);
    if (mapping.competency === undefined || mapping.score === undefined) continue;
    if (mapping.nip === undefined && mapping.name === undefined) continue;
    const codes = new Set<CompetencyCode>();
    for (const v of sample(view, mapping.competency, r + 1, 500)) {
      const m = matchCompetency(cellText(v));
      if (m) codes.add(m.code);
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
