// One report sheet as a worksheet part (SpreadsheetML), cells written inline so that the shared
// strings part of the user's workbook stays untouched.

import {
  ALL_EDGES,
  applyStyle,
  edgeMask,
  Edge,
  normalizeColor,
  ResolvedStyle,
} from "../../report/cellStyle";
import { LoweredSheet, MAX_COLS, MAX_ROWS } from "../../report/lower";
import type { CellStyle, ModelValue, Rect } from "../../report/model";
import type { Conformance } from "./conformance";
import { absoluteRangeRef, cellRef, columnLetters, quotedSheet, rangeRef } from "./refs";
import { StyleBook } from "./styles";
import { escapeAttr, escapeText, ooxmlString, Utf8Sink, utf8Of } from "../opc/xml";

export interface SheetParts {
  /** Final (unique) name of this sheet. */
  name: string;
  /** Relationship ids (in this sheet's rels) of its tables, in the order of `sheet.tables`. */
  tableRelIds: string[];
  /** Relationship id of its drawing, when it has charts. */
  drawingRelId?: string;
  /** Texts that replace cells, by "row,col" (tests place text over formulas with it). */
  headerOverrides?: Map<string, string>;
}

/**
 * The format a cell gets from the StyledRanges that cover it, given as "range index.edge mask," per
 * range in order (cells with the same signature share a format, so each is resolved once). Rule:
 * ranges apply in order and a later range overrides an earlier one property by property (font
 * bold/italic/size/colour, fill, number format, each alignment, each border edge); properties a
 * later range does not set stay as set before.
 */
function styleFromSignature(sheet: LoweredSheet, signature: string): ResolvedStyle {
  const s: ResolvedStyle = {};
  for (const part of signature.split(",")) {
    if (!part) continue;
    const [i, mask] = part.split(".").map(Number);
    applyStyle(s, sheet.styles[i].style, mask);
  }
  return s;
}

function forEachStyledCell(
  sheet: LoweredSheet,
  visit: (r: number, c: number, signaturePart: string) => void
): void {
  sheet.styles.forEach(({ rect, style }, i) => {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++)
        visit(r, c, `${i}.${edgeMask(style, rect, r, c)},`);
    }
  });
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

const COLS = MAX_COLS;
const ROWS = MAX_ROWS;

interface CellOut {
  value: ModelValue;
  formula?: string;
  /** Style signature (see styleFromSignature), then the resolved cellXfs index. */
  signature: string;
  xf: number;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Writes rows and their cells. Every cell keeps its reference (`r`): OOXML allows leaving it out for a
 * cell that follows the previous one, but ExcelJS 4.4 then fails to read the workbook. Inline text gets
 * `xml:space="preserve"` only where Excel would otherwise trim it (leading or trailing white space).
 */
class RowWriter {
  /** `" s="N"` per cellXfs index ("" for 0). */
  private readonly styleAttrs: string[] = [];
  /** Column letters per column. */
  private readonly letters: string[] = [];
  /** 1-based row number as written, for the current row. */
  private rowNumber = "";
  private empty = true;

  constructor(private readonly out: Utf8Sink) {}

  startRow(row: number, ht: number | undefined): void {
    this.rowNumber = String(row + 1);
    this.empty = true;
    this.out.write(
      ht !== undefined
        ? `<row r="${this.rowNumber}" ht="${ht}" customHeight="1"`
        : `<row r="${this.rowNumber}"`
    );
  }

  endRow(): void {
    this.out.write(this.empty ? "/>" : "</row>");
  }

