/// <reference types="office-js" />
// A strict in-memory stand-in for Excel's JavaScript API (the subset the add-in uses, ExcelApi up to
// 1.13). Like Excel: properties must be loaded and synced before they are read, writes run at sync,
// 2-D arrays must match the range, names and enum strings are checked, a failing action stops the
// batch with the earlier ones applied. Everything it does not model throws "not implemented in the
// fake". It records every sync's request and response size.
//
//   const fake = new FakeExcel().addSheet("Data", { values: [["NIP", "Nama"], ["1", "Ani"]] });
//   await fake.run(async (context) => { ... await context.sync(); });
//   fake.sheet("Data").value("B2"); fake.syncCount; fake.syncs[0].requestBytes;
import { Rect, formatAddress, formatRect, parseAddress } from "./fake/address";
import { Action, FakeContext, Host, Limits, SyncRecord, requestBody } from "./fake/proxies";
import {
  BorderState,
  ChartState,
  FakeOfficeError,
  PageLayoutState,
  SheetState,
  StoredValue,
  WorkbookState,
  coerceInput,
} from "./fake/state";

export { FakeOfficeError } from "./fake/state";
export type { SyncRecord } from "./fake/proxies";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set supported (default "1.13"); newer APIs fail with ApiNotFound. */
  apiVersion?: string;
  /** A request bigger than this fails with RequestPayloadSizeLimitExceeded (default 5,000,000). */
  maxRequestBytes?: number;
  /** A response bigger than this fails with ResponsePayloadSizeLimitExceeded (default 5,000,000). */
  maxResponseBytes?: number;
  /** Excel's cap on cells read or written by one operation (default 5,000,000). */
  maxCellsPerOperation?: number;
  /** getMergedAreasOrNullObject fails above this many areas (Excel: 512). */
  maxMergedAreas?: number;
  /** getRanges fails on a longer address string (default 8,192, Excel's documented limit). */
  maxAddressLength?: number;
  /** getRanges fails on more areas than this (default: no limit, none is documented). */
  maxRangeAreas?: number;
  /**
   * Which of "," and ";" getRanges takes between addresses (default both, as the API reference says).
   * ";" alone models Excel on Windows in a locale whose list separator is ";" (German, Indonesian),
   * which has been reported to refuse "," (OfficeDev/office-js#1167, #1985); "" refuses both (an
   * Excel whose getRanges takes one area only), to test what a writer does then.
   */
  rangeListSeparators?: "," | ";" | ",;" | "";
  /**
   * Whether errors say where they happened (debugInfo.errorLocation, default true). Excel does not
   * always: false strips it from every error, to test what a writer does without it.
   */
  errorLocation?: boolean;
}

/** Excel.run's options that the fake models. */
export interface RunOptions {
  /** Wait while the user edits a cell instead of failing with InvalidOperationInCellEditMode. */
  delayForCellEdit?: boolean;
}

/** A cell for seeding: a value, an Excel error, or a formula with the value it shows. */
export type SeedValue =
  | string
  | number
  | boolean
  | null
  | { error: string }
  | { formula: string; value?: string | number | boolean | null };

