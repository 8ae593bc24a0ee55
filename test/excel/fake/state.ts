// The fake workbook's stored state: sheets, cells (values, formulas, number formats, interned cell
// formats), merges, conditional formats, charts, tables, page layout. Proxies mutate it at sync time.
import { Rect, colsOf, intersects, rowsOf } from "./address";

/** An error like the ones Excel returns (OfficeExtension.Error): code, message, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Something the fake does not model: it throws instead of pretending to succeed. */
export function notImplemented(what: string): FakeOfficeError {
  return new FakeOfficeError("NotImplemented", `${what} is not implemented in the fake`);
}

export function invalidArgument(message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message, location);
}

export interface CellErrorValue {
  error: string;
}
/** null = empty cell. */
export type StoredValue = string | number | boolean | CellErrorValue | null;

export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

/** One cell's format; interned so that a million formatted cells share a few objects. */
export interface CellFormat {
  bold: boolean;
  italic: boolean;
  /** Excel.RangeUnderlineStyle: "None", "Single", "Double", "SingleAccountant", "DoubleAccountant". */
  underline: string;
  size: number;
  color: string;
  fontName: string;
  /** Solid fill colour, null when there is none. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borderTop: BorderState | null;
  borderBottom: BorderState | null;
  borderLeft: BorderState | null;
  borderRight: BorderState | null;
}

export const DEFAULT_FORMAT: CellFormat = {
  bold: false,
  italic: false,
  underline: "None",
  size: 11,
  color: "#000000",
  fontName: "Calibri",
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borderTop: null,
  borderBottom: null,
  borderLeft: null,
  borderRight: null,
};

export class FormatTable {
  readonly list: CellFormat[] = [DEFAULT_FORMAT];
  private readonly byKey = new Map<string, number>([[JSON.stringify(DEFAULT_FORMAT), 0]]);
  private readonly transitions = new Map<string, Map<number, number>>();

  /** The id of `old` with `patch` applied, cached per (patch, old) so big ranges cost a map lookup a cell. */
  apply(old: number, patch: (f: CellFormat) => Partial<CellFormat>, patchKey: string): number {
    let byOld = this.transitions.get(patchKey);
    if (!byOld) this.transitions.set(patchKey, (byOld = new Map()));
    const hit = byOld.get(old);
    if (hit !== undefined) return hit;
    const next = { ...this.list[old], ...patch(this.list[old]) };
    const key = JSON.stringify(next);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(next);
      this.byKey.set(key, id);
    }
    byOld.set(old, id);
    return id;
  }
}

export class RowState {
  v: StoredValue[] = [];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
  fmt?: number[];
}

export interface CellValueRuleState {
  formula1: string;
  formula2?: string;
  operator: string;
}

/** Range.dataValidation as Excel keeps it: one rule kind, blanks, the prompt and the error alert. */
export interface DataValidationState {
  rect: Rect;
  rule: { list?: { inCellDropDown: boolean; source: string }; custom?: { formula: string } };
  ignoreBlanks: boolean;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface ConditionalFormatState {
  id: number;
  type: string;
  rect: Rect;
  cellValue?: {
    rule?: CellValueRuleState;
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
  };
  dataBar?: { fillColor?: string; gradientFill?: boolean };
}

export interface ChartSeriesState {
  name: string;
  values: string;
  categories?: string;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  position?: { start: string; end?: string };
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
  footers: { left: string; center: string; right: string };
  headers: { left: string; center: string; right: string };
}

export class SheetState {
  readonly id: string;
  name: string;
  visibility = "Visible";
  tabColor = "";
  readonly rows = new Map<number, RowState>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Worksheet.calculate calls, and whether calculation was suspended in that request. */
  readonly calculations: { markAllDirty: boolean; suspended: boolean }[] = [];
  /** 0-based rows hidden by the user or by a filter. */
  readonly hiddenRows = new Set<number>();
  conditionalFormats: ConditionalFormatState[] = [];
  dataValidations: DataValidationState[] = [];
  charts: ChartState[] = [];
  freeze: { rows: number; cols: number } | null = null;
  autoFilter: Rect | null = null;
  pageBreaks: number[] = [];
  pageLayout: PageLayoutState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    footers: { left: "", center: "", right: "" },
    headers: { left: "", center: "", right: "" },
  };
  deleted = false;
  /** Bumped on every cell change, so the used range can be cached. */
  version = 0;
  private usedCache = new Map<string, Rect | null>();

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  row(r: number, create: true): RowState;
  row(r: number, create?: boolean): RowState | undefined;
  row(r: number, create = false): RowState | undefined {
    let row = this.rows.get(r);
    if (!row && create) this.rows.set(r, (row = new RowState()));
    return row;
  }

