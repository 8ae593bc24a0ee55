import { resolveStyles } from "../../../src/report/cellStyle";
import { StyleBook, minimalStyles } from "../../../src/file/package/styles";
import { TRANSITIONAL } from "../../../src/file/package/conformance";
import { find } from "./packageInspect";
import { attr, parseXml } from "../../../src/file/opc/xml";
import { issuesSheet } from "./sampleModel";

describe("mapping StyledRanges to cells: later range wins per property", () => {
  const sheet = {
    ...issuesSheet(),
    styles: [
      {
        rect: { top: 0, left: 0, bottom: 2, right: 2 },
        style: {
          font: { bold: true, color: "#FF0000" },
          fill: "#EEEEEE",
          border: { kind: "grid" as const, weight: "thin" as const, color: "#000000" },
        },
      },
      {
        rect: { top: 1, left: 1, bottom: 2, right: 2 },
        style: {
          font: { bold: false, size: 9 },
          border: { kind: "outline" as const, weight: "medium" as const, color: "#0000ff" },
        },
      },
    ],
  };
  const cells = resolveStyles(sheet.styles);
  const at = (r: number, c: number) => cells.get(`${r},${c}`);

  test("properties the later range sets replace earlier ones; others stay", () => {
    expect(at(0, 0)).toMatchObject({ bold: true, color: "FF0000", fill: "EEEEEE" });
    expect(at(1, 1)).toMatchObject({ bold: false, size: 9, color: "FF0000", fill: "EEEEEE" });
  });

  test("an outline sets only the edges on the range's boundary; inner edges keep the grid", () => {
    const thin = { weight: "thin", color: "000000" };
    const medium = { weight: "medium", color: "0000FF" };
    // (1,1) is the outline's top-left corner.
    expect(at(1, 1)).toMatchObject({ left: medium, top: medium, right: thin, bottom: thin });
    // (2,2) is its bottom-right corner.
    expect(at(2, 2)).toMatchObject({ left: thin, top: thin, right: medium, bottom: medium });
    expect(at(0, 0)).toMatchObject({ left: thin, top: thin, right: thin, bottom: thin });
    expect(at(3, 3)).toBeUndefined();
  });
});

describe("StyleBook", () => {
  test("one xf per distinct format; number formats reuse built-ins and existing codes", () => {
    const styles =
      `<?xml version="1.0"?><styleSheet xmlns="${TRANSITIONAL.main}">` +
      `<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>` +
      `<fonts count="1"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;
    const book = new StyleBook(styles, "xl/styles.xml", TRANSITIONAL);
    const a = book.xfFor({ bold: true, numberFormat: "0.0%" });
    const b = book.xfFor({ bold: true, numberFormat: "0.0%" });
    const c = book.xfFor({ numberFormat: "0%" });
    const d = book.xfFor({ numberFormat: "#,##0.0" });
    expect([a, b, c, d]).toEqual([1, 1, 2, 3]);
    expect(book.xfFor({})).toBe(0);
    const root = parseXml(book.result(), "s");
    const xfs = find(root, "cellXfs")[0].children;
    expect(xfs.map((x) => attr(x, "numFmtId"))).toEqual(["0", "170", "9", "171"]);
    // The new bold font copies the default font's size, colour and name.
    const font = find(root, "font")[1];
    expect(font.children.map((c) => c.local)).toEqual(["b", "sz", "color", "name", "family"]);
    expect(attr(font.children[1], "val")).toBe("10");
    expect(attr(font.children[2], "theme")).toBe("1");
    expect(attr(find(root, "numFmts")[0], "count")).toBe("2");
  });

  test("missing containers are created in schema order (dxfs after cellXfs)", () => {
    const book = new StyleBook(
      minimalStyles(TRANSITIONAL).replace(`<dxfs count="0"/>`, ""),
      "s",
      TRANSITIONAL
    );
    expect(book.dxfFor({ fill: "#FFC7CE", bold: true })).toBe(0);
    book.xfFor({ numberFormat: "0.000" });
    const root = parseXml(book.result(), "s");
    expect(root.children.map((c) => c.local)).toEqual([
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
    ]);
    expect(attr(find(root, "numFmt")[0], "numFmtId")).toBe("164");
  });
});