export interface SeedSheet {
  /** Row-major values placed from `at` (default "A1"). */
  values?: SeedValue[][];
  at?: string;
  /** Merged areas, e.g. ["A1:F1"]. */
  merges?: string[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** 1-based rows hidden by the user or a filter. */
  hiddenRows?: number[];
  /** Number formats by address, e.g. {"C2:C9": "0.0%"}. */
  numberFormats?: Record<string, string>;
}

export interface FailOptions {
  /** How many of the sync's actions run before it fails (default: half of them). */
  afterActions?: number | "half";
  code?: string;
  message?: string;
  /** Fail without debugInfo.errorLocation, as Excel sometimes does. */
  withoutLocation?: boolean;
}

export interface CellFormatView {
  font: {
    bold: boolean;
    italic: boolean;
    underline: string;
    size: number;
    color: string;
    name: string;
  };
  /** Solid fill, null when none. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: {
    top: BorderState | null;
    bottom: BorderState | null;
    left: BorderState | null;
    right: BorderState | null;
  };
}

export interface ConditionalFormatView {
  type: string;
  address: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  dataBarColor?: string;
}

export interface TableView {
  name: string;
  sheet: string;
  address: string;
  style: string;
}

/** Bytes of a string as UTF-8, without Buffer or TextEncoder (absent under jsdom). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeExcel implements Host {
  readonly state = new WorkbookState();
  readonly limits: Limits;
  current: SyncRecord | null = null;
  private readonly apiVersion: string;
  private readonly records: SyncRecord[] = [];
  private readonly failures = new Map<number, Required<FailOptions>>();
  private readonly errorLocations: boolean;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.13";
    this.errorLocations = options.errorLocation ?? true;
    this.limits = {
      maxRequestBytes: options.maxRequestBytes ?? 5_000_000,
      maxResponseBytes: options.maxResponseBytes ?? 5_000_000,
      maxCellsPerOperation: options.maxCellsPerOperation ?? 5_000_000,
      maxMergedAreas: options.maxMergedAreas ?? 512,
      maxAddressLength: options.maxAddressLength ?? 8192,
      maxRangeAreas: options.maxRangeAreas ?? Infinity,
      rangeListSeparators: options.rangeListSeparators ?? ",;",
    };
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  /** Office.context.requirements.isSetSupported for this fake (only ExcelApi is known). */
  readonly isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && this.supports(version ?? "1.1");

  // -------------------------------------------------------------------------------------------
  // Seeding (directly, without syncs).

