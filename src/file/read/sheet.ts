// One worksheet part (sheetData, mergeCells) into a SheetGrid trimmed to the cells that hold a value.
import type { CellRange, CellValue, SheetGrid } from "../../skj/types";
import { msg } from "../../skj/messages";
import { WorkbookReadError } from "../opc/errors";
import { parseCellRef, parseRangeRef } from "./refs";
import { parseIsoDate, serialToDate } from "./numFmt";
import { decodeOoxmlEscapes, scanXml, XmlAttrs, XmlBackend, XmlHandler } from "../opc/xmlScan";

/** Shared by every row of a grid that holds no value: a sheet with a cell at row 1,048,576 costs no million arrays. */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

export interface SheetContext {
  sharedStrings: string[];
  /** Per cellXfs index: does its number format show a date? */
  dateStyles: boolean[];
  date1904: boolean;
  /** Cells (with a value) still allowed in the whole workbook. */
  cellBudget: { remaining: number; limit: number };
  backend?: XmlBackend;
  onProgress?: (fraction: number) => void;
}

export interface ParsedSheet {
  grid: Omit<SheetGrid, "name" | "state">;
  cells: number;
  protected: boolean;
  dataValidations: number;
  conditionalFormats: number;
}

/** Formula cells without a result listed by position (the count goes on). */
const MAX_UNCACHED_LISTED = 10_000;

const enum Capture {
  None,
  Value,
  InlineText,
}

class SheetHandler implements XmlHandler {
  wantText = false;
  // Cells with a value, in reading order.
  readonly rowsOf: number[] = [];
  readonly colsOf: number[] = [];
  readonly values: CellValue[] = [];
  readonly merges: CellRange[] = [];
  readonly hiddenRows: number[] = [];
  /** Formula cells saved without a result (written by a program that does not calculate). */
  uncachedFormulas = 0;
  /** Where they are (0-based), the first MAX_UNCACHED_LISTED of them. */
  readonly uncachedCells: { row: number; col: number }[] = [];
  private cellFormula = false;
  protected_ = false;
  dataValidations = 0;
  conditionalFormats = 0;

  private inSheetData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private cellType = "n";
  private cellStyle = 0;
  private capture = Capture.None;
  private valueText: string | undefined;
  private inlineText = "";
  private inInline = false;
  private phoneticDepth = 0;

  constructor(
    private readonly ctx: SheetContext,
    private readonly sheetLabel: string
  ) {}

  open(name: string, attrs: XmlAttrs): void {
    if (this.inCell) {
      if (name === "f") this.cellFormula = true;
      if (name === "v") {
        this.capture = Capture.Value;
        this.valueText = "";
        this.wantText = true;
      } else if (name === "is") {
        this.inInline = true;
      } else if (this.inInline) {
        if (name === "rPh") this.phoneticDepth++;
        else if (name === "t" && this.phoneticDepth === 0) {
          this.capture = Capture.InlineText;
          this.wantText = true;
        }
      }
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (this.inSheetData) {
          const r = attrs.get("r");
          const n = r === undefined ? NaN : Number(r);
          // Rows without r follow the previous one (1-based in the file, 0-based here).
          this.row = Number.isInteger(n) && n >= 1 && n <= 1048576 ? n - 1 : this.row + 1;
          this.col = -1;
          const hidden = attrs.get("hidden");
          if (hidden === "1" || hidden === "true") this.hiddenRows.push(this.row);
        }
        break;
      case "c":
        if (this.inSheetData) this.startCell(attrs);
        break;
      case "mergeCell": {
        const range = parseRangeRef(attrs.get("ref") ?? "");
        if (range && (range.bottom > range.top || range.right > range.left))
          this.merges.push(range);
        break;
      }
      case "sheetProtection": {
        const sheet = attrs.get("sheet");
        this.protected_ = sheet === "1" || sheet === "true";
        break;
      }
      case "dataValidation":
        this.dataValidations++;
        break;
      case "conditionalFormatting":
        this.conditionalFormats++;
        break;
    }
  }

