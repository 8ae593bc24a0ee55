/// <reference types="office-js" />
// Writing a ReportModel into the open workbook through Office.js: each SheetModel becomes a new
// worksheet (existing sheets are never touched). All writes are queued by range — values, formulas
// and number formats as 2-D blocks, cell formats once per distinct style over all the areas that
// carry it (RangeAreas, ExcelApi 1.9; range by range on older Excel), row heights once per distinct
// height — and packed into as few requests as fit in ~4 MB, so the number of syncs does not grow
// with the number of employees until the data itself needs more requests, and the bytes stay close
// to the values' own size. On failure the sheets this call added are deleted again.
import { LoweredPrint, LoweredSheet, lowerReport } from "../report/lower";
import type {
  CellStyle,
  ChartSpec,
  ConditionalFormat,
  ModelValue,
  Rect,
  ReportModel,
  StyledRange,
} from "../report/model";
import {
  SetSupport,
  a1,
  cellA1,
  columnsA1,
  errorCode,
  excelApi,
  excelErrorText,
  excelFailure,
  explainSheetError,
  rowsA1,
} from "./common";
import {
  type Message,
  MessageError,
  msg,
  type PrintMissing,
  type WriteStepId,
} from "../skj/messages";

/** What this Excel left out, each said once (the same kind refused on several requests). */
class Notes {
  private readonly byKey = new Map<string, Message>();
  add(note: Message): void {
    this.byKey.set(JSON.stringify(note), note);
  }
  list(): Message[] {
    return [...this.byKey.values()];
  }
}

export interface WriteOptions {
  /** Office's isSetSupported (default: the global Office's). */
  isSetSupported?: SetSupport;
  /** Estimated bytes per request before a new one is started (default 3,800,000; Excel's limit is 5 MB). */
  maxRequestBytes?: number;
  /** Activate the first new sheet at the end (default true). */
  activate?: boolean;
  /** The share of the report's requests sent so far (0..1), after each request. */
  onProgress?: (fraction: number) => void;
  /**
   * Called between pieces of work (after lowering, every ~PAUSE_BYTES queued, after each request): the task
   * pane gives the page back to the event loop there, so no task of a long write is long.
   */
  pause?: () => Promise<void>;
}

// Queued calls between two pauses: measured, queueing runs at some MB per 100 ms.
const PAUSE_BYTES = 400_000;

export interface WriteResult {
  /** The names the new sheets got, in model order. */
  sheets: string[];
  /** context.sync calls made. */
  syncs: number;
  /** Features left out because this Excel lacks the API for them (Bahasa Indonesia). */
  skipped: Message[];
}

// One values/formulas/numberFormat block stays below this (and below 1/16 of the request budget),
// so that blocks pack well: a request of whole blocks is then at least 15/16 full. (With blocks of
// a quarter, requests of values held 3 MB of 4: a third more syncs than needed. A block costs only
// one path and one action more.)
const BLOCK_BYTES = 250_000;
const BLOCK_CELLS = 500_000;
// What Office.js sends per object and per action (JSON with ids and names), rounded up. Every object
// made while a request is pending costs its path and an instantiate action (ClientObject's
// constructor); inside Excel.run a Range or RangeAreas also costs a _KeepReference call and a second
// instantiate (TrackedObjects._autoAdd), of which untrack() takes the call back out. The writer
// untracks every range it makes, so an object costs a path (~110) and up to two instantiates (~60).
const PATH_BYTES = 240;
const ACTION_BYTES = 110;
// Office.js sends a values/formulas/numberFormat array of more than 1,500 cells as chunks of
// round(1500 / columns) rows, each on getRow(i).getBoundingRect(getRow(j)): three untracked ranges
// (three paths, six instantiates) and its own set action (setRangePropertiesInBulk).
const CHUNK_CELLS = 1500;
const CHUNK_BYTES = 3 * PATH_BYTES + 150;
// Request envelope plus the two suspend calls at the head of every write request.
const REQUEST_BASE_BYTES = 600;
// Worksheet.getRanges takes at most 8,192 characters of addresses ("Range return character limit",
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting); longer strings
// are cut there, and OfficeDev/office-js#5198 shows InvalidArgument just above it (513 areas, 8,207
// characters). No limit on the number of areas is documented; that issue saw some lists of 500+
// areas fail. Stay at half the length and below 400 areas per call.
const MAX_AREA_LIST_CHARS = 4096;
const MAX_AREAS_PER_CALL = 400;
// What one Range (path + action) costs in a request beyond its payload: a number-format block is
// only worth splitting off when its null cells would cost more than this.
const BLOCK_OVERHEAD_BYTES = PATH_BYTES + ACTION_BYTES;

interface Step {
  /** What kind of step it is: named in messages, and the unit a refused optional kind is left out by. */
  step: WriteStepId;
  sheet: string;
  bytes: number;
  queue: () => void;
  /**
   * Presentation that the report is usable without (print setup, conditional formats, chart, table,
   * filter, frozen panes, tab colour, activation): sent after the content, and when Excel refuses
   * one, the report stays and the user is told what is missing.
   */
  optional?: boolean;
}

/** Optional kinds that may be applied twice without harm; the others go in requests of their own. */
const REPEATABLE_KINDS = [
  "freeze",
  "tab-color",
  "print-setup",
  "print-scale",
  "page-breaks",
  "filter",
  "activate",
] as const satisfies readonly WriteStepId[];
const REPEATABLE: ReadonlySet<WriteStepId> = new Set<WriteStepId>(REPEATABLE_KINDS);

/** Optional steps go in this order, grouped by kind, so that a refused kind can be told apart. */
const OPTIONAL_ORDER = [
  ...REPEATABLE_KINDS,
  "conditional-format",
  "data-validation",
  "table",
  "chart",
  "calculate",
];

interface Features {
  /** What separates the addresses of Worksheet.getRanges here, or null to go range by range. */
  areaSeparator: string | null;
  conditionalFormats: boolean;
  dataValidation: boolean;
  freeze: boolean;
  tabColor: boolean;
  pageLayout: boolean;
  autoFilter: boolean;
  chartSeries: boolean;
  suspendCalculation: boolean;
  suspendScreen: boolean;
}

/** Bytes of text in a request (UTF-8): "–" in an activity name is one character but three bytes. */
function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function estimate(paths: number, actions: number, payload = 0): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + payload;
}

/** What Office.js adds when it cuts an array of rows × cols cells into chunks. */
function chunkBytes(rows: number, cols: number): number {
  if (rows * cols <= CHUNK_CELLS || cols <= 0) return 0;
  return Math.ceil(rows / Math.max(1, Math.round(CHUNK_CELLS / cols))) * CHUNK_BYTES;
}

// ---------------------------------------------------------------------------------------------
// Cell values as Excel takes them in.

/**
 * Text that Excel would turn into something else when written through `values` (a number, a date,
 * TRUE/FALSE, an error, or a formula for "=", "+", "-", "@") gets a leading apostrophe, which keeps it
 * as text and does not show. An 18-digit NIP must not become 1.98001E+17.
 */