  addSheet(name: string, seed: SeedSheet = {}): this {
    this.state.checkSheetName(name);
    const sheet = new SheetState(this.state.newSheetId(), name);
    this.state.sheets.push(sheet);
    if (!this.state.activeSheetId && (seed.visibility ?? "Visible") === "Visible") {
      this.state.activeSheetId = sheet.id;
    }
    sheet.visibility = seed.visibility ?? "Visible";
    const origin = this.local(sheet, seed.at ?? "A1");
    (seed.values ?? []).forEach((rowValues, i) => {
      const row = sheet.row(origin.top + i, true);
      rowValues.forEach((v, j) => {
        const c = origin.left + j;
        if (v === null) return;
        if (typeof v === "object" && "formula" in v) {
          (row.f ??= [])[c] = v.formula;
          row.v[c] = v.value === undefined || v.value === "" ? null : v.value;
        } else if (typeof v === "object") {
          row.v[c] = { error: v.error };
        } else {
          row.v[c] = v === "" ? null : v;
        }
      });
    });
    for (const [address, format] of Object.entries(seed.numberFormats ?? {})) {
      const r = this.local(sheet, address);
      for (let i = r.top; i <= r.bottom; i++) {
        const row = sheet.row(i, true);
        for (let j = r.left; j <= r.right; j++) (row.nf ??= [])[j] = format;
      }
    }
    for (const m of seed.merges ?? []) sheet.addMerge(this.local(sheet, m));
    for (const r of seed.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
    sheet.touch();
    return this;
  }

  /** Seed an Excel table (header row included in the address). */
  addTable(sheetName: string, address: string, name: string, style = "TableStyleMedium2"): this {
    const sheet = this.sheetState(sheetName);
    this.state.tables.push({
      id: this.state.newTableId(),
      name,
      sheetId: sheet.id,
      rect: this.local(sheet, address),
      style,
      showHeaders: true,
    });
    return this;
  }

  /** Review → Protect Workbook (structure): adding a sheet then fails with AccessDenied. */
  protectStructure(): this {
    this.state.structureProtected = true;
    return this;
  }

  /**
   * The user starts typing in a cell (true) or presses Enter (false). While editing, a request
   * fails with InvalidOperationInCellEditMode unless its Excel.run asked to wait (delayForCellEdit);
   * one that waits runs when the edit ends (the fake ends it there).
   */
  editCell(editing = true): this {
    this.state.cellEditMode = editing;
    return this;
  }

  /** The user brings another workbook's window to the front (true) or comes back (false). */
  focusOtherWorkbook(focused = true): this {
    this.state.otherWorkbookFocused = focused;
    return this;
  }

  /** Make a sheet active and select a range on it (as the user would). */
  select(sheetName: string, address: string): this {
    const sheet = this.sheetState(sheetName);
    this.state.activeSheetId = sheet.id;
    this.state.selection = { sheetId: sheet.id, rect: this.local(sheet, address) };
    return this;
  }

  // -------------------------------------------------------------------------------------------
  // Running batches.

  /** Like Excel.run: a fresh context, the batch, then a final sync of anything still queued. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    options: RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  async run<T>(
    a: RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    const options = typeof a === "function" ? {} : a;
    const batch = typeof a === "function" ? a : b!;
    const ctx = new FakeContext(this, { delayForCellEdit: options.delayForCellEdit === true });
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx._pending.length) await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  /** Fail the n-th sync from now (1 = the next one), after some of its actions have run. */
  failOnSync(n: number, options: FailOptions = {}): this {
    this.failures.set(this.records.length + n, {
      afterActions: options.afterActions ?? "half",
      code: options.code ?? "GeneralException",
      message: options.message ?? "An internal error has occurred (injected by the test).",
      withoutLocation: options.withoutLocation ?? false,
    });
    return this;
  }

  execute(ctx: FakeContext, sent: Action[]): void {
    const body = JSON.stringify(requestBody(sent));
    const record: SyncRecord = {
      index: this.records.length + 1,
      requestBytes: utf8Length(body),
      responseBytes: 0,
      actions: sent.filter((a) => !a.notSent).length,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    this.records.push(record);
    const plan = this.failures.get(record.index);
    const fail = (e: FakeOfficeError): never => {
      record.failed = e.code;
      if (!this.errorLocations || plan?.withoutLocation) delete e.debugInfo.errorLocation;
      throw e;
    };
    // What the fake runs: the actions Office.js would not add on its own.
    const actions = sent.filter((a) => !a.wireOnly);
    if (this.state.cellEditMode) {
      if (!ctx._delayForCellEdit) {
        fail(
          new FakeOfficeError(
            "InvalidOperationInCellEditMode",
            "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB " +
              "or selecting another cell, and then try again."
          )
        );
      }
      this.state.cellEditMode = false;
    }
    if (record.requestBytes > this.limits.maxRequestBytes) {
      fail(
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`
        )
      );
    }
    const stopAt = plan
      ? plan.afterActions === "half"
        ? Math.floor(actions.length / 2)
        : Math.min(plan.afterActions, actions.length)
      : Infinity;
    const results: { action: Action; value: unknown }[] = [];
    this.current = record;
    try {
      for (let i = 0; i < actions.length; i++) {
        if (i === stopAt && plan) {
          fail(new FakeOfficeError(plan.code, plan.message, actions[i].location));
        }
        const action = actions[i];
        try {
          const value = action.run();
          if (action.onResult) results.push({ action, value });
        } catch (e) {
          if (e instanceof FakeOfficeError) {
            e.debugInfo.errorLocation ??= action.location;
            fail(e);
          }
          throw e;
        }
      }
      if (plan) fail(new FakeOfficeError(plan.code, plan.message));
    } finally {
      this.current = null;
    }
    const response = JSON.stringify({
      Results: results.map((r) => ({ ActionId: r.action.info.Id, Value: r.value })),
    });
    record.responseBytes = utf8Length(response);
    if (record.responseBytes > this.limits.maxResponseBytes) {
      fail(
        new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`
        )
      );
    }
    ctx._processingResult = true;
    try {
      for (const r of results) r.action.onResult!(r.value);
    } finally {
      ctx._processingResult = false;
    }
  }

  get syncCount(): number {
    return this.records.length;
  }

  get syncs(): readonly SyncRecord[] {
    return this.records;
  }

  /** Forget recorded syncs (seeding and earlier runs), e.g. before the run under test. */
  resetCounters(): this {
    this.records.length = 0;
    this.failures.clear();
    return this;
  }

  /**
   * Install `Excel.run` and `Office.context.requirements.isSetSupported` globals backed by this
   * fake, for code that calls them directly (the task pane). Returns a function that restores them.
   */
  installGlobals(): () => void {
    const g = globalThis as Record<string, unknown>;
    const previous = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: <T>(
        a: RunOptions | ((context: Excel.RequestContext) => Promise<T>),
        b?: (context: Excel.RequestContext) => Promise<T>
      ) => (typeof a === "function" ? this.run(a) : this.run(a, b!)),
    };
    g.Office = { context: { requirements: { isSetSupported: this.isSetSupported } } };
    return () => {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    };
  }

