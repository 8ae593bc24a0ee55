// One report sheet as a worksheet part (SpreadsheetML), cells written inline so that the shared
// strings part of the user's workbook stays untouched.

import type { CellStyle, ModelValue, Rect, SheetModel } from "../../report/model";
import type { Conformance } from "./opc";
import { absoluteRangeRef, cellRef, columnLetters, quotedSheet, rangeRef } from "./refs";
import { Edge, normalizeColor, ResolvedStyle, StyleBook } from "./styles";
import { escapeText, ooxmlString } from "./xml";

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32767;

export interface SheetParts {
  /** Final (unique) name of this sheet. */
  name: string;
  /** Relationship ids (in this sheet's rels) of its tables, in the order of `sheet.tables`. */
  tableRelIds: string[];
  /** Relationship id of its drawing, when it has charts. */
  drawingRelId?: string;
  /** Header texts that a table requires, by "row,col" (they replace the model's header values). */
  headerOverrides: Map<string, string>;
}

/** Border edges of a cell inside a StyledRange, as bits: which edges the range draws there. */
const LEFT = 1;
const RIGHT = 2;
const TOP = 4;
const BOTTOM = 8;

function edgeMask(style: CellStyle, rect: Rect, r: number, c: number): number {
  if (!style.border) return 0;
  if (style.border.kind === "grid") return LEFT | RIGHT | TOP | BOTTOM;
  return (
    (c === rect.left ? LEFT : 0) |
    (c === rect.right ? RIGHT : 0) |
    (r === rect.top ? TOP : 0) |
    (r === rect.bottom ? BOTTOM : 0)
  );
}

/**
 * The format a cell gets from the StyledRanges that cover it, given as "range index.edge mask," per
 * range in order (cells with the same signature share a format, so each is resolved once). Rule:
 * ranges apply in order and a later range overrides an earlier one property by property (font
 * bold/italic/size/colour, fill, number format, each alignment, each border edge); properties a
 * later range does not set stay as set before.
 */
function styleFromSignature(sheet: SheetModel, signature: string): ResolvedStyle {
  const s: ResolvedStyle = {};
  for (const part of signature.split(",")) {
    if (!part) continue;
    const [i, mask] = part.split(".").map(Number);
    const style = sheet.styles[i].style;
    Object.assign(s, flatStyle(style));
    if (style.border && mask) {
      const e: Edge = { weight: style.border.weight, color: normalizeColor(style.border.color) };
      if (mask & LEFT) s.left = e;
      if (mask & RIGHT) s.right = e;
      if (mask & TOP) s.top = e;
      if (mask & BOTTOM) s.bottom = e;
    }
  }
  return s;
}

function forEachStyledCell(
  sheet: SheetModel,
  visit: (r: number, c: number, signaturePart: string) => void
): void {
  sheet.styles.forEach(({ rect, style }, i) => {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++)
        visit(r, c, `${i}.${edgeMask(style, rect, r, c)},`);
    }
  });
}

/** The resolved format of every styled cell, by "row,col" (what the writer applies; for tests). */
export function resolveStyles(sheet: SheetModel): Map<string, ResolvedStyle> {
  const signatures = new Map<string, string>();
  forEachStyledCell(sheet, (r, c, part) =>
    signatures.set(`${r},${c}`, (signatures.get(`${r},${c}`) ?? "") + part)
  );
  return new Map([...signatures].map(([k, sig]) => [k, styleFromSignature(sheet, sig)]));
}

function flatStyle(style: CellStyle): ResolvedStyle {
  const s: ResolvedStyle = {};
  if (style.font?.bold !== undefined) s.bold = style.font.bold;
  if (style.font?.italic !== undefined) s.italic = style.font.italic;
  if (style.font?.underline !== undefined) s.underline = style.font.underline;
  if (style.font?.size !== undefined) s.size = style.font.size;
  if (style.font?.color !== undefined) s.color = normalizeColor(style.font.color);
  if (style.fill !== undefined) s.fill = normalizeColor(style.fill);
  if (style.numberFormat !== undefined) s.numberFormat = style.numberFormat;
  if (style.horizontal !== undefined) s.horizontal = style.horizontal;
  if (style.vertical !== undefined) s.vertical = style.vertical;
  if (style.wrap !== undefined) s.wrap = style.wrap;
  return s;
}

