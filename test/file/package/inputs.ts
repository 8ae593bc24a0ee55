// Input workbooks for the package writer's tests: one made by exceljs with many kinds of parts, and
// hand-made packages with odd-but-valid XML (prefixes, per-element namespaces, Strict OOXML, .xlsm).

import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync, Zippable } from "fflate";

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
);

/**
 * An assessment workbook written by exceljs: a table, a note, an image, data validation, conditional
 * formatting, a defined name, frozen panes, a formula, a hidden sheet, and a sheet whose name clashes
 * (case-insensitively) with the report's.
 */
export async function exceljsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BKPSDM";
  const ws = wb.addWorksheet("Data Asesmen", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.getCell("A1").value = "HASIL ASESMEN KOMPETENSI 2026";
  ws.mergeCells("A1:F1");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").note = "Sumber: UPT Asesmen";
  ws.getColumn(2).width = 30;
  ws.addTable({
    name: "TabelAsesmen",
    ref: "A3",
    headerRow: true,
    columns: [
      { name: "NIP" },
      { name: "Nama" },
      { name: "Jabatan" },
      { name: "INT" },
      { name: "KS" },
      { name: "JPM" },
    ],
    rows: [
      ["198501012010011001", "Ani Lestari", "Analis SDM", 3, 2, 0.82],
      ["199002022015022002", "Budi Santoso", "Pengelola Data", 2, 3, 0.74],
      ["198703032012031003", "Citra Dewi", "Kepala Subbagian", 4, 3, 0.91],
    ],
  });
  ws.getCell("H4").value = { formula: "AVERAGE(F4:F6)", result: 0.8233333333 };
  ws.getCell("F4").numFmt = "0.00%";
  // exceljs's typings lack `dataValidations`, which its runtime has.
  (ws as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations.add(
    "D4:E6",
    {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [1, 5],
    }
  );
  ws.addConditionalFormatting({
    ref: "D4:E6",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        priority: 1,
        formulae: [3],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(image, "J1:K3");
  wb.definedNames.add("'Data Asesmen'!$A$1", "JudulLaporan");
  const ref = wb.addWorksheet("Referensi", { state: "hidden" });
  ref.getCell("A1").value = "Level";
  ref.getCell("A2").value = 1;
  wb.addWorksheet("rencana pengembangan 2026").getCell("A1").value = "lembar lama";
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

function pkg(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    z[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(z);
}

/**
 * A hand-made workbook with odd but valid XML: every SpreadsheetML element prefixed ("x:"), the
 * relationships namespace declared per element, absolute relationship targets, an mc:Ignorable
 * declaration, CRLF line ends, a BOM, no styles part and no docProps.
 */
export function oddWorkbook(): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return pkg({
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\r\n` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\r\n` +
      `<Default Extension="xml" ContentType="application/xml"/>\r\n` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\r\n` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\r\n` +
      `</Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="R1" Type="${rels}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n` +
      `<x:workbook xmlns:x="${main}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
      `xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" mc:Ignorable="x15">\r\n` +
      `  <x:bookViews><x:workbookView activeTab="0"/></x:bookViews>\r\n` +
      `  <x:sheets>\r\n` +
      `    <x:sheet name="Pegawai" sheetId="7" xmlns:r="${rels}" r:id="R7"/>\r\n` +
      `  </x:sheets>\r\n` +
      `</x:workbook>\r\n`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\r\n` +
      `<Relationship Id="R7" Type="${rels}/worksheet" Target="/xl/worksheets/sheet1.xml"/>\r\n` +
      `</Relationships>`,
    "xl/worksheets/sheet1.xml":
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="${main}"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>NIP</x:t></x:is></x:c>` +
      `<x:c r="B1" t="inlineStr"><x:is><x:t>Nama</x:t></x:is></x:c></x:row>` +
      `<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>197001011990031001</x:t></x:is></x:c>` +
      `<x:c r="B2" t="inlineStr"><x:is><x:t>Dewi Kartika</x:t></x:is></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`,
  });
}

/** A minimal workbook in Strict OOXML (ISO/IEC 29500 strict namespaces), with a styles part. */
export function strictWorkbook(): Uint8Array {
  const main = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const rels = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  return pkg({
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${main}" xmlns:r="${rels}" conformance="strict">` +
      `<bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets><sheet name="Asesmen" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="Data">Asesmen!$A$1:$B$2</definedName></definedNames>` +
      `<calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rels}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}">` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><start/><end/><top/><bottom/><diagonal/></border></borders>` +
      `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}">` +
      `<cols><col min="1" max="1" width="24" customWidth="1"/></cols><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>Skor</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Eko Prasetyo</t></is></c><c r="B2"><v>3</v></c></row>` +
      `</sheetData></worksheet>`,
  });
}

/** A fake VBA project: its bytes only have to come back unchanged. */
export const FAKE_VBA = new Uint8Array(Array.from({ length: 1536 }, (_, i) => (i * 37 + 11) % 256));

/** An .xlsm made from `xlsx`: macro-enabled workbook content type and a vbaProject.bin part. */
export function toXlsm(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const dec = new TextDecoder();
  const ct = dec
    .decode(files["[Content_Types].xml"])
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    )
    .replace(
      "</Types>",
      `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`
    );
  const rels = dec
    .decode(files["xl/_rels/workbook.xml.rels"])
    .replace(
      "</Relationships>",
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`
    );
  const z: Zippable = {};
  for (const [name, data] of Object.entries(files)) z[name] = data;
  z["[Content_Types].xml"] = strToU8(ct);
  z["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  z["xl/vbaProject.bin"] = FAKE_VBA;
  return zipSync(z);
}

/**
 * Adds parts that exceljs does not write: a calculation chain and a custom XML item (both related
 * from the workbook), so that their preservation is checked too.
 */
export function withCalcChainAndCustomXml(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const dec = new TextDecoder();
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const ct = dec
    .decode(files["[Content_Types].xml"])
    .replace(
      "</Types>",
      `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`
    );
  const rels = dec
    .decode(files["xl/_rels/workbook.xml.rels"])
    .replace(
      "</Relationships>",
      `<Relationship Id="rIdCalc" Type="${rel}/calcChain" Target="calcChain.xml"/>` +
        `<Relationship Id="rIdCx" Type="${rel}/customXml" Target="../customXml/item1.xml"/></Relationships>`
    );
  const z: Zippable = {};
  for (const [name, data] of Object.entries(files)) z[name] = data;
  z["[Content_Types].xml"] = strToU8(ct);
  z["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  z["xl/calcChain.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H4" i="1"/></calcChain>`
  );
  z["customXml/item1.xml"] = strToU8(`<?xml version="1.0"?><b:Sources xmlns:b="urn:contoh"/>`);
  return zipSync(z);
}
