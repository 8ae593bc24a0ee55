import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { addReportSheets } from "../../../src/file/package/addSheets";
import { STRICT } from "../../../src/file/package/conformance";
import { attr } from "../../../src/file/opc/xml";
import type { ReportModel } from "../../../src/report/model";
import {
  exceljsWorkbook,
  FAKE_VBA,
  oddWorkbook,
  strictWorkbook,
  toXlsm,
  withCalcChainAndCustomXml,
} from "./inputs";
import {
  contentTypes,
  find,
  Parts,
  rels,
  sheetCells,
  sheetsOf,
  text,
  unzip,
  xml,
} from "./packageInspect";
import { issuesSheet, planSheet, sampleModel, summarySheet } from "./sampleModel";

const ALLOWED_CHANGES = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
]);

let input: Uint8Array;
beforeAll(async () => {
  input = withCalcChainAndCustomXml(await exceljsWorkbook());
});

async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

// A plain function, so that the Office.js lint rules do not take exceljs cells for Office.js ranges.
function cellAt(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return ws.getCell(address);
}

/** Every internal relationship target exists and every part has a content type. */
function expectConsistentPackage(parts: Parts): void {
  const types = contentTypes(parts);
  for (const name of Object.keys(parts)) {
    if (name.endsWith("/")) continue;
    expect([name, types.typeOf(name)]).toEqual([name, expect.any(String)]);
    if (name.endsWith(".rels")) {
      const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      if (name !== "_rels/.rels") expect([name, source in parts]).toEqual([name, true]);
      for (const r of rels(parts, name === "_rels/.rels" ? "" : source)) {
        if (!r.external) expect([name, r.target, r.part in parts]).toEqual([name, r.target, true]);
      }
    }
  }
}

/** All parts reachable from the package relationships. */
function reachable(parts: Parts): Set<string> {
  const seen = new Set<string>();
  const visit = (source: string) => {
    for (const r of rels(parts, source)) {
      if (r.external || seen.has(r.part)) continue;
      seen.add(r.part);
      visit(r.part);
    }
  };
  visit("");
  return seen;
}

