// The lowered report: what lowering (lower.ts) hands to both writers, and the limits it enforces.

import type {
  ChartSpec,
  ConditionalFormat,
  DataValidation,
  FormulaCell,
  ModelValue,
  PrintSetup,
  Rect,
  SheetModel,
  StyledRange,
} from "./model";

/** Sheet size limits (XFD, 1048576). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32767;
export const MAX_ROW_HEIGHT = 409;
export const MAX_COLUMN_CHARS = 255;
/** Excel's limits on a data validation: the list source text, a title, a message. */
export const MAX_LIST_SOURCE = 255;
export const MAX_VALIDATION_TITLE = 32;
export const MAX_VALIDATION_MESSAGE = 255;

/** Excel's margins for a new sheet ("Normal"), in inches: what a sheet gets when the model gives none. */
export const DEFAULT_MARGINS: Margins = {
  top: 0.75,
  bottom: 0.75,
  left: 0.7,
  right: 0.7,
  header: 0.3,
  footer: 0.3,
};

/** Chart kinds both writers draw; any other kind is refused by lowering. */
export const CHART_KINDS: readonly ChartSpec["kind"][] = ["barClustered"];

export type Margins = NonNullable<PrintSetup["margins"]>;

/** What the workbook already holds: names the new ones must not take (compared without case). */
export interface ExistingNames {
  sheets: Iterable<string>;
  /** Table names and defined names of the workbook (they share one namespace in Excel). */
  names?: Iterable<string>;
}

export interface LoweredColumn {
  col: number;
  /** Width in characters of the default font's digit (Excel's user-facing unit), 0–255. */
  chars: number;
  /** The same width in points (Office.js columnWidth): (chars × 7 px + 5 px) at 96 dpi. */
  points: number;
  /** The same width in OOXML's `<col width>` unit, which includes the 5 px padding. */
  fileWidth: number;
}

export interface LoweredTable {
  /** Final, workbook-unique name. */
  name: string;
  /** Header row included; always at least one data row. */
  rect: Rect;
  style: string;
  /** Column names: the texts of the header cells (non-empty, unique without case). */
  columns: string[];
}

export interface LoweredPrint {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages wide to fit to (≥ 1); the height is never limited. */
  fitToPagesWide: number;
  repeatRows?: { first: number; last: number };
  footerCenter?: string;
  /** Always given (the model's or Excel's defaults), in inches … */
  margins: Margins;
  /** … and in points. */
  marginPoints: Margins;
  /** Rows (> 0) before which a page break is forced, ascending and distinct. */
  rowBreaks: number[];
}

/** A StyledRange with the layer it is applied in: a range comes after every earlier overlapping one. */
export interface LoweredStyle extends StyledRange {
  layer: number;
}

export interface LoweredSheet {
  /** Final, unique, legal sheet name. */
  name: string;
  /** The name the model asked for. */
  wanted: string;
  kind: SheetModel["kind"];
  /**
   * Cell values from A1. Blank cells are null ("" in the model is blank too: an empty text cell
   * would count as text); table header cells hold their column names.
   */
  values: ModelValue[][];
  /** Formulas with a leading "=", one per cell (a later one for the same cell wins), none in table headers. */
  formulas: FormulaCell[];
  styles: LoweredStyle[];
  /** Merges of more than one cell, non-overlapping. */
  merges: Rect[];
  columns: LoweredColumn[];
  /** Row heights in points (0–409), one per row, ascending. */
  rowHeights: { row: number; points: number }[];
  conditionalFormats: ConditionalFormat[];
  /** Checked against Excel's limits; never overlapping. */
  dataValidations: DataValidation[];
  freeze?: { rows: number; cols: number };
  autoFilter?: Rect;
  tables: LoweredTable[];
  charts: ChartSpec[];
  print: LoweredPrint;
  tabColor?: string;
  /** Hidden from the tabs (formula data); a writer never activates it. */
  hidden?: boolean;
}

export interface LoweredReport {
  sheets: LoweredSheet[];
  /** Breaches of the report builder's invariants (invariants.ts), when lowering was asked to check them. */
  problems: string[];
}

export interface LowerOptions {
  /** Also check the report builder's invariants (invariants.ts) and refuse a model that breaks one. */
  strict?: boolean;
}

/** A model that no writer can write; `problems` lists why (Bahasa Indonesia). */
export class ReportModelError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.slice(0, 10).join(" ") + (problems.length > 10 ? ` (+${problems.length - 10})` : "")
    );
    this.name = "ReportModelError";
  }
}
