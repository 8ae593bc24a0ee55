/// <reference types="office-js" />
// Reading the open workbook through Office.js into the domain's WorkbookGrid: every sheet's used range
// (values only) and merged areas, in row chunks that keep each request far below Excel's limits
// (5 million cells per read, 5 MB per response on the web), with the loads of all sheets batched.
import { MessageError, msg } from "../skj/messages";
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../skj/types";
import {
  Box,
  SetSupport,
  a1,
  errorCode,
  excelApi,
  excelFailure,
  explainSheetError,
  intersect,
  rowsA1,
} from "./common";

export interface ReadOptions {
  /** Office's isSetSupported (default: the global Office's). */
  isSetSupported?: SetSupport;
  /** Cells per request (default 1,000,000; Excel's cap is 5,000,000). */
  maxCellsPerRequest?: number;
  /** Estimated response bytes per request (default 4,000,000; the web's limit is 5 MB). */
  maxBytesPerRequest?: number;
  /** Progress: cells read so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** What readSelection read, and from where. */
export interface SelectionGrid extends WorkbookGrid {
  /** "table": the Excel table around the selection; "selection": the selected cells (within the
   * used range); "usedRange": a single selected cell stands for the whole sheet. */
  source: "table" | "selection" | "usedRange";
  /** Sheet-relative A1 address that was read. */
  address: string;
  /** The Excel table's name when source is "table". */
  table?: string;
}

// Bytes a cell costs in a response (value plus its type), before anything has been measured.
const INITIAL_BYTES_PER_CELL = 24;
const MERGES_API = "1.13";

interface Region {
  ws: Excel.Worksheet;
  box: Box;
  rows: CellValue[][];
}

interface Chunk {
  region: Region;
  /** 0-based offset of the chunk's first row inside the region. */
  offset: number;
  rows: number;
}

function toState(visibility: string): SheetGrid["state"] {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}

function boxOf(range: Excel.Range): Box {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/** Excel's values and valueTypes to domain cells: "" is empty, errors become {error}. */
function toCells(values: unknown[][], types: string[][]): CellValue[][] {
  const out: CellValue[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const kinds = types[i];
    const row: CellValue[] = new Array(src.length);
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      if (kinds[j] === "Error") row[j] = { error: String(v) };
      else if (kinds[j] === "Empty" || v === "" || v === null || v === undefined) row[j] = null;
      else if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") row[j] = v;
      else row[j] = String(v);
    }
    out[i] = row;
  }
  return out;
}

function queueMerges(range: Excel.Range): Excel.RangeAreas {
  const areas = range.getMergedAreasOrNullObject();
  areas.load("areaCount");
  areas.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
  return areas;
}

function mergesOf(areas: Excel.RangeAreas): CellRange[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map(boxOf);
}

/**
 * Merged areas of rows first..last, when asking for the whole sheet at once failed (Excel refuses
 * more than 512 areas in one call): halve the block until each part answers. Rows that still fail
 * alone are left without merges rather than failing the read.
 */
async function mergesByBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  first: number,
  last: number
): Promise<CellRange[]> {
  const found: CellRange[] = [];
  const pending: [number, number][] = [[first, last]];
  while (pending.length) {
    const [top, bottom] = pending.shift()!;
    const areas = queueMerges(ws.getRange(rowsA1(top, bottom)));
    try {
      // Each block is its own request so that one refusal does not sink the others.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      if (top < bottom) {
        const mid = Math.floor((top + bottom) / 2);
        pending.unshift([top, mid], [mid + 1, bottom]);
      }
      continue;
    }
    for (const m of mergesOf(areas)) {
      // Excel lists only areas whose top-left cell is in the block; the check keeps this safe if a
      // build lists every intersecting area.
      if (!found.some((f) => f.top === m.top && f.left === m.left)) found.push(m);
    }
  }
  return found;
}