describe("addReportSheets on a workbook made by exceljs", () => {
  let out: { bytes: Uint8Array; sheetNames: string[] };
  let before: Parts;
  let after: Parts;
  beforeAll(() => {
    out = addReportSheets(input, sampleModel());
    before = unzip(input);
    after = unzip(out.bytes);
  });

  test("keeps every original part byte for byte and changes only workbook-level parts", () => {
    const changed: string[] = [];
    for (const [name, data] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      if (Buffer.compare(Buffer.from(data), Buffer.from(after[name])) !== 0) changed.push(name);
    }
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((n) => !ALLOWED_CHANGES.has(n))).toEqual([]);
    // The parts exceljs does not write are still there, unchanged.
    expect(text(after, "xl/calcChain.xml")).toContain(`<c r="H4" i="1"/>`);
    expect(text(after, "customXml/item1.xml")).toBe(text(before, "customXml/item1.xml"));
  });

  test("the workbook part changes only by inserted elements", () => {
    const a = text(before, "xl/workbook.xml");
    const b = text(after, "xl/workbook.xml");
    // Removing the inserted <sheet>/<definedName> elements gives back the original text.
    const stripped = b
      .replace(/<sheet name="(Rencana|Rekap|Catatan)[^>]*\/>/g, "")
      .replace(
        /<definedName name="_xlnm\.[^"]*" localSheetId="[345]"[^>]*>[^<]*<\/definedName>/g,
        ""
      );
    expect(stripped).toBe(a);
  });

  test("new parts are all referenced from relationships and have content types", () => {
    expectConsistentPackage(after);
    const linked = reachable(after);
    const added = Object.keys(after).filter((n) => !(n in before) && !n.endsWith(".rels"));
    expect(added.sort()).toEqual([
      "xl/charts/chart1.xml",
      // drawing1 is the user's image drawing.
      "xl/drawings/drawing2.xml",
      "xl/tables/table2.xml",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
      "xl/worksheets/sheet6.xml",
    ]);
    for (const n of added) expect([n, linked.has(n)]).toEqual([n, true]);
  });

  test("appends sheets with new ids, unique names (case-insensitive clash gets ' (2)', 31 chars)", () => {
    expect(out.sheetNames).toEqual([
      "Rencana Pengembangan 2026 (2)",
      "Rekap Kebutuhan Pengembangan 20",
      "Catatan Data",
    ]);
    const sheets = sheetsOf(after);
    expect(sheets.map((s) => s.name)).toEqual([
      "Data Asesmen",
      "Referensi",
      "rencana pengembangan 2026",
      ...out.sheetNames,
    ]);
    const ids = sheets.map((s) => s.sheetId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sheets.slice(3).map((s) => s.part)).toEqual([
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
      "xl/worksheets/sheet6.xml",
    ]);
  });

  test("writes a clustered bar chart referring to the sheet, with cached values", () => {
    const chart = xml(after, "xl/charts/chart1.xml");
    expect(chart.uri).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
    expect(attr(find(chart, "barDir")[0], "val")).toBe("bar");
    expect(attr(find(chart, "grouping")[0], "val")).toBe("clustered");
    const title = find(find(chart, "title")[0], "t")[0];
    expect(text(after, "xl/charts/chart1.xml").slice(title.openEnd, title.closeStart)).toBe(
      "Grafik Gap per Pegawai"
    );
    const refs = find(chart, "f").map((f) =>
      text(after, "xl/charts/chart1.xml").slice(f.openEnd, f.closeStart)
    );
    expect(refs).toEqual([
      "'Rencana Pengembangan 2026 (2)'!$C$4:$C$8",
      "'Rencana Pengembangan 2026 (2)'!$F$4:$F$8",
    ]);
    const cached = find(find(chart, "numCache")[0], "v").map((v) =>
      Number(text(after, "xl/charts/chart1.xml").slice(v.openEnd, v.closeStart))
    );
    expect(cached.map((v) => Math.round(v * 100))).toEqual([60, 68, 76, 84, 92]);
    // The drawing anchors it over I3:O17 (to = the cell after the covered range).
    const drawingPart = rels(after, "xl/worksheets/sheet4.xml").find((r) =>
      r.type.endsWith("/drawing")
    )!.part;
    const drawing = xml(after, drawingPart);
    const nums = (tag: string) =>
      find(drawing, tag)[0].children.map((c) =>
        Number(text(after, drawingPart).slice(c.openEnd, c.closeStart))
      );
    expect(nums("from")).toEqual([8, 0, 2, 0]);
    expect(nums("to")).toEqual([15, 0, 17, 0]);
    expect(rels(after, drawingPart).map((r) => r.part)).toEqual(["xl/charts/chart1.xml"]);
  });

  test("a table name already used in the workbook gets a suffix, header cells match its columns", () => {
    const sheetRels = rels(after, "xl/worksheets/sheet4.xml");
    const tablePart = sheetRels.find((r) => r.type.endsWith("/table"))!.part;
    const table = xml(after, tablePart);
    expect(attr(table, "name")).toBe("RencanaPengembangan");
    expect(attr(table, "id")).toBe("2");
    expect(attr(table, "ref")).toBe("A3:G8");
    const columns = find(table, "tableColumn").map((c) => attr(c, "name"));
    expect(columns).toEqual(["No", "NIP", "Nama", "Kompetensi", "Gap", "JPM", "Prioritas"]);
    const cells = sheetCells(after, "xl/worksheets/sheet4.xml");
    expect(["A3", "B3", "C3", "D3", "E3", "F3", "G3"].map((r) => cells.get(r))).toEqual(columns);

    const clash = addReportSheets(input, {
      sheets: [
        {
          ...issuesSheet(),
          tables: [
            {
              name: "tabelasesmen",
              rect: { top: 0, left: 0, bottom: 2, right: 2 },
              style: "TableStyleLight9",
            },
          ],
        },
      ],
    });
    const parts = unzip(clash.bytes);
    const t = xml(parts, "xl/tables/table2.xml");
    expect(attr(t, "name")).toBe("tabelasesmen_2");
    expect(attr(t, "displayName")).toBe("tabelasesmen_2");
  });

  test("conditional formats: unique priorities, dxfs appended after existing ones, data bar min/max", () => {
    const sheet = xml(after, "xl/worksheets/sheet4.xml");
    const rules = find(sheet, "cfRule");
    expect(rules.map((r) => attr(r, "type"))).toEqual(["cellIs", "cellIs", "dataBar"]);
    expect(rules.map((r) => attr(r, "priority"))).toEqual(["1", "2", "3"]);
    const styles = xml(after, "xl/styles.xml");
    const stylesBefore = xml(before, "xl/styles.xml");
    const dxfCountBefore = find(stylesBefore, "dxf").length;
    const dxfIds = rules.slice(0, 2).map((r) => Number(attr(r, "dxfId")));
    expect(dxfIds).toEqual([dxfCountBefore, dxfCountBefore + 1]);
    expect(find(styles, "dxf").length).toBe(dxfCountBefore + 2);
    expect(find(rules[2], "cfvo").map((c) => attr(c, "type"))).toEqual(["min", "max"]);
    const between = find(rules[1], "formula").map((f) =>
      text(after, "xl/worksheets/sheet4.xml").slice(f.openEnd, f.closeStart)
    );
    expect(between).toEqual(["0.7", "0.8"]);
  });

  test("styles.xml: existing entries stay first and unchanged, new ones appended", () => {
    const a = xml(before, "xl/styles.xml");
    const b = xml(after, "xl/styles.xml");
    for (const container of ["fonts", "fills", "borders", "cellXfs"]) {
      const old = find(a, container)[0].children;
      const now = find(b, container)[0].children;
      expect(now.length).toBeGreaterThan(old.length);
      const oldText = text(before, "xl/styles.xml");
      const newText = text(after, "xl/styles.xml");
      old.forEach((n, i) =>
        expect(newText.slice(now[i].start, now[i].end)).toBe(oldText.slice(n.start, n.end))
      );
      expect(attr(find(b, container)[0], "count")).toBe(String(now.length));
    }
    const ids = find(b, "numFmt").map((n) => Number(attr(n, "numFmtId")));
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      Math.min(
        ...ids.filter((id) => !find(a, "numFmt").some((n) => Number(attr(n, "numFmtId")) === id))
      )
    ).toBeGreaterThanOrEqual(164);
  });

  test("print setup, footer, row breaks and tab colour in the sheet XML", () => {
    const sheet = xml(after, "xl/worksheets/sheet4.xml");
    const setup = find(sheet, "pageSetup")[0];
    expect([
      attr(setup, "paperSize"),
      attr(setup, "orientation"),
      attr(setup, "fitToWidth"),
      attr(setup, "fitToHeight"),
    ]).toEqual(["9", "landscape", "1", "0"]);
    expect(attr(find(sheet, "pageSetUpPr")[0], "fitToPage")).toBe("1");
    expect(text(after, "xl/worksheets/sheet4.xml")).toContain(
      "<oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter>"
    );
    expect(find(sheet, "brk").map((b) => attr(b, "id"))).toEqual(["6"]);
    expect(attr(find(sheet, "tabColor")[0], "rgb")).toBe("FF1F4E78");
    // Sheets with a table and a drawing declare the r namespace they use.
    expect(find(sheet, "tablePart")[0].attrs[0].uri).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    );
  });
});

