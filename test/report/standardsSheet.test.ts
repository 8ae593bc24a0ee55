// "Standar Kompetensi": the standards applied, per grade and per SKJ-sheet position, with their source
// (docs/domain.md §16).
import * as fs from "fs";
import { buildReport } from "../../src/report/buildReport";
import { SAMPLE } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { COMPETENCIES } from "../../src/skj/catalogue";
import { runSkj } from "../../src/skj/run";
import type { SheetModel } from "../../src/report/model";
import { expectValidReport } from "./modelInvariants";

const grid = readWorkbook(fs.readFileSync(SAMPLE)).grid;
const OPTIONS = {
  agency: "Dinas Contoh",
  signatory: { title: "", name: "", nip: "" },
  date: "2026-12-01",
};

function sheetOf(options: Parameters<typeof runSkj>[1] = {}, lang: "id" | "en" = "id") {
  const outcome = runSkj(grid, { year: 2027, ...options });
  if (!outcome.ok) throw new Error("no plan");
  const report = buildReport(outcome.result, { ...OPTIONS, lang });
  expectValidReport(report);
  return { plan: outcome.result, sheet: report.sheets.find((s) => s.kind === "standards")! };
}

const rowOf = (s: SheetModel, label: string) => s.values.find((r) => r[0] === label)!;
const text = (s: SheetModel) =>
  s.values
    .flat()
    .filter((v) => typeof v === "string")
    .join("\n");

describe("the standards sheet", () => {
  it("lists every grade's default with its source and the employees it covers (table A)", () => {
    const { plan, sheet } = sheetOf();
    expect(sheet.name).toBe("Standar Kompetensi 2027");
    const muda = rowOf(sheet, "JF Ahli Muda");
    expect(muda.slice(1, 10)).toEqual(Array(9).fill(3));
    expect(muda[10]).toBe("Tabel A (sistem instansi)");
    // Employees of the grade whose standards are not all from the SKJ sheet.
    const expected = plan.employees.filter(
      (e) =>
        e.grade === "JF Ahli Muda" && e.competencies.some((c) => c.standardSource === "default")
    ).length;
    expect(muda[11]).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(rowOf(sheet, "Administrator").slice(1, 11)).toEqual([
      ...Array(9).fill(3),
      "PermenPANRB 38/2017 (standar bawaan jenjang)",
    ]);
    expect(text(sheet)).toMatch(
      /Landasan Tabel A \(sistem instansi\): Nilai bawaan sistem penilaian kompetensi/
    );
    expect(text(sheet)).toMatch(/bawaan; dapat diganti/);
  });

  it("shows table B's levels, its basis and the extrapolated rows when chosen", () => {
    const { sheet } = sheetOf({ jfTable: "B" });
    expect(rowOf(sheet, "JF Ahli Muda").slice(1, 10)).toEqual(Array(9).fill(2));
    expect(rowOf(sheet, "JF Terampil")[10]).toBe(
      "Tabel B (penyetaraan jabatan); perluasan, bukan ketentuan"
    );
    expect(rowOf(sheet, "JF Ahli Madya")[10]).toBe("Tabel B (penyetaraan jabatan)");
    expect(text(sheet)).toMatch(/PermenPANRB 17\/2021/);
    expect(text(sheet)).toMatch(/sesuai pilihan pengguna/);
  });

  it("lists the SKJ sheet's rows that applied, blank cells as the default", () => {
    const { plan, sheet } = sheetOf();
    const used = plan.standards!.positions;
    expect(used.length).toBeGreaterThan(0);
    for (const p of used) {
      const row = rowOf(sheet, p.position);
      expect(row.slice(1, 10)).toEqual(COMPETENCIES.map((c) => p.competencies[c.code] ?? "bawaan"));
      expect(row[10]).toBe('Lembar SKJ "SKJ"');
      expect(row[11]).toBe(p.employees);
    }
  });

  it("states the JPM method and the rounding of the mean method", () => {
    expect(text(sheetOf({ jpmMethod: "mean", jpmRounded: true }).sheet)).toMatch(
      /metode rata-rata .*dibulatkan 2 desimal/
    );
    expect(text(sheetOf({ jpmMethod: "mean" }).sheet)).not.toMatch(/dibulatkan/);
  });

  it("is written in English with --lang en", () => {
    const { sheet } = sheetOf({}, "en");
    expect(sheet.name).toBe("Competency standards 2027");
    expect(rowOf(sheet, "JF Ahli Muda")[10]).toBe("Table A (agency systems)");
    expect(text(sheet)).toMatch(/Basis of Table A/);
  });
});