export function needsTextPrefix(s: string): boolean {
  if (s === "") return false;
  if (/^['=+\-@]/.test(s)) return true;
  const t = s.trim();
  return (
    /^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t) ||
    /^\d{1,2}:\d{2}/.test(t) ||
    /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i.test(t) ||
    /^\$\s?\d/.test(t)
  );
}

function cellInput(v: ModelValue | undefined): string | number | boolean | null {
  if (v === null || v === undefined) return null; // null leaves the (new, empty) cell alone
  if (typeof v === "string") return needsTextPrefix(v) ? `'${v}` : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

interface Block {
  top: number;
  left: number;
  rows: unknown[][];
  bytes: number;
}

/** Cut a 2-D grid (already in Excel's input form) into row blocks of at most maxBytes. */
function blocks(grid: unknown[][], top: number, left: number, maxBytes: number): Block[] {
  const out: Block[] = [];
  const width = grid[0]?.length ?? 0;
  let cur: unknown[][] = [];
  let bytes = 0;
  let start = top;
  // Chunk overhead per row, so that blocks cut at the bytes Office.js will really send.
  const perRow = width > 0 ? CHUNK_BYTES / Math.max(1, Math.round(CHUNK_CELLS / width)) : 0;
  for (let i = 0; i < grid.length; i++) {
    const rowBytes = utf8Bytes(JSON.stringify(grid[i])) + 1 + Math.ceil(perRow);
    if (cur.length && (bytes + rowBytes > maxBytes || (cur.length + 1) * width > BLOCK_CELLS)) {
      out.push({ top: start, left, rows: cur, bytes });
      cur = [];
      bytes = 0;
      start = top + i;
    }
    cur.push(grid[i]);
    bytes += rowBytes;
  }
  if (cur.length) out.push({ top: start, left, rows: cur, bytes });
  return out;
}

function blockRect(b: Block): Rect {
  return {
    top: b.top,
    left: b.left,
    bottom: b.top + b.rows.length - 1,
    right: b.left + (b.rows[0]?.length ?? 1) - 1,
  };
}

/** Formula cells grouped into bands of nearby rows; each band is written as one sparse block. */
function formulaBlocks(sheet: LoweredSheet, maxBytes: number): Block[] {
  const cells = [...sheet.formulas].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Block[] = [];
  let band: typeof cells = [];
  const flush = () => {
    if (!band.length) return;
    const top = band[0].row;
    const bottom = band[band.length - 1].row;
    // Loops, not Math.min(...): a band can hold more cells than the call stack has room for arguments.
    let left = band[0].col;
    let right = band[0].col;
    for (const f of band) {
      if (f.col < left) left = f.col;
      if (f.col > right) right = f.col;
    }
    const grid: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
      new Array<string | null>(right - left + 1).fill(null)
    );
    for (const f of band) {
      grid[f.row - top][f.col - left] = f.formula;
    }
    for (const b of blocks(grid, top, left, maxBytes)) out.push(b);
    band = [];
  };
  for (const f of cells) {
    // A gap of many rows would fill the block with nulls: start a new band instead.
    if (band.length && f.row - band[band.length - 1].row > 20) flush();
    band.push(f);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Styles.

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDER_WEIGHT = { thin: "Thin", medium: "Medium" } as const;
const OPERATOR = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  equal: "EqualTo",
} as const;

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

function borderEdges(style: CellStyle, rect: Rect): Edge[] {
  if (!style.border) return [];
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (style.border.kind === "grid") {
    if (rect.right > rect.left) edges.push("InsideVertical");
    if (rect.bottom > rect.top) edges.push("InsideHorizontal");
  }
  return edges;
}

/** One styled range on a Range of its own (Excel without RangeAreas): its cell format and outline. */
function styleStep(ws: () => Excel.Worksheet, sheet: string, s: StyledRange): Step | null {
  const f = areaFormat(s.style, s.rect);
  const outline = s.style.border?.kind === "outline" ? s.style.border : undefined;
  if (!f && !outline) return null;
  return {
    step: "cell-format",
    sheet,
    bytes:
      estimate(1 + (f?.paths ?? 1), f?.actions ?? 0, (f?.payload ?? 0) + 20) +
      (outline ? OUTLINE_BYTES : 0),
    queue: () => {
      const format = ws().getRange(a1(s.rect)).format;
      f?.apply(format);
      if (outline) drawOutline(format.borders, outline);
    },
  };
}

const OUTLINE: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
/** The borders path, four edges and three properties each. */
const OUTLINE_BYTES = estimate(1 + OUTLINE.length, OUTLINE.length * 3, OUTLINE.length * 20);

function drawOutline(
  borders: Excel.RangeBorderCollection,
  border: NonNullable<CellStyle["border"]>
): void {
  for (const edge of OUTLINE) {
    const b = borders.getItem(edge);
    b.style = "Continuous";
    b.weight = BORDER_WEIGHT[border.weight];
    b.color = border.color;
  }
}

// ---------------------------------------------------------------------------------------------
// Number formats. RangeAreas has none, so they stay 2-D blocks of codes; null leaves a cell's format
// as it is (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
// Blocks cover only the cells that need a code, merged with their neighbours where the nulls in
// between cost fewer bytes than another Range would (measured on a plan of 1,000 employees: about
// half the bytes of one block per styled range, and less than whole-column blocks).

/** Bytes of one cell in a numberFormat array. */
function codeBytes(code: string | undefined): number {
  return code === undefined ? 5 : JSON.stringify(code).length + 1;
}

function numberFormatSteps(
  ws: () => Excel.Worksheet,
  sheet: LoweredSheet,
  name: string,
  maxBytes: number
): Step[] {
  // Each cell's code, later ranges winning (as applying them in order would).
  const codes = new Map<number, (string | undefined)[]>();
  for (const s of sheet.styles) {
    const code = s.style.numberFormat;
    if (code === undefined) continue;
    for (let r = s.rect.top; r <= s.rect.bottom; r++) {
      let row = codes.get(r);
      if (!row) codes.set(r, (row = []));
      for (let c = s.rect.left; c <= s.rect.right; c++) row[c] = code;
    }
  }
  if (codes.size === 0) return [];
  const codeAt = (r: number, c: number) => codes.get(r)?.[c];
  /** The bytes of a rectangle's codes, counted up to `limit` at most. */
  const cost = (rect: Rect, limit = Infinity): number => {
    let bytes = 0;
    for (let r = rect.top; r <= rect.bottom && bytes < limit; r++) {
      bytes += 3;
      for (let c = rect.left; c <= rect.right; c++) bytes += codeBytes(codeAt(r, c));
    }
    return bytes;
  };
  const cells = (rect: Rect) => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

  // Rectangles of one code: runs along each row, stacked while the next row has the same run.
  const rects: Rect[] = [];
  let open = new Map<string, Rect>();
  for (const r of [...codes.keys()].sort((a, b) => a - b)) {
    const row = codes.get(r)!;
    const next = new Map<string, Rect>();
    for (let c = 0; c < row.length;) {
      const code = row[c];
      let end = c;
      while (end + 1 < row.length && row[end + 1] === code) end++;
      if (code !== undefined) {
        const key = `${c}:${end}:${code}`;
        const prev = open.get(key);
        if (prev && prev.bottom === r - 1) {
          prev.bottom = r;
          open.delete(key);
          next.set(key, prev);
        } else {
          next.set(key, { top: r, left: c, bottom: r, right: end });
        }
      }
      c = end + 1;
    }
    for (const done of open.values()) rects.push(done);
    open = next;
  }
  for (const done of open.values()) rects.push(done);

  // Side by side over the same rows, then one above the other over the same columns: merge while
  // the cells in between cost less than a Range of their own and the block stays within limits.
  const merged = (list: Rect[], by: "rows" | "cols"): Rect[] => {
    const groups = new Map<string, Rect[]>();
    for (const r of list) {
      const key = by === "rows" ? `${r.top}:${r.bottom}` : `${r.left}:${r.right}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(r);
    }
    const out: Rect[] = [];
    for (const g of groups.values()) {
      g.sort((a, b) => (by === "rows" ? a.left - b.left : a.top - b.top));
      let cur = { ...g[0] };
      let curBytes = cost(cur);
      for (const r of g.slice(1)) {
        const gap: Rect =
          by === "rows"
            ? { ...cur, left: cur.right + 1, right: r.left - 1 }
            : { ...cur, top: cur.bottom + 1, bottom: r.top - 1 };
        // (Blocks of one group can overlap where an earlier merge bridged a cell of another.)
        const joined: Rect =
          by === "rows"
            ? { ...cur, right: Math.max(cur.right, r.right) }
            : { ...cur, bottom: Math.max(cur.bottom, r.bottom) };
        const gapBytes = cells(gap) > 0 ? cost(gap, BLOCK_OVERHEAD_BYTES) : 0;
        const bytes = curBytes + gapBytes + cost(r);
        if (gapBytes < BLOCK_OVERHEAD_BYTES && bytes <= maxBytes && cells(joined) <= BLOCK_CELLS) {
          cur = joined;
          curBytes = bytes;
        } else {
          out.push(cur);
          cur = { ...r };
          curBytes = cost(cur);
        }
      }
      out.push(cur);
    }
    return out;
  };
  const blocks = merged(merged(rects, "rows"), "cols").sort(
    (x, y) => x.top - y.top || x.left - y.left
  );

  const steps: Step[] = [];
  for (const b of blocks) {
    // A single rectangle of one code can still be too big for one block: cut it into rows.
    const width = b.right - b.left + 1;
    const height = b.bottom - b.top + 1;
    const rowsPerBlock = Math.max(
      1,
      Math.floor(Math.min((maxBytes * height) / cost(b), BLOCK_CELLS / width))
    );
    for (let offset = 0; offset < height; offset += rowsPerBlock) {
      const rect = {
        ...b,
        top: b.top + offset,
        bottom: b.top + Math.min(offset + rowsPerBlock, height) - 1,
      };
      steps.push({
        step: "number-format",
        sheet: name,
        bytes:
          estimate(1, 1, cost(rect) + a1(rect).length) +
          chunkBytes(rect.bottom - rect.top + 1, width),
        queue: () => {
          const grid: (string | null)[][] = [];
          for (let r = rect.top; r <= rect.bottom; r++) {
            const row = new Array<string | null>(width);
            for (let c = 0; c < width; c++) row[c] = codeAt(r, rect.left + c) ?? null;
            grid.push(row);
          }
          ws().getRange(a1(rect)).numberFormat = grid;
        },
      });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Styles through RangeAreas (ExcelApi 1.9): one getRanges("A1:C3,E5:F9,…") per distinct style and
// chunk of areas, every property set once for all of them.

/** Addresses joined into lists Excel accepts (see MAX_AREA_LIST_CHARS), in the given order. */
function areaLists(addresses: string[], separator: string): string[] {
  const out: string[] = [];
  let cur = "";
  let n = 0;
  for (const a of addresses) {
    if (
      n > 0 &&
      (cur.length + separator.length + a.length > MAX_AREA_LIST_CHARS || n >= MAX_AREAS_PER_CALL)
    ) {
      out.push(cur);
      cur = "";
      n = 0;
    }
    cur = n > 0 ? `${cur}${separator}${a}` : a;
    n++;
  }
  if (n > 0) out.push(cur);
  return out;
}

/**
 * The part of a style that Excel stores cell by cell and so comes out the same whether it is set
 * on one Range or on many areas at once: font, fill, alignment, wrapping and a grid border (every
 * edge of every cell). An outline is not in it: see outlineStep.
 */
interface AreaFormat {
  /** Identical styles (and grid shapes) share a key, and so one call. */
  key: string;
  paths: number;
  actions: number;
  payload: number;
  apply: (f: Excel.RangeFormat) => void;
}

function areaFormat(style: CellStyle, rect: Rect): AreaFormat | null {
  const font = style.font ?? {};
  const fontEntries = (["bold", "italic", "underline", "size", "color"] as const).filter(
    (k) => font[k] !== undefined
  );
  const grid = style.border?.kind === "grid" ? style.border : undefined;
  // Inside edges only where the area has them, as range by range always did (whether Excel takes
  // an inside edge on a single row or column is not documented); areas of one call share their
  // edges, so one-row, one-column and larger areas of a style go in separate calls.
  const edges: Edge[] = grid ? borderEdges(style, rect) : [];
  const actions =
    fontEntries.length +
    [style.fill, style.horizontal, style.vertical, style.wrap].filter((x) => x !== undefined)
      .length +
    edges.length * 3;
  if (actions === 0) return null;
  const key = JSON.stringify([
    fontEntries.map((k) => [k, font[k]]),
    style.fill,
    style.horizontal,
    style.vertical,
    style.wrap,
    grid && [grid.weight, grid.color, edges],
  ]);
  return {
    key,
    actions,
    paths:
      1 +
      (fontEntries.length ? 1 : 0) +
      (style.fill !== undefined ? 1 : 0) +
      (edges.length ? 1 + edges.length : 0),
    payload: 40 + edges.length * 20,
    apply: (f) => {
      if (fontEntries.length) {
        const ft = f.font;
        if (font.bold !== undefined) ft.bold = font.bold;
        if (font.italic !== undefined) ft.italic = font.italic;
        if (font.underline !== undefined) ft.underline = font.underline ? "Single" : "None";
        if (font.size !== undefined) ft.size = font.size;
        if (font.color !== undefined) ft.color = font.color;
      }
      if (style.fill !== undefined) f.fill.color = style.fill;
      if (style.horizontal) f.horizontalAlignment = H_ALIGN[style.horizontal];
      if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
      if (style.wrap !== undefined) f.wrapText = style.wrap;
      if (grid) {
        for (const edge of edges) {
          const b = f.borders.getItem(edge);
          b.style = "Continuous";
          b.weight = BORDER_WEIGHT[grid.weight];
          b.color = grid.color;
        }
      }
    },
  };
}

/**
 * An outline, area by area. The reference does not say how an edge border set on a RangeAreas is
 * drawn (around each area, or around the whole selection), so outlines never go through one: each
 * gets its own Range with its four edges and nothing else (the rest of its style travels with its
 * group).
 */
function outlineStep(
  ws: () => Excel.Worksheet,
  sheet: string,
  rect: Rect,
  border: NonNullable<CellStyle["border"]>
): Step {
  return {
    step: "cell-format",
    sheet,
    bytes: estimate(2, 0, 20) + OUTLINE_BYTES,
    queue: () => drawOutline(ws().getRange(a1(rect)).format.borders, border),
  };
}

/** All styled ranges of a sheet: one call per style and chunk of areas, outlines area by area. */
function styleAreaSteps(
  ws: () => Excel.Worksheet,
  sheet: LoweredSheet,
  name: string,
  separator: string
): Step[] {
  const parts = sheet.styles.map((s) => areaFormat(s.style, s.rect));
  // Lowering put a range that must come after an overlapping one on a higher layer.
  const layers = sheet.styles.map((s) => s.layer);
  interface Unit {
    layer: number;
    first: number;
    format?: AreaFormat;
    rects: Rect[];
    outline?: NonNullable<CellStyle["border"]>;
  }
  const units: Unit[] = [];
  const groups = new Map<string, Unit>();
  sheet.styles.forEach((s, i) => {
    const f = parts[i];
    if (f) {
      const key = `${layers[i]}|${f.key}`;
      let g = groups.get(key);
      if (!g) {
        g = { layer: layers[i], first: i, format: f, rects: [] };
        groups.set(key, g);
        units.push(g);
      }
      g.rects.push(s.rect);
    }
    if (s.style.border?.kind === "outline") {
      units.push({ layer: layers[i], first: i, rects: [s.rect], outline: s.style.border });
    }
  });
  units.sort((a, b) => a.layer - b.layer || a.first - b.first);
  const steps: Step[] = [];
  for (const u of units) {
    if (u.outline) {
      steps.push(outlineStep(ws, name, u.rects[0], u.outline));
      continue;
    }
    const f = u.format!;
    for (const list of areaLists(u.rects.map(a1), separator)) {
      steps.push({
        step: "cell-format",
        sheet: name,
        bytes: estimate(f.paths + 1, f.actions, f.payload + list.length),
        queue: () => f.apply(ws().getRanges(list).format),
      });
    }
  }
  return steps;
}

/** Equal values over runs of rows or columns, set once per value through RangeAreas. */
function runAreaSteps(
  ws: () => Excel.Worksheet,
  step: WriteStepId,
  sheet: string,
  runList: [first: number, last: number, value: number][],
  address: (first: number, last: number) => string,
  separator: string,
  apply: (f: Excel.RangeFormat, value: number) => void
): Step[] {
  const byValue = new Map<number, string[]>();
  for (const [first, last, value] of runList) {
    let list = byValue.get(value);
    if (!list) byValue.set(value, (list = []));
    list.push(address(first, last));
  }
  const steps: Step[] = [];
  for (const [value, addresses] of byValue) {
    for (const list of areaLists(addresses, separator)) {
      steps.push({
        step,
        sheet,
        bytes: estimate(3, 1, list.length + 10),
        queue: () => apply(ws().getRanges(list).format, value),
      });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Sheet-level features.

/** Consecutive indices with the same value: [first, last, value]. */
function runs(values: (number | undefined)[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    if (v === undefined || !Number.isFinite(v)) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  });
  return out;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A number as formula text without a decimal separator: -1.5 → "-3/2", 0.000001 → "1/1000000".
 * How Excel parses "1.5" in a formula under a decimal-comma locale is not documented; integers and
 * a division read the same everywhere.
 */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new Error(`Unexpected number text: ${n}`);
  const [, sign, int, frac = "", exp = "0"] = m;
  // n = sign · (int frac) · 10^(exp − frac digits)
  let num = BigInt(int + frac);
  let den = 1n;
  const shift = Number(exp) - frac.length;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  const g = gcd(num, den);
  num /= g;
  den /= g;
  return den === 1n ? `${sign}${num}` : `${sign}${num}/${den}`;
}

function conditionalFormatStep(
  ws: () => Excel.Worksheet,
  sheet: string,
  cf: ConditionalFormat
): Step {
  if (cf.kind === "dataBar") {
    return {
      step: "conditional-format",
      sheet,
      bytes: estimate(6, 2),
      queue: () => {
        const f = ws().getRange(a1(cf.rect)).conditionalFormats.add("DataBar");
        f.dataBar.positiveFormat.fillColor = cf.color;
      },
    };
  }
  return {
    step: "conditional-format",
    sheet,
    bytes: estimate(9, 5, 80),
    queue: () => {
      const f = ws().getRange(a1(cf.rect)).conditionalFormats.add("CellValue");
      const between = cf.operator === "between";
      f.cellValue.rule = {
        formula1: `=${formulaNumber(cf.value)}`,
        ...(between ? { formula2: `=${formulaNumber(cf.value2 ?? cf.value)}` } : {}),
        operator: OPERATOR[cf.operator],
      };
      if (cf.style.fill) f.cellValue.format.fill.color = cf.style.fill;
      if (cf.style.fontColor) f.cellValue.format.font.color = cf.style.fontColor;
      if (cf.style.bold !== undefined) f.cellValue.format.font.bold = cf.style.bold;
    },
  };
}

/** Series in adjacent single columns right of a single category column, over the same rows. */
function contiguousSource(spec: ChartSpec): Rect | null {
  const cat = spec.categories;
  if (cat.left !== cat.right) return null;
  const ok = spec.series.every(
    (s, k) =>
      s.values.left === cat.left + 1 + k &&
      s.values.right === s.values.left &&
      s.values.top === cat.top &&
      s.values.bottom === cat.bottom
  );
  return ok ? { ...cat, right: cat.left + spec.series.length } : null;
}

/** The model's chart kinds as Office.js chart types (lowering refuses any other kind). */
const CHART_TYPES: Record<ChartSpec["kind"], Excel.ChartType | "BarClustered"> = {
  barClustered: "BarClustered",
};

function chartStep(
  ws: () => Excel.Worksheet,
  sheet: string,
  spec: ChartSpec,
  has: Features,
  skipped: Notes
): Step | null {
  if (!spec.series.length) return null;
  const source = contiguousSource(spec);
  if (!source && !has.chartSeries) {
    skipped.add(msg("excel-chart-skipped", { sheet }));
    return null;
  }
  return {
    step: "chart",
    sheet,
    bytes: estimate(12 + spec.series.length * 3, 8 + spec.series.length * 3, 200),
    queue: () => {
      const w = ws();
      let chart: Excel.Chart;
      if (source) {
        chart = w.charts.add(CHART_TYPES[spec.kind], w.getRange(a1(source)), "Columns");
        spec.series.forEach((s, k) => {
          chart.series.getItemAt(k).name = s.name;
        });
      } else {
        const [first, ...rest] = spec.series;
        chart = w.charts.add(CHART_TYPES[spec.kind], w.getRange(a1(first.values)), "Columns");
        const s0 = chart.series.getItemAt(0);
        s0.name = first.name;
        s0.setXAxisValues(w.getRange(a1(spec.categories)));
        for (const s of rest) {
          const added = chart.series.add(s.name);
          added.setValues(w.getRange(a1(s.values)));
          added.setXAxisValues(w.getRange(a1(spec.categories)));
        }
      }
      chart.title.text = spec.title;
      // The model's x axis is the category axis, its y axis the value axis (a bar chart draws
      // them vertical and horizontal respectively).
      if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
      if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
      chart.setPosition(
        cellA1(spec.anchor.top, spec.anchor.left),
        cellA1(spec.anchor.bottom, spec.anchor.right)
      );
    },
  };
}

// Page breaks per step: one add() each (about 110 bytes), so a plan with tens of thousands of
// breaks is spread over requests instead of one request over Excel's 5 MB.
const BREAKS_PER_STEP = 2000;

function printSteps(ws: () => Excel.Worksheet, sheet: string, p: LoweredPrint): Step[] {
  const breaks = p.rowBreaks;
  const steps: Step[] = [
    {
      step: "print-setup",
      sheet,
      bytes: estimate(6, 12, 200),
      queue: () => {
        const w = ws();
        const pl = w.pageLayout;
        pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
        pl.paperSize = "A4";
        if (p.repeatRows)
          pl.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
        if (p.footerCenter) pl.headersFooters.defaultForAllPages.centerFooter = p.footerCenter;
        const m = p.marginPoints;
        pl.topMargin = m.top;
        pl.bottomMargin = m.bottom;
        pl.leftMargin = m.left;
        pl.rightMargin = m.right;
        pl.headerMargin = m.header;
        pl.footerMargin = m.footer;
      },
    },
  ];
  {
    const wide = p.fitToPagesWide;
    steps.push({
      step: "print-scale",
      sheet,
      bytes: estimate(2, 1, 60),
      queue: () => {
        // verticalFitToPages 0 = as many pages tall as needed (OOXML fitToHeight="0"). A step of its
        // own: Excel builds differ on fit-to-page, and the rest of the page setup must not depend on it.
        ws().pageLayout.zoom = { horizontalFitToPages: wide, verticalFitToPages: 0 };
      },
    });
  }
  for (let k = 0; k < breaks.length; k += BREAKS_PER_STEP) {
    const part = breaks.slice(k, k + BREAKS_PER_STEP);
    steps.push({
      step: "page-breaks",
      sheet,
      bytes: estimate(1, part.length, part.length * 12),
      queue: () => {
        const pageBreaks = ws().horizontalPageBreaks;
        for (const r of part) pageBreaks.add(cellA1(r, 0));
      },
    });
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Merges. Office.js has no call that merges many areas, but merge(true) merges each row of a range
// on its own (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)):
// one-row merges over the same columns in consecutive rows (an employee's identity rows) become one
// call. Every other merge is one getRange and one merge, the least Office.js sends for it.

function mergeCalls(merges: Rect[]): { rect: Rect; across: boolean }[] {
  const single = merges
    .filter((m) => m.top === m.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: { rect: Rect; across: boolean }[] = merges
    .filter((m) => m.top !== m.bottom)
    .map((m) => ({ rect: m, across: false }));
  let cur: Rect | null = null;
  for (const m of single) {
    if (cur && cur.left === m.left && cur.right === m.right && cur.bottom + 1 === m.top) {
      cur.bottom = m.top;
      continue;
    }
    if (cur) out.push({ rect: cur, across: cur.bottom > cur.top });
    cur = { ...m };
  }
  if (cur) out.push({ rect: cur, across: cur.bottom > cur.top });
  return out.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}

// ---------------------------------------------------------------------------------------------
// Planning one sheet.

/** What the steps of one sheet share. */
interface SheetWriting {
  sheet: LoweredSheet;
  /** The new worksheet, once the first step has added it. */
  ws: () => Excel.Worksheet;
  has: Features;
  /** What this Excel cannot do, told to the user (Bahasa Indonesia). */
  skipped: Notes;
  blockBytes: number;
}

/** Every step that writes one lowered sheet, content first; optional steps are marked. */
function sheetSteps(
  sheet: LoweredSheet,
  handle: { ws?: Excel.Worksheet },
  add: () => Excel.Worksheet,
  has: Features,
  skipped: Notes,
  blockBytes: number
): Step[] {
  const w: SheetWriting = { sheet, ws: () => handle.ws!, has, skipped, blockBytes };
  const steps: Step[] = [
    {
      step: "create-sheet",
      sheet: sheet.name,
      bytes: estimate(3, 2, sheet.name.length),
      queue: () => {
        handle.ws = add();
        // Formula data is hidden as it is created: a user never sees it appear among the tabs.
        if (sheet.hidden) handle.ws.visibility = "Hidden";
      },
    },
  ];
  const parts: Step[][] = [
    columnWidthSteps(w),
    numberFormatSteps(w.ws, sheet, sheet.name, blockBytes),
    valueSteps(w),
    formulaSteps(w),
    cellFormatSteps(w),
    mergeSteps(w),
    rowHeightSteps(w),
    optional(conditionalFormatSteps(w)),
    optional(dataValidationSteps(w)),
    optional(freezeSteps(w)),
    optional(tableSteps(w)),
    optional(filterSteps(w)),
    optional(chartSteps(w)),
    optional(pageSteps(w)),
    optional(tabColorSteps(w)),
    optional(calculateSteps(w)),
  ];
  // One push per step: spreading tens of thousands of steps into push() overflows the call stack.
  for (const list of parts) for (const step of list) steps.push(step);
  return steps;
}

function optional(steps: Step[]): Step[] {
  return steps.map((s) => ({ ...s, optional: true }));
}

function columnWidthSteps({ sheet, ws, has }: SheetWriting): Step[] {
  const widths = runs(
    sheet.columns.reduce<(number | undefined)[]>((out, c) => ((out[c.col] = c.points), out), [])
  );
  const separator = has.areaSeparator;
  if (separator) {
    return runAreaSteps(ws, "column-width", sheet.name, widths, columnsA1, separator, (f, pt) => {
      f.columnWidth = pt;
    });
  }
  return widths.map(([first, last, pt]) => ({
    step: "column-width",
    sheet: sheet.name,
    bytes: estimate(3, 1),
    queue: () => {
      ws().getRange(columnsA1(first, last)).format.columnWidth = pt;
    },
  }));
}

function valueSteps({ sheet, ws, blockBytes }: SheetWriting): Step[] {
  const width = sheet.values.reduce((n, r) => Math.max(n, r.length), 0);
  if (!sheet.values.length || !width) return [];
  const grid = sheet.values.map((r) => {
    const out = new Array<string | number | boolean | null>(width);
    for (let j = 0; j < width; j++) out[j] = cellInput(r[j]);
    return out;
  });
  return blocks(grid, 0, 0, blockBytes).map((b) => blockStep("values", sheet.name, ws, b));
}

function formulaSteps({ sheet, ws, blockBytes }: SheetWriting): Step[] {
  return formulaBlocks(sheet, blockBytes).map((b) => blockStep("formulas", sheet.name, ws, b));
}

/** One block of values or formulas, set on its range in one call. */
function blockStep(
  step: "values" | "formulas",
  sheet: string,
  ws: () => Excel.Worksheet,
  b: Block
): Step {
  const address = a1(blockRect(b));
  return {
    step,
    sheet,
    bytes: estimate(1, 1, b.bytes + address.length),
    queue: () => {
      const range = ws().getRange(address);
      if (step === "values") range.values = b.rows;
      else range.formulas = b.rows as string[][];
    },
  };
}

function cellFormatSteps({ sheet, ws, has }: SheetWriting): Step[] {
  if (has.areaSeparator) return styleAreaSteps(ws, sheet, sheet.name, has.areaSeparator);
  // Without RangeAreas: range by range, layer by layer (model order within a layer).
  const order = sheet.styles
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.layer - b.s.layer || a.i - b.i);
  const steps: Step[] = [];
  for (const { s } of order) {
    const step = styleStep(ws, sheet.name, s);
    if (step) steps.push(step);
  }
  return steps;
}

function mergeSteps({ sheet, ws }: SheetWriting): Step[] {
  return mergeCalls(sheet.merges).map(({ rect, across }) => {
    const address = a1(rect);
    return {
      step: "merge",
      sheet: sheet.name,
      bytes: estimate(1, 1, address.length + 8),
      queue: () => {
        ws().getRange(address).merge(across);
      },
    };
  });
}

function rowHeightSteps({ sheet, ws, has }: SheetWriting): Step[] {
  const heights: (number | undefined)[] = [];
  for (const { row, points } of sheet.rowHeights) heights[row] = points;
  const separator = has.areaSeparator;
  if (separator) {
    return runAreaSteps(ws, "row-height", sheet.name, runs(heights), rowsA1, separator, (f, h) => {
      f.rowHeight = h;
    });
  }
  return runs(heights).map(([first, last, h]) => ({
    step: "row-height",
    sheet: sheet.name,
    bytes: estimate(2, 1),
    queue: () => {
      ws().getRange(rowsA1(first, last)).format.rowHeight = h;
    },
  }));
}

function conditionalFormatSteps({ sheet, ws, has, skipped }: SheetWriting): Step[] {
  if (!sheet.conditionalFormats.length) return [];
  if (!has.conditionalFormats) {
    skipped.add(msg("excel-step-unsupported", { step: "conditional-format", api: "1.6" }));
    return [];
  }
  return sheet.conditionalFormats.map((cf) => conditionalFormatStep(ws, sheet.name, cf));
}

/** Each validation in its own step: the rule, the blanks, the prompt and the refusal of one range. */
function dataValidationSteps(w: SheetWriting): Step[] {
  return w.sheet.dataValidations.flatMap((v) =>
    needingApi(
      w,
      "data-validation",
      w.has.dataValidation,
      "1.8",
      estimate(5, 4, 40 + utf8Bytes(JSON.stringify(v))),
      () => {
        const dv = w.ws().getRange(a1(v.rect)).dataValidation;
        if (v.rule) {
          dv.rule =
            v.rule.kind === "list"
              ? { list: { inCellDropDown: true, source: v.rule.items.join(",") } }
              : { custom: { formula: v.rule.formula } };
          dv.ignoreBlanks = v.allowBlank;
        }
        if (v.prompt) dv.prompt = { showPrompt: true, ...v.prompt };
        if (v.rule && v.error) dv.errorAlert = { showAlert: true, style: "Stop", ...v.error };
      }
    )
  );
}

/** A step that needs an API set: left out, and said so, where this Excel lacks it. */
function needingApi(
  w: SheetWriting,
  step: WriteStepId,
  supported: boolean,
  api: string,
  bytes: number,
  queue: () => void
): Step[] {
  if (!supported) {
    w.skipped.add(msg("excel-step-unsupported", { step, api }));
    return [];
  }
  return [{ step, sheet: w.sheet.name, bytes, queue }];
}

function freezeSteps(w: SheetWriting): Step[] {
  const freeze = w.sheet.freeze;
  if (!freeze) return [];
  return needingApi(w, "freeze", w.has.freeze, "1.7", estimate(2, 1), () => {
    const panes = w.ws().freezePanes;
    if (freeze.rows > 0 && freeze.cols > 0) {
      panes.freezeAt(a1({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.cols - 1 }));
    } else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
    else panes.freezeColumns(freeze.cols);
  });
}

function tableSteps({ sheet, ws }: SheetWriting): Step[] {
  return sheet.tables.map((t) => ({
    step: "table",
    sheet: sheet.name,
    bytes: estimate(4, 3, 60),
    queue: () => {
      const w = ws();
      // The header cells already hold the table's column names (lowering wrote them).
      const table = w.tables.add(w.getRange(a1(t.rect)), true);
      table.name = t.name;
      table.style = t.style;
    },
  }));
}

function filterSteps(w: SheetWriting): Step[] {
  const filter = w.sheet.autoFilter;
  if (!filter) return [];
  return needingApi(w, "filter", w.has.autoFilter, "1.9", estimate(3, 1), () => {
    const ws = w.ws();
    ws.autoFilter.apply(ws.getRange(a1(filter)));
  });
}

function chartSteps({ sheet, ws, has, skipped }: SheetWriting): Step[] {
  const steps: Step[] = [];
  for (const c of sheet.charts) {
    const step = chartStep(ws, sheet.name, c, has, skipped);
    if (step) steps.push(step);
  }
  return steps;
}

function pageSteps({ sheet, ws, has, skipped }: SheetWriting): Step[] {
  if (!has.pageLayout) {
    skipped.add(msg("excel-step-unsupported", { step: "print-setup", api: "1.9" }));
    return [];
  }
  return printSteps(ws, sheet.name, sheet.print);
}

function tabColorSteps(w: SheetWriting): Step[] {
  const tab = w.sheet.tabColor;
  if (!tab) return [];
  return needingApi(w, "tab-color", w.has.tabColor, "1.7", estimate(0, 1, 10), () => {
    w.ws().tabColor = tab;
  });
}

/** Formulas were written while calculation was suspended; Office leaves recalculating to the add-in. */
function calculateSteps({ sheet, ws, has }: SheetWriting): Step[] {
  if (!sheet.formulas.length || !has.suspendCalculation) return [];
  return [
    {
      step: "calculate",
      sheet: sheet.name,
      bytes: estimate(0, 1, 10),
      queue: () => ws().calculate(true),
    },
  ];
}

/**
 * Steps into requests of at most `budget` estimated bytes (a step is never split). Content and
 * presentation never share a request, and presentation kinds that must not be applied twice each
 * get their own: whatever Excel refuses there, and whether or not it says where, the content stands
 * and the refused kind can be told apart.
 */
function pack(steps: Step[], budget: number, isolate: boolean): Step[][] {
  const out: Step[][] = [];
  let cur: Step[] = [];
  let size = REQUEST_BASE_BYTES;
  let group = "";
  for (const s of steps) {
    const g = packGroup(s, isolate);
    if (cur.length && (size + s.bytes > budget || g !== group)) {
      out.push(cur);
      cur = [];
      size = REQUEST_BASE_BYTES;
    }
    group = g;
    cur.push(s);
    size += s.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

// Excel's error location ("Range.values", "TableCollection.add") → the kind of step it belongs to.
const LOCATION_STEPS: [RegExp, WriteStepId][] = [
  [/^WorksheetCollection\.add/, "create-sheet"],
  [/^Range\.values/, "values"],
  [/^Range\.formulas/, "formulas"],
  [/^Range\.numberFormat/, "number-format"],
  [/^RangeFormat\.columnWidth/, "column-width"],
  [/^RangeFormat\.rowHeight/, "row-height"],
  [/^(RangeFont|RangeFill|RangeBorder|RangeFormat)/, "cell-format"],
  [/^Range\.merge/, "merge"],
  [/Conditional/, "conditional-format"],
  [/^DataValidation/, "data-validation"],
  [/^WorksheetFreezePanes/, "freeze"],
  [/^AutoFilter/, "filter"],
  [/^Table/, "table"],
  [/^Chart/, "chart"],
  [/^PageLayout\.zoom/, "print-scale"],
  [/^PageBreak/, "page-breaks"],
  [/^(PageLayout|HeaderFooter)/, "print-setup"],
  [/^Worksheet\.calculate/, "calculate"],
  [/^Worksheet\.tabColor/, "tab-color"],
  [/^Worksheet\.activate/, "activate"],
];

/** The sheets of a batch's steps (of one kind, when given), quoted once each. */
function sheetsOf(batch: readonly Step[], step?: WriteStepId): string[] {
  return [...new Set(batch.filter((s) => !step || s.step === step).map((s) => s.sheet))];
}

// ---------------------------------------------------------------------------------------------
// The entry point.

/**
 * Write the model's sheets as new worksheets. Syncs: one to learn the existing sheet and table names,
 * then one per ~4 MB of queued writes (one for a typical report). If anything fails, the sheets added
 * by this call are deleted again and an error in Bahasa Indonesia is thrown; other sheets are never
 * touched.
 */
export async function writeReport(
  context: Excel.RequestContext,
  model: ReportModel,
  options: WriteOptions = {}
): Promise<WriteResult> {
  const supports = excelApi(options.isSetSupported);
  const budget = options.maxRequestBytes ?? DEFAULT_BUDGET;
  const has: Features = {
    areaSeparator: null,
    conditionalFormats: supports("1.6"),
    dataValidation: supports("1.8"),
    freeze: supports("1.7"),
    tabColor: supports("1.7"),
    pageLayout: supports("1.9"),
    autoFilter: supports("1.9"),
    chartSeries: supports("1.7"),
    suspendCalculation: supports("1.6"),
    suspendScreen: supports("1.9"),
  };
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  if (!model.sheets.length) return { sheets: [], syncs, skipped: [] };

  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  // The first request learns the names and, with ExcelApi 1.9, which character separates the
  // addresses given to getRanges here. The reference allows "," and ";", but Excel on Windows has
  // been reported to take only the list separator of the user's locale (";" with Indonesian
  // regional settings) and to refuse the other with InvalidArgument (OfficeDev/office-js#1167,
  // #1985). A probe that fails or reads wrong costs one more read with the other separator, then
  // one without a probe, and formats then go range by range; the usual case costs nothing extra.
  const probes: (string | null)[] = supports("1.9") ? [",", ";", null] : [null];
  // A workbook whose structure is protected refuses new sheets: say so before anything is sent.
  const protection = supports("1.7") ? context.workbook.protection : null;
  for (let k = 0; k < probes.length; k++) {
    const separator = probes[k];
    worksheets.load("items/name,items/id");
    tables.load("items/name");
    protection?.load("protected");
    let probe: Excel.RangeAreas | null = null;
    try {
      // Inside the try: an Excel without getRanges refuses it when called.
      probe = separator ? worksheets.getFirst().getRanges(`A1:A2${separator}C1:C2`) : null;
      probe?.load("areaCount");
      await sync();
    } catch (e) {
      if (separator) continue;
      throw new MessageError(msg("excel-read-failed", { what: "sheets", ...excelFailure(e) }), {
        cause: e,
      });
    }
    if (probe && probe.areaCount !== 2) continue;
    has.areaSeparator = separator;
    break;
  }
  if (protection?.protected) {
    throw new MessageError(msg("workbook-protected", {}));
  }
  const existingIds = new Set(worksheets.items.map((w) => w.id));
  // Names, sizes, margins and the rest are decided by lowering, as for the package writer; a model
  // that cannot be written is refused here, before anything is sent.
  const lowered = lowerReport(model, {
    sheets: worksheets.items.map((w) => w.name),
    names: tables.items.map((t) => t.name),
  }).sheets;
  const names = lowered.map((s) => s.name);
  const pause = options.pause;
  await pause?.();

  const skipped = new Notes();
  const handles = lowered.map(() => ({}) as { ws?: Excel.Worksheet });
  const blockBytes = Math.min(BLOCK_BYTES, Math.floor(budget / 16));
  const steps = lowered.flatMap((s, i) =>
    sheetSteps(s, handles[i], () => untracking(worksheets.add(s.name)), has, skipped, blockBytes)
  );
  // The first sheet a user can see is activated (a hidden one cannot be).
  const shown = Math.max(
    0,
    lowered.findIndex((s) => !s.hidden)
  );
  if (options.activate !== false) {
    steps.push({
      step: "activate",
      optional: true,
      sheet: names[shown],
      bytes: estimate(0, 1),
      queue: () => handles[shown].ws!.activate(),
    });
  }

  const rank = (s: Step) => OPTIONAL_ORDER.indexOf(s.step);
  // Content first, then the optional kinds in a fixed order (stable: within a kind, model order).
  // Calculation is not among them: it goes last, in a request of its own (see below).
  // Every sheet is created first: a formula may refer to a sheet that comes later in the model.
  const ordered = [
    ...steps.filter((s) => s.step === "create-sheet"),
    ...steps.filter((s) => !s.optional && s.step !== "create-sheet"),
    ...steps.filter((s) => s.optional && s.step !== "calculate").sort((a, b) => rank(a) - rank(b)),
  ];
  // Requests go in order: later ones refer to the sheets the first one adds. Since every content
  // step comes before every optional one, whatever precedes an optional step has been sent.
  await pause?.();
  let rest = ordered;
  let limit = budget;
  let isolate = false;
  const planned = pack(ordered, budget, false).length;
  let request = 0;
  while (rest.length) {
    const batch = pack(rest, limit, isolate)[0];
    request++;
    const hasContent = batch.some((s) => !s.optional);
    // Queued inside the try: Office.js throws some errors when a call is made (ApiNotFound), and
    // those must roll back (content) or be contained (presentation) like the ones at sync.
    const dropped = new Set<WriteStepId>();
    let queued = false;
    try {
      if (has.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (has.suspendScreen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      let since = 0;
      for (const step of batch) {
        if (dropped.has(step.step)) continue;
        try {
          step.queue();
        } catch (e) {
          if (!step.optional) throw e;
          dropped.add(step.step);
          skipped.add(notApplied(step.step, batch, e));
        }
        since += step.bytes;
        if (pause && since >= PAUSE_BYTES) {
          since = 0;
          // Queued calls wait in the context until the sync: pausing between them changes nothing.
          await pause();
        }
      }
      queued = true;
      await sync();
      rest = rest.slice(batch.length);
      limit = budget;
      options.onProgress?.(1 - rest.length / ordered.length);
      await pause?.();
    } catch (e) {
      if (!queued) {
        // A call refused while queuing: what was queued before it goes with the clean-up's first
        // request; send it now so that the clean-up starts from a known state.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync().catch(() => undefined);
      }
      if (queued && errorCode(e) === SIZE_LIMIT && batch.length > 1) {
        // Excel refused the request before running any of it: send the same steps in smaller parts.
        limit = Math.max(REQUEST_BASE_BYTES + 1, Math.floor(packedBytes(batch) / 2));
        request--;
        continue;
      }
      // Excel runs a request's actions in order and stops at the refused one. Refused content: the
      // report is incomplete, so the new sheets go. A refused optional kind (never sent with
      // content): its kind is left out and said so, the kinds after it are sent again.
      const failed = queued ? failedStep(e) : undefined;
      const optionalFailed =
        failed !== undefined && batch.some((s) => s.optional && s.step === failed);
      if (hasContent) {
        // The kind Excel's error location names, when the batch has steps of it; else the whole batch.
        const known = failed !== undefined && batch.some((s) => s.step === failed);
        const cleanup = await removeAdded(context, names, existingIds);
        throw new MessageError(
          msg("excel-write-failed", {
            ...(known ? { step: failed } : {}),
            sheets: sheetsOf(batch, known ? failed : undefined),
            ...(planned > 1 ? { request: { index: request, of: planned } } : {}),
            ...excelFailure(e, known ? failed : undefined),
            cleanup,
          }),
          { cause: e }
        );
      }
      if (!optionalFailed) {
        const kinds = [...new Set(batch.map((s) => s.step))];
        if (kinds.length > 1 && !isolate && kinds.every((k) => REPEATABLE.has(k))) {
          // No location to tell which kind was refused: these kinds are safe to apply twice
          // (pack keeps the others apart), so send them again one kind per request.
          isolate = true;
          continue;
        }
        // One kind is the one Excel refused; of several that must not be sent twice, each may be
        // missing in part.
        for (const k of kinds) skipped.add(notApplied(k, batch, e));
        isolate = false;
        rest = rest.slice(batch.length);
        continue;
      }
      const refused = failed!;
      const last = batch.map((s) => s.step).lastIndexOf(refused);
      skipped.add(notApplied(refused, batch, e));
      rest = [...batch.slice(last + 1), ...rest.slice(batch.length)].filter(
        (s) => s.step !== refused
      );
    }
  }

  // Calculation is suspended only until the next sync, and Office leaves recalculating to the
  // add-in: calculate in a request of its own, not suspended, then read results back to check.
  const calcs = steps.filter((s) => s.step === "calculate");
  const checks = verification(lowered, handles, calcs.length > 0, has.pageLayout);
  if (calcs.length || checks.length) {
    try {
      for (const step of calcs) step.queue();
      for (const c of checks) c.queue();
      await sync();
      for (const c of checks) {
        const note = c.check();
        if (note) skipped.add(note);
      }
    } catch (e) {
      skipped.add(msg("excel-calculate-failed", excelFailure(e)));
    }
  }
  return { sheets: names, syncs, skipped: skipped.list() };
}

// Below 4 MB: the estimate is within a few percent of what Office.js sends (measured up to 50,000
// employees), and Excel on the web refuses more than 5 MB.
const DEFAULT_BUDGET = 3_800_000;
const SIZE_LIMIT = "RequestPayloadSizeLimitExceeded";

/** Which request a step may share: content, repeatable kinds, the others; or one kind alone. */
function packGroup(s: Step, isolate: boolean): string {
  if (!s.optional) return "";
  if (isolate) return s.step;
  return REPEATABLE.has(s.step) ? "repeatable" : "once";
}

function packedBytes(batch: Step[]): number {
  return batch.reduce((n, s) => n + s.bytes, REQUEST_BASE_BYTES);
}

/** The note for an optional kind Excel refused. */
function notApplied(step: WriteStepId, batch: Step[], e: unknown): Message {
  return msg("excel-step-refused", {
    step,
    sheets: sheetsOf(batch, step),
    ...excelFailure(e, step),
  });
}

/**
 * Worksheet ranges that are used in one request only: untracked as they are made, so that Office.js
 * sends no keep-reference call (and no second instantiate) for each of them.
 */
function untracking(ws: Excel.Worksheet): Excel.Worksheet {
  const getRange = ws.getRange.bind(ws);
  const getRanges = ws.getRanges.bind(ws);
  ws.getRange = (address?: string) => getRange(address).untrack();
  ws.getRanges = (address?: string) => getRanges(address).untrack();
  return ws;
}

interface Check {
  queue: () => void;
  /** A note on what differs, or null. */
  check: () => Message | null;
}

// Formula results read back after calculating: a sample per sheet keeps the response small.
const VERIFY_CELLS = 100;

/** Read-backs for the final request: formula results against the model's, and the page setup. */
function verification(
  sheets: LoweredSheet[],
  handles: { ws?: Excel.Worksheet }[],
  formulas: boolean,
  pageLayout: boolean
): Check[] {
  const out: Check[] = [];
  sheets.forEach((sheet, i) => {
    const ws = () => handles[i].ws!;
    if (!handles[i].ws) return;
    if (formulas && sheet.formulas.length) {
      const step = Math.max(1, Math.ceil(sheet.formulas.length / VERIFY_CELLS));
      const sample = sheet.formulas.filter(
        (_, k) => k % step === 0 || k === sheet.formulas.length - 1
      );
      let ranges: Excel.Range[] = [];
      out.push({
        queue: () => {
          ranges = sample.map((f) => ws().getRange(cellA1(f.row, f.col)).load("values"));
        },
        check: () => {
          const cells: { address: string; got: string; want: string }[] = [];
          sample.forEach((f, k) => {
            const got = ranges[k].values[0][0];
            const want = sheet.values[f.row]?.[f.col];
            const same =
              typeof want === "number" && typeof got === "number"
                ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
                : want === undefined || want === null || String(got) === String(want);
            if (!same) {
              cells.push({ address: cellA1(f.row, f.col), got: String(got), want: String(want) });
            }
          });
          return cells.length ? msg("excel-formula-mismatch", { sheet: sheet.name, cells }) : null;
        },
      });
    }
    if (pageLayout) {
      const p = sheet.print;
      let pl: Excel.PageLayout | null = null;
      out.push({
        queue: () => {
          pl = ws().pageLayout.load("orientation,paperSize,zoom");
        },
        check: () => {
          if (!pl) return null;
          const missing: PrintMissing[] = [];
          const orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
          if (pl.orientation !== orientation) missing.push(p.orientation);
          if (pl.paperSize !== "A4") missing.push("a4");
          if (p.fitToPagesWide && pl.zoom?.horizontalFitToPages !== p.fitToPagesWide) {
            missing.push("fit-wide");
          }
          return missing.length
            ? msg("excel-print-not-applied", {
                sheet: sheet.name,
                missing,
                pagesWide: p.fitToPagesWide,
              })
            : null;
        },
      });
    }
  });
  return out;
}

/** The step kind Excel's error location points at, if it tells. */
function failedStep(e: unknown): WriteStepId | undefined {
  const location = (e as { debugInfo?: { errorLocation?: unknown } })?.debugInfo?.errorLocation;
  return typeof location === "string"
    ? LOCATION_STEPS.find(([re]) => re.test(location))?.[1]
    : undefined;
}

/**
 * Delete the sheets this call added: those with one of our names whose id was not there before.
 * Returns what became of them, for the error message.
 */
async function removeAdded(
  context: Excel.RequestContext,
  names: string[],
  existingIds: Set<string>
): Promise<Message> {
  const ours = new Set(names.map((n) => n.toUpperCase()));
  let added: Excel.Worksheet[] = [];
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();
    added = worksheets.items.filter(
      (w) => !existingIds.has(w.id) && ours.has(w.name.toUpperCase())
    );
    if (!added.length) return msg("cleanup-nothing-added", {});
    for (const w of added) w.delete();
    await context.sync();
    return msg("cleanup-removed", { sheets: added.map((w) => w.name) });
  } catch (e) {
    const sheets = added.length ? added.map((w) => w.name) : names;
    return msg("cleanup-failed", { sheets, detail: excelErrorText(e) });
  }
}

/** Make a sheet the active one (e.g. to show a report written earlier). */
/**
 * "Perbarui rencana" (docs/domain.md §22): after the new sheets are written under " (2)" names, the sheets of the
 * same names from the last run are deleted and the new ones take their names, in one request: Excel rewrites
 * the new formulas' references to the renamed formula data. A sheet the user renamed is not among them.
 */
export async function replaceSheets(
  context: Excel.RequestContext,
  pairs: readonly { old: string; new: string }[]
): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const p of pairs) sheets.getItem(p.old).delete();
  for (const p of pairs) sheets.getItem(p.new).name = p.old;
  try {
    await context.sync();
  } catch (e) {
    throw new MessageError(
      msg("excel-replace-failed", { sheets: pairs.map((p) => p.old), ...excelFailure(e) }),
      {
        cause: e,
      }
    );
  }
}

export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  try {
    await context.sync();
  } catch (e) {
    throw await explainSheetError(context, name, e, "open");
  }
}