  // -------------------------------------------------------------------------------------------
  // Inspection.

  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return !!this.state.sheetByName(name);
  }

  sheet(name: string): FakeSheetInspector {
    return new FakeSheetInspector(this.state, this.sheetState(name));
  }

  tables(): TableView[] {
    return this.state.liveTables().map((t) => {
      const sheet = this.state.sheetById(t.sheetId)!;
      return { name: t.name, sheet: sheet.name, address: formatRect(t.rect), style: t.style };
    });
  }

  get activeSheetName(): string | null {
    const id = this.state.activeSheetId;
    return (id && this.state.sheetById(id)?.name) || null;
  }

  get selectedAddress(): string | null {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheetById(sel.sheetId);
    return sel && sheet ? formatAddress(sheet.name, sel.rect) : null;
  }

  private sheetState(name: string): SheetState {
    const s = this.state.sheetByName(name);
    if (!s) throw new Error(`The fake workbook has no sheet "${name}".`);
    return s;
  }

  private local(sheet: SheetState, address: string): Rect {
    const p = parseAddress(address);
    if (!p || (p.sheet !== undefined && p.sheet !== sheet.name)) {
      throw new Error(`"${address}" is not an address on sheet "${sheet.name}".`);
    }
    return p.rect;
  }
}

/** Read-only views of one sheet of the fake, for assertions. */
export class FakeSheetInspector {
  constructor(
    private readonly wb: WorkbookState,
    private readonly s: SheetState
  ) {}

  get name(): string {
    return this.s.name;
  }

  get position(): number {
    return this.wb.liveSheets().indexOf(this.s);
  }

  get visibility(): string {
    return this.s.visibility;
  }

  /** "" when none. */
  get tabColor(): string {
    return this.s.tabColor;
  }

  private rect(address: string): Rect {
    const p = parseAddress(address);
    if (!p) throw new Error(`"${address}" is not an address.`);
    return p.rect;
  }

  private stored(r: number, c: number): StoredValue {
    return this.s.row(r)?.v[c] ?? null;
  }

  /** The stored value: null for empty, {error} for an Excel error. */
  value(address: string): StoredValue {
    const r = this.rect(address);
    return this.stored(r.top, r.left);
  }