/**
 * Read the regions' values (with valueTypes, in the same request) in row chunks, packing chunks of
 * several sheets into one request until it holds ~maxCells cells or ~maxBytes estimated bytes. The
 * estimate learns from each response; a response that still comes back too big is retried in halves.
 */
async function readValues(
  context: Excel.RequestContext,
  regions: Region[],
  options: ReadOptions
): Promise<void> {
  const maxCells = options.maxCellsPerRequest ?? 1_000_000;
  const maxBytes = options.maxBytesPerRequest ?? 4_000_000;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  const total = regions.reduce((n, r) => n + cells(r.box), 0);
  let done = 0;

  const queue: Chunk[] = [];
  for (const region of regions) {
    const width = region.box.right - region.box.left + 1;
    const height = region.box.bottom - region.box.top + 1;
    // Chunks of a quarter request pack evenly into requests once the real cell size is known.
    const rowsPerChunk = Math.max(
      1,
      Math.floor(Math.min(maxCells / width, maxBytes / (width * bytesPerCell)) / 4)
    );
    for (let offset = 0; offset < height; offset += rowsPerChunk) {
      queue.push({ region, offset, rows: Math.min(rowsPerChunk, height - offset) });
    }
  }

  while (queue.length) {
    // Take chunks while the request stays within budget (always at least one).
    const batch: Chunk[] = [];
    let batchCells = 0;
    while (queue.length) {
      const next = queue[0];
      const n = next.rows * width(next.region);
      if (
        batch.length &&
        (batchCells + n > maxCells || (batchCells + n) * bytesPerCell > maxBytes)
      ) {
        break;
      }
      if (!batch.length && n * bytesPerCell > maxBytes && next.rows > 1) {
        // The estimate grew since the chunk was cut: cut it again.
        const rows = Math.max(1, Math.floor(maxBytes / (width(next.region) * bytesPerCell)));
        queue.splice(
          0,
          1,
          { ...next, rows },
          { ...next, offset: next.offset + rows, rows: next.rows - rows }
        );
        continue;
      }
      batch.push(queue.shift()!);
      batchCells += n;
    }
    const ranges = batch.map((chunk) => {
      const { box } = chunk.region;
      const top = box.top + chunk.offset;
      const range = chunk.region.ws.getRange(
        a1({ top, left: box.left, bottom: top + chunk.rows - 1, right: box.right })
      );
      range.load("values,valueTypes");
      return range;
    });
    try {
      // Requests must go one after another: each is sized from the previous response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = errorCode(e);
      const tooBig = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
      if (tooBig && (batch.length > 1 || batch[0].rows > 1)) {
        // Put the batch back in halves (by chunk, then by rows) and learn that cells are bigger.
        bytesPerCell *= 2;
        const halves = batch.flatMap((c) =>
          batch.length > 1 || c.rows < 2
            ? [c]
            : [
                { ...c, rows: Math.floor(c.rows / 2) },
                {
                  ...c,
                  offset: c.offset + Math.floor(c.rows / 2),
                  rows: c.rows - Math.floor(c.rows / 2),
                },
              ]
        );
        queue.unshift(...halves);
        continue;
      }
      throw new MessageError(msg("excel-read-failed", { what: "contents", ...excelFailure(e) }), {
        cause: e,
      });
    }
    let bytes = 0;
    let read = 0;
    batch.forEach((chunk, i) => {
      const values = ranges[i].values as unknown[][];
      const types = ranges[i].valueTypes as string[][];
      bytes += JSON.stringify(values).length + JSON.stringify(types).length;
      read += chunk.rows * width(chunk.region);
      const rows = toCells(values, types);
      for (let k = 0; k < rows.length; k++) chunk.region.rows[chunk.offset + k] = rows[k];
    });
    // Learn the real size per cell, with a margin: the next chunks may hold longer text.
    bytesPerCell = Math.max(bytesPerCell * 0.5, (bytes / Math.max(1, read)) * 1.25, 8);
    done += read;
    options.onProgress?.(done, total);
  }
}

