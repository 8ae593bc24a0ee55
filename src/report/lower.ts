// Lowering: the one step between the report model and the two writers (Office.js in src/excel, the
// package writer in src/file). Everything a writer used to decide on its own is decided here once —
// validity, sheet and table names, column widths and row heights in points, page margins, table
// header texts, blank cells, style layers, the chart kind — so that both writers only translate the
// result into their API and the same model gives the same workbook either way.

import { normalizeColor } from "./cellStyle";
import { reportProblems } from "./invariants";
import type * as M from "./model";
import { nameKey, uniqueSheetName, uniqueTableName } from "./names";
import {
  CHART_KINDS,
  DEFAULT_MARGINS,
  LoweredColumn,
  LoweredPrint,
  LoweredReport,
  LoweredSheet,
  LoweredTable,
  LowerOptions,
  Margins,
  MAX_CELL_TEXT,
  MAX_COLS,
  MAX_LIST_SOURCE,
  MAX_VALIDATION_MESSAGE,
  MAX_VALIDATION_TITLE,
  MAX_COLUMN_CHARS,
  MAX_ROW_HEIGHT,
  MAX_ROWS,
  ExistingNames,
  ReportModelError,
} from "./lowered";

export * from "./lowered";

/** Points, rounded to 1/100 (what Excel keeps). */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Column width in characters → points and OOXML width, one conversion for both writers. Excel draws
 * columns in whole pixels (7 per character of Calibri 11 plus 5 of padding), so the width is snapped
 * to one first: both units then give Excel the same pixels.
 */
export function columnWidth(col: number, chars: number): LoweredColumn {
  const c = Math.min(Math.max(chars, 0), MAX_COLUMN_CHARS);
  const px = Math.round(c * 7) + 5;
  // OOXML §18.3.1.13: width = Truncate((pixels / max digit width) × 256) / 256.
  return {
    col,
    chars: (px - 5) / 7,
    points: round2(px * 0.75),
    fileWidth: Math.trunc((px / 7) * 256) / 256,
  };
}

function marginPoints(m: Margins): Margins {
  return {
    top: round2(m.top * 72),
    bottom: round2(m.bottom * 72),
    left: round2(m.left * 72),
    right: round2(m.right * 72),
    header: round2(m.header * 72),
    footer: round2(m.footer * 72),
  };
}

function a1(row: number, col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return `${s}${row + 1}`;
}

