// The JF default tables, where each standard came from, and the mean method's rounding (docs/domain.md §16).
import { main } from "../../src/cli/main";
import { JF_TABLES, parseJfTable } from "../../src/skj/registry/jfTables";
import { runSkj } from "../../src/skj/run";
import { category, jpm } from "../../src/skj/scoring";
import { PlanResult } from "../../src/skj/types";
import { NINE, sheet, simpleTable, workbook } from "../helpers/grid";

const people = [
  {
    nip: "198501012010011001",
    name: "Ani",
    position: "Analis Kepegawaian Ahli Muda",
    grade: "Ahli Muda",
    unit: "BKD",
    scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  },
  {
    nip: "198501012010011002",
    name: "Budi",
    position: "Pranata Komputer Terampil",
    grade: "Terampil",
    unit: "BKD",
    scores: [2, 2, 2, 2, 2, 2, 2, 2, 2],
  },
  {
    nip: "198501012010011003",
    name: "Citra",
    position: "Kepala Bidang",
    grade: "Administrator",
    unit: "BKD",
    scores: [2, 3, 3, 3, 3, 3, 3, 3, 3],
  },
  {
    nip: "198501012010011004",
    name: "Dedi",
    position: "Perencana Ahli Madya",
    grade: "Ahli Madya",
    unit: "BKD",
    scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  },
];

function plan(options: Parameters<typeof runSkj>[1] = {}, withSkj = false): PlanResult {
  const sheets = [simpleTable(people)];
  if (withSkj)
    sheets.push(
      sheet("SKJ", [
        ["Jabatan", ...NINE],
        ["Perencana Ahli Madya", 4, 4, 5, "", 4, 4, 4, 4, 4],
      ])
    );
  const outcome = runSkj(workbook(...sheets), { year: 2027, ...options });
  if (!outcome.ok) throw new Error("no plan");
  return outcome.result;
}

const byName = (p: PlanResult, name: string) => p.employees.find((e) => e.name === name)!;

describe("JF default tables", () => {
  it("applies table A by default and table B one level lower, structural grades unchanged", () => {
    const a = plan();
    const b = plan({ jfTable: "B" });
    expect(a.standards?.jfTable).toBe("A");
    expect(a.standards?.jfTableSource).toBe("default");
    expect(b.standards?.jfTableSource).toBe("user");
    expect([a, b].map((p) => byName(p, "Ani").competencies[0].standard)).toEqual([3, 2]);
    expect([a, b].map((p) => byName(p, "Budi").competencies[0].standard)).toEqual([2, 1]);
    expect([a, b].map((p) => byName(p, "Dedi").level)).toEqual([4, 3]);
    expect([a, b].map((p) => byName(p, "Citra").competencies[0].standard)).toEqual([3, 3]);
    // Ani (Ahli Muda, all 3s) meets table A exactly and exceeds table B.
    expect(byName(a, "Ani").jpm).toBeCloseTo(1);
    expect(byName(b, "Ani").jpm).toBeCloseTo(1.5);
  });

  it("prefers the SKJ sheet over both tables and says per competency where the standard came from", () => {
    const b = plan({ jfTable: "B" }, true);
    const dedi = byName(b, "Dedi");
    expect(dedi.competencies.map((c) => c.standard)).toEqual([4, 4, 5, 3, 4, 4, 4, 4, 4]);
    expect(dedi.competencies.map((c) => c.standardSource)).toEqual([
      "skj-sheet",
      "skj-sheet",
      "skj-sheet",
      "default",
      "skj-sheet",
      "skj-sheet",
      "skj-sheet",
      "skj-sheet",
      "skj-sheet",
    ]);
    expect(byName(b, "Ani").competencies.every((c) => c.standardSource === "default")).toBe(true);
    expect(b.standards?.skjSheet).toBe("SKJ");
    expect(b.standards?.positions).toEqual([
      {
        position: "Perencana Ahli Madya",
        competencies: expect.objectContaining({ INT: 4, KOM: 5 }),
        employees: 1,
      },
    ]);
  });

  it("reads the table's name as users write it", () => {
    expect(parseJfTable("b")).toBe("B");
    expect(parseJfTable("Penyetaraan Jabatan")).toBe("B");
    expect(parseJfTable("C")).toBeNull();
    for (const t of JF_TABLES) expect(t.basis.id.length).toBeGreaterThan(20);
  });

  it("takes --standar-jf in the CLI and refuses an unknown table", async () => {
    let out = "";
    let err = "";
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    expect(await main(["plan", "--json", "--standar-jf", "b"], io)).toBe(0);
    const json = JSON.parse(out) as PlanResult;
    expect(json.standards?.jfTable).toBe("B");
    expect(json.employees[0].competencies[0].standardSource).toMatch(/^(default|skj-sheet|table)$/);
    out = "";
    expect(await main(["plan", "--json", "--standar-jf", "Z"], io)).toBe(2);
    expect(err).toMatch(/Tabel standar JF/);
  });
});