  private startCell(attrs: XmlAttrs): void {
    if (this.row < 0) this.row = 0; // a cell outside any <row>: tolerate as row 1
    const ref = attrs.get("r");
    const pos = ref !== undefined ? parseCellRef(ref) : null;
    if (pos) {
      this.cellRow = pos.row;
      this.cellCol = pos.col;
      this.row = pos.row;
    } else {
      this.cellRow = this.row;
      this.cellCol = this.col + 1;
    }
    this.col = this.cellCol;
    this.cellType = attrs.get("t") ?? "n";
    const s = attrs.get("s");
    this.cellStyle = s === undefined ? 0 : Number(s) | 0;
    this.valueText = undefined;
    this.inlineText = "";
    this.inInline = false;
    this.phoneticDepth = 0;
    this.cellFormula = false;
    this.inCell = true;
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === "c") {
        this.inCell = false;
        this.capture = Capture.None;
        this.wantText = false;
        this.finishCell();
      } else if (name === "v" || name === "t") {
        this.capture = Capture.None;
        this.wantText = false;
      } else if (name === "rPh") {
        this.phoneticDepth--;
      } else if (name === "is") {
        this.inInline = false;
      }
      return;
    }
    if (name === "sheetData") this.inSheetData = false;
  }

  text(t: string): void {
    if (this.capture === Capture.Value) this.valueText += t;
    else if (this.capture === Capture.InlineText) this.inlineText += t;
  }

  private finishCell(): void {
    const value = this.cellValue();
    // No <v>, or an empty <v></v> on a number cell (openpyxl's way); Excel writes an empty text
    // result as t="str" with <v></v>, which is a real (empty) result.
    const noResult =
      this.valueText === undefined || (this.valueText.trim() === "" && this.cellType === "n");
    if (this.cellFormula && noResult) {
      this.uncachedFormulas++;
      if (this.uncachedCells.length < MAX_UNCACHED_LISTED)
        this.uncachedCells.push({ row: this.cellRow, col: this.cellCol });
    }
    if (value === null || value === "") return;
    const budget = this.ctx.cellBudget;
    if (--budget.remaining < 0) {
      throw new WorkbookReadError("too-large", {
        found: msg("found-too-many-cells", { limit: budget.limit, sheet: this.sheetLabel }),
        detail: `cell limit ${budget.limit} exceeded`,
      });
    }
    this.rowsOf.push(this.cellRow);
    this.colsOf.push(this.cellCol);
    this.values.push(value);
  }

  private cellValue(): CellValue {
    const v = this.valueText;
    switch (this.cellType) {
      case "s": {
        if (v === undefined || v.trim() === "") return null;
        const s = this.ctx.sharedStrings[Number(v)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return decodeOoxmlEscapes(this.inlineText !== "" ? this.inlineText : (v ?? ""));
      case "str":
        return v === undefined ? null : decodeOoxmlEscapes(v);
      case "b":
        if (v === undefined) return null;
        return v.trim() === "1" || v.trim() === "true";
      case "e":
        return v === undefined || v.trim() === "" ? null : { error: v.trim() };
      case "d": {
        if (v === undefined || v.trim() === "") return null;
        return parseIsoDate(v) ?? v;
      }
      default: {
        // "n", or an unknown type: a number if it reads as one (a formula without a cached value reads as null).
        if (v === undefined || v.trim() === "") return null;
        const num = Number(v);
        if (!Number.isFinite(num)) return v;
        if (this.ctx.dateStyles[this.cellStyle]) return serialToDate(num, this.ctx.date1904) ?? num;
        // An 18-digit NIP written as a number by a script keeps all its digits in the file, but not in
        // a double: keep the digits as text. (Excel itself writes what the double holds, which reads back
        // as the same number, so its lost digits are still reported.)
        if (num >= 1e15 || num <= -1e15) {
          const digits = v.trim();
          if (/^-?\d{16,}$/.test(digits) && String(num) !== digits) return digits;
        }
        return num;
      }
    }
  }
}

/** Parse one worksheet (or macro/dialog sheet) part; throws XmlError for malformed XML. */
export function parseSheet(xml: string, ctx: SheetContext, sheetLabel: string): ParsedSheet {
  const h = new SheetHandler(ctx, sheetLabel);
  scanXml(xml, h, { backend: ctx.backend, onProgress: ctx.onProgress });
  const grid = buildGrid(h.rowsOf, h.colsOf, h.values, ctx, sheetLabel);
  // Rows are written in order; sorting guards against a writer that does not.
  const hiddenRows = h.hiddenRows.sort((a, b) => a - b);
  return {
    grid: {
      ...grid,
      merges: h.merges,
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(h.uncachedFormulas
        ? { uncachedFormulas: { count: h.uncachedFormulas, cells: h.uncachedCells } }
        : {}),
    },
    cells: h.values.length,
    protected: h.protected_,
    dataValidations: h.dataValidations,
    conditionalFormats: h.conditionalFormats,
  };
}

function buildGrid(
  rowsOf: number[],
  colsOf: number[],
  values: CellValue[],
  ctx: SheetContext,
  sheetLabel: string
): { rows: CellValue[][]; origin?: { row: number; col: number } } {
  const n = values.length;
  if (n === 0) return { rows: [] };
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  for (let i = 0; i < n; i++) {
    const r = rowsOf[i];
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    if (colsOf[i] < minCol) minCol = colsOf[i];
  }
  const height = maxRow - minRow + 1;
  // Each row is as long as its own last cell: a stray far-right cell widens one row, not all of them.
  const width = new Int32Array(height);
  for (let i = 0; i < n; i++) {
    const w = colsOf[i] - minCol + 1;
    const k = rowsOf[i] - minRow;
    if (w > width[k]) width[k] = w;
  }
  let slots = 0;
  for (let k = 0; k < height; k++) slots += width[k];
  if (slots > ctx.cellBudget.limit) {
    throw new WorkbookReadError("too-large", {
      found: msg("found-sheet-span", { sheet: sheetLabel, cells: slots }),
      detail: `grid of ${slots} slots exceeds ${ctx.cellBudget.limit}`,
    });
  }
  const rows: CellValue[][] = new Array(height);
  for (let k = 0; k < height; k++) rows[k] = width[k] ? new Array(width[k]).fill(null) : EMPTY_ROW;
  for (let i = 0; i < n; i++) rows[rowsOf[i] - minRow][colsOf[i] - minCol] = values[i];
  return minRow === 0 && minCol === 0 ? { rows } : { rows, origin: { row: minRow, col: minCol } };
}
