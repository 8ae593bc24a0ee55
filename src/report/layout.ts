// Print geometry estimates: wrapped-text heights and page breaks that keep blocks together. Renderers do
// not autofit rows (Excel does not on open, and never for merged cells), so heights are set explicitly.
import { DEFAULT_MARGINS } from "./lowered";
import { PrintSetup } from "./model";

/** Excel's default row height (Calibri 11) in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Line height of 10-pt text in points. */
const LINE_HEIGHT = 12.75;

/** Texts remembered per line length (bounded: a long-lived task pane must not keep every text it saw). */
const MAX_CACHED_TEXTS = 20_000;
const MAX_CACHED_LENGTH = 1_000;
const linesCache = new Map<number, Map<string, number>>();

/**
 * Lines a text needs in a column of `width` characters (Excel width units). Body text is 10 pt, narrower
 * than the 11-pt digit the unit is based on; 1.1 characters per unit leaves room, so rows err tall, not clipped.
 */
export function wrappedLines(text: string, width: number, fontSize = 10): number {
  const perLine = Math.max(1, Math.floor((width * 1.1 * 10) / fontSize) - 1);
  if (text.length > MAX_CACHED_LENGTH) return countLines(text, perLine);
  // The same labels and names recur on every employee's block: count each text once per line length.
  let cache = linesCache.get(perLine);
  if (!cache) linesCache.set(perLine, (cache = new Map()));
  const known = cache.get(text);
  if (known !== undefined) return known;
  const lines = countLines(text, perLine);
  if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
  cache.set(text, lines);
  return lines;
}

function countLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let len = word.length;
      if (used > 0 && used + 1 + len <= perLine) {
        used += 1 + len;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line breaks where it must.
      while (len > perLine) {
        lines++;
        len -= perLine;
      }
      used = len;
    }
  }
  return lines;
}

/** Lines a cell value needs: numbers never wrap (they show as ### instead). */
export function valueLines(value: unknown, width: number, fontSize = 10): number {
  return typeof value === "string" ? wrappedLines(value, width, fontSize) : 1;
}

/** Height in points for a row whose tallest cell needs `lines` lines of text at `fontSize`. */
export function heightForLines(lines: number, fontSize = 10): number {
  if (lines <= 1 && fontSize <= 11) return DEFAULT_ROW_HEIGHT;
  const h = (lines * LINE_HEIGHT * fontSize) / 10 + 3;
  return Math.min(409, Math.max(DEFAULT_ROW_HEIGHT, h));
}

/** Column width (characters) to points, as Excel converts it for the default font (7-px digit, 5-px padding). */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

const A4 = { long: 11.69, short: 8.27 };

/** Page body height in sheet points after fit-to-width scaling. */
export function pageBodyHeight(print: PrintSetup, columnWidths: readonly number[]): number {
  const m = print.margins ?? DEFAULT_MARGINS;
  const [w, h] = print.orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  const sheetWidth = columnWidths.reduce((s, cw) => s + columnPoints(cw), 0);
  const usableWidth = (w - m.left - m.right) * 72;
  // Excel rounds the fit-to-width zoom down to a whole percent.
  const scale = Math.min(1, Math.floor((usableWidth / sheetWidth) * 100) / 100);
  // A little slack for renderer differences (gridline rounding, header/footer spill).
  return ((h - m.top - m.bottom) * 72 * 0.96) / scale;
}

export interface Block {
  /** First and last 0-based row of a block that should stay on one page. */
  first: number;
  last: number;
  /** Where a block longer than a page may be cut (e.g. between competencies), in order, covering it. */
  parts?: Block[];
  /**
   * Height of the row that says whose block it is, written atop each page the block runs onto: a page
   * starting inside the block keeps room for it (docs/domain.md §14.1).
   */
  carry?: number;
}

