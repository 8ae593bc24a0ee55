// The package layer shared by the reader and the writer: part names, relationships, content types, and an
// opened archive that the writer copies without inflating what it does not change.
import { strToU8, unzipSync, zipSync } from "fflate";
import { WorkbookReadError } from "../../../src/file/opc/errors";
import {
  openPackage,
  relativeTarget,
  relsPartOf,
  resolveTarget,
} from "../../../src/file/opc/package";
import { DEFAULT_ZIP_LIMITS, ZipArchive } from "../../../src/file/opc/zip";
import { withDeclaredSize } from "./zipCraft";

describe("relationship targets", () => {
  test("relative, absolute and percent-encoded targets resolve to part names", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "media/a%20b.png")).toBe("xl/media/a b.png");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  test.each([
    ["backslashes", "xl/workbook.xml", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["backslash parent", "xl/worksheets/sheet1.xml", "..\\tables\\t.xml", "xl/tables/t.xml"],
    ["leading ./", "xl/workbook.xml", "./worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["./ in the middle", "xl/workbook.xml", "worksheets/./sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["../ from a nested part", "xl/charts/chart1.xml", "../../docProps/x.xml", "docProps/x.xml"],
    ["../ above the root stays at the root", "xl/workbook.xml", "../../../a.xml", "a.xml"],
    ["leading /", "xl/worksheets/sheet1.xml", "/xl/media/image1.png", "xl/media/image1.png"],
    ["leading \\", "xl/workbook.xml", "\\xl\\styles.xml", "xl/styles.xml"],
    ["leading / with ..", "xl/workbook.xml", "/xl/../docProps/app.xml", "docProps/app.xml"],
    ["doubled slashes", "xl/workbook.xml", "worksheets//sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["package rels", "", "/xl/workbook.xml", "xl/workbook.xml"],
    ["bad percent-encoding kept", "xl/workbook.xml", "a%zz.xml", "xl/a%zz.xml"],
  ])("%s", (_label, source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  test("relative targets between parts", () => {
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet4.xml")).toBe(
      "worksheets/sheet4.xml"
    );
    expect(relativeTarget("xl/worksheets/sheet4.xml", "xl/tables/table2.xml")).toBe(
      "../tables/table2.xml"
    );
    expect(relativeTarget("workbook.xml", "worksheets/s.xml")).toBe("worksheets/s.xml");
  });

  test("the relationships part of a part and of the package", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("workbook.xml")).toBe("_rels/workbook.xml.rels");
    expect(relsPartOf("")).toBe("_rels/.rels");
  });
});

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function smallPackage(): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/XL/Workbook.xml" ContentType="wb"/></Types>`
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl\\workbook.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://x.test/" TargetMode="External"/>` +
          `</Relationships>`
      ),
      "xl/workbook.xml": strToU8(`<workbook/>`),
      "xl/media/big.txt": strToU8("abc ".repeat(5000)),
    },
    { level: 9 }
  );
}

describe("an opened package", () => {
  test("finds parts case-insensitively, reads content types and resolves relationships", () => {
    const pkg = openPackage(smallPackage());
    expect(pkg.find("/xl/WORKBOOK.xml")).toBe("xl/workbook.xml");
    expect(pkg.contentTypes.typeOf("xl/workbook.xml")).toBe("wb");
    expect(pkg.contentTypes.typeOf("xl/media/big.txt")).toBeUndefined();
    const [office, link] = pkg.relationships("");
    expect(office).toMatchObject({ id: "rId1", part: "xl/workbook.xml", external: false });
    expect(link).toMatchObject({ target: "https://x.test/", part: "", external: true });
    expect(pkg.relationships("xl/workbook.xml")).toEqual([]);
  });

  test("an edit writes to its own overlay, never to the package it came from", () => {
    const pkg = openPackage(smallPackage());
    const edit = pkg.edit();
    edit.set("xl/WORKBOOK.xml", strToU8("<workbook><x/></workbook>"));
    edit.set("xl/new.xml", strToU8("<new/>"));
    expect(new TextDecoder().decode(edit.get("xl/workbook.xml"))).toBe("<workbook><x/></workbook>");
    expect(new TextDecoder().decode(pkg.get("xl/workbook.xml"))).toBe("<workbook/>");
    expect(pkg.has("xl/new.xml")).toBe(false);
    expect([...edit.touched]).toEqual(["xl/workbook.xml", "xl/new.xml"]);
    const parts = unzipSync(edit.toBytes());
    expect(Object.keys(parts)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/media/big.txt",
      "xl/new.xml",
    ]);
    expect(new TextDecoder().decode(parts["xl/workbook.xml"])).toBe("<workbook><x/></workbook>");
  });

  test("parts that are not changed are copied as stored, without being inflated", () => {
    const input = smallPackage();
    const pkg = openPackage(input);
    const read = jest.spyOn(ZipArchive.prototype, "read");
    try {
      const edit = pkg.edit();
      edit.set("xl/workbook.xml", strToU8("<workbook/>"));
      const out = new ZipArchive(edit.toBytes());
      expect(read).not.toHaveBeenCalled();
      const before = new ZipArchive(input);
      for (const name of ["xl/media/big.txt", "_rels/.rels", "[Content_Types].xml"]) {
        const a = before.get(name)!;
        const b = out.get(name)!;
        // The same compressed bytes (fflate level 9, which this writer would not have chosen) and CRC.
        expect([name, b.method, b.crc, Buffer.from(out.stored(b))]).toEqual([
          name,
          a.method,
          a.crc,
          Buffer.from(before.stored(a)),
        ]);
      }
    } finally {
      read.mockRestore();
    }
  });
});

describe("limits on opening a package", () => {
  const tooLarge = (f: () => unknown) =>
    expect(f).toThrow(expect.objectContaining({ code: "too-large" }) as WorkbookReadError);

  test("more entries than allowed", () => {
    tooLarge(() => openPackage(smallPackage(), { zipLimits: { maxEntries: 3 } }));
    expect(openPackage(smallPackage(), { zipLimits: { maxEntries: 4 } }).names()).toHaveLength(4);
  });

  test("an archive declaring more than allowed in all is refused on opening", () => {
    tooLarge(() => openPackage(smallPackage(), { zipLimits: { maxArchiveBytes: 10_000 } }));
  });

  test("a part declaring more than allowed is refused before it is inflated", () => {
    const bomb = withDeclaredSize(smallPackage(), "xl/workbook.xml", 300 * 1024 * 1024);
    const pkg = openPackage(bomb);
    tooLarge(() => pkg.get("xl/workbook.xml"));
  });

  test("the total counts each part once, however often it is read (a kept package is written again)", () => {
    const zip = zipSync({ "a.xml": strToU8("a".repeat(100)), "b.xml": strToU8("b".repeat(100)) });
    const archive = new ZipArchive(zip, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 150 });
    for (let i = 0; i < 5; i++) expect(archive.read(archive.get("a.xml")!)).toHaveLength(100);
    tooLarge(() => archive.read(archive.get("b.xml")!));
  });

  test("bytes that are not a zip", () => {
    expect(() => openPackage(strToU8("bukan zip"))).toThrow(
      expect.objectContaining({ code: "not-zip" }) as WorkbookReadError
    );
  });
});