  touch(): void {
    this.version++;
    this.usedCache.clear();
  }

  /** The used range like Excel: cells with content (and, unless valuesOnly, with formatting). */
  usedRange(valuesOnly: boolean): Rect | null {
    const key = `${valuesOnly}`;
    if (this.usedCache.has(key)) return this.usedCache.get(key)!;
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (const [r, row] of this.rows) {
      const width = Math.max(
        row.v.length,
        row.f?.length ?? 0,
        valuesOnly ? 0 : (row.nf?.length ?? 0),
        valuesOnly ? 0 : (row.fmt?.length ?? 0)
      );
      for (let c = 0; c < width; c++) {
        const used =
          (row.v[c] !== null && row.v[c] !== undefined) ||
          row.f?.[c] !== undefined ||
          (!valuesOnly && (row.nf?.[c] !== undefined || (row.fmt?.[c] ?? 0) !== 0));
        if (!used) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    const rect = bottom < 0 ? null : { top, left, bottom, right };
    this.usedCache.set(key, rect);
    return rect;
  }

  /** Merged areas by each row they cover, so that checks stay cheap with thousands of merges. */
  private mergesByRow = new Map<number, Rect[]>();

  addMerge(m: Rect): void {
    this.merges.push(m);
    for (let r = m.top; r <= m.bottom; r++) {
      let list = this.mergesByRow.get(r);
      if (!list) this.mergesByRow.set(r, (list = []));
      list.push(m);
    }
  }

  removeMerges(gone: Rect[]): void {
    if (gone.length === 0) return;
    const set = new Set(gone);
    this.merges = this.merges.filter((m) => !set.has(m));
    for (const m of gone) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (!list) continue;
        const kept = list.filter((x) => x !== m);
        if (kept.length) this.mergesByRow.set(r, kept);
        else this.mergesByRow.delete(r);
      }
    }
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.mergesByRow.get(r)?.find((m) => c >= m.left && c <= m.right);
  }

