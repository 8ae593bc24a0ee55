// Invariants every SheetModel must keep, whoever builds it (the report builder's promise), and small
// queries over a model. `sheetProblems` lists what is wrong (empty when the sheet is sound); lowering
// (lower.ts) runs it when asked to check strictly, tests of the builders run it on every model.
import { cellAddress } from "../skj/text";
import { REPORT_SHEET_KINDS } from "../skj/registry/reportSheets";
import { TEMPLATE_SHEET_KINDS } from "../skj/registry/templateSheets";
import type { CellStyle, ModelValue, Rect, ReportModel, SheetModel, StyledRange } from "./model";

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

/** "B3" for 0-based row 2, column 1. */
export function a1(row: number, col: number): string {
  return cellAddress(row, col);
}

export function rectA1(r: Rect): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

/** A reference qualified by a quoted sheet name: 'Data Rumus 2027'!$A$3:$A$38. */
const OTHER_SHEET_REF = /'(?:[^']|'')*'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;

/** "B4" -> 0-based row and column. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

function rectProblem(what: string, r: Rect, rows: number, cols: number): string | null {
  const ints = [r.top, r.left, r.bottom, r.right].every((v) => Number.isInteger(v) && v >= 0);
  if (!ints) return `${what} ${JSON.stringify(r)}: coordinates must be non-negative integers`;
  if (r.top > r.bottom || r.left > r.right) return `${what} ${JSON.stringify(r)}: inverted`;
  if (r.bottom >= rows || r.right >= cols)
    return `${what} ${rectA1(r)} lies outside the sheet (${rows} rows × ${cols} columns)`;
  return null;
}

/** A1 references a formula makes to its own sheet (references qualified with a sheet name are skipped). */
export function formulaRefs(formula: string): { row: number; col: number }[] {
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs: { row: number; col: number }[] = [];
  const re = /('(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_(])/g;
  for (const m of body.matchAll(re)) {
    const before = m.index === 0 ? "" : body[m.index - 1];
    if (/[A-Za-z0-9_.]/.test(before)) continue; // part of a longer name
    if (m[1]) continue;
    refs.push(parseA1(m[2]));
  }
  return refs;
}

function styleProblems(where: string, style: CellStyle): string[] {
  const out: string[] = [];
  const colors = [style.fill, style.font?.color, style.border?.color].filter(
    (c): c is string => c !== undefined
  );
  for (const c of colors) if (!COLOR.test(c)) out.push(`${where}: colour "${c}" is not #RRGGBB`);
  if (style.numberFormat !== undefined && style.numberFormat.trim() === "")
    out.push(`${where}: empty number format`);
  if (style.font?.size !== undefined && !(style.font.size > 0 && style.font.size <= 409))
    out.push(`${where}: font size ${style.font.size}`);
  return out;
}

/** Everything wrong with a sheet model; [] when it keeps every invariant. */
export function sheetProblems(sheet: SheetModel): string[] {
  const p: string[] = [];
  const name = sheet.name;
  if (name.length < 1 || name.length > 31) p.push(`sheet name "${name}" must be 1–31 characters`);
  if (SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'"))
    p.push(`sheet name "${name}" has a character Excel forbids`);
  if (![...REPORT_SHEET_KINDS, ...TEMPLATE_SHEET_KINDS].includes(sheet.kind))
    p.push(`unknown kind ${sheet.kind}`);

  const rows = sheet.values.length;
  if (rows === 0) return [...p, "values is empty"];
  const cols = sheet.values[0].length;
  if (cols === 0) p.push("the first row has no cells");
  sheet.values.forEach((row, r) => {
    if (row.length !== cols) p.push(`row ${r + 1} has ${row.length} cells, the first has ${cols}`);
    row.forEach((v: ModelValue, c) => {
      const ok = typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
      if (!ok) p.push(`${a1(r, c)} holds ${String(v)} (${typeof v}); only strings and numbers`);
    });
  });
  const check = (what: string, r: Rect) => {
    const problem = rectProblem(what, r, rows, cols);
    if (problem) p.push(problem);
    return problem === null;
  };

  // Merges: in bounds, more than one cell, disjoint, only the top-left cell holds something.
  const formulaAt = new Set(sheet.formulas.map((f) => `${f.row}:${f.col}`));
  sheet.merges.forEach((m, i) => {
    if (!check(`merge ${i}`, m)) return;
    if (m.top === m.bottom && m.left === m.right) p.push(`merge ${rectA1(m)} is a single cell`);
    for (let j = 0; j < i; j++)
      if (overlaps(m, sheet.merges[j]))
        p.push(`merge ${rectA1(m)} overlaps merge ${rectA1(sheet.merges[j])}`);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (sheet.values[r][c] !== "")
          p.push(`${a1(r, c)} inside merge ${rectA1(m)} holds "${sheet.values[r][c]}" (hidden)`);
        if (formulaAt.has(`${r}:${c}`))
          p.push(`${a1(r, c)} inside merge ${rectA1(m)} has a formula`);
      }
  });

  // Styles: in bounds, valid, never overlapping (each carries the cell's whole style).
  const styled: StyledRange[] = [];
  sheet.styles.forEach((s, i) => {
    if (!check(`style range ${i}`, s.rect)) return;
    p.push(...styleProblems(`style range ${rectA1(s.rect)}`, s.style));
    styled.push(s);
  });
  const byTop = [...styled].sort((a, b) => a.rect.top - b.rect.top);
  for (let i = 0; i < byTop.length; i++)
    for (let j = i + 1; j < byTop.length && byTop[j].rect.top <= byTop[i].rect.bottom; j++)
      if (overlaps(byTop[i].rect, byTop[j].rect))
        p.push(`style ranges ${rectA1(byTop[i].rect)} and ${rectA1(byTop[j].rect)} overlap`);

  // Formulas: in bounds, one per cell, a computed value present, references inside the sheet.
  const seen = new Set<string>();
  for (const f of sheet.formulas) {
    const where = `formula at ${a1(f.row, f.col)}`;
    if (f.row < 0 || f.row >= rows || f.col < 0 || f.col >= cols) {
      p.push(`${where} lies outside the sheet`);
      continue;
    }
    const key = `${f.row}:${f.col}`;
    if (seen.has(key)) p.push(`${where} given twice`);
    seen.add(key);
    if (!f.formula.startsWith("=")) p.push(`${where} does not start with "="`);
    const v = sheet.values[f.row][f.col];
    if (v === "") p.push(`${where} has no computed value in values`);
    // References to other sheets (the formula data, the source) are checked by the writers, not here.
    const own = f.formula.replace(OTHER_SHEET_REF, "0");
    const refs = formulaRefs(own);
    if (refs.length === 0 && /[A-Z]{1,3}\d/.test(own))
      p.push(`${where}: could not read its references (${f.formula})`);
    for (const ref of refs) {
      if (ref.row >= rows || ref.col >= cols)
        p.push(`${where} (${f.formula}) points at ${a1(ref.row, ref.col)}, outside the sheet`);
      if (ref.row === f.row && ref.col === f.col) p.push(`${where} refers to itself`);
    }
    // A range containing the formula's own cell is circular too.
    const ranges = own.matchAll(/\$?([A-Z]{1,3}\$?\d+):\$?([A-Z]{1,3}\$?\d+)/g);
    for (const m of ranges) {
      const a = parseA1(m[1]);
      const b = parseA1(m[2]);
      const r = { top: a.row, left: a.col, bottom: b.row, right: b.col };
      if (contains(r, f.row, f.col)) p.push(`${where} (${f.formula}) includes its own cell`);
    }
  }

  sheet.conditionalFormats.forEach((cf, i) => {
    check(`conditional format ${i}`, cf.rect);
    if (cf.kind === "dataBar") {
      if (!COLOR.test(cf.color)) p.push(`data bar ${i}: colour "${cf.color}"`);
      return;
    }
    if (!Number.isFinite(cf.value)) p.push(`conditional format ${i}: value ${cf.value}`);
    if (cf.operator === "between" && !(cf.value2 !== undefined && cf.value2 >= cf.value))
      p.push(`conditional format ${i}: "between" needs value2 >= value`);
    for (const c of [cf.style.fill, cf.style.fontColor])
      if (c !== undefined && !COLOR.test(c)) p.push(`conditional format ${i}: colour "${c}"`);
  });

  sheet.columnWidths.forEach((w, i) => {
    if (!(Number.isFinite(w) && w > 0 && w <= 255)) p.push(`column ${i} width ${w}`);
  });
  const heightRows = new Set<number>();
  for (const h of sheet.rowHeights) {
    if (!(Number.isInteger(h.row) && h.row >= 0 && h.row < rows))
      p.push(`row height for row ${h.row} outside the sheet`);
    if (heightRows.has(h.row)) p.push(`row ${h.row} has two heights`);
    heightRows.add(h.row);
    if (!(h.height > 0 && h.height <= 409)) p.push(`row ${h.row} height ${h.height}`);
  }

  if (sheet.freeze) {
    const { rows: fr, cols: fc } = sheet.freeze;
    if (!(Number.isInteger(fr) && fr >= 0 && fr <= rows)) p.push(`freeze rows ${fr}`);
    if (!(Number.isInteger(fc) && fc >= 0 && fc <= cols)) p.push(`freeze cols ${fc}`);
  }

  if (sheet.autoFilter) check("autoFilter", sheet.autoFilter);
  sheet.tables.forEach((t, i) => {
    if (!check(`table ${t.name}`, t.rect)) return;
    if (!TABLE_NAME.test(t.name) || /^[A-Za-z]{1,3}\d+$/.test(t.name) || t.name.length > 255)
      p.push(`table name "${t.name}" is not a valid Excel name`);
    if (t.rect.bottom === t.rect.top) p.push(`table ${t.name} has no data row`);
    const headers = sheet.values[t.rect.top].slice(t.rect.left, t.rect.right + 1);
    const lower = headers.map((h) => String(h).trim().toLowerCase());
    if (headers.some((h) => typeof h !== "string" || h.trim() === ""))
      p.push(`table ${t.name}: every header cell must be non-empty text`);
    if (new Set(lower).size !== lower.length) p.push(`table ${t.name}: header names repeat`);
    for (const m of sheet.merges)
      if (overlaps(m, t.rect)) p.push(`table ${t.name} contains merge ${rectA1(m)}`);
    if (sheet.autoFilter && overlaps(sheet.autoFilter, t.rect))
      p.push(`table ${t.name} overlaps the autoFilter`);
    for (let j = 0; j < i; j++)
      if (overlaps(t.rect, sheet.tables[j].rect))
        p.push(`tables ${t.name} and ${sheet.tables[j].name} overlap`);
  });

  for (const chart of sheet.charts) {
    const cat = chart.categories;
    if (check(`chart "${chart.title}" categories`, cat) && cat.left !== cat.right)
      p.push(`chart "${chart.title}": categories must be one column`);
    if (chart.series.length === 0) p.push(`chart "${chart.title}" has no series`);
    for (const s of chart.series) {
      if (!check(`chart "${chart.title}" series "${s.name}"`, s.values)) continue;
      if (s.values.left !== s.values.right)
        p.push(`chart "${chart.title}" series "${s.name}" must be one column`);
      if (s.values.top !== cat.top || s.values.bottom !== cat.bottom)
        p.push(`chart "${chart.title}" series "${s.name}" rows differ from the categories`);
    }
    const an = chart.anchor;
    if (!(an.top >= 0 && an.left >= 0 && an.top <= an.bottom && an.left <= an.right))
      p.push(`chart "${chart.title}" anchor ${JSON.stringify(an)}`);
  }

  const pr = sheet.print;
  if (!(Number.isInteger(pr.fitToPagesWide) && pr.fitToPagesWide >= 1))
    p.push(`fitToPagesWide ${pr.fitToPagesWide}`);
  if (pr.repeatRows) {
    const { first, last } = pr.repeatRows;
    if (!(first >= 0 && first <= last && last < rows)) p.push(`repeatRows ${first}–${last}`);
  }
  if (pr.rowBreaks) {
    pr.rowBreaks.forEach((r, i) => {
      if (!(Number.isInteger(r) && r > 0 && r < rows)) p.push(`row break ${r} outside the sheet`);
      if (i > 0 && r <= pr.rowBreaks![i - 1]) p.push("row breaks must be ascending and distinct");
    });
  }
  if (pr.margins && Object.values(pr.margins).some((m) => !(m >= 0 && m < 5)))
    p.push(`margins ${JSON.stringify(pr.margins)}`);
  if (sheet.tabColor !== undefined && !COLOR.test(sheet.tabColor))
    p.push(`tab colour ${sheet.tabColor}`);
  return p;
}

/** Problems of a whole report: each sheet's, plus names that must be unique in a workbook. */
export function reportProblems(model: ReportModel): string[] {
  const p: string[] = [];
  if (model.sheets.length === 0) p.push("the report has no sheet");
  const names = model.sheets.map((s) => s.name.toLowerCase());
  if (new Set(names).size !== names.length) p.push("two sheets share a name");
  const tables = model.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
  if (new Set(tables).size !== tables.length) p.push("two tables share a name");
  for (const s of model.sheets) p.push(...sheetProblems(s).map((x) => `${s.name}: ${x}`));
  return p;
}

// ---------------------------------------------------------------------------------------------
// Queries.

/** The style of a cell (the one StyledRange that covers it), or undefined. */
export function styleAt(sheet: SheetModel, row: number, col: number): CellStyle | undefined {
  return sheet.styles.find((s) => contains(s.rect, row, col))?.style;
}

/** The merge that covers a cell, if any. */
export function mergeAt(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => contains(m, row, col));
}

/** Rows whose cell in `col` equals `value` (0-based row indexes). */
export function rowsWhere(sheet: SheetModel, col: number, value: ModelValue): number[] {
  const out: number[] = [];
  sheet.values.forEach((row, r) => {
    if (row[col] === value) out.push(r);
  });
  return out;
}

/** The only row whose cell in `col` equals `value`; fails when there is none or several. */
export function rowWhere(sheet: SheetModel, col: number, value: ModelValue): number {
  const rows = rowsWhere(sheet, col, value);
  if (rows.length !== 1)
    throw new Error(
      `expected one row with ${JSON.stringify(value)} in column ${col}, got ${rows.length}`
    );
  return rows[0];
}

/** The first row whose first cell starts with `prefix`. */
export function rowStartingWith(sheet: SheetModel, prefix: string): number {
  const r = sheet.values.findIndex(
    (row) => typeof row[0] === "string" && row[0].startsWith(prefix)
  );
  if (r < 0) throw new Error(`no row starts with "${prefix}"`);
  return r;
}

export function formulaAt(sheet: SheetModel, row: number, col: number): string | undefined {
  return sheet.formulas.find((f) => f.row === row && f.col === col)?.formula;
}
