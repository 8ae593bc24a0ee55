// The writer's fast paths must write exactly what the general paths write:
// - cells: the typed-array path for non-overlapping StyledRanges against the cell-object path (same sheet
//   XML and the same formats appended to the styles part, byte for byte);
// - compression: Node's zlib (in independent sync-flushed pieces) against fflate, and the CRC-32 against
//   zlib's, with parts streamed through the UTF-8 sink in blocks;
// - text: cells as LibreOffice and our reader read them back (empty text, white space at either end).

import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nodeCompression } from "../../../src/cli/compression";
import { addReportSheets } from "../../../src/file/package/addSheets";
import { TRANSITIONAL } from "../../../src/file/package/conformance";
import { SheetParts, worksheetXml } from "../../../src/file/package/sheetXml";
import { minimalStyles, StyleBook } from "../../../src/file/package/styles";
import { readWorkbook } from "../../../src/file/read/readWorkbook";
import { buildReport } from "../../../src/report/buildReport";
import { lowerReport } from "../../../src/report/lower";
import type {
  CellStyle,
  ModelValue,
  ReportModel,
  SheetModel,
  StyledRange,
} from "../../../src/report/model";
import { coalesceStyles } from "../../../src/report/sheetBuilder";
import { csvPerSheet, tempDir } from "../../helpers/libreoffice";
import { largeWorkbook, planOf, REPORT_OPTIONS, samplePlan } from "../../report/fixtures";
import { exceljsWorkbook } from "./inputs";
import { issuesSheet, sampleModel } from "./sampleModel";

/** A styles part with a few formats of its own, so that appended indices do not start at 1. */
const USER_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="${TRANSITIONAL.main}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `</styleSheet>`;

interface Written {
  xml: string;
  styles: string;
  path: string;
}

function write(
  sheet: SheetModel,
  generalPath: boolean,
  headerOverrides = new Map<string, string>(),
  stylesText = USER_STYLES
): Written {
  const styles = new StyleBook(stylesText, "xl/styles.xml", TRANSITIONAL);
  const lowered = lowerReport({ sheets: [sheet] }).sheets[0];
  const parts: SheetParts = { name: lowered.name, tableRelIds: [], headerOverrides };
  let path = "";
  const xml = worksheetXml(lowered, parts, styles, TRANSITIONAL, {
    generalPath,
    onPath: (p) => (path = p),
  });
  return { xml, styles: styles.result(), path };
}

/** Writes the sheet both ways; returns the path the default took. */
function expectSamePart(sheet: SheetModel, headerOverrides?: Map<string, string>): string {
  for (const stylesText of [USER_STYLES, minimalStyles(TRANSITIONAL)]) {
    const general = write(sheet, true, headerOverrides, stylesText);
    const auto = write(sheet, false, headerOverrides, stylesText);
    expect(general.path).toBe("general");
    expect(auto.xml).toBe(general.xml);
    expect(auto.styles).toBe(general.styles);
  }
  return write(sheet, false, headerOverrides).path;
}

