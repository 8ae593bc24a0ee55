// LibreOffice must open what the package writer produces: it is stricter than Excel about namespace
// declarations, and it renders charts, footers, print titles and row breaks into a PDF we can read.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addReportSheets } from "../../../src/file/package/addSheets";
import type { ReportModel } from "../../../src/report/model";
import { convert, csvPerSheet, pdfPages, pdfText, tempDir } from "../../helpers/libreoffice";
import { exceljsWorkbook, oddWorkbook, strictWorkbook, toXlsm } from "./inputs";
import { issuesSheet, sampleModel } from "./sampleModel";

let dir: string;
let input: Uint8Array;
beforeAll(async () => {
  dir = tempDir("skj-package-lo-");
  input = await exceljsWorkbook();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

test("the output with a chart opens: PDF has the new sheets, the chart title, footer and print titles", async () => {
  const file = write("laporan.xlsx", addReportSheets(input, sampleModel()).bytes);
  const pdf = await convert(file, "pdf", dir);
  const text = await pdfText(pdf);
  for (const expected of [
    "HASIL ASESMEN KOMPETENSI 2026", // the user's sheet
    "RENCANA PENGEMBANGAN KOMPETENSI 2026",
    "Badan Kepegawaian & Pengembangan SDM <Kab. Contoh>",
    "Dodi Firmansyah",
    "Grafik Gap per Pegawai",
    "Kerja Sama",
    "Rata-rata Gap",
    "Nilai INT kosong",
  ]) {
    expect([expected, text.includes(expected)]).toEqual([expected, true]);
  }
  const pages = await pdfPages(pdf);
  // LibreOffice numbers pages across the whole workbook.
  expect(text).toMatch(new RegExp(`Halaman \\d+ dari ${pages}`));
  // The row break before row 7 puts the plan on two pages; the header row repeats on the second.
  expect(text.match(/No +NIP +Nama +Kompetensi +Gap +JPM +Prioritas/g)).toHaveLength(2);
});

test("CSV of the output gives the first sheet's values, which is the user's sheet", async () => {
  const file = write("pertama.xlsx", addReportSheets(input, sampleModel()).bytes);
  const csv = readFileSync(await convert(file, "csv", dir), "utf8").split("\n");
  expect(csv[0]).toBe("HASIL ASESMEN KOMPETENSI 2026,,,,,,,");
  expect(csv[2]).toBe("NIP,Nama,Jabatan,INT,KS,JPM,,");
  expect(csv[3]).toMatch(/^198501012010011001,Ani Lestari,Analis SDM,3,2,/);
});

test("new sheets' cells as LibreOffice reads them: formulas without a cached value computed, escapes decoded", async () => {
  const model: ReportModel = {
    sheets: [
      {
        ...issuesSheet(),
        name: "Hitung",
        values: [
          ["Skor", 2, 3, 5, null],
          ["Teks", "_x0041_ & <b>", "baris\nbaru", true, null],
        ],
        // No cached value: LibreOffice has to compute it, which shows the formula is valid.
        formulas: [{ row: 0, col: 4, formula: "=SUM(B1:D1)" }],
      },
    ],
  };
  const file = write("hitung.xlsx", addReportSheets(oddWorkbook(), model).bytes);
  const sheets = await csvPerSheet(file, dir);
  expect(sheets.get("Pegawai")).toMatch(/^NIP,Nama/);
  expect(sheets.get("Hitung")).toBe(`Skor,2,3,5,10\nTeks,_x0041_ & <b>,"baris\nbaru",TRUE,\n`);
});

test("hand-made inputs open after adding sheets: prefixed XML, Strict OOXML, .xlsm", async () => {
  const cases: [string, Uint8Array, string][] = [
    ["aneh.xlsx", oddWorkbook(), "Dewi Kartika"],
    ["ketat.xlsx", strictWorkbook(), "Eko Prasetyo"],
    ["makro.xlsm", toXlsm(input), "Analis SDM"],
  ];
  for (const [name, bytes, original] of cases) {
    const pdf = await convert(write(name, addReportSheets(bytes, sampleModel()).bytes), "pdf", dir);
    const text = await pdfText(pdf);
    expect([name, text.includes(original)]).toEqual([name, true]);
    expect([name, text.includes("Grafik Gap per Pegawai")]).toEqual([name, true]);
    expect([name, text.includes("Rata-rata Gap")]).toEqual([name, true]);
  }
  // Three PDF conversions: more than the default 30 s on a busy machine.
}, 90_000);
