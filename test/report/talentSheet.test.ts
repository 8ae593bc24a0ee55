// "Pemetaan Talenta": the grid of boxes with counts and names, the per-box table and the list, built from a
// results workbook written by ExcelJS, written by the package writer and read back by LibreOffice.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addReportSheets } from "../../src/file/package/addSheets";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { buildReport } from "../../src/report/buildReport";
import { lowerReport } from "../../src/report/lower";
import { renderMessage } from "../../src/skj/messages";
import { TALENT_BOXES } from "../../src/skj/registry/talentBoxes";
import { runSkj } from "../../src/skj/run";
import type { PlanResult } from "../../src/skj/types";
import { NINE, TABLE_HEADER } from "../helpers/grid";
import { convert, csvPerSheet, tempDir } from "../helpers/libreoffice";

const RATINGS: [string, string][] = [
  ["Sangat Baik", "Tinggi"], // 9
  ["Sangat Baik", "Tinggi"], // 9
  ["Baik", "Tinggi"], // 8
  ["Baik", "Sedang"], // 5
  ["Butuh Perbaikan", "Rendah"], // 1
  ["Kurang", "Sedang"], // 3
  ["", ""], // not placed
];

async function results(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hasil Asesmen");
  ws.addRow([...TABLE_HEADER, "Predikat Kinerja", "Potensi"]);
  RATINGS.forEach(([perf, pot], i) => {
    const low = i % 3 === 0;
    ws.addRow([
      `1980010120050110${String(i + 10)}`,
      `Pegawai ${String.fromCharCode(65 + i)}`,
      "Analis Kebijakan",
      "IV.a",
      i < 4 ? "Bidang Umum" : "Bidang Teknis",
      ...NINE.map((_, k) => (low && k % 2 === 0 ? 2 : 3)),
      perf || null,
      pot || null,
    ]);
  });
  ws.getColumn(1).numFmt = "@";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let dir: string;
let input: Uint8Array;
let plan: PlanResult;
beforeAll(async () => {
  dir = tempDir("skj-talent-");
  input = await results();
  const outcome = runSkj(readWorkbook(input).grid, { year: 2027 });
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  plan = outcome.result;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function talentSheet(lang: "id" | "en" = "id") {
  const model = buildReport(plan, {
    lang,
    agency: "",
    signatory: { title: "", name: "", nip: "" },
  });
  const sheet = model.sheets.find((s) => s.kind === "talent");
  if (!sheet) throw new Error(`no talent sheet in ${model.sheets.map((s) => s.name).join(", ")}`);
  return { model, sheet };
}

test("the sheet is written when someone is placed, after the summary, and passes lowering", () => {
  const { model, sheet } = talentSheet();
  expect(sheet.name).toBe("Pemetaan Talenta 2027");
  expect(model.sheets.map((s) => s.kind)).toEqual(
    ["plan", "summary", "programmes", "talent", "live", "issues"].filter(
      (k) => k !== "issues" || plan.issues.length > 0
    )
  );
  expect(() => lowerReport(model)).not.toThrow();
  expect(sheet.print.orientation).toBe("landscape");
});

test("the grid: each box in its colour with its count and names, high potential on top", () => {
  const { sheet } = talentSheet();
  const text = (r: number, c: number) => String(sheet.values[r]?.[c] ?? "");
  const find = (prefix: string) => {
    for (let r = 0; r < sheet.values.length; r++)
      for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++)
        if (text(r, c).startsWith(prefix)) return { r, c };
    throw new Error(`no cell starting "${prefix}"`);
  };
  const box9 = find("Kotak 9: 2 pegawai");
  expect(text(box9.r, box9.c)).toContain("Pegawai A, Pegawai B");
  const box8 = find("Kotak 8: 1 pegawai");
  const box1 = find("Kotak 1: 1 pegawai");
  const box6 = find("Kotak 6: 0 pegawai");
  // Same row for one potential; the lowest potential is the last grid row.
  expect(box8.r).toBe(box9.r);
  expect(box6.r).toBe(box9.r);
  expect(box6.c).toBeLessThan(box8.c);
  expect(box1.r).toBe(box9.r + 2);
  expect(text(box6.r, box6.c)).toContain("(tidak ada)");
  const fillAt = (r: number, c: number) =>
    sheet.styles.find(
      (s) => s.rect.top <= r && s.rect.bottom >= r && s.rect.left <= c && s.rect.right >= c
    )?.style.fill;
  expect(fillAt(box9.r, box9.c)).toBe(TALENT_BOXES[8].color);
  expect(fillAt(box1.r, box1.c)).toBe(TALENT_BOXES[0].color);
  // The list: six placed, best box first, with the regulation's recommendation.
  const header = find("No");
  const list = sheet.values.slice(header.r + 1).map((row) => [row[2], row[7]]);
  expect(list).toEqual([
    ["Pegawai A", 9],
    ["Pegawai B", 9],
    ["Pegawai C", 8],
    ["Pegawai D", 5],
    ["Pegawai F", 3],
    ["Pegawai E", 1],
  ]);
  expect(sheet.values[header.r + 1][8]).toBe(TALENT_BOXES[8].recommendation.id);
});

test("in English the grid and the list are English", () => {
  const { sheet } = talentSheet("en");
  const all = sheet.values.flat().map(String).join("\n");
  expect(all).toContain("Box 9: 2 employees");
  expect(all).toContain("Promote and retain");
  expect(all).not.toMatch(/pegawai\b|Kotak \d/);
});

test("LibreOffice reads the written sheet: counts, names and the list", async () => {
  const { model } = talentSheet();
  const file = join(dir, "talenta.xlsx");
  writeFileSync(file, addReportSheets(readWorkbook(input).package, model).bytes);
  const csv = (await csvPerSheet(file, dir)).get("Pemetaan Talenta 2027");
  expect(csv).toBeDefined();
  expect(csv).toContain("Kotak 9: 2 pegawai");
  expect(csv).toMatch(/Pegawai A, Pegawai B/);
  expect(csv).toMatch(/\n6,1980010120050110(15|14|13|12|11|10),Pegawai E,.*,1,/);
  const pdf = await convert(file, "pdf", dir);
  expect(readFileSync(pdf).length).toBeGreaterThan(1000);
}, 240_000);