  cell(col: number, xf: number, v: ModelValue, formula: string | undefined): void {
    const out = this.out;
    if (this.empty) {
      out.write(">");
      this.empty = false;
    }
    const letters = this.letters[col] ?? (this.letters[col] = columnLetters(col));
    const s = this.styleAttrs[xf] ?? (this.styleAttrs[xf] = xf ? ` s="${xf}"` : "");
    out.write(`<c r="${letters}${this.rowNumber}"${s}`);
    if (formula !== undefined) {
      const f = formula.replace(/^=/, "");
      if (typeof v === "number" && !Number.isFinite(v)) {
        out.write(` t="e"><f>`);
        out.text(f);
        out.write(`</f><v>#NUM!</v></c>`);
      } else if (typeof v === "number") {
        out.write(`><f>`);
        out.text(f);
        out.write(`</f><v>${v}</v></c>`);
      } else if (typeof v === "boolean") {
        out.write(` t="b"><f>`);
        out.text(f);
        out.write(`</f><v>${v ? 1 : 0}</v></c>`);
      } else if (typeof v === "string") {
        out.write(` t="str"><f>`);
        out.text(f);
        out.write(`</f><v>`);
        out.text(v);
        out.write(`</v></c>`);
      } else {
        out.write(`><f>`);
        out.text(f);
        out.write(`</f></c>`);
      }
    } else if (typeof v === "string" && v !== "") {
      {
        const preserve = isWhitespace(v.charCodeAt(0)) || isWhitespace(v.charCodeAt(v.length - 1));
        out.write(
          preserve ? ` t="inlineStr"><is><t xml:space="preserve">` : ` t="inlineStr"><is><t>`
        );
        out.text(v);
        out.write(`</t></is></c>`);
      }
    } else if (typeof v === "number") {
      // NaN or Infinity cannot be stored as a number; Excel shows #NUM! for them.
      out.write(Number.isFinite(v) ? `><v>${v}</v></c>` : ` t="e"><v>#NUM!</v></c>`);
    } else if (typeof v === "boolean") {
      out.write(` t="b"><v>${v ? 1 : 0}</v></c>`);
    } else {
      out.write(`/>`);
    }
  }
}

/** Test hooks. */
export interface WorksheetOptions {
  /**
   * Always take the general path (a cell object per cell, a style signature per cell), which any model
   * can take; the fast path must write exactly the same part.
   */
  generalPath?: boolean;
  /** Told which path wrote the cells. */
  onPath?: (path: "fast" | "general") => void;
}

/** Explicit row heights by row (a typed array: a plan has a height for most of its rows). */
class RowHeights {
  private readonly byRow: Float64Array;
  /** Last row with a height, -1 when none. */
  readonly lastRow: number;

  constructor(rowHeights: LoweredSheet["rowHeights"]) {
    // Lowered heights are valid and ascending, one per row.
    this.lastRow = rowHeights.length ? rowHeights[rowHeights.length - 1].row : -1;
    this.byRow = new Float64Array(this.lastRow + 1).fill(NaN);
    for (const { row, points } of rowHeights) this.byRow[row] = points;
  }

