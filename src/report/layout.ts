// Print geometry estimates: wrapped-text heights and page breaks that keep blocks together. Renderers do
// not autofit rows (Excel does not on open, and never for merged cells), so heights are set explicitly.
import { PrintSetup } from "./model";

/** Excel's default row height (Calibri 11) in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Line height of 10-pt text in points. */
const LINE_HEIGHT = 12.75;

/**
 * Lines a text needs in a column of `width` characters (Excel width units). Body text is 10 pt, narrower
 * than the 11-pt digit the unit is based on; 1.1 characters per unit leaves room, so rows err tall, not clipped.
 */
export function wrappedLines(text: string, width: number, fontSize = 10): number {
  const perLine = Math.max(1, Math.floor((width * 1.1 * 10) / fontSize) - 1);
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
  const m = print.margins ?? {
    top: 0.75,
    bottom: 0.75,
    left: 0.7,
    right: 0.7,
    header: 0.3,
    footer: 0.3,
  };
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
}

/**
 * Page breaks (rows before which a new page starts) so that each block starts on a page that holds it
 * whole, when it fits on a page at all; a longer block flows over pages as Excel would cut it.
 * Rows before the first block print on the first page; `repeatHeight` is the height of repeated rows.
 */
export function keepTogetherBreaks(
  heightOf: (row: number) => number,
  blocks: readonly Block[],
  pageHeight: number,
  repeatHeight: number
): number[] {
  const breaks: number[] = [];
  if (blocks.length === 0) return breaks;
  let used = 0;
  for (let r = 0; r < blocks[0].first; r++) used += heightOf(r);
  let row = blocks[0].first;
  for (const block of blocks) {
    // Rows between blocks (spacers) flow freely.
    for (; row < block.first; row++) {
      const h = heightOf(row);
      used = used + h > pageHeight ? repeatHeight + h : used + h;
    }
    let blockHeight = 0;
    for (let r = block.first; r <= block.last; r++) blockHeight += heightOf(r);
    if (used + blockHeight <= pageHeight) {
      used += blockHeight;
    } else if (repeatHeight + blockHeight <= pageHeight) {
      if (block.first > 0) breaks.push(block.first);
      used = repeatHeight + blockHeight;
    } else {
      // Longer than a page: start it on a fresh page unless the current one is nearly empty.
      if (used > repeatHeight + pageHeight / 3 && block.first > 0) {
        breaks.push(block.first);
        used = repeatHeight;
      }
      for (let r = block.first; r <= block.last; r++) {
        const h = heightOf(r);
        used = used + h > pageHeight ? repeatHeight + h : used + h;
      }
    }
    row = block.last + 1;
  }
  return breaks;
}