describe("mean JPM with per-competency ratios rounded to 2 decimals", () => {
  const standards = [3, 4, 3, 3, 4, 4, 3, 3, 4];
  const scores = [4, 3.5, 3.5, 3.5, 1.5, 2.5, 3.5, 3, 1.5];

  it("rounds each score ÷ standard before averaging, which can change the category", () => {
    const plain = jpm(scores, standards, "mean");
    const rounded = jpm(scores, standards, "mean", { roundRatios: true });
    expect(plain).toBeCloseTo(0.89815, 5);
    // 1.33 + 0.88 + 1.17 + 1.17 + 0.38 + 0.63 + 1.17 + 1 + 0.38 = 8.11
    expect(rounded).toBeCloseTo(8.11 / 9, 10);
    expect(category(plain)).toBe("Cukup Optimal");
    expect(category(rounded)).toBe("Optimal");
  });

  it("leaves the other methods alone", () => {
    for (const m of ["sum", "capped", "capped-total"] as const)
      expect(jpm(scores, standards, m, { roundRatios: true })).toBe(jpm(scores, standards, m));
  });

  it("is applied and reported by a run with the mean method only", () => {
    const rounded = plan({ jpmMethod: "mean", jpmRounded: true, jfTable: "B" }, true);
    const plain = plan({ jpmMethod: "mean", jfTable: "B" }, true);
    expect(rounded.jpmRounded).toBe(true);
    expect(plain.jpmRounded).toBe(false);
    expect(plan({ jpmMethod: "sum", jpmRounded: true }).jpmRounded).toBe(false);
    // Dedi: 3 against 4, 4, 5, 3, 4 … : ratios 0.75 (x7), 0.6, 1.
    expect(byName(plain, "Dedi").jpm).toBeCloseTo((7 * 0.75 + 0.6 + 1) / 9, 10);
    expect(byName(rounded, "Dedi").jpm).toBeCloseTo((7 * 0.75 + 0.6 + 1) / 9, 10);
    // Citra (Administrator, 3 for all): 2 ÷ 3 is 0.67 once rounded.
    expect(byName(plain, "Citra").jpm).toBeCloseTo((2 / 3 + 8) / 9, 10);
    expect(byName(rounded, "Citra").jpm).toBeCloseTo((0.67 + 8) / 9, 10);
  });
});

describe("capped-total", () => {
  it("is Σ score ÷ Σ standard, at most 100%: a surplus offsets a shortfall before the cap", () => {
    expect(jpm([4, 2], [3, 3], "capped-total")).toBeCloseTo(1, 10);
    expect(jpm([5, 2], [3, 3], "capped-total")).toBe(1);
    expect(jpm([4, 1], [3, 3], "capped-total")).toBeCloseTo(5 / 6, 10);
    expect(jpm([4, 1], [3, 3], "capped")).toBeCloseTo(4 / 6, 10);
  });
});
