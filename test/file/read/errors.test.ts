// Each way a file can fail to be a readable workbook gets its own code and an Indonesian message.
import { strToU8, zipSync } from "fflate";
import { readWorkbook, WorkbookReadError } from "../../../src/file/read/readWorkbook";
import { buildPackage, worksheetXml } from "./pkg";

function failure(
  bytes: Uint8Array,
  options?: Parameters<typeof readWorkbook>[1]
): WorkbookReadError {
  try {
    readWorkbook(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookReadError");
}

const okSheet = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
const good = () => buildPackage({ sheets: [{ name: "Data", xml: okSheet }] });

/** A minimal OLE compound file whose directory names the given streams (512-byte sectors). */
function cfb(streams: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3); // header, FAT sector (sid 0), directory sector (sid 1)
  const dv = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true); // sector shift
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true); // one FAT sector
  dv.setUint32(0x30, 1, true); // directory starts at sid 1
  dv.setUint32(0x44, 0xfffffffe, true); // no DIFAT chain
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  dv.setUint32(0x4c, 0, true); // FAT lives in sid 0
  const fat = sector;
  for (let i = 0; i < 128; i++) dv.setUint32(fat + i * 4, 0xffffffff, true);
  dv.setUint32(fat, 0xfffffffd, true); // sid 0 is a FAT sector
  dv.setUint32(fat + 4, 0xfffffffe, true); // sid 1: end of the directory chain
  const names = ["Root Entry", ...streams];
  names.slice(0, 4).forEach((name, i) => {
    const o = sector * 2 + i * 128;
    for (let j = 0; j < name.length; j++) dv.setUint16(o + j * 2, name.charCodeAt(j), true);
    dv.setUint16(o + 0x40, (name.length + 1) * 2, true);
    out[o + 0x42] = i === 0 ? 5 : 2;
  });
  return out;
}

