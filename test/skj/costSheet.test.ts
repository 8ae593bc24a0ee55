// Unit costs from the workbook's Biaya sheet: codes or names, units, funding sources, bad rows named by row and
// column, and the options winning over the sheet (docs/domain.md §15).
import * as fs from "fs";
import { SAMPLE } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { readCostSheet, readMethod, readRupiah } from "../../src/skj/costSheet";
import { runSkj } from "../../src/skj/run";
import { sheet, workbook } from "../helpers/grid";

const biaya = sheet("Biaya", [
  ["BIAYA SATUAN PENGEMBANGAN KOMPETENSI 2027"],
  [],
  ["No", "Kode", "Metode", "Biaya", "Satuan", "Sumber Dana"],
  [1, "KL02", "Pelatihan manajerial", "Rp 150.000", "per peserta per JP", "APBD"],
  [2, "Pelatihan sosial kultural", null, 2_000_000, "per peserta", "APBD"],
  [3, "NKL03", "E-learning", "Rp 5.000.000", "per program", "BLUD"],
  [4, "Diklat XYZ", null, 100_000, "per peserta", null],
  [5, "KL07", "Workshop", "tujuh ratus ribu", null, null],
  [6, "KL06", "Seminar", 400_000, "per bulan", null],
  [7, "KL02", "Pelatihan manajerial", 90_000, "per peserta per JP", null],
  [],
]);

describe("the Biaya sheet", () => {
  const reading = readCostSheet(workbook(sheet("Data", [["x"]]), biaya));

  it("reads codes and names, amounts as written, units and funding sources", () => {
    expect(reading.sheet).toBe("Biaya");
    expect(reading.costs).toEqual({
      KL02: { basis: "participant-jp", amount: 150_000, funding: "APBD", source: "sheet" },
      // A name column read where the code column holds the name.
      KL05: { basis: "participant", amount: 2_000_000, funding: "APBD", source: "sheet" },
      NKL03: { basis: "programme", amount: 5_000_000, funding: "BLUD", source: "sheet" },
    });
  });

  it("names the row and column of each bad row", () => {
    const bad = reading.issues
      .filter((i) => i.severity === "warning")
      .map((i) => [i.code, i.row, i.column, i.address]);
    expect(bad).toEqual([
      ["cost-sheet-method-unknown", 7, "Kode", "B7"],
      ["cost-sheet-amount-invalid", 8, "Biaya", "D8"],
      ["cost-sheet-basis-unknown", 9, "Satuan", "E9"],
      ["cost-sheet-duplicate", 10, "Kode", "B10"],
    ]);
    expect(reading.issues.find((i) => i.code === "cost-sheet-read")).toMatchObject({
      params: { sheet: "Biaya", methods: ["KL02", "KL05", "NKL03"] },
    });
  });

  it("says when a sheet named Biaya has no method and cost columns", () => {
    const none = readCostSheet(workbook(sheet("Biaya 2027", [["Catatan"], ["lihat DPA"]])));
    expect(none.costs).toEqual({});
    expect(none.issues.map((i) => i.code)).toEqual(["cost-sheet-no-columns"]);
    expect(readCostSheet(workbook(sheet("Data", [["x"]])))).toEqual({ costs: {}, issues: [] });
  });

  it("reads methods and rupiah the way clerks write them", () => {
    expect(readMethod("KL 2")).toBe("KL02");
    expect(readMethod("nkl03 - e-learning")).toBe("NKL03");
    expect(readMethod("Coaching")).toBe("NKL01");
    expect(readMethod("KL99")).toBeNull();
    expect(readMethod("pelatihan")).toBeNull();
    expect(readRupiah("Rp 2.500.000,-")).toBe(2_500_000);
    expect(readRupiah("125.000")).toBe(125_000);
    expect(readRupiah(-5)).toBeNull();
  });

  it("replaces the default costs in the plan; --biaya options still win", () => {
    const grid = readWorkbook(fs.readFileSync(SAMPLE)).grid;
    const withSheet = { sheets: [...grid.sheets, biaya] };
    const run = (options = {}) => {
      const outcome = runSkj(withSheet, { year: 2027, ...options });
      if (!outcome.ok) throw new Error("sample did not plan");
      return outcome.result;
    };
    const plan = run();
    expect(plan.budget.unitCosts.KL02).toMatchObject({ amount: 150_000, source: "sheet" });
    const kl02 = [...plan.programmes, ...plan.individual].filter((p) => p.method === "KL02");
    expect(kl02.length).toBeGreaterThan(0);
    for (const p of kl02) {
      expect(p.funding).toBe("APBD");
      expect(p.cost).toBe(
        plan.employees
          .flatMap((e) => e.plan.activities)
          .filter((a) => a.programme === p.id || a.individual === p.id)
          .reduce((s, a) => s + a.jp * 150_000, 0)
      );
    }
    expect(plan.budget.byFunding.map((f) => f.key)).toContain("APBD");
    expect(plan.issues.some((i) => i.code === "cost-sheet-method-unknown" && i.row === 7)).toBe(
      true
    );
    const overridden = run({ costs: { KL02: 100_000 } });
    expect(overridden.budget.unitCosts.KL02).toMatchObject({
      amount: 100_000,
      source: "option",
      funding: "APBD",
    });
  });
});