  at(row: number): number | undefined {
    const h = row < this.byRow.length ? this.byRow[row] : NaN;
    return Number.isNaN(h) ? undefined : h;
  }
}

/** What the cell writer needs, whichever path filled it. */
interface SheetCells {
  /** Last row and column that hold a cell (a value, formula or style), -1 when none. */
  maxRow: number;
  maxCol: number;
  /** Writes `<sheetData>`'s rows. */
  writeRows(sink: Utf8Sink, heights: RowHeights, lastRow: number): void;
}

/**
 * The general path: cells in a sparse grid (rows of columns) of cell objects, each styled cell with a
 * signature of the ranges covering it. Handles overlapping ranges and any sheet shape.
 */
function generalCells(sheet: LoweredSheet, parts: SheetParts, styles: StyleBook): SheetCells {
  const name = parts.name;
  // Values, then formulas and table headers on top, then formats.
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
  for (const [key, text] of parts.headerOverrides ?? []) {
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
  return {
    maxRow: grid.length - 1,
    maxCol,
    writeRows(sink, heights, lastRow) {
      const w = new RowWriter(sink);
      for (let row = 0; row <= lastRow; row++) {
        const cells = grid[row];
        const ht = heights.at(row);
        if (!cells && ht === undefined) continue;
        w.startRow(row, ht);
        cells?.forEach((cell, col) => {
          // A cell with neither value nor format adds nothing.
          if (cell.value !== null || cell.formula !== undefined || cell.xf !== 0) {
            w.cell(col, cell.xf, cell.value, cell.formula);
          }
        });
        w.endRow();
      }
    },
  };
}

/** Widest sheet the fast path takes, and most cells (a dense array of format slots). */
const FAST_MAX_WIDTH = 1024;
const FAST_MAX_CELLS = 1 << 25;

/**
 * The fast path, for the sheets the report builder makes: StyledRanges that never overlap (each holds
 * its cells' whole format) on a sheet of moderate width. Each cell's format is a slot (style × border
 * edges) in one typed array, resolved to an xf once per slot; values are read from the model as they are
 * written, without a cell object each. Gives up (undefined) when ranges overlap or the sheet does not fit:
 * the general path then writes it. Its output is the general path's, byte for byte.
 */
function fastCells(
  sheet: LoweredSheet,
  parts: SheetParts,
  styles: StyleBook
): SheetCells | undefined {
  const values = sheet.values;
  if (values.length > ROWS) return undefined;
  let rows = values.length;
  let width = 0;
  for (const rowValues of values) {
    if (!Array.isArray(rowValues) || rowValues.length > FAST_MAX_WIDTH) return undefined;
    if (rowValues.length > width) width = rowValues.length;
  }
  // Formulas and table headers by row, then column; later entries win, as in the general path.
  const special = new Map<number, Map<number, { value: ModelValue; formula?: string }>>();
  const setSpecial = (row: number, col: number, cell: { value: ModelValue; formula?: string }) => {
    let inRow = special.get(row);
    if (!inRow) special.set(row, (inRow = new Map()));
    inRow.set(col, cell);
  };
  const place = (row: number, col: number): boolean => {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) return false;
    if (row >= ROWS || col >= FAST_MAX_WIDTH) return false;
    if (row >= rows) rows = row + 1;
    if (col >= width) width = col + 1;
    return true;
  };
  for (const f of sheet.formulas) {
    if (!place(f.row, f.col)) return undefined;
    setSpecial(f.row, f.col, { value: values[f.row]?.[f.col] ?? null, formula: f.formula });
  }
  for (const [key, text] of parts.headerOverrides ?? []) {
    const [row, col] = key.split(",").map(Number);
    if (!place(row, col)) return undefined;
    setSpecial(row, col, { value: text });
  }
  for (const { rect } of sheet.styles) {
    if (rect.right >= FAST_MAX_WIDTH) return undefined;
    if (rect.bottom >= rows) rows = rect.bottom + 1;
    if (rect.right >= width) width = rect.right + 1;
  }
  if (rows * width > FAST_MAX_CELLS) return undefined;

  // Distinct styles: shared style objects are found by identity, equal copies by their content.
  const styleIds = new Map<CellStyle, number>();
  const styleByKey = new Map<string, number>();
  const distinct: CellStyle[] = [];
  const styleId = (style: CellStyle): number => {
    let id = styleIds.get(style);
    if (id === undefined) {
      const resolved: ResolvedStyle = {};
      applyStyle(resolved, style, ALL_EDGES);
      const key = `${style.border?.kind ?? ""}\u0002${styleKey(resolved)}`;
      id = styleByKey.get(key);
      if (id === undefined) {
        styleByKey.set(key, (id = distinct.length));
        distinct.push(style);
      }
      styleIds.set(style, id);
    }
    return id;
  };

  // slots[row * width + col]: 0 = no format, else 1 + style id * 16 + edge mask.
  const slots = new Int32Array(rows * width);
  const touched = new Uint8Array(rows);
  let maxCol = -1;
  for (const { rect, style } of sheet.styles) {
    const base = 1 + styleId(style) * 16;
    const outline = style.border?.kind === "outline";
    const mask = style.border ? ALL_EDGES : 0;
    for (let r = rect.top; r <= rect.bottom; r++) {
      touched[r] = 1;
      const at = r * width;
      for (let c = rect.left; c <= rect.right; c++) {
        // Overlapping ranges combine property by property: the general path knows how.
        if (slots[at + c] !== 0) return undefined;
        slots[at + c] = outline ? base + edgeMask(style, rect, r, c) : base + mask;
      }
    }
    if (rect.right > maxCol) maxCol = rect.right;
  }
  for (let r = 0; r < values.length; r++) {
    const rowValues = values[r];
    for (let c = rowValues.length - 1; c >= 0; c--) {
      const v = rowValues[c];
      if (v !== null && v !== undefined) {
        touched[r] = 1;
        if (c > maxCol) maxCol = c;
        break;
      }
    }
  }
  for (const [row, inRow] of special) {
    touched[row] = 1;
    for (const col of inRow.keys()) if (col > maxCol) maxCol = col;
  }
  let maxRow = rows - 1;
  while (maxRow >= 0 && !touched[maxRow]) maxRow--;

  // Slots resolve to xfs in the order the general path meets them (row by row), so that both
  // add the same formats to the styles part in the same order.
  const slotXf = new Int32Array(distinct.length * 16 + 1).fill(-1);
  slotXf[0] = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slotXf[slot] !== -1) continue;
    const resolved: ResolvedStyle = {};
    applyStyle(resolved, distinct[(slot - 1) >> 4], (slot - 1) & 15);
    slotXf[slot] = styles.xfFor(resolved);
  }

  return {
    maxRow,
    maxCol,
    writeRows(sink, heights, lastRow) {
      const w = new RowWriter(sink);
      for (let row = 0; row <= lastRow; row++) {
        const ht = heights.at(row);
        const hasCells = row < rows && touched[row] === 1;
        if (!hasCells && ht === undefined) continue;
        w.startRow(row, ht);
        if (hasCells) {
          const rowValues: readonly ModelValue[] = values[row] ?? [];
          const at = row * width;
          const inRow = special.get(row);
          for (let col = 0; col < width; col++) {
            let v: ModelValue | undefined = rowValues[col];
            let formula: string | undefined;
            if (inRow) {
              const s = inRow.get(col);
              if (s) ({ value: v, formula } = s);
            }
            const xf = slotXf[slots[at + col]];
            if ((v === null || v === undefined) && formula === undefined && xf === 0) continue;
            w.cell(col, xf, v ?? null, formula);
          }
        }
        w.endRow();
      }
    },
  };
}

