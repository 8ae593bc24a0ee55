// The renderer-neutral sheet model: what a report sheet holds, independent of Office.js or a file format.
// Both adapters (src/excel for Office.js, src/file for .xlsx packages) write exactly this, after
// lowering (lower.ts) has decided names, sizes, margins and the rest for both of them.
import type { Message } from "../skj/messages";
import type { ReportSheetKind } from "../skj/registry/reportSheets";
import type { TemplateSheetKind } from "../skj/registry/templateSheets";

/** A rectangle in 0-based coordinates of the sheet being written, bounds inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ModelValue = string | number | boolean | null;

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** "#RRGGBB". */
  color?: string;
  /** Single underline (the signatory's name). */
  underline?: boolean;
}

export type BorderWeight = "thin" | "medium";

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  /** Excel number format code, e.g. "0.0%", "+0.0;-0.0;0.0", "@". */
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Borders on every cell edge inside the range ("grid") or only around it ("outline"). */
  border?: { kind: "grid" | "outline"; weight: BorderWeight; color: string };
}

/**
 * A style applied to a whole range: formats are given by range, never cell by cell. The report builder
 * never lets two StyledRanges of a sheet overlap, and each carries the cell's complete style, so a
 * renderer can apply them in any order.
 */
export interface StyledRange {
  rect: Rect;
  style: CellStyle;
}

export interface FormulaCell {
  row: number;
  col: number;
  /** A1-style formula with a leading "=", in English function names (as Office.js `formulas` and OOXML expect). */
  formula: string;
}

/** Highlight cells whose number compares to the given bound(s). */
export interface CellValueRule {
  kind: "cellValue";
  rect: Rect;
  operator:
    "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "between" | "equal";
  /** Bounds as numbers (between uses both, inclusive). */
  value: number;
  value2?: number;
  style: { fill?: string; fontColor?: string; bold?: boolean };
}

/** An in-cell data bar, proportional to the cell's value. */
export interface DataBarRule {
  kind: "dataBar";
  rect: Rect;
  color: string;
}

export type ConditionalFormat = CellValueRule | DataBarRule;

/**
 * What a cell may hold. A list is shown as an in-cell dropdown; a custom rule is a formula (leading "=",
 * English function names) written for the top-left cell of the range and relative to it, as Excel reads it.
 */
export type ValidationRule =
  { kind: "list"; items: readonly string[] } | { kind: "custom"; formula: string };

/**
 * Data validation on a range: the rule, the message shown on entering a cell, and the one shown on refusal.
 * Without a rule, any value is taken and only the prompt is shown.
 */
export interface DataValidation {
  rect: Rect;
  rule?: ValidationRule;
  /** Blank cells pass (a row may be filled in later). */
  allowBlank: boolean;
  /** Excel shows at most 32 characters of a title and 255 of a message. */
  prompt?: { title: string; message: string };
  /** The refusal ("Stop": the value is not accepted); required with a rule. */
  error?: { title: string; message: string };
}

export interface ChartSpec {
  kind: "barClustered";
  title: string;
  /** Category labels (one column), in sheet coordinates. */
  categories: Rect;
  /** Each series: its name and its values (one column, same rows as categories). */
  series: { name: string; values: Rect }[];
  /** Where the chart sits: the top-left and bottom-right cells it covers. */
  anchor: Rect;
  xAxisTitle?: string;
  yAxisTitle?: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit to this many pages wide (height unlimited). */
  fitToPagesWide: number;
  /** 0-based rows repeated at the top of each printed page. */
  repeatRows?: { first: number; last: number };
  /** Footer text with Excel's codes (&P page, &N pages), e.g. "Halaman &P dari &N". */
  footerCenter?: string;
  /** Margins in inches. */
  margins?: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  /** 0-based rows before which a page break is forced. */
  rowBreaks?: number[];
}

export interface TableSpec {
  /** Desired table name; lowering makes it legal and unique in the workbook (names.ts). */
  name: string;
  /** The table including its header row. */
  rect: Rect;
  style: string;
}

export interface SheetModel {
  /** Desired sheet name; lowering makes it legal and adds " (2)", " (3)" when it is taken (names.ts). */
  name: string;
  kind: ReportSheetKind | TemplateSheetKind;
  /** Rectangular block of values starting at A1; every row has the same length. */
  values: ModelValue[][];
  /** Cells that hold a formula; `values` holds the formula's computed value for renderers that need it. */
  formulas: FormulaCell[];
  styles: StyledRange[];
  merges: Rect[];
  /** Column widths in characters (Excel's "width" unit), index = column. */
  columnWidths: number[];
  /** Explicit row heights in points, for rows that need them (wrapped text, titles). */
  rowHeights: { row: number; height: number }[];
  conditionalFormats: ConditionalFormat[];
  /** Rules on what may be typed (the entry template); ranges never overlap. */
  dataValidations?: DataValidation[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  /** A filter over a header row and the rows below it (not used together with a table on the same range). */
  autoFilter?: Rect;
  tables: TableSpec[];
  charts: ChartSpec[];
  print: PrintSetup;
  tabColor?: string;
  /** Hidden from the sheet tabs (the formula data the other sheets refer to); never the first sheet shown. */
  hidden?: boolean;
}

/** Everything a report run writes: its sheets, in order; the first one is activated afterwards. */
export interface ReportModel {
  sheets: SheetModel[];
  /** What the user should know about how the sheets were laid out (IDP split over sheets, no charts). */
  notices?: Message[];
}