describe("reading the output back with exceljs (no chart: exceljs 4.4 cannot read charts)", () => {
  let wb: ExcelJS.Workbook;
  let names: string[];
  beforeAll(async () => {
    const out = addReportSheets(input, sampleModel(false));
    names = out.sheetNames;
    wb = await loadWithExcelJs(out.bytes);
  });

  test("values, formulas with cached results, booleans", () => {
    const plan = wb.getWorksheet(names[0])!;
    expect(plan.getCell("A1").value).toBe("RENCANA PENGEMBANGAN KOMPETENSI 2026");
    expect(plan.getCell("A2").value).toBe("Badan Kepegawaian & Pengembangan SDM <Kab. Contoh>");
    expect(plan.getCell("B4").value).toBe("198501012010011000");
    expect(plan.getCell("E5").value).toBe(-1);
    expect(plan.getCell("G4").value).toBe(true);
    expect(plan.getCell("F9").value).toEqual({ formula: "AVERAGE(F4:F8)", result: 0.76 });
    const issues = wb.getWorksheet("Catatan Data")!;
    expect(issues.getCell("C2").value).toBe("Nilai INT kosong");
    expect(issues.getCell("B2").value).toBe(5);
  });

  test("merges, number formats, fonts, fills, borders (later range wins per property)", () => {
    const plan = wb.getWorksheet(names[0])!;
    expect(plan.getCell("G1").master.address).toBe("A1");
    expect(plan.getCell("C2").master.address).toBe("A2");
    expect(plan.getCell("E9").master.address).toBe("A9");
    expect(plan.getCell("F9").isMerged).toBe(false);
    expect(plan.getCell("F4").numFmt).toBe("0.0%");
    expect(plan.getCell("E4").numFmt).toBe("+0;-0;0");
    expect(plan.getCell("B4").numFmt).toBe("@");
    // Header: bold white on blue from the third range, thin grid border from the second.
    const h = cellAt(plan, "C3");
    expect(h.font.bold).toBe(true);
    expect(h.font.color?.argb).toBe("FFFFFFFF");
    expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF1F4E78");
    expect(h.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(h.border.left).toEqual({ style: "thin", color: { argb: "FF808080" } });
    // Title: bold 14 pt.
    expect(plan.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    // Last row: italic, medium outline: G9 has top, bottom and right edges but no left one.
    const g9 = cellAt(plan, "G9");
    expect(g9.font.italic).toBe(true);
    expect(g9.border.right?.style).toBe("medium");
    expect(g9.border.top?.style).toBe("medium");
    expect(g9.border.left).toBeUndefined();
    const summary = wb.getWorksheet(names[1])!;
    expect(cellAt(summary, "A4").font.underline).toBe(true);
    expect(cellAt(summary, "A3").font?.underline).toBeFalsy();
    // Cells outside every range keep the workbook's default format.
    expect(plan.getCell("H4").style.font?.bold).toBeFalsy();
  });

  test("column widths, row heights, frozen panes, tab colour, auto filter", () => {
    const plan = wb.getWorksheet(names[0])!;
    // OOXML's width includes the 5 px padding: (chars × 7 px + 5 px) / 7 px, in 1/256.
    const fileWidth = (chars: number) => Math.trunc(((chars * 7 + 5) / 7) * 256) / 256;
    expect([1, 2, 3, 7].map((c) => plan.getColumn(c).width)).toEqual(
      [6, 22, 28, 11].map(fileWidth)
    );
    expect(plan.getRow(1).height).toBe(24);
    expect(plan.getRow(3).height).toBe(30);
    expect(plan.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 2,
      ySplit: 3,
      topLeftCell: "C4",
    });
    expect(plan.properties.tabColor).toEqual({ argb: "FF1F4E78" });
    expect(wb.getWorksheet(names[1])!.autoFilter).toBe("A1:C4");
  });

  test("print setup with print titles; existing defined names kept", () => {
    const plan = wb.getWorksheet(names[0])!;
    expect(plan.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(plan.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.75 });
    expect(plan.headerFooter.oddFooter).toBe("&CHalaman &P dari &N");
    expect(wb.getWorksheet(names[2])!.pageSetup.orientation).toBe("portrait");
    const defined = wb.definedNames.model.map((d) => d.name);
    expect(defined).toContain("JudulLaporan");
  });

  test("the user's own sheets read as before: table, note, image, validation, hidden sheet", async () => {
    const original = await loadWithExcelJs(input);
    for (const name of ["Data Asesmen", "Referensi", "rencana pengembangan 2026"]) {
      const a = original.getWorksheet(name)!;
      const b = wb.getWorksheet(name)!;
      expect(b.state).toBe(a.state);
      expect(b.getSheetValues()).toEqual(a.getSheetValues());
    }
    const ws = wb.getWorksheet("Data Asesmen")!;
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getCell("A1").note).toBe("Sumber: UPT Asesmen");
    expect(ws.getCell("D4").dataValidation).toMatchObject({ type: "whole", formulae: [1, 5] });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["TabelAsesmen"]);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
  });
});