describe("the fast cell path writes what the general path writes", () => {
  test("every sheet of a report built from a plan (the fast path is taken)", () => {
    for (const plan of [samplePlan(), planOf(largeWorkbook(60, 4))]) {
      const model = buildReport(plan, REPORT_OPTIONS);
      expect(model.sheets.length).toBeGreaterThanOrEqual(2);
      for (const sheet of model.sheets)
        expect([sheet.name, expectSamePart(sheet)]).toEqual([sheet.name, "fast"]);
    }
  });

  test("a report sheet whose style objects are copies (as after structured cloning) is still fast", () => {
    const sheet = buildReport(samplePlan(), REPORT_OPTIONS).sheets[0];
    const copy: SheetModel = JSON.parse(JSON.stringify(sheet));
    expect(expectSamePart(copy)).toBe("fast");
    expect(write(copy, false).xml).toBe(write(sheet, false).xml);
  });

  test("the hand-made model: overlapping ranges go the general way, the others the fast way", () => {
    const [plan, summary, issues] = sampleModel().sheets;
    // Its plan sheet styles the header row twice (grid, then header colours): ranges overlap.
    expect(expectSamePart(plan, new Map([["2,0", "No."]]))).toBe("general");
    expect(expectSamePart(summary)).toBe("fast");
    expect(expectSamePart(issues)).toBe("fast");
  });

  test("edge cases: formulas and table headers over values, values past the styles, holes, odd numbers", () => {
    const values: ModelValue[][] = [
      ["a", "", null, 1, NaN],
      [Infinity, true, false, -0, "  spasi  "],
      [],
      [null, null, null],
      ["\tTab", "baris\nbaru", "_x0041_ & <b>", "\u0001kontrol", "\uD83D\uDE00 \uD800 sendiri"],
    ];
    // A hole, as a sparse array would have.
    values[2][3] = "lubang";
    const sheet: SheetModel = {
      ...issuesSheet(),
      name: "Tepi",
      values,
      formulas: [
        { row: 0, col: 1, formula: "=A1" },
        { row: 0, col: 1, formula: "=B2" },
        { row: 5, col: 7, formula: "=SUM(D1:D2)" },
        { row: 3, col: 0, formula: "=1/0" },
      ],
      styles: [
        {
          rect: { top: 0, left: 0, bottom: 1, right: 2 },
          style: {
            border: { kind: "outline", weight: "medium", color: "#000000" },
            fill: "#ffeeaa",
          },
        },
        { rect: { top: 6, left: 8, bottom: 7, right: 9 }, style: { font: { bold: true } } },
        // A style that resolves to no format at all: the cell is written only when it has a value.
        { rect: { top: 3, left: 3, bottom: 3, right: 5 }, style: {} },
      ],
      rowHeights: [
        { row: 2, height: 30 },
        { row: 2, height: 31.5 },
        { row: 12, height: 20 },
        { row: -1, height: 20 },
        { row: 3, height: NaN },
      ],
    };
    expect(
      expectSamePart(
        sheet,
        new Map([
          ["0,1", "Kepala"],
          ["9,2", "Baru"],
        ])
      )
    ).toBe("fast");
  });

  test("random sheets with non-overlapping ranges take the fast path and match; overlapping ones match too", () => {
    const POOL: CellStyle[] = [
      { font: { bold: true, size: 10 }, fill: "#D9E1F2" },
      { border: { kind: "grid", weight: "thin", color: "#808080" }, vertical: "top", wrap: true },
      { border: { kind: "outline", weight: "medium", color: "#000000" }, numberFormat: "0.0%" },
      { border: { kind: "outline", weight: "thin", color: "#808080" }, horizontal: "center" },
      { font: { italic: true, underline: true, color: "#C00000" }, numberFormat: "@" },
      { border: { kind: "grid", weight: "thin", color: "#808080" }, vertical: "top", wrap: true },
    ];
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 4 }),
      fc.double(),
      fc.integer(),
      fc.boolean()
    );
    const grid = fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 9 });
    const ids = fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: POOL.length - 1 }), { nil: undefined }), {
        maxLength: 8,
      }),
      { maxLength: 11 }
    );
    const cell = fc.record({ row: fc.nat(11), col: fc.nat(9) });
    const formulas = fc.array(
      fc.record({ row: fc.nat(11), col: fc.nat(9), formula: fc.constantFrom("=1+1", '=A1&"<x>"') }),
      { maxLength: 3 }
    );
    const heights = fc.array(
      fc.record({ row: fc.nat(14), height: fc.integer({ min: 0, max: 60 }) }),
      { maxLength: 4 }
    );
    fc.assert(
      fc.property(
        grid,
        ids,
        formulas,
        heights,
        fc.array(cell, { maxLength: 2 }),
        fc.boolean(),
        (values, styleIds, fs, hs, headers, overlap) => {
          const styles: StyledRange[] = coalesceStyles(styleIds, POOL);
          if (overlap && styles.length > 0)
            styles.push({ rect: { ...styles[0].rect }, style: POOL[0] });
          const sheet: SheetModel = {
            ...issuesSheet(),
            name: "Acak",
            values,
            formulas: fs,
            styles,
            rowHeights: hs,
          };
          const overrides = new Map(headers.map((h) => [`${h.row},${h.col}`, `Kolom ${h.col}`]));
          const path = expectSamePart(sheet, overrides);
          expect(path).toBe(overlap && styles.length > 1 ? "general" : "fast");
        }
      ),
      { numRuns: 300 }
    );
  });

  test("bad models fail the same way on both paths", () => {
    const tooLong: SheetModel = { ...issuesSheet(), values: [["x".repeat(32768)]] };
    const outside: SheetModel = {
      ...issuesSheet(),
      formulas: [{ row: 2_000_000, col: 0, formula: "=1" }],
    };
    const badColor: SheetModel = {
      ...issuesSheet(),
      styles: [{ rect: { top: 0, left: 0, bottom: 0, right: 0 }, style: { fill: "merah" } }],
    };
    for (const sheet of [tooLong, outside, badColor]) {
      const general = (() => {
        try {
          write(sheet, true);
        } catch (e) {
          return (e as Error).message;
        }
        return "no error";
      })();
      expect(general).not.toBe("no error");
      expect(() => write(sheet, false)).toThrow(general);
    }
  });
});