/** The worksheet part's XML for one report sheet, as text (for tests; the writer streams it). */
export function worksheetXml(
  sheet: LoweredSheet,
  parts: SheetParts,
  styles: StyleBook,
  c: Conformance,
  options: WorksheetOptions = {}
): string {
  return new TextDecoder().decode(
    utf8Of((sink) => writeWorksheet(sink, sheet, parts, styles, c, options))
  );
}

/** Writes the worksheet part for one report sheet to `out`. */
export function writeWorksheet(
  out: Utf8Sink,
  sheet: LoweredSheet,
  parts: SheetParts,
  styles: StyleBook,
  c: Conformance,
  options: WorksheetOptions = {}
): void {
  const fast = options.generalPath ? undefined : fastCells(sheet, parts, styles);
  const cells = fast ?? generalCells(sheet, parts, styles);
  options.onPath?.(fast ? "fast" : "general");
  const maxCol = cells.maxCol;

  const heights = new RowHeights(sheet.rowHeights);
  const maxRow = Math.max(cells.maxRow, heights.lastRow);

  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${c.main}" xmlns:r="${c.rels}">`
  );
  const tab = sheet.tabColor ? `<tabColor rgb="FF${normalizeColor(sheet.tabColor)}"/>` : "";
  out.write(`<sheetPr>${tab}<pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.write(
    `<dimension ref="${maxRow < 0 ? "A1" : rangeRef({ top: 0, left: 0, bottom: maxRow, right: Math.max(maxCol, 0) })}"/>`
  );
  out.write(`<sheetViews><sheetView workbookViewId="0">${paneXml(sheet)}</sheetView></sheetViews>`);
  out.write(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = sheet.columns
    .map(
      (w) => `<col min="${w.col + 1}" max="${w.col + 1}" width="${w.fileWidth}" customWidth="1"/>`
    )
    .join("");
  if (cols) out.write(`<cols>${cols}</cols>`);
  if (maxRow < 0) {
    out.write(`<sheetData/>`);
  } else {
    out.write(`<sheetData>`);
    cells.writeRows(out, heights, maxRow);
    out.write(`</sheetData>`);
  }
  if (sheet.autoFilter) out.write(`<autoFilter ref="${rangeRef(sheet.autoFilter)}"/>`);

  const merges = sheet.merges;
  if (merges.length) {
    out.write(`<mergeCells count="${merges.length}">`);
    for (const m of merges) out.write(`<mergeCell ref="${rangeRef(m)}"/>`);
    out.write(`</mergeCells>`);
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
    out.write(`<conditionalFormatting sqref="${rangeRef(f.rect)}">${rule}</conditionalFormatting>`);
  });

  writeDataValidations(out, sheet);

  const p = sheet.print;
  const m = p.margins;
  out.write(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}"` +
      ` header="${m.header}" footer="${m.footer}"/>`
  );
  // Paper 9 is A4; fitToHeight 0 leaves the page count free while fitting the width.
  out.write(
    `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToPagesWide}"` +
      ` fitToHeight="0"/>`
  );
  if (p.footerCenter) {
    out.write(
      `<headerFooter><oddFooter>${escapeText(ooxmlString(`&C${p.footerCenter}`))}</oddFooter></headerFooter>`
    );
  }
  const breaks = p.rowBreaks;
  if (breaks.length) {
    out.write(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
        `</rowBreaks>`
    );
  }
  if (parts.drawingRelId) out.write(`<drawing r:id="${parts.drawingRelId}"/>`);
  if (parts.tableRelIds.length) {
    out.write(
      `<tableParts count="${parts.tableRelIds.length}">` +
        parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("") +
        `</tableParts>`
    );
  }
  out.write(`</worksheet>`);
}