describe("odd but valid inputs", () => {
  // exceljs cannot read prefixed SpreadsheetML (it fails on this input already): read the XML.
  test("prefixed namespaces, per-element r, absolute targets, BOM, no styles, no docProps", () => {
    const input2 = oddWorkbook();
    const out = addReportSheets(input2, sampleModel(false));
    const before = unzip(input2);
    const after = unzip(out.bytes);
    expect(Buffer.from(after["xl/worksheets/sheet1.xml"])).toEqual(
      Buffer.from(before["xl/worksheets/sheet1.xml"])
    );
    // The BOM, the root's mc:Ignorable and the x: prefix are kept; new elements use x: too.
    const wbBytes = after["xl/workbook.xml"];
    expect([...wbBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const wbText = text(after, "xl/workbook.xml");
    expect(wbText).toContain('mc:Ignorable="x15">\r\n');
    const sheets = sheetsOf(after);
    expect(sheets.map((s) => s.name)).toEqual(["Pegawai", ...out.sheetNames]);
    expect(sheets.map((s) => s.sheetId)).toEqual([7, 8, 9, 10]);
    expect(sheets.every((s) => s.part && s.part in after)).toBe(true);
    expect(wbText).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="1">`);
    // A styles part was created and related from the workbook.
    const stylesRel = rels(after, "xl/workbook.xml").find((r) => r.type.endsWith("/styles"));
    expect(stylesRel?.part).toBe("xl/styles.xml");
    expectConsistentPackage(after);
    // Cells of the new sheet refer to the created styles: F4 has the 0.0% format.
    const styles = xml(after, "xl/styles.xml");
    const f4 = find(xml(after, sheets[1].part!), "c").find((c) => attr(c, "r") === "F4")!;
    const xf = find(styles, "cellXfs")[0].children[Number(attr(f4, "s"))];
    const fmt = find(styles, "numFmt").find((n) => attr(n, "numFmtId") === attr(xf, "numFmtId"));
    expect(attr(fmt!, "formatCode")).toBe("0.0%");
  });

  test("Strict OOXML: new parts and relationships use the Strict namespaces", () => {
    const out = addReportSheets(strictWorkbook(), sampleModel());
    const after = unzip(out.bytes);
    const sheets = sheetsOf(after);
    expect(sheets.map((s) => s.name)).toEqual(["Asesmen", ...out.sheetNames]);
    const newSheet = sheets[1].part!;
    expect(xml(after, newSheet).uri).toBe(STRICT.main);
    expect(
      rels(after, "xl/workbook.xml").filter((r) => r.type === STRICT.relType("worksheet"))
    ).toHaveLength(4);
    expect(xml(after, "xl/charts/chart1.xml").uri).toBe(STRICT.chart);
    // Borders in Strict use start/end.
    const border = find(xml(after, "xl/styles.xml"), "border")[1];
    expect(border.children.map((c) => c.local)).toEqual([
      "start",
      "end",
      "top",
      "bottom",
      "diagonal",
    ]);
    // The existing workbook-scoped name stays, the print titles name is added for sheet index 1.
    const names = find(xml(after, "xl/workbook.xml"), "definedName").map((d) => [
      attr(d, "name"),
      attr(d, "localSheetId"),
    ]);
    expect(names).toEqual([
      ["Data", undefined],
      ["_xlnm.Print_Titles", "1"],
      ["_xlnm._FilterDatabase", "2"],
    ]);
    expectConsistentPackage(after);
  });

  test(".xlsm stays macro-enabled and keeps vbaProject.bin unchanged", () => {
    const out = addReportSheets(toXlsm(input), sampleModel());
    const after = unzip(out.bytes);
    expect(Buffer.from(after["xl/vbaProject.bin"])).toEqual(Buffer.from(FAKE_VBA));
    expect(contentTypes(after).typeOf("xl/workbook.xml")).toBe(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    expect(rels(after, "xl/workbook.xml").some((r) => r.part === "xl/vbaProject.bin")).toBe(true);
    expectConsistentPackage(after);
  });

  test("a workbook that already has report sheets, tables and a chart gets a second set", () => {
    const first = addReportSheets(input, sampleModel()).bytes;
    const out = addReportSheets(first, sampleModel());
    expect(out.sheetNames).toEqual([
      "Rencana Pengembangan 2026 (3)",
      "Rekap Kebutuhan Pengembanga (2)",
      "Catatan Data (2)",
    ]);
    const after = unzip(out.bytes);
    const before = unzip(first);
    for (const [name, data] of Object.entries(before)) {
      if (!ALLOWED_CHANGES.has(name))
        expect([name, Buffer.from(after[name]).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    const tables = Object.keys(after).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
    const tableNames = tables.map((t) => attr(xml(after, t), "name"));
    expect(tableNames.sort()).toEqual([
      "RencanaPengembangan",
      "RencanaPengembangan_2",
      "TabelAsesmen",
    ]);
    expect(new Set(tables.map((t) => attr(xml(after, t), "id"))).size).toBe(3);
    expect(Object.keys(after).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expectConsistentPackage(after);
  });
});

describe("invalid input", () => {
  const model: ReportModel = { sheets: [summarySheet()] };

  test("bytes that are not a zip get the reader's answer", () => {
    expect(() => addReportSheets(strToU8("bukan berkas excel"), model)).toThrow(
      expect.objectContaining({
        code: "not-zip",
        message: expect.stringMatching(/bukan buku kerja Excel/),
      })
    );
  });

  test("a zip without a workbook", () => {
    const zip = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "readme.txt": strToU8("x") });
    expect(() => addReportSheets(zip, model)).toThrow(/bukan workbook Excel/);
  });

  test("a workbook part that is not well-formed XML names the part", () => {
    const zip = zipSync({
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
      ),
      "xl/workbook.xml": strToU8("<workbook><sheets></workbook>"),
    });
    expect(() => addReportSheets(zip, model)).toThrow(/"xl\/workbook.xml".*bukan XML yang valid/);
  });

  test("an invalid colour in the model is reported in Indonesian", async () => {
    const bad: ReportModel = { sheets: [{ ...summarySheet(), tabColor: "biru" }] };
    expect(() => addReportSheets(input, bad)).toThrow(/Warna "biru" tidak valid/);
  });

  test("an empty model returns the input unchanged", () => {
    expect(addReportSheets(input, { sheets: [] })).toEqual({ bytes: input, sheetNames: [] });
  });
});

test("a model with a plan sheet alone writes exactly one sheet", () => {
  const out = addReportSheets(input, { sheets: [planSheet(false)] });
  expect(
    sheetsOf(unzip(out.bytes))
      .map((s) => s.name)
      .slice(3)
  ).toEqual(out.sheetNames);
  expect(out.sheetNames).toEqual(["Rencana Pengembangan 2026 (2)"]);
});

describe("a report for a province", () => {
  test("writes a sheet of 150,000 rows with their own heights (more than the call stack takes as arguments)", () => {
    const rows = 150_000;
    const sheet = {
      ...issuesSheet(),
      name: "Besar",
      values: Array.from({ length: rows }, (_, i) => [`Baris ${i + 1}`]),
      rowHeights: Array.from({ length: rows }, (_, i) => ({ row: i, height: 15 + (i % 3) })),
      styles: [],
      merges: [],
      conditionalFormats: [],
      tables: [],
      charts: [],
      formulas: [],
      autoFilter: undefined,
      columnWidths: [20],
    };
    const out = addReportSheets(input, { sheets: [sheet] });
    const parts = unzip(out.bytes);
    const part = sheetsOf(parts).find((s) => s.name === "Besar")!.part!;
    // Plain text search: a parsed tree of 150,000 rows would make this test slow, not more exact.
    const sheetXml = text(parts, part);
    const last = sheetXml.lastIndexOf("<row ");
    expect(sheetXml.slice(last, sheetXml.indexOf("</row>", last))).toMatch(
      new RegExp(
        `^<row r="${rows}" ht="${15 + ((rows - 1) % 3)}" customHeight="1">.*Baris ${rows}<`
      )
    );
    expect(sheetXml.match(/<row /g)).toHaveLength(rows);
  });
});