/** Where the pages start, and which of those starts fall inside a block that carries a continuation row. */
export interface PagePlan {
  breaks: number[];
  /** Rows (of the sheet as measured) before which a continuation row goes, with the block's index. */
  continued: { row: number; block: number }[];
}

/**
 * Page breaks (rows before which a new page starts) so that each block starts on a page that holds it
 * whole, when it fits on a page at all. A longer block is cut between its parts (or, for a part longer than
 * a page, between rows), and those cuts are breaks too: every page is planned here, so a renderer whose
 * page holds at least `pageHeight` never has to add a break of its own.
 * Rows before the first block print on the first page; `repeatHeight` is the height of repeated rows.
 */
export function keepTogetherBreaks(
  heightOf: (row: number) => number,
  blocks: readonly Block[],
  pageHeight: number,
  repeatHeight: number
): number[] {
  return planPages(heightOf, blocks, pageHeight, repeatHeight).breaks;
}

/**
 * keepTogetherBreaks, also naming the page starts that fall inside a block with a `carry`: the caller
 * writes a continuation row there, whose height these pages already hold.
 */
export function planPages(
  heightOf: (row: number) => number,
  blocks: readonly Block[],
  pageHeight: number,
  repeatHeight: number
): PagePlan {
  const breaks: number[] = [];
  const continued: PagePlan["continued"] = [];
  if (blocks.length === 0) return { breaks, continued };
  let used = 0;
  /** What the current page holds before its first row of the sheet (repeated rows, a continuation row). */
  let top = repeatHeight;
  /** The top-level block being placed. */
  let current = -1;
  const span = (first: number, last: number) => {
    let h = 0;
    for (let r = first; r <= last; r++) h += heightOf(r);
    return h;
  };
  /** What a page starting at `row` holds above it: the repeated rows, and a continuation row inside a block. */
  const pageTop = (row: number) => {
    const block = blocks[current];
    const inside = block?.carry !== undefined && row > block.first && row <= block.last;
    return repeatHeight + (inside ? block.carry! : 0);
  };
  const newPage = (row: number) => {
    if (row > 0 && breaks[breaks.length - 1] !== row) breaks.push(row);
    used = pageTop(row);
    if (used > repeatHeight && continued[continued.length - 1]?.row !== row)
      continued.push({ row, block: current });
    top = used;
  };
  /** Rows that may be cut anywhere: a break wherever the page is full. */
  const flow = (first: number, last: number) => {
    for (let r = first; r <= last; r++) {
      const h = heightOf(r);
      if (used + h > pageHeight && used > top) newPage(r);
      used += h;
    }
  };
  /** Keep [first, last] on one page if it fits on one, else cut it between its parts. */
  const place = (block: Block, first: boolean) => {
    const h = span(block.first, block.last);
    if (used + h <= pageHeight) {
      used += h;
    } else if (
      first &&
      block.parts &&
      block.parts.length > 1 &&
      used + span(block.parts[0].first, block.parts[0].last) <= pageHeight
    ) {
      // Under the title, cutting the first block between its parts beats a page holding only the title.
      for (const part of block.parts) place(part, false);
    } else if (pageTop(block.first) + h <= pageHeight) {
      newPage(block.first);
      used += h;
    } else if (block.parts && block.parts.length > 1) {
      // Start a long block on a fresh page unless the current one is nearly empty.
      if (used > pageTop(block.first) + pageHeight / 3) newPage(block.first);
      for (const part of block.parts) place(part, false);
    } else {
      if (used > pageTop(block.first) + pageHeight / 3) newPage(block.first);
      flow(block.first, block.last);
    }
  };
  flow(0, blocks[0].first - 1);
  let row = blocks[0].first;
  blocks.forEach((block, i) => {
    // Rows between blocks (spacers) flow freely.
    current = -1;
    flow(row, block.first - 1);
    current = i;
    place(block, i === 0);
    row = block.last + 1;
  });
  return { breaks, continued };
}
