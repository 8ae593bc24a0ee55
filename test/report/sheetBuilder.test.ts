import fc from "fast-check";
import { heightForLines, keepTogetherBreaks, wrappedLines } from "../../src/report/layout";
import type { CellStyle } from "../../src/report/model";
import {
  coalesceStyles,
  MAX_SHEET_ROWS,
  mergeStyles,
  ReportTooLargeError,
  SheetBuilder,
} from "../../src/report/sheetBuilder";
import { contains, expectValidSheet, overlaps } from "./modelInvariants";

const STYLES: CellStyle[] = [
  { font: { bold: true } },
  { fill: "#FFF2CC" },
  { numberFormat: "0.0%" },
];

describe("coalesceStyles", () => {
  it("covers exactly the styled cells, each with its own style, with ranges that never overlap", () => {
    const grid = fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), {
        minLength: 6,
        maxLength: 6,
      }),
      { minLength: 1, maxLength: 12 }
    );
    fc.assert(
      fc.property(grid, (ids) => {
        const ranges = coalesceStyles(ids, STYLES);
        ids.forEach((row, r) =>
          row.forEach((id, c) => {
            const covering = ranges.filter((s) => contains(s.rect, r, c));
            if (id === undefined) expect(covering).toHaveLength(0);
            else expect(covering.map((s) => s.style)).toEqual([STYLES[id]]);
          })
        );
        for (let i = 0; i < ranges.length; i++)
          for (let j = i + 1; j < ranges.length; j++)
            expect(overlaps(ranges[i].rect, ranges[j].rect)).toBe(false);
      })
    );
  });

  it("makes one range of a block of equal cells, and one per column band when rows repeat", () => {
    const same = Array.from({ length: 50 }, () => [0, 0, 1, 1, 2]);
    expect(coalesceStyles(same, STYLES).map((s) => s.rect)).toEqual([
      { top: 0, left: 0, bottom: 49, right: 1 },
      { top: 0, left: 2, bottom: 49, right: 3 },
      { top: 0, left: 4, bottom: 49, right: 4 },
    ]);
  });
});

describe("SheetBuilder", () => {
  test("a report past the sheet's row limit stops with a message saying what to do", () => {
    expect(MAX_SHEET_ROWS).toBe(1_048_576);
    const b = new SheetBuilder(2, 3);
    for (let i = 0; i < 3; i++) b.addRow(["x"]);
    expect(() => b.addRow(["y"])).toThrow(ReportTooLargeError);
    expect(() => b.addRow(["y"])).toThrow(/lebih dari 3 baris, batas satu sheet Excel.*--unit/);
    expect(b.rowCount).toBe(3);
  });

  it("treats equal styles built separately as one, and the later style of a cell wins", () => {
    const b = new SheetBuilder(3);
    b.addRow(["a", "b", "c"]);
    b.addRow(["d", "e", "f"]);
    b.style(
      { top: 0, left: 0, bottom: 1, right: 2 },
      { fill: "#FFFFFF", font: { bold: true, size: 10 } }
    );
    b.style(
      { top: 1, left: 2, bottom: 1, right: 2 },
      { font: { size: 10, bold: true }, fill: "#FFFFFF" }
    );
    b.style({ top: 0, left: 1, bottom: 0, right: 1 }, { fill: "#000000" });
    const sheet = b.build({
      name: "T",
      kind: "summary",
      columnWidths: [8, 8, 8],
      print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
    });
    expectValidSheet(sheet);
    expect(sheet.styles).toHaveLength(4);
    expect(sheet.styles.find((s) => contains(s.rect, 0, 1))!.style.fill).toBe("#000000");
    expect(sheet.styles.find((s) => contains(s.rect, 1, 2))!.rect).toEqual({
      top: 1,
      left: 0,
      bottom: 1,
      right: 2,
    });
  });

  it("pads rows to the sheet width and refuses wider rows", () => {
    const b = new SheetBuilder(3);
    expect(b.addRow(["x"])).toBe(0);
    expect(b.get(0, 2)).toBe("");
    expect(() => b.addRow([1, 2, 3, 4])).toThrow(RangeError);
  });

  it("merges styles font by font", () => {
    expect(mergeStyles({ font: { size: 10 }, wrap: true }, { font: { bold: true } })).toEqual({
      font: { size: 10, bold: true },
      wrap: true,
    });
  });
});

describe("layout", () => {
  it("counts wrapped lines by words and breaks words longer than a line", () => {
    expect(wrappedLines("pendek", 20)).toBe(1);
    expect(wrappedLines("", 20)).toBe(1);
    const long = "kata ".repeat(40).trim(); // 199 characters
    const lines = wrappedLines(long, 20);
    expect(lines).toBeGreaterThanOrEqual(Math.ceil(199 / 22));
    expect(wrappedLines("x".repeat(100), 10)).toBeGreaterThanOrEqual(9);
    expect(wrappedLines("satu\ndua", 50)).toBe(2);
  });

  it("gives taller rows to more lines", () => {
    expect(heightForLines(1)).toBe(15);
    expect(heightForLines(3)).toBeGreaterThan(heightForLines(2));
  });

  it("moves a block that does not fit to the next page and cuts an oversized one between its parts", () => {
    const h = (r: number) => (r === 0 ? 30 : 10);
    // Page 100 high; the first page holds row 0 (30), the repeated header is 10.
    const blocks = [
      { first: 1, last: 5 }, // 50: fits (80)
      { first: 6, last: 8 }, // 30: 110 > 100 -> break at 6
      {
        // 220: longer than a page; page 2 is still nearly empty (40), so it starts there and is cut
        // between parts (40, 60, 40, 80)
        first: 9,
        last: 30,
        parts: [
          { first: 9, last: 12 },
          { first: 13, last: 18 },
          { first: 19, last: 22 },
          { first: 23, last: 30 },
        ],
      },
    ];
    const breaks = keepTogetherBreaks(h, blocks, 100, 10);
    expect(breaks).toEqual([6, 13, 19, 23]);
    // Every page, with its repeated header, holds no more than the page.
    const pages = [0, ...breaks, 31];
    for (let i = 0; i < pages.length - 1; i++) {
      let used = i === 0 ? 0 : 10;
      for (let r = pages[i]; r < pages[i + 1]; r++) used += h(r);
      expect(used).toBeLessThanOrEqual(100);
    }
  });

  it("cuts a part longer than a page between rows", () => {
    const breaks = keepTogetherBreaks(
      () => 10,
      [{ first: 0, last: 24, parts: [{ first: 0, last: 24 }] }],
      100,
      10
    );
    expect(breaks).toEqual([10, 19]);
  });
});