describe("compression", () => {
  test("a report written with Node's zlib has the same parts as one written with fflate, and reads back", async () => {
    const input = await exceljsWorkbook();
    const model = buildReport(planOf(largeWorkbook(300, 6)), REPORT_OPTIONS);
    const viaFflate = addReportSheets(input, model);
    const viaZlib = addReportSheets(input, model, { compression: nodeCompression });
    const a = unzipSync(viaFflate.bytes);
    const b = unzipSync(viaZlib.bytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a))
      expect([name, Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name]))]).toEqual([name, 0]);
    // The plan sheet is large enough to have been streamed.
    const plan = Object.entries(a).find(
      ([n, d]) => n.startsWith("xl/worksheets/") && d.length > 1_000_000
    );
    expect(plan).toBeDefined();
    const sheets = readWorkbook(viaZlib.bytes).grid.sheets;
    const read = sheets.find((s) => s.name === viaZlib.sheetNames[0])!;
    expect(read.rows[0][0]).toBe(model.sheets[0].values[0][0]);
    // Every row as our reader gives it: empty text read as nothing, rows trimmed after their last value.
    const expected = model.sheets[0].values.map((row) => {
      const cells = row.map((v) => (v === "" ? null : v));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    while (expected.length && expected[expected.length - 1].length === 0) expected.pop();
    expect(read.origin).toBeUndefined();
    expect(read.rows.map((r) => [...r])).toEqual(expected);
  });
});

// A plain function, so that the Office.js lint rules do not take exceljs cells for Office.js ranges.
function cellAt(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}

function cellFacts(ws: ExcelJS.Worksheet, address: string) {
  const cell = cellAt(ws, address);
  return {
    type: cell.type,
    text: cell.text,
    fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb,
  };
}

describe("text cells as readers see them", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("skj-fastpath-lo-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const TEXTS = ["", " depan", "belakang ", "\tTab", "baris\n", "biasa", "a  b", "_x0041_ & <b>"];
  const model = (): ReportModel => ({
    sheets: [
      {
        ...issuesSheet(),
        name: "Teks",
        values: [TEXTS, TEXTS.map((_, i) => i)],
        styles: [
          {
            rect: { top: 0, left: 0, bottom: 0, right: TEXTS.length - 1 },
            style: { fill: "#FFF2CC" },
          },
        ],
      },
    ],
  });

  test("white space at either end is kept (xml:space where needed), empty text is a blank cell", async () => {
    const input = await exceljsWorkbook();
    const bytes = addReportSheets(input, model(), { compression: nodeCompression }).bytes;
    const parts = unzipSync(bytes);
    const sheetXml = Object.entries(parts)
      .map(([, d]) => new TextDecoder().decode(d))
      .find((t) => t.includes("depan"))!;
    expect(sheetXml).toContain(`<t xml:space="preserve"> depan</t>`);
    expect(sheetXml).toContain(`<t>biasa</t>`);
    // Blank is blank: a styled empty cell, not an empty text (which COUNTA and ISBLANK count as text).
    expect(sheetXml).toMatch(/<c r="A1" s="\d+"\/>/);
    expect(sheetXml).not.toContain(`<is><t/></is>`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(cellFacts(wb.getWorksheet("Teks")!, "A1")).toEqual({
      type: ExcelJS.ValueType.Null,
      text: "",
      fill: "FFFFF2CC",
    });

    const read = readWorkbook(bytes).grid.sheets.find((s) => s.name === "Teks")!;
    // Our reader leaves empty text out, as it does for blank cells.
    expect(read.rows[0]).toEqual([null, ...TEXTS.slice(1)]);

    const file = join(dir, "teks.xlsx");
    writeFileSync(file, bytes);
    const csv = (await csvPerSheet(file, dir)).get("Teks")!;
    expect(csv).toBe(
      `, depan,belakang ,\tTab,"baris\n",biasa,a  b,_x0041_ & <b>\n0,1,2,3,4,5,6,7\n`
    );
  });
});