function rectA1(r: M.Rect): string {
  const a = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${a1(r.bottom, r.right)}`;
}

function overlaps(a: M.Rect, b: M.Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Collects what makes a sheet unwritable (Bahasa Indonesia). */
class Problems {
  readonly list: string[] = [];
  constructor(private readonly sheet: string) {}
  add(message: string): void {
    this.list.push(message);
  }
  rect(r: M.Rect | undefined, what: string): boolean {
    const ok =
      r !== undefined &&
      Number.isInteger(r.top) &&
      Number.isInteger(r.left) &&
      Number.isInteger(r.bottom) &&
      Number.isInteger(r.right) &&
      r.top >= 0 &&
      r.left >= 0 &&
      r.bottom >= r.top &&
      r.right >= r.left &&
      r.bottom < MAX_ROWS &&
      r.right < MAX_COLS;
    if (!ok) {
      this.add(`Rentang ${what} di lembar "${this.sheet}" tidak valid: ${JSON.stringify(r)}.`);
    }
    return ok;
  }
  color(c: string | undefined): void {
    if (c === undefined) return;
    try {
      normalizeColor(c);
    } catch (e) {
      this.add((e as Error).message);
    }
  }
}

function checkStyleColors(p: Problems, style: M.CellStyle): void {
  p.color(style.fill);
  p.color(style.font?.color);
  p.color(style.border?.color);
}

/** Style layers: 0 where ranges do not overlap (the model's promise), higher for later overlapping ones. */
export function styleLayers(styles: readonly M.StyledRange[]): number[] {
  // Ranges are found by the bands of 32 rows they touch, so that only neighbours are compared.
  const BAND = 32;
  const keys = new Map<M.CellStyle, string>();
  const key = (s: M.CellStyle) => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = JSON.stringify(s)));
    return k;
  };
  const layer = new Array<number>(styles.length).fill(0);
  const bands = new Map<number, number[]>();
  const checked = new Array<number>(styles.length).fill(-1);
  styles.forEach(({ rect, style }, j) => {
    let l = 0;
    const first = Math.floor(rect.top / BAND);
    const last = Math.floor(rect.bottom / BAND);
    for (let b = first; b <= last; b++) {
      for (const i of bands.get(b) ?? []) {
        if (checked[i] === j) continue;
        checked[i] = j;
        if (!overlaps(styles[i].rect, rect)) continue;
        // Ranges of the same style may go in either order (also an outline: it only adds edges).
        l = Math.max(l, layer[i] + (key(styles[i].style) === key(style) ? 0 : 1));
      }
    }
    layer[j] = l;
    for (let b = first; b <= last; b++) {
      let list = bands.get(b);
      if (!list) bands.set(b, (list = []));
      list.push(j);
    }
  });
  return layer;
}

/**
 * Column names of a table from its header row: Excel requires them non-empty and unique
 * (case-insensitively), and the header cells must hold exactly these texts.
 */
export function tableColumnNames(values: M.ModelValue[][], rect: M.Rect): string[] {
  const names: string[] = [];
  const used = new Set<string>();
  for (let col = rect.left; col <= rect.right; col++) {
    const v = values[rect.top]?.[col];
    let base = v === null || v === undefined ? "" : String(v).trim();
    if (base === "") base = `Kolom${col - rect.left + 1}`;
    let name = base;
    for (let n = 2; used.has(nameKey(name)); n++) name = `${base}${n}`;
    used.add(nameKey(name));
    names.push(name);
  }
  return names;
}

/** Values with blanks as null, checking the texts' length; rows are copied only where they change. */
function lowerValues(p: Problems, sheet: M.SheetModel, name: string): M.ModelValue[][] {
  if (!Array.isArray(sheet.values)) {
    p.add(`Nilai sel lembar "${name}" tidak berbentuk tabel baris dan kolom.`);
    return [];
  }
  if (sheet.values.length > MAX_ROWS) {
    p.add(
      `Lembar "${name}" memiliki ${sheet.values.length} baris; Excel menerima paling banyak ${MAX_ROWS}.`
    );
  }
  return sheet.values.map((row, r) => {
    if (!Array.isArray(row)) {
      p.add(`Baris ${r + 1} di lembar "${name}" bukan daftar sel.`);
      return [];
    }
    if (row.length > MAX_COLS) p.add(`Baris ${r + 1} di lembar "${name}" melewati kolom XFD.`);
    let out: M.ModelValue[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        p.add(
          `Teks sel ${a1(r, c)} di lembar "${name}" terlalu panjang ` +
            `(${v.length} karakter; Excel menerima paling banyak ${MAX_CELL_TEXT}).`
        );
      }
      // A blank ("", or a hole of a sparse row) becomes null.
      if (v !== "" && v !== undefined) continue;
      if (!out) out = row.slice();
      out[c] = null;
    }
    return out ?? row;
  });
}

function lowerFormulas(p: Problems, sheet: M.SheetModel, name: string): M.FormulaCell[] {
  const byCell = new Map<string, M.FormulaCell>();
  for (const f of sheet.formulas) {
    const { row, col } = f;
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(col) ||
      row < 0 ||
      col < 0 ||
      row >= MAX_ROWS ||
      col >= MAX_COLS
    ) {
      p.add(`Sel baris ${row + 1}, kolom ${col + 1} di lembar "${name}" berada di luar lembar.`);
      continue;
    }
    const formula = f.formula.startsWith("=") ? f.formula : `=${f.formula}`;
    const key = `${row},${col}`;
    // A later formula for the same cell replaces the earlier one (in its place in the order).
    byCell.delete(key);
    byCell.set(key, { row, col, formula });
  }
  return [...byCell.values()];
}

function lowerMerges(p: Problems, merges: M.Rect[], name: string): M.Rect[] {
  const out: M.Rect[] = [];
  // Overlaps are found row by row (merges span a few rows): comparing every pair took minutes for the
  // hundred thousand merges of a province's plan.
  const byRow = new Map<number, M.Rect[]>();
  for (const m of merges) {
    if (!p.rect(m, "gabungan sel")) continue;
    if (m.bottom === m.top && m.right === m.left) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      let list = byRow.get(r);
      if (!list) byRow.set(r, (list = []));
      const other = list.find((o) => overlaps(o, m));
      if (other) {
        p.add(`Gabungan sel ${rectA1(m)} dan ${rectA1(other)} di lembar "${name}" tumpang-tindih.`);
        break;
      }
      list.push(m);
    }
    out.push(m);
  }
  return out;
}

function lowerRowHeights(rowHeights: M.SheetModel["rowHeights"]): LoweredSheet["rowHeights"] {
  const byRow = new Map<number, number>();
  for (const { row, height } of rowHeights) {
    // Heights for rows outside the sheet, or not numbers, say nothing a writer could apply.
    if (!(
      Number.isInteger(row) &&
      row >= 0 &&
      row < MAX_ROWS &&
      Number.isFinite(height) &&
      height >= 0
    )) {
      continue;
    }
    byRow.set(row, round2(Math.min(height, MAX_ROW_HEIGHT)));
  }
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points }));
}

function lowerPrint(p: Problems, print: M.PrintSetup, name: string): LoweredPrint {
  const margins = print.margins ?? DEFAULT_MARGINS;
  if (Object.values(margins).some((m) => !(Number.isFinite(m) && m >= 0))) {
    p.add(`Margin cetak lembar "${name}" tidak valid: ${JSON.stringify(margins)}.`);
  }
  const wide = Number.isFinite(print.fitToPagesWide)
    ? Math.max(1, Math.floor(print.fitToPagesWide))
    : 1;
  const rowBreaks = [...new Set(print.rowBreaks ?? [])]
    .filter((r) => Number.isInteger(r) && r > 0 && r < MAX_ROWS)
    .sort((a, b) => a - b);
  const repeat = print.repeatRows;
  if (
    repeat &&
    !(
      Number.isInteger(repeat.first) &&
      repeat.first >= 0 &&
      repeat.last >= repeat.first &&
      repeat.last < MAX_ROWS
    )
  ) {
    p.add(`Baris judul cetak lembar "${name}" tidak valid: ${JSON.stringify(repeat)}.`);
  }
  return {
    orientation: print.orientation === "portrait" ? "portrait" : "landscape",
    paper: "A4",
    fitToPagesWide: wide,
    ...(repeat ? { repeatRows: { first: repeat.first, last: repeat.last } } : {}),
    ...(print.footerCenter ? { footerCenter: print.footerCenter } : {}),
    margins: { ...margins },
    marginPoints: marginPoints(margins),
    rowBreaks,
  };
}

function lowerCharts(p: Problems, charts: M.ChartSpec[], name: string): M.ChartSpec[] {
  for (const c of charts) {
    const what = `grafik "${c.title}"`;
    if (!CHART_KINDS.includes(c.kind)) {
      p.add(
        `Jenis grafik "${String(c.kind)}" di lembar "${name}" tidak didukung ` +
          `(yang didukung: ${CHART_KINDS.join(", ")}).`
      );
    }
    if (!c.series.length)
      p.add(`Grafik "${c.title}" di lembar "${name}" tidak memiliki seri data.`);
    p.rect(c.categories, `kategori ${what}`);
    p.rect(c.anchor, `posisi ${what}`);
    for (const s of c.series) p.rect(s.values, `seri "${s.name}" ${what}`);
  }
  return charts;
}

function lowerConditionalFormats(p: Problems, list: M.ConditionalFormat[]): M.ConditionalFormat[] {
  for (const f of list) {
    p.rect(f.rect, "format bersyarat");
    if (f.kind === "dataBar") {
      p.color(f.color);
      continue;
    }
    for (const n of f.operator === "between" ? [f.value, f.value2 ?? f.value] : [f.value]) {
      if (!Number.isFinite(n)) p.add(`Batas format bersyarat harus berupa angka (${n}).`);
    }
    p.color(f.style.fill);
    p.color(f.style.fontColor);
  }
  return list;
}

/** Validations Excel accepts: a list fits its 255-character source and has no comma inside an item. */
function lowerDataValidations(p: Problems, list: readonly M.DataValidation[]): M.DataValidation[] {
  list.forEach((v, i) => {
    if (!p.rect(v.rect, "validasi data")) return;
    if (list.slice(0, i).some((o) => overlaps(o.rect, v.rect))) {
      p.add(`Validasi data ${rectA1(v.rect)} bertumpang tindih dengan validasi lain.`);
    }
    if (!v.rule) {
      if (!v.prompt) p.add(`Validasi data ${rectA1(v.rect)} tanpa aturan dan tanpa pesan.`);
    } else if (!v.error) {
      p.add(`Validasi data ${rectA1(v.rect)} tanpa pesan penolakan.`);
    } else if (v.rule.kind === "list") {
      const source = v.rule.items.join(",");
      if (v.rule.items.length === 0 || source.length > MAX_LIST_SOURCE) {
        p.add(
          `Daftar validasi ${rectA1(v.rect)} kosong atau lebih dari ${MAX_LIST_SOURCE} karakter.`
        );
      }
      if (v.rule.items.some((item) => item.includes(",") || item.includes('"') || !item.trim())) {
        p.add(`Isi daftar validasi ${rectA1(v.rect)} tidak boleh kosong atau memuat koma/kutip.`);
      }
    } else if (!v.rule.formula.startsWith("=")) {
      p.add(`Rumus validasi ${rectA1(v.rect)} harus diawali "=".`);
    }
    for (const box of [v.prompt, v.error]) {
      if (!box) continue;
      if (box.title.length > MAX_VALIDATION_TITLE || box.message.length > MAX_VALIDATION_MESSAGE) {
        p.add(
          `Pesan validasi ${rectA1(v.rect)} melebihi ${MAX_VALIDATION_TITLE} karakter judul atau ` +
            `${MAX_VALIDATION_MESSAGE} karakter isi.`
        );
      }
    }
  });
  return [...list];
}

function lowerTables(
  p: Problems,
  specs: M.TableSpec[],
  values: M.ModelValue[][],
  formulas: M.FormulaCell[],
  takenNames: string[]
): { tables: LoweredTable[]; formulas: M.FormulaCell[] } {
  const tables: LoweredTable[] = [];
  const headerCells = new Set<string>();
  for (const spec of specs) {
    if (!p.rect(spec.rect, `tabel "${spec.name}"`)) continue;
    const name = uniqueTableName(spec.name, takenNames);
    takenNames.push(name);
    // A table needs a data row below its header; a header-only range gets one empty row.
    const rect =
      spec.rect.bottom > spec.rect.top ? spec.rect : { ...spec.rect, bottom: spec.rect.top + 1 };
    const columns = tableColumnNames(values, rect);
    while (values.length <= rect.top) values.push([]);
    const header = values[rect.top].slice();
    columns.forEach((col, j) => {
      header[rect.left + j] = col;
      headerCells.add(`${rect.top},${rect.left + j}`);
    });
    for (let c = 0; c < header.length; c++) if (header[c] === undefined) header[c] = null;
    values[rect.top] = header;
    tables.push({ name, rect, style: spec.style, columns });
  }
  return {
    tables,
    formulas: headerCells.size
      ? formulas.filter((f) => !headerCells.has(`${f.row},${f.col}`))
      : formulas,
  };
}

function lowerSheet(
  sheet: M.SheetModel,
  name: string,
  takenTables: string[]
): { lowered: LoweredSheet; problems: string[] } {
  const p = new Problems(name);
  const checked = new Set<M.CellStyle>();
  for (const s of sheet.styles) {
    p.rect(s.rect, "format");
    if (checked.has(s.style)) continue;
    checked.add(s.style);
    checkStyleColors(p, s.style);
  }
  p.color(sheet.tabColor);
  if (sheet.autoFilter) p.rect(sheet.autoFilter, "filter");
  const values = lowerValues(p, sheet, name);
  const merges = lowerMerges(p, sheet.merges, name);
  const conditionalFormats = lowerConditionalFormats(p, sheet.conditionalFormats);
  const dataValidations = lowerDataValidations(p, sheet.dataValidations ?? []);
  const charts = lowerCharts(p, sheet.charts, name);
  const print = lowerPrint(p, sheet.print, name);
  const { tables, formulas } = lowerTables(
    p,
    sheet.tables,
    values,
    lowerFormulas(p, sheet, name),
    takenTables
  );
  const layers = p.list.length ? [] : styleLayers(sheet.styles);
  const rows = Math.max(0, Math.floor(sheet.freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(sheet.freeze?.cols ?? 0));
  const lowered: LoweredSheet = {
    name,
    wanted: sheet.name,
    kind: sheet.kind,
    values,
    formulas,
    styles: sheet.styles.map((s, i) => ({ rect: s.rect, style: s.style, layer: layers[i] ?? 0 })),
    merges,
    columns: sheet.columnWidths.flatMap((w, i) =>
      typeof w === "number" && Number.isFinite(w) && w > 0 ? [columnWidth(i, w)] : []
    ),
    rowHeights: lowerRowHeights(sheet.rowHeights),
    conditionalFormats,
    dataValidations,
    ...(rows || cols ? { freeze: { rows, cols } } : {}),
    ...(sheet.autoFilter ? { autoFilter: sheet.autoFilter } : {}),
    tables,
    charts,
    print,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    ...(sheet.hidden ? { hidden: true } : {}),
  };
  return { lowered, problems: p.list };
}

/** A sheet name as formulas quote it: 'Name', quotes doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A sheet the workbook already had a name for gets " (2)": formulas of the report that name it (always quoted,
 * as the builders write them) are pointed at the name it got, so they never reach the older sheet.
 */
function renameReferences(sheets: LoweredSheet[]): void {
  const renamed = sheets.filter((s) => s.name !== s.wanted);
  if (!renamed.length) return;
  for (const sheet of sheets) {
    sheet.formulas = sheet.formulas.map((f) => {
      let formula = f.formula;
      for (const s of renamed)
        formula = formula.split(`${quoted(s.wanted)}!`).join(`${quoted(s.name)}!`);
      return formula === f.formula ? f : { ...f, formula };
    });
  }
}

/**
 * Lowers a report for a workbook that already holds `existing`. Throws ReportModelError when the model
 * cannot be written at all (a rectangle outside the sheet, an invalid colour, overlapping merges, text
 * longer than a cell takes, a chart kind no writer draws …); with `strict`, also when it breaks the
 * report builder's invariants, which are otherwise returned in `problems` only when asked for.
 */
export function lowerReport(
  model: M.ReportModel,
  existing: ExistingNames = { sheets: [] },
  options: LowerOptions = {}
): LoweredReport {
  const problems = options.strict ? reportProblems(model) : [];
  const takenSheets = [...existing.sheets];
  const takenTables = [...(existing.names ?? [])];
  const fatal: string[] = [];
  const sheets = model.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, takenSheets);
    takenSheets.push(name);
    const { lowered, problems: sheetFatal } = lowerSheet(sheet, name, takenTables);
    fatal.push(...sheetFatal);
    return lowered;
  });
  if (fatal.length) throw new ReportModelError(fatal);
  renameReferences(sheets);
  if (options.strict && problems.length) {
    throw new ReportModelError(
      problems.map((x) => `Model laporan tidak memenuhi syaratnya: ${x}.`)
    );
  }
  return { sheets, problems };
}