  /** Stored values of a range (default: the used range of values, from its top-left). */
  values(address?: string): StoredValue[][] {
    const rect = address ? this.rect(address) : this.s.usedRange(true);
    if (!rect) return [];
    const out: StoredValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: StoredValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(this.stored(r, c));
      out.push(row);
    }
    return out;
  }

  formula(address: string): string | null {
    const r = this.rect(address);
    return this.s.row(r.top)?.f?.[r.left] ?? null;
  }

  numberFormat(address: string): string {
    const r = this.rect(address);
    return this.s.row(r.top)?.nf?.[r.left] ?? "General";
  }

  format(address: string): CellFormatView {
    const r = this.rect(address);
    const f = this.wb.formats.list[this.s.row(r.top)?.fmt?.[r.left] ?? 0];
    return {
      font: {
        bold: f.bold,
        italic: f.italic,
        underline: f.underline,
        size: f.size,
        color: f.color,
        name: f.fontName,
      },
      fill: f.fill,
      horizontalAlignment: f.horizontalAlignment,
      verticalAlignment: f.verticalAlignment,
      wrapText: f.wrapText,
      borders: {
        top: f.borderTop,
        bottom: f.borderBottom,
        left: f.borderLeft,
        right: f.borderRight,
      },
    };
  }

  /** Merged areas as addresses ("A1:F1"), top to bottom, left to right. */
  merges(): string[] {
    return [...this.s.merges]
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((m) => formatRect(m));
  }

  /** Column width in points (Excel's default is 48). Column as a letter or 0-based index. */
  columnWidth(column: string | number): number {
    const c = typeof column === "number" ? column : this.rect(`${column}1`).left;
    return this.s.columnWidths.get(c) ?? 48;
  }

  /** Row height in points (default 15); `row` is the sheet's 1-based row number. */
  rowHeight(row: number): number {
    return this.s.rowHeights.get(row - 1) ?? 15;
  }

  conditionalFormats(): ConditionalFormatView[] {
    return this.s.conditionalFormats.map((cf) => ({
      type: cf.type,
      address: formatRect(cf.rect),
      ...(cf.cellValue?.rule ? { rule: { ...cf.cellValue.rule } } : {}),
      ...(cf.cellValue?.fill ? { fill: cf.cellValue.fill } : {}),
      ...(cf.cellValue?.fontColor ? { fontColor: cf.cellValue.fontColor } : {}),
      ...(cf.cellValue?.bold !== undefined ? { bold: cf.cellValue.bold } : {}),
      ...(cf.dataBar?.fillColor ? { dataBarColor: cf.dataBar.fillColor } : {}),
    }));
  }

  /** Data validations as Excel keeps them, by address. */
  dataValidations() {
    return this.s.dataValidations.map((v) => ({
      address: formatRect(v.rect),
      rule: JSON.parse(JSON.stringify(v.rule)) as typeof v.rule,
      ignoreBlanks: v.ignoreBlanks,
      ...(v.prompt ? { prompt: { ...v.prompt } } : {}),
      ...(v.errorAlert ? { errorAlert: { ...v.errorAlert } } : {}),
    }));
  }

  charts(): ChartState[] {
    return this.s.charts.map((c) => JSON.parse(JSON.stringify(c)) as ChartState);
  }

  pageLayout(): PageLayoutState {
    return JSON.parse(JSON.stringify(this.s.pageLayout)) as PageLayoutState;
  }

  freeze(): { rows: number; cols: number } | null {
    return this.s.freeze ? { ...this.s.freeze } : null;
  }

  autoFilter(): string | null {
    return this.s.autoFilter ? formatRect(this.s.autoFilter) : null;
  }

  /** 0-based rows before which a manual page break sits. */
  calculations(): { markAllDirty: boolean; suspended: boolean }[] {
    return [...this.s.calculations];
  }

  pageBreaks(): number[] {
    return [...this.s.pageBreaks];
  }

  usedRange(valuesOnly = true): string | null {
    const r = this.s.usedRange(valuesOnly);
    return r ? formatRect(r) : null;
  }
}

/** What Excel would store for `raw` typed into a General cell (exposed for tests of escaping). */
export function storedAs(raw: string | number | boolean): StoredValue | { formula: string } {
  const input = coerceInput(raw, undefined, "storedAs");
  return input.formula !== undefined ? { formula: input.formula } : input.value;
}