  mergesIn(rect: Rect): Rect[] {
    if (rowsOf(rect) > this.mergesByRow.size) {
      return this.merges.filter((m) => intersects(m, rect));
    }
    const found = new Set<Rect>();
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (const m of this.mergesByRow.get(r) ?? []) if (intersects(m, rect)) found.add(m);
    }
    return [...found];
  }
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  style: string;
  showHeaders: boolean;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  readonly formats = new FormatTable();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Review → Protect Workbook: no sheet may be added, deleted or renamed. */
  structureProtected = false;
  /** The user has another workbook's window in front: adding, activating and freezing fail. */
  otherWorkbookFocused = false;
  /** The user is typing in a cell: requests fail unless they wait (delayForCellEdit). */
  cellEditMode = false;
  private nextSheet = 1;
  private nextTable = 1;
  nextObjectId = 1;

  newSheetId(): string {
    return `{FAKE-SHEET-${this.nextSheet++}}`;
  }

  newTableId(): string {
    return `${this.nextTable++}`;
  }

  liveSheets(): SheetState[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id && !s.deleted);
  }

  sheetByName(name: string): SheetState | undefined {
    const key = name.toUpperCase();
    return this.liveSheets().find((s) => s.name.toUpperCase() === key);
  }

  /** Excel's rules for a sheet name; throws the error Excel would. */
  checkSheetName(name: unknown, except?: SheetState): string {
    if (typeof name !== "string" || name.length === 0) {
      throw invalidArgument("The sheet name is empty.", "WorksheetCollection.add");
    }
    if (name.length > 31) {
      throw invalidArgument(
        `The sheet name "${name}" is longer than 31 characters.`,
        "WorksheetCollection.add"
      );
    }
    if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw invalidArgument(`The sheet name "${name}" is not valid.`, "WorksheetCollection.add");
    }
    if (name.toUpperCase() === "HISTORY") {
      throw invalidArgument('"History" is a reserved sheet name.', "WorksheetCollection.add");
    }
    const clash = this.sheetByName(name);
    if (clash && clash !== except) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A sheet named "${name}" already exists.`,
        "WorksheetCollection.add"
      );
    }
    return name;
  }

  tableByName(name: string): TableState | undefined {
    const key = name.toUpperCase();
    return this.tables.find((t) => t.name.toUpperCase() === key && this.sheetById(t.sheetId));
  }

  liveTables(): TableState[] {
    return this.tables.filter((t) => this.sheetById(t.sheetId));
  }
}

// ---------------------------------------------------------------------------------------------
// Values as Excel takes them in: what typing the same text into a cell would store.

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel keeps 15 significant digits. */
function excelNumber(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

export interface CellInput {
  value: StoredValue;
  formula?: string;
}

/**
 * How Excel stores a value written through `values` (or `formulas`): like typing it. A leading
 * apostrophe forces text; a text number format keeps text; "=" (and "+"/"-" followed by more) starts a
 * formula; numbers, percentages and TRUE/FALSE written as text are converted.
 */
export function coerceInput(
  raw: unknown,
  numberFormat: string | undefined,
  where: string
): CellInput {
  if (raw === "") return { value: null };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`${where}: ${raw} is not a valid number.`);
    return { value: excelNumber(raw) };
  }
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw !== "string") {
    throw invalidArgument(`${where}: a cell value must be a string, number or boolean.`);
  }
  if (raw.length > 32767) throw invalidArgument(`${where}: text longer than 32,767 characters.`);
  if (raw.startsWith("'")) return { value: raw.slice(1) === "" ? null : raw.slice(1) };
  if (numberFormat === "@") return { value: raw };
  if (raw.startsWith("=") && raw.length > 1) return { value: null, formula: raw };
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1 && !NUMERIC.test(raw)) {
    return { value: null, formula: `=${raw}` };
  }
  const t = raw.trim();
  if (NUMERIC.test(t)) return { value: excelNumber(Number(t)) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))%$/.exec(t);
  if (pct) return { value: excelNumber(Number(pct[1]) / 100) };
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    return { value: Math.round(ms / 86400000) + 25569 };
  }
  if (EXCEL_ERRORS.includes(t.toUpperCase())) return { value: { error: t.toUpperCase() } };
  return { value: raw };
}

/** What `range.values` returns for a stored value. */
export function outputValue(v: StoredValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  return v;
}

export function valueType(v: StoredValue | undefined): string {
  if (v === null || v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  return Number.isInteger(v) ? "Integer" : "Double";
}

// ---------------------------------------------------------------------------------------------
// Validation of enum strings and colours, as Excel rejects them.

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
};

export function checkColor(value: unknown, where: string): string {
  if (typeof value === "string") {
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value.toUpperCase();
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
  }
  throw invalidArgument(`${where}: "${String(value)}" is not a colour Excel accepts.`, where);
}

export function checkEnum(value: unknown, allowed: readonly string[], where: string): string {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw invalidArgument(`${where}: "${String(value)}" is not one of ${allowed.join(", ")}.`, where);
}

export function checkNumber(value: unknown, min: number, max: number, where: string): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max) {
    return value;
  }
  throw invalidArgument(`${where}: ${String(value)} is outside ${min}–${max}.`, where);
}

export function checkBoolean(value: unknown, where: string): boolean {
  if (typeof value === "boolean") return value;
  throw invalidArgument(`${where}: ${String(value)} is not a boolean.`, where);
}

export function checkString(value: unknown, where: string): string {
  if (typeof value === "string") return value;
  throw invalidArgument(`${where}: ${String(value)} is not a string.`, where);
}

/** A 2-D array exactly the shape of the range, as Excel requires for values/formulas/numberFormat. */
export function checkShape(value: unknown, rect: Rect, where: string): unknown[][] {
  const rows = rowsOf(rect);
  const cols = colsOf(rect);
  const ok =
    Array.isArray(value) &&
    value.length === rows &&
    value.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    const got = Array.isArray(value)
      ? `${value.length} x ${Array.isArray(value[0]) ? (value[0] as unknown[]).length : "?"}`
      : typeof value;
    throw invalidArgument(
      `${where}: the number of rows or columns in the input array doesn't match the size or ` +
        `dimensions of the range (range ${rows} x ${cols}, array ${got}).`,
      where
    );
  }
  return value as unknown[][];
}

export function cellCount(rect: Rect): number {
  return rowsOf(rect) * colsOf(rect);
}