describe("WorkbookReadError codes", () => {
  test("random bytes are not-zip", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const err = failure(bytes);
    expect(err.code).toBe("not-zip");
    expect(err.message).toMatch(/bukan buku kerja Excel/);
    expect(err.message).toMatch(/simpan ulang sebagai \.xlsx/i);
  });

  test("an empty file and a CSV are not-zip; the empty one says so", () => {
    expect(failure(new Uint8Array(0)).message).toMatch(/kosong/);
    expect(failure(strToU8("No;Nama;NIP\n1;Ahmad;1968\n")).code).toBe("not-zip");
  });

  test("an HTML table saved as .xls is not-zip and named as a web page", () => {
    const err = failure(strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>"));
    expect(err.code).toBe("not-zip");
    expect(err.message).toMatch(/HTML/);
  });

  test("a zip cut short is truncated, wherever it is cut", () => {
    const bytes = good();
    for (const keep of [0.3, 0.6, 0.95]) {
      const err = failure(bytes.subarray(0, Math.floor(bytes.length * keep)));
      expect(err.code).toBe("truncated");
      expect(err.message).toMatch(/terpotong/);
    }
  });

  test("a .docx is not-workbook and named as a Word document", () => {
    const docx = zipSync({
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
      ),
      "word/document.xml": strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
      ),
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
      ),
    });
    const err = failure(docx);
    expect(err.code).toBe("not-workbook");
    expect(err.message).toMatch(/dokumen Word/);
  });

  test("a plain zip of other files and an .xlsb are not-workbook", () => {
    expect(failure(zipSync({ "foto.txt": strToU8("bukan buku kerja") })).code).toBe("not-workbook");
    const xlsb = zipSync({ "xl/workbook.bin": new Uint8Array([1, 2, 3]) });
    const err = failure(xlsb);
    expect(err.code).toBe("not-workbook");
    expect(err.message).toMatch(/\.xlsb/);
  });

  test("an OLE file with EncryptionInfo is encrypted; with Workbook or Book it is xls", () => {
    const enc = failure(cfb(["EncryptionInfo", "EncryptedPackage"]));
    expect(enc.code).toBe("encrypted");
    expect(enc.message).toMatch(/Buka kunci\/hapus kata sandi|buka kunci\/hapus kata sandi/);
    expect(failure(cfb(["Workbook"])).code).toBe("xls");
    expect(failure(cfb(["Book"])).code).toBe("xls");
    const doc = failure(cfb(["WordDocument"]));
    expect(doc.code).toBe("not-workbook");
    expect(doc.message).toMatch(/Word lama/);
  });

  test("a zip declaring an absurd uncompressed size is too-large before anything is inflated", () => {
    const bytes = good();
    // Declare 5 GiB for the first central-directory entry (a zip bomb's headers look like this).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const cd = view.getUint32(eocd + 16, true);
    view.setUint32(cd + 24, 0xfffffff0, true);
    const err = failure(bytes, { zipLimits: { maxArchiveBytes: 1024 * 1024 * 1024 } });
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/terlalu besar/);
  });

  test("a real highly compressible part over the part limit is too-large", () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`
    );
    const bytes = buildPackage({ sheets: [{ name: "Data", xml: worksheetXml(rows.join("")) }] });
    expect(failure(bytes, { zipLimits: { maxPartBytes: 20_000 } }).code).toBe("too-large");
    // The same file reads under the default limits.
    expect(readWorkbook(bytes).info.sheets[0].cells).toBe(2000);
  });

  test("more cells than maxCells is too-large, naming the sheet", () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row><c><v>${i}</v></c><c><v>${i}</v></c></row>`
    );
    const bytes = buildPackage({
      sheets: [{ name: "Penilaian", xml: worksheetXml(rows.join("")) }],
    });
    const err = failure(bytes, { maxCells: 60 });
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/Penilaian/);
    expect(readWorkbook(bytes, { maxCells: 100 }).info.sheets[0].cells).toBe(100);
  });

  test("malformed XML in a sheet is corrupt, naming the sheet and the part", () => {
    const broken = worksheetXml('<row r="1"><c r="A1"><v>1</v></row>');
    const err = failure(buildPackage({ sheets: [{ name: "Penilaian", xml: broken }] }));
    expect(err.code).toBe("corrupt");
    expect(err.message).toMatch(/lembar "Penilaian"/);
    expect(err.message).toMatch(/xl\/worksheets\/sheet1\.xml/);
    expect(err.detail).toMatch(/closes/);
  });

  test("malformed XML in the workbook part, and an unknown entity, are corrupt", () => {
    const bytes = buildPackage({
      sheets: [{ name: "Data", xml: okSheet }],
      extra: { "xl/workbook.xml": "<workbook><sheets><sheet name='x'</sheets></workbook>" },
    });
    expect(failure(bytes).code).toBe("corrupt");
    const entity = worksheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'
    );
    expect(failure(buildPackage({ sheets: [{ name: "Data", xml: entity }] })).code).toBe("corrupt");
  });

  test("malformed attributes are corrupt even on elements the reader does not use", () => {
    for (const bad of [
      '<row r="1"><c r=A1><v>1</v></c></row>',
      '<row r="1" spans="1:2"ht="15"><c r="A1"><v>1</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c></row><foo a="1" b></foo>',
    ]) {
      const err = failure(buildPackage({ sheets: [{ name: "Data", xml: worksheetXml(bad) }] }));
      expect(err.code).toBe("corrupt");
    }
  });

  test("a DTD is refused as corrupt (no entity expansion)", () => {
    const dtd =
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(failure(buildPackage({ sheets: [{ name: "Data", xml: dtd }] })).code).toBe("corrupt");
  });

  test("messages are in Bahasa Indonesia and carry no stack trace or English detail", () => {
    const errors = [
      failure(new Uint8Array([1, 2, 3, 4])),
      failure(good().subarray(0, 100)),
      failure(cfb(["EncryptionInfo"])),
      failure(cfb(["Workbook"])),
    ];
    for (const e of errors) {
      expect(e.name).toBe("WorkbookReadError");
      expect(e.message).not.toMatch(/\bat \w+ \(|Error:|undefined/);
      expect(e.message).toMatch(/berkas|buku kerja/i);
    }
    expect(new Set(errors.map((e) => e.code)).size).toBe(errors.length);
  });
});