/** CT_DataValidations, after the conditional formats as the schema orders them. */
function writeDataValidations(out: Utf8Sink, sheet: LoweredSheet): void {
  const list = sheet.dataValidations;
  if (!list.length) return;
  out.write(`<dataValidations count="${list.length}">`);
  for (const v of list) {
    // A list's items are one quoted text; a custom rule's formula is stored without its "=".
    const rule = v.rule;
    const formula = !rule
      ? ""
      : rule.kind === "list"
        ? `"${rule.items.join(",")}"`
        : rule.formula.replace(/^=/, "");
    const boxes =
      (v.prompt
        ? ` showInputMessage="1" promptTitle="${escapeAttr(v.prompt.title)}"` +
          ` prompt="${escapeAttr(v.prompt.message)}"`
        : "") +
      (rule && v.error
        ? ` showErrorMessage="1" errorTitle="${escapeAttr(v.error.title)}"` +
          ` error="${escapeAttr(v.error.message)}"`
        : "");
    // Without a rule the type is "none" (the schema's default): any value, the prompt only.
    out.write(
      `<dataValidation${rule ? ` type="${rule.kind}" errorStyle="stop"` : ""}` +
        `${v.allowBlank ? ` allowBlank="1"` : ""}${boxes} sqref="${rangeRef(v.rect)}">` +
        `${rule ? `<formula1>${escapeText(formula)}</formula1>` : ""}</dataValidation>`
    );
  }
  out.write(`</dataValidations>`);
}

function num(n: number): string {
  return String(n);
}

function paneXml(sheet: LoweredSheet): string {
  if (!sheet.freeze) return "";
  const { rows, cols } = sheet.freeze;
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