function edgeKey(e: Edge | undefined): string {
  return e ? `${e.weight}:${e.color}` : "";
}

function styleKey(s: ResolvedStyle): string {
  return [
    s.bold,
    s.italic,
    s.underline,
    s.size,
    s.color,
    s.fill,
    s.numberFormat,
    s.horizontal,
    s.vertical,
    s.wrap,
    edgeKey(s.left),
    edgeKey(s.right),
    edgeKey(s.top),
    edgeKey(s.bottom),
  ].join("\u0001");
}

/** Sheet size limits (XFD, 1048576). */
const COLS = 16384;
const ROWS = 1048576;

interface CellOut {
  value: ModelValue;
  formula?: string;
  /** Style signature (see styleFromSignature), then the resolved cellXfs index. */
  signature: string;
  xf: number;
}

function checkRect(r: Rect, what: string, sheetName: string): void {
  const ok =
    [r.top, r.left, r.bottom, r.right].every((n) => Number.isInteger(n) && n >= 0) &&
    r.bottom >= r.top &&
    r.right >= r.left &&
    r.bottom < ROWS &&
    r.right < COLS;
  if (!ok) {
    throw new Error(`Rentang ${what} di lembar "${sheetName}" tidak valid: ${JSON.stringify(r)}.`);
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function inlineText(s: string): string {
  return `<is><t xml:space="preserve">${escapeText(ooxmlString(s))}</t></is>`;
}

function cellXml(r: string, cell: CellOut, sheetName: string): string {
  const s = cell.xf ? ` s="${cell.xf}"` : "";
  const v = cell.value;
  if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
    throw new Error(
      `Teks sel ${r} di lembar "${sheetName}" terlalu panjang (${v.length} karakter; ` +
        `Excel menerima paling banyak ${MAX_CELL_TEXT}).`
    );
  }
  if (cell.formula !== undefined) {
    const f = `<f>${escapeText(ooxmlString(cell.formula.replace(/^=/, "")))}</f>`;
    if (typeof v === "number") {
      return Number.isFinite(v)
        ? `<c r="${r}"${s}>${f}<v>${v}</v></c>`
        : `<c r="${r}"${s} t="e">${f}<v>#NUM!</v></c>`;
    }
    if (typeof v === "boolean") return `<c r="${r}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "string") {
      return `<c r="${r}"${s} t="str">${f}<v>${escapeText(ooxmlString(v))}</v></c>`;
    }
    return `<c r="${r}"${s}>${f}</c>`;
  }
  if (typeof v === "string") return `<c r="${r}"${s} t="inlineStr">${inlineText(v)}</c>`;
  if (typeof v === "number") {
    // NaN or Infinity cannot be stored as a number; Excel shows #NUM! for them.
    return Number.isFinite(v)
      ? `<c r="${r}"${s}><v>${v}</v></c>`
      : `<c r="${r}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${r}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${r}"${s}/>`;
}

/** The worksheet part's XML for one report sheet. */
export function worksheetXml(
  sheet: SheetModel,
  parts: SheetParts,
  styles: StyleBook,
  c: Conformance
): string {
  const name = parts.name;
  for (const s of sheet.styles) checkRect(s.rect, "format", name);
  for (const m of sheet.merges) checkRect(m, "gabungan sel", name);
  for (const f of sheet.conditionalFormats) checkRect(f.rect, "format bersyarat", name);
  if (sheet.autoFilter) checkRect(sheet.autoFilter, "filter", name);

  // Cells in a sparse grid (rows of columns): values, then formulas and table headers on top,
  // then formats.
  const grid: CellOut[][] = [];
  let maxCol = -1;
  const put = (row: number, col: number): CellOut => {
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(col) ||
      row < 0 ||
      col < 0 ||
      row >= ROWS ||
      col >= COLS
    ) {
      throw new Error(
        `Sel baris ${row + 1}, kolom ${col + 1} di lembar "${name}" berada di luar lembar.`
      );
    }
    const cells = grid[row] ?? (grid[row] = []);
    let cell = cells[col];
    if (!cell) {
      cell = cells[col] = { value: null, signature: "", xf: 0 };
      if (col > maxCol) maxCol = col;
    }
    return cell;
  };
  sheet.values.forEach((rowValues, r) =>
    rowValues.forEach((v, col) => {
      if (v !== null && v !== undefined) put(r, col).value = v;
    })
  );
  for (const f of sheet.formulas) {
    const cell = put(f.row, f.col);
    cell.formula = f.formula;
    cell.value = sheet.values[f.row]?.[f.col] ?? null;
  }
  for (const [key, text] of parts.headerOverrides) {
    const [row, col] = key.split(",").map(Number);
    const cell = put(row, col);
    cell.value = text;
    cell.formula = undefined;
  }
  forEachStyledCell(sheet, (r, c, part) => (put(r, c).signature += part));
  const xfBySignature = new Map<string, number>();
  const xfByStyle = new Map<string, number>();
  for (const cells of grid) {
    if (!cells) continue;
    for (const cell of cells) {
      if (!cell || !cell.signature) continue;
      let xf = xfBySignature.get(cell.signature);
      if (xf === undefined) {
        // Different signatures can resolve to the same format: share one xf.
        const style = styleFromSignature(sheet, cell.signature);
        const key = styleKey(style);
        xf = xfByStyle.get(key);
        if (xf === undefined) xfByStyle.set(key, (xf = styles.xfFor(style)));
        xfBySignature.set(cell.signature, xf);
      }
      cell.xf = xf;
    }
  }

  const heights = new Map<number, number>();
  for (const { row, height } of sheet.rowHeights) {
    if (Number.isInteger(row) && row >= 0 && row < ROWS && Number.isFinite(height) && height >= 0) {
      heights.set(row, height);
    }
  }
  // A loop, not Math.max(...keys): a plan for thousands of employees has more rows than the call stack has
  // room for arguments.
  let maxRow = grid.length - 1;
  for (const row of heights.keys()) if (row > maxRow) maxRow = row;

  const letters: string[] = [];
  for (let c = 0; c <= maxCol; c++) letters.push(columnLetters(c));
  const rowXml: string[] = [];
  for (let row = 0; row <= maxRow; row++) {
    const cells = grid[row];
    const ht = heights.get(row);
    if (!cells && ht === undefined) continue;
    const attrs = ht !== undefined ? ` ht="${ht}" customHeight="1"` : "";
    const body: string[] = [];
    cells?.forEach((cell, col) => {
      // A cell with neither value nor format adds nothing.
      if (cell.value !== null || cell.formula !== undefined || cell.xf !== 0) {
        body.push(cellXml(`${letters[col]}${row + 1}`, cell, name));
      }
    });
    rowXml.push(
      body.length
        ? `<row r="${row + 1}"${attrs}>${body.join("")}</row>`
        : `<row r="${row + 1}"${attrs}/>`
    );
  }

  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${c.main}" xmlns:r="${c.rels}">`
  );
  const tab = sheet.tabColor ? `<tabColor rgb="FF${normalizeColor(sheet.tabColor)}"/>` : "";
  out.push(`<sheetPr>${tab}<pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(
    `<dimension ref="${maxRow < 0 ? "A1" : rangeRef({ top: 0, left: 0, bottom: maxRow, right: Math.max(maxCol, 0) })}"/>`
  );
  out.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(sheet)}</sheetView></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = sheet.columnWidths
    .map((w, i) =>
      typeof w === "number" && Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`
        : ""
    )
    .join("");
  if (cols) out.push(`<cols>${cols}</cols>`);
  out.push(rowXml.length ? `<sheetData>${rowXml.join("")}</sheetData>` : `<sheetData/>`);
  if (sheet.autoFilter) out.push(`<autoFilter ref="${rangeRef(sheet.autoFilter)}"/>`);

  const merges = sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  // Overlaps are found row by row (merges span a few rows): comparing every pair took minutes for the
  // hundred thousand merges of a province's plan.
  const byRow = new Map<number, Rect[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let list = byRow.get(r);
      if (!list) byRow.set(r, (list = []));
      const other = list.find((o) => overlaps(o, m));
      if (other) {
        throw new Error(
          `Gabungan sel ${rangeRef(m)} dan ${rangeRef(other)} di lembar "${name}" tumpang-tindih.`
        );
      }
      list.push(m);
    }
  }
  if (merges.length) {
    out.push(
      `<mergeCells count="${merges.length}">` +
        merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("") +
        `</mergeCells>`
    );
  }

  // Priorities run 1..n in model order: the first rule wins where rules overlap.
  sheet.conditionalFormats.forEach((f, i) => {
    const priority = i + 1;
    let rule: string;
    if (f.kind === "cellValue") {
      const formulas =
        f.operator === "between"
          ? `<formula>${num(f.value)}</formula><formula>${num(f.value2 ?? f.value)}</formula>`
          : `<formula>${num(f.value)}</formula>`;
      rule =
        `<cfRule type="cellIs" dxfId="${styles.dxfFor(f.style)}" priority="${priority}"` +
        ` operator="${f.operator}">${formulas}</cfRule>`;
    } else {
      rule =
        `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/>` +
        `<color rgb="FF${normalizeColor(f.color)}"/></dataBar></cfRule>`;
    }
    out.push(`<conditionalFormatting sqref="${rangeRef(f.rect)}">${rule}</conditionalFormatting>`);
  });

  const p = sheet.print;
  const m = p.margins ?? {
    left: 0.7,
    right: 0.7,
    top: 0.75,
    bottom: 0.75,
    header: 0.3,
    footer: 0.3,
  };
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}"` +
      ` header="${m.header}" footer="${m.footer}"/>`
  );
  // Paper 9 is A4; fitToHeight 0 leaves the page count free while fitting the width.
  out.push(
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToPagesWide}"` +
      ` fitToHeight="0"/>`
  );
  if (p.footerCenter) {
    out.push(
      `<headerFooter><oddFooter>${escapeText(ooxmlString(`&C${p.footerCenter}`))}</oddFooter></headerFooter>`
    );
  }
  const breaks = [...new Set(p.rowBreaks ?? [])].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length) {
    out.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
        `</rowBreaks>`
    );
  }
  if (parts.drawingRelId) out.push(`<drawing r:id="${parts.drawingRelId}"/>`);
  if (parts.tableRelIds.length) {
    out.push(
      `<tableParts count="${parts.tableRelIds.length}">` +
        parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("") +
        `</tableParts>`
    );
  }
  out.push(`</worksheet>`);
  return out.join("");
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Batas format bersyarat harus berupa angka (${n}).`);
  return String(n);
}

function paneXml(sheet: SheetModel): string {
  const rows = Math.max(0, Math.floor(sheet.freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(sheet.freeze?.cols ?? 0));
  if (rows === 0 && cols === 0) return "";
  const activePane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = cellRef(rows, cols);
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""}` +
    ` topLeftCell="${topLeft}" activePane="${activePane}" state="frozen"/>` +
    `<selection pane="${activePane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** The value of the `_xlnm.Print_Titles` name for repeated rows, e.g. `'Rencana'!$1:$3`. */
export function printTitlesRef(sheetName: string, first: number, last: number): string {
  return `${quotedSheet(sheetName)}!$${first + 1}:$${last + 1}`;
}

/** The value of the hidden `_xlnm._FilterDatabase` name Excel keeps for a sheet's auto filter. */
export function filterDatabaseRef(sheetName: string, r: Rect): string {
  return `${quotedSheet(sheetName)}!${absoluteRangeRef(r)}`;
}
