// Packages built by hand for what real-world writers do: prefixes, missing r attributes, Strict namespaces,
// odd part paths, huge sparse sheets, escapes. Each test checks the values that come back.
import { readWorkbook } from "../../../src/file/read/readWorkbook";
import { EMPTY_ROW } from "../../../src/file/read/sheet";
import { columnLetters } from "../../../src/file/read/refs";
import { SheetView } from "../../../src/skj/sheetView";
import { buildPackage, MAIN_NS, STRICT_MAIN_NS, stylesXml, worksheetXml } from "./pkg";

describe.each(["tokenizer", "saxes"] as const)("reader with the %s XML backend", (backend) => {
  const read = (bytes: Uint8Array, maxCells?: number) =>
    readWorkbook(bytes, { xmlBackend: backend, maxCells });

  test("namespace prefixes as the .NET SDK writes them (<x:c>, <x:v>)", () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2.5</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Kerja Sama</x:t></x:is></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells></x:worksheet>';
    const { grid } = read(
      buildPackage({ sheets: [{ name: "Data", xml }], sharedStrings: ["Integritas"] })
    );
    expect(grid.sheets[0].rows).toEqual([["Integritas", 2.5], ["Kerja Sama"]]);
    expect(grid.sheets[0].merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
  });

  test("rows and cells without r attributes follow the previous ones", () => {
    const xml = worksheetXml(
      "<row><c><v>1</v></c><c><v>2</v></c></row>" +
        '<row><c t="inlineStr"><is><t>a</t></is></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>' +
        '<row r="5"><c><v>9</v></c></row><row><c><v>10</v></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Data", xml }] }));
    expect(grid.sheets[0].rows).toEqual([[1, 2], ["a", null, null, 4, 5], [], [], [9], [10]]);
    expect(grid.sheets[0].origin).toBeUndefined();
  });

  test("an 18-digit number keeps its digits when the file has them, and reads as Excel's double when not", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1"><v>198001012005011001</v></c></row>' +
        '<row r="2"><c r="A2"><v>198001012005011000</v></c></row>' +
        '<row r="3"><c r="A3"><v>1.98001012005011E+17</v></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Data", xml }] }));
    expect(grid.sheets[0].rows).toEqual([
      ["198001012005011001"],
      [198001012005011000],
      [198001012005011000],
    ]);
  });

  test("formulas saved without a result are counted, from the first; an empty text result is a result", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="str"><f>""</f><v></v></c><c r="B1"><f>1+1</f><v>2</v></c></row>' +
        '<row r="2"><c r="C2"><f>1/0</f><v></v></c><c r="D2"><f>A1</f></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Data", xml }] }));
    expect(grid.sheets[0].uncachedFormulas).toEqual({
      count: 2,
      cells: [
        { row: 1, col: 2 },
        { row: 1, col: 3 },
      ],
    });
    // Only B1 holds a value: the grid ends there.
    expect(grid.sheets[0].rows).toEqual([[2]]);
    expect(grid.sheets[0].origin).toEqual({ row: 0, col: 1 });
  });

  test("Strict OOXML namespaces and relationship types", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row>',
      "",
      STRICT_MAIN_NS
    );
    const { grid, info } = read(
      buildPackage({
        sheets: [{ name: "Ketat", xml }],
        sharedStrings: ["Perekat Bangsa"],
        strict: true,
      })
    );
    expect(info.strict).toBe(true);
    expect(grid.sheets[0].rows).toEqual([["Perekat Bangsa", 3]]);
  });

  test("a workbook part elsewhere than xl/workbook.xml, found through _rels/.rels, with absolute targets", () => {
    const xml = worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const bytes = buildPackage({
      sheets: [{ name: "Data", xml }],
      sharedStrings: ["ditemukan"],
      workbookPath: "spreadsheet/buku.xml",
      absoluteTargets: true,
    });
    const { grid, info } = read(bytes);
    expect(info.workbookPart).toBe("spreadsheet/buku.xml");
    expect(info.sheets[0].part).toBe("spreadsheet/worksheets/sheet1.xml");
    expect(grid.sheets[0].rows).toEqual([["ditemukan"]]);
  });

  test("a sheet with 5,000 columns reads every column", () => {
    const cells = Array.from(
      { length: 5000 },
      (_, i) => `<c r="${columnLetters(i)}1"><v>${i}</v></c>`
    ).join("");
    const second = Array.from({ length: 5000 }, (_, i) => `<c><v>${-i}</v></c>`).join("");
    const { grid } = read(
      buildPackage({
        sheets: [
          { name: "Lebar", xml: worksheetXml(`<row r="1">${cells}</row><row>${second}</row>`) },
        ],
      })
    );
    const rows = grid.sheets[0].rows;
    expect(rows[0]).toHaveLength(5000);
    expect(rows[0][4999]).toBe(4999);
    expect(rows[0][702]).toBe(702); // column AAA
    expect(rows[1][4999]).toBe(-4999);
  });

  test("a lone cell at XFD1048576 gives a 1x1 grid at that origin", () => {
    const xml = worksheetXml(
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ujung</t></is></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Jauh", xml }] }));
    expect(grid.sheets[0].origin).toEqual({ row: 1048575, col: 16383 });
    expect(grid.sheets[0].rows).toEqual([["ujung"]]);
  });

  test("data at A1 plus a stray cell at XFD1048576: the empty rows share one empty array", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
        '<row r="1048576"><c r="XFD1048576"><v>3</v></c></row>' +
        // Styled but empty cells do not widen or lengthen the grid.
        '<row r="500000"><c r="Z500000" s="0"/></row>'
    );
    const { grid, info } = read(buildPackage({ sheets: [{ name: "Jarang", xml }] }));
    const s = grid.sheets[0];
    expect(info.sheets[0].cells).toBe(3);
    expect(s.rows).toHaveLength(1048576);
    expect(s.rows[0]).toEqual([1, 2]);
    expect(s.rows[1]).toBe(EMPTY_ROW);
    expect(s.rows[524287]).toBe(EMPTY_ROW);
    expect(s.rows[1048575]).toHaveLength(16384);
    expect(s.rows[1048575][16383]).toBe(3);
    // The domain's view handles the shape.
    const view = new SheetView(s);
    expect(view.value(1048575, 16383)).toBe(3);
    expect(view.value(200, 3)).toBeNull();
  });

  test("entities, character references and _xHHHH_ escapes in shared and inline strings", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c>' +
        '<c r="B1" t="inlineStr"><is><t>Baris_x000D_&#10;dua &amp; &#x41;</t></is></c>' +
        '<c r="C1" t="str"><f>A1</f><v>x_x005F_x000D_</v></c></row>'
    );
    const { grid } = read(
      buildPackage({
        sheets: [{ name: "Teks", xml }],
        sharedStrings: ["P&amp;K &lt;Umum&gt; &quot;A&quot;_x0009_tab"],
      })
    );
    expect(grid.sheets[0].rows[0]).toEqual(['P&K <Umum> "A"\ttab', "Baris\r\ndua & A", "x_x000D_"]);
  });

  test("sheet names with entities, hidden and very hidden states, chart sheets listed without a grid", () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const chart = '<chartsheet xmlns="' + MAIN_NS + '"><sheetPr/></chartsheet>';
    const { grid, info } = read(
      buildPackage({
        sheets: [
          { name: "P&amp;K", xml },
          { name: "Grafik", xml: chart, kind: "chartsheet" },
          { name: "Rahasia", xml, state: "veryHidden" },
          { name: "Arsip", xml, state: "hidden" },
        ],
      })
    );
    expect(info.sheets.map((s) => [s.name, s.kind, s.state])).toEqual([
      ["P&K", "worksheet", "visible"],
      ["Grafik", "chartsheet", "visible"],
      ["Rahasia", "worksheet", "veryHidden"],
      ["Arsip", "worksheet", "hidden"],
    ]);
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ["P&K", "visible"],
      ["Rahasia", "veryHidden"],
      ["Arsip", "hidden"],
    ]);
  });

  test("cell types: booleans, errors, t=d ISO dates, formula strings, empty and cached values", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c>' +
        '<c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="d"><v>2025-03-14T00:00:00</v></c>' +
        '<c r="E1" t="d"><v>2025-03-14T08:15:30.5</v></c><c r="F1" t="str"><f>"a"</f><v>a</v></c>' +
        '<c r="G1"><f>1+1</f></c><c r="H1"><f>1+1</f><v>2</v></c><c r="I1" t="s"><v>99</v></c>' +
        '<c r="J1" t="e"><f>NA()</f><v>#N/A</v></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Jenis", xml }] }));
    const row = grid.sheets[0].rows[0];
    expect(row.slice(0, 3)).toEqual([true, false, { error: "#DIV/0!" }]);
    expect((row[3] as Date).toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect((row[4] as Date).toISOString()).toBe("2025-03-14T08:15:30.500Z");
    expect(row.slice(5)).toEqual(["a", null, 2, null, { error: "#N/A" }]);
  });

  test("number formats decide dates: built-in ids, custom codes, and look-alikes that are not dates", () => {
    // xf 1: id 14; 2: id 22; 3: custom date; 4: custom with d only in quotes; 5: colour + number; 6: [h]:mm; 7: id 2.
    const styles = stylesXml([14, 22, 164, 165, 166, 167, 2], {
      164: "dd/mm/yyyy",
      165: '0.0 "hari"',
      166: "[Red]0.00",
      167: "[h]:mm",
    });
    const xml = worksheetXml(
      '<row r="1"><c r="A1" s="1"><v>45730</v></c><c r="B1" s="2"><v>45730.5</v></c><c r="C1" s="3"><v>45730</v></c>' +
        '<c r="D1" s="4"><v>12.5</v></c><c r="E1" s="5"><v>3</v></c><c r="F1" s="6"><v>1.5</v></c>' +
        '<c r="G1" s="7"><v>45730</v></c><c r="H1"><v>45730</v></c><c r="I1" s="99"><v>7</v></c></row>'
    );
    const { grid } = read(buildPackage({ sheets: [{ name: "Format", xml }], styles }));
    const row = grid.sheets[0].rows[0];
    expect((row[0] as Date).toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect((row[1] as Date).toISOString()).toBe("2025-03-14T12:00:00.000Z");
    expect((row[2] as Date).toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(row[3]).toBe(12.5);
    expect(row[4]).toBe(3);
    expect((row[5] as Date).toISOString()).toBe("1900-01-01T12:00:00.000Z");
    expect(row.slice(6)).toEqual([45730, 45730, 7]);
  });

  test("date1904 shifts serial dates by 1,462 days", () => {
    const styles = stylesXml([14]);
    const xml = worksheetXml('<row r="1"><c r="A1" s="1"><v>44268</v></c></row>');
    const { grid, info } = read(
      buildPackage({ sheets: [{ name: "Mac", xml }], styles, date1904: true })
    );
    expect(info.date1904).toBe(true);
    expect((grid.sheets[0].rows[0][0] as Date).toISOString()).toBe("2025-03-14T00:00:00.000Z");
  });

  test("a macro-enabled content type and a vbaProject part mark the workbook macroEnabled", () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const xlsm = buildPackage({
      sheets: [{ name: "Data", xml }],
      workbookContentType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    });
    expect(read(xlsm).info.macroEnabled).toBe(true);
    const bin = buildPackage({
      sheets: [{ name: "Data", xml }],
      extra: { "xl/vbaProject.bin": new Uint8Array(8) },
    });
    expect(read(bin).info).toMatchObject({ macroEnabled: true, contents: { vbaProject: true } });
    expect(read(buildPackage({ sheets: [{ name: "Data", xml }] })).info.macroEnabled).toBe(false);
  });

  test("a sheet whose part is missing reads empty and says why", () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const bytes = buildPackage({
      sheets: [
        { name: "Ada", xml },
        { name: "Hilang", xml },
      ],
    });
    // Point the second relationship at a part that does not exist.
    const patched = readWorkbook(
      buildPackage({
        sheets: [
          { name: "Ada", xml },
          { name: "Hilang", xml },
        ],
        extra: {
          "xl/_rels/workbook.xml.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/tidak-ada.xml"/>' +
            "</Relationships>",
        },
      }),
      { xmlBackend: backend }
    );
    expect(readWorkbook(bytes).grid.sheets).toHaveLength(2);
    expect(patched.grid.sheets.map((s) => s.rows)).toEqual([[[1]], []]);
    expect(patched.info.sheets[1].problem).toEqual({
      code: "sheet-part-missing",
      params: { sheet: "Hilang" },
    });
  });
});

describe("progress", () => {
  test("onProgress rises monotonically from above 0 to exactly 1", () => {
    const rows = Array.from(
      { length: 30000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Pegawai ${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`
    );
    const bytes = buildPackage({ sheets: [{ name: "Besar", xml: worksheetXml(rows.join("")) }] });
    const seen: number[] = [];
    const { grid } = readWorkbook(bytes, { onProgress: (f) => seen.push(f) });
    expect(grid.sheets[0].rows[29999]).toEqual(["Pegawai 29999", 29999]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
    // Some report arrives from inside the big sheet, not only at its end.
    expect(seen.some((f) => f > 0.1 && f < 0.9)).toBe(true);
  });
});