function cells(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function width(region: Region): number {
  return region.box.right - region.box.left + 1;
}

/**
 * Rows hidden by the user or a filter, per region (0-based sheet rows), read as the visible cells of
 * the region's first column (one column, so hidden columns do not split the areas): one request for
 * all regions. Best effort: without ExcelApi 1.9, or when Excel refuses (too many areas), nothing is
 * known and nothing is reported as hidden.
 */
async function readHiddenRows(
  context: Excel.RequestContext,
  regions: readonly Region[],
  supports: (version: string) => boolean
): Promise<number[][]> {
  const none = regions.map(() => [] as number[]);
  if (!supports("1.9")) return none;
  const visible = regions.map(({ ws, box }) => {
    if (box.bottom < box.top) return null;
    const areas = ws
      .getRange(a1({ top: box.top, left: box.left, bottom: box.bottom, right: box.left }))
      .getSpecialCellsOrNullObject("Visible");
    areas.load("areas/items/rowIndex,areas/items/rowCount");
    return areas;
  });
  if (visible.every((v) => v === null)) return none;
  try {
    await context.sync();
  } catch {
    return none;
  }
  return regions.map(({ box }, i) => {
    const areas = visible[i];
    // Every row hidden comes back as a null object; so does a hidden first column: unknown, not hidden.
    if (!areas || areas.isNullObject) return [];
    const shown = new Uint8Array(box.bottom - box.top + 1);
    for (const area of areas.areas.items) {
      for (let r = area.rowIndex; r < area.rowIndex + area.rowCount; r++) {
        if (r >= box.top && r <= box.bottom) shown[r - box.top] = 1;
      }
    }
    const hidden: number[] = [];
    for (let k = 0; k < shown.length; k++) if (!shown[k]) hidden.push(box.top + k);
    return hidden;
  });
}

/**
 * Every worksheet's used range (values only) and merged areas, in workbook order. Hidden sheets are
 * included, with their state. Syncs: one for the sheet list, one for the used ranges and merges of
 * all sheets, then one per ~1M cells (~4 MB) of values, and one for hidden rows.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookGrid> {
  const supports = excelApi(options.isSetSupported);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  try {
    await context.sync();
  } catch (e) {
    throw new MessageError(msg("excel-read-failed", { what: "sheets", ...excelFailure(e) }), {
      cause: e,
    });
  }
  const sheets = worksheets.items.map((ws) => ({
    ws,
    name: ws.name,
    state: toState(ws.visibility),
  }));

  const queueUsed = () =>
    sheets.map(({ ws }) => {
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return used;
    });
  let used = queueUsed();
  let merges: Excel.RangeAreas[] | null = supports(MERGES_API)
    ? sheets.map(({ ws }) => queueMerges(ws.getRange()))
    : null;
  try {
    await context.sync();
  } catch (e) {
    if (!merges) {
      throw new MessageError(msg("excel-read-failed", { what: "size", ...excelFailure(e) }), {
        cause: e,
      });
    }
    // Most likely more than 512 merged areas on a sheet: read sizes alone, merges by blocks below.
    merges = null;
    used = queueUsed();
    try {
      await context.sync();
    } catch (e2) {
      throw new MessageError(msg("excel-read-failed", { what: "size", ...excelFailure(e2) }), {
        cause: e2,
      });
    }
  }

  const regions: Region[] = sheets.map(({ ws }, i) => {
    const box = boxOf(used[i]);
    return { ws, box, rows: new Array<CellValue[]>(box.bottom - box.top + 1) };
  });
  const sheetMerges: CellRange[][] = [];
  for (let i = 0; i < sheets.length; i++) {
    if (merges) sheetMerges.push(mergesOf(merges[i]));
    else if (supports(MERGES_API)) {
      // Rare path (hundreds of merges): one request per block, sheet after sheet.
      sheetMerges.push(
        await mergesByBlocks(context, sheets[i].ws, regions[i].box.top, regions[i].box.bottom)
      );
    } else sheetMerges.push([]);
  }

  await readValues(context, regions, options);
  const hidden = await readHiddenRows(context, regions, supports);

  return {
    sheets: sheets.map(({ name, state }, i) => ({
      name,
      rows: regions[i].rows,
      origin: { row: regions[i].box.top, col: regions[i].box.left },
      merges: sheetMerges[i],
      state,
      ...(hidden[i].length ? { hiddenRows: hidden[i] } : {}),
    })),
  };
}

/**
 * The selection as a one-sheet grid: the Excel table the selection is in (ExcelApi 1.9), else the
 * selected cells clipped to the used range, else (a single cell) the sheet's used range.
 */
export async function readSelection(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<SelectionGrid> {
  const supports = excelApi(options.isSetSupported);
  // Proxies from getSelectedRange/getUsedRange are only valid for the request that made them: the
  // retry below queues fresh ones.
  const queue = () => {
    const selected = context.workbook.getSelectedRange();
    selected.load("rowIndex,columnIndex,rowCount,columnCount");
    // The selection is always on the active sheet.
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name,visibility");
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const tables = supports("1.9") ? selected.getTables(false) : null;
    tables?.load("items/name");
    return { selected, ws, used, tables };
  };
  let { selected, ws, used, tables } = queue();
  let merges: Excel.RangeAreas | null = supports(MERGES_API) ? queueMerges(ws.getRange()) : null;
  try {
    await context.sync();
  } catch (e) {
    if (!merges) throw selectionError(e);
    // Most likely more than 512 merged areas: read without them, merges by blocks below.
    merges = null;
    ({ selected, ws, used, tables } = queue());
    try {
      await context.sync();
    } catch (e2) {
      throw selectionError(e2);
    }
  }

  const sheetName = ws.name;
  const usedBox = boxOf(used);
  const selBox = boxOf(selected);
  let box: Box;
  let source: SelectionGrid["source"];
  let table: string | undefined;
  if (tables && tables.items.length > 0) {
    const t = tables.items[0];
    table = t.name;
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    try {
      await context.sync();
    } catch (e) {
      throw new MessageError(msg("excel-read-table-failed", { table, ...excelFailure(e) }), {
        cause: e,
      });
    }
    box = boxOf(range);
    source = "table";
  } else if (selBox.top === selBox.bottom && selBox.left === selBox.right) {
    box = usedBox;
    source = "usedRange";
  } else {
    const clipped = intersect(selBox, usedBox);
    if (!clipped) {
      throw new MessageError(
        msg("excel-selection-empty", { address: a1(selBox), sheet: sheetName })
      );
    }
    box = clipped;
    source = "selection";
  }

  const found = merges
    ? mergesOf(merges)
    : supports(MERGES_API)
      ? await mergesByBlocks(context, ws, box.top, box.bottom)
      : [];
  const region: Region = { ws, box, rows: new Array<CellValue[]>(box.bottom - box.top + 1) };
  await readValues(context, [region], options);
  const [hidden] = await readHiddenRows(context, [region], supports);
  return {
    sheets: [
      {
        name: sheetName,
        rows: region.rows,
        origin: { row: box.top, col: box.left },
        merges: found.filter((m) => intersect(m, box)),
        state: toState(ws.visibility),
        ...(hidden.length ? { hiddenRows: hidden } : {}),
      },
    ],
    source,
    address: a1(box),
    ...(table ? { table } : {}),
  };
}

function selectionError(e: unknown): Error {
  const code = errorCode(e);
  const coded =
    code === "InvalidSelection" || code === "InvalidOperation"
      ? msg("excel-selection-not-cells", {})
      : msg("excel-read-failed", { what: "selection", ...excelFailure(e) });
  return new MessageError(coded, { cause: e });
}

/** Activate a sheet and select one of its cells (to show the user where an issue is). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
    return;
  } catch (e) {
    throw await explainSheetError(context, sheet, e, "select", address);
  }
}
