// The nine-box: ratings as files write them, every combination of levels, and the run on a results table
// with performance, potential and the file's own box (docs/domain.md §9).
import { kotak, kotakSaran } from "../../src/functions/functions";
import { renderMessage } from "../../src/skj/messages";
import {
  boxOf,
  PERFORMANCE_LEVELS,
  POTENTIAL_LEVELS,
  TALENT_BOXES,
} from "../../src/skj/registry/talentBoxes";
import { runSkj } from "../../src/skj/run";
import { readBox, readPerformance, readPotential } from "../../src/skj/talent";
import type { CellValue, PlanResult } from "../../src/skj/types";
import { NINE, sheet, TABLE_HEADER, workbook } from "../helpers/grid";

// The regulation's table (PermenPANRB 3/2020, as SKJ.md gives it): box → [performance, potential].
const REGULATION: Record<number, [string, string]> = {
  1: ["below", "low"],
  2: ["meets", "low"],
  3: ["below", "medium"],
  4: ["exceeds", "low"],
  5: ["meets", "medium"],
  6: ["below", "high"],
  7: ["exceeds", "medium"],
  8: ["meets", "high"],
  9: ["exceeds", "high"],
};

test("the registry holds the nine boxes of the regulation, one per pair of levels", () => {
  expect(TALENT_BOXES.map((b) => [b.box, [b.performance, b.potential]])).toEqual(
    Object.entries(REGULATION).map(([box, pair]) => [Number(box), pair])
  );
  const pairs = new Set<number>();
  for (const p of PERFORMANCE_LEVELS) for (const q of POTENTIAL_LEVELS) pairs.add(boxOf(p, q));
  expect(pairs.size).toBe(9);
});

// Every rating a file writes, with the level it means.
const PERFORMANCE_CASES: [CellValue, string][] = [
  ["Sangat Baik", "exceeds"],
  ["SANGAT BAIK", "exceeds"],
  ["Di atas ekspektasi", "exceeds"],
  ["Diatas Ekspektasi", "exceeds"],
  ["Baik", "meets"],
  ["Sesuai Ekspektasi", "meets"],
  ["Butuh Perbaikan", "below"],
  ["Kurang", "below"],
  ["Sangat Kurang", "below"],
  ["Di bawah ekspektasi", "below"],
  ["Predikat: Baik", "meets"],
  [3, "exceeds"],
  [2, "meets"],
  [1, "below"],
  ["3", "exceeds"],
  [95, "exceeds"],
  [91, "exceeds"],
  [90.5, "meets"],
  [76, "meets"],
  [75.9, "below"],
  ["82,5", "meets"],
];
const POTENTIAL_CASES: [CellValue, string][] = [
  ["Tinggi", "high"],
  ["Potensi Tinggi", "high"],
  ["SEDANG", "medium"],
  ["Menengah", "medium"],
  ["Rendah", "low"],
  [3, "high"],
  [2, "medium"],
  [1, "low"],
];

test.each(PERFORMANCE_CASES)("performance %p reads as %s", (value, level) => {
  expect(readPerformance(value)).toEqual({ level });
});

test.each(POTENTIAL_CASES)("potential %p reads as %s", (value, level) => {
  expect(readPotential(value)).toEqual({ level });
});

test.each<[CellValue]>([["Cemerlang"], [4], [4.5], [0], [101], ["Tinggi sekali"]])(
  "%p is not a performance rating",
  (value) => {
    expect(readPerformance(value)).toHaveProperty("unreadable");
  }
);

test("boxes as files write them", () => {
  expect(readBox("Kotak 7")).toEqual({ level: 7 });
  expect(readBox("Box 9")).toEqual({ level: 9 });
  expect(readBox("K3")).toEqual({ level: 3 });
  expect(readBox(5)).toEqual({ level: 5 });
  expect(readBox("10")).toHaveProperty("unreadable");
  expect(readBox(0)).toHaveProperty("unreadable");
  expect(readBox(null)).toEqual({ blank: true });
});

test("=SKJ.KOTAK on every combination of ratings gives the regulation's box", () => {
  for (const [perf, pLevel] of PERFORMANCE_CASES) {
    for (const [pot, qLevel] of POTENTIAL_CASES) {
      const want = Object.entries(REGULATION).find(
        ([, [p, q]]) => p === pLevel && q === qLevel
      )![0];
      expect([perf, pot, kotak(perf, pot)]).toEqual([perf, pot, Number(want)]);
    }
  }
});

test("=SKJ.KOTAK and =SKJ.KOTAK.SARAN refuse what they cannot read, with the accepted values", () => {
  expect(() => kotak("Cemerlang", "Tinggi")).toThrow(
    /Kinerja "Cemerlang" tidak dikenal.*Sangat Baik/
  );
  expect(() => kotak("Baik", "luar biasa")).toThrow(/Potensi "luar biasa" tidak dikenal/);
  expect(() => kotak("", "Tinggi")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  expect(() => kotakSaran(12)).toThrow(expect.objectContaining({ code: "#NUM!" }));
  expect(kotakSaran("Kotak 9")).toMatch(/^Dipromosikan/);
  expect(kotakSaran(1)).toBe(TALENT_BOXES[0].recommendation.id);
  // A one-cell range arrives as a matrix.
  expect(kotak([["Sangat Baik"]], [["Tinggi"]])).toBe(9);
});

// A results table as a BKPSDM keeps it: the nine, then SKP rating, potential and the box it decided.
function talentWorkbook(
  rows: { perf: CellValue; pot: CellValue; box?: CellValue; scores?: number[] }[]
) {
  return workbook(
    sheet("Hasil", [
      [...TABLE_HEADER, "Predikat Kinerja", "Potensi", "Kotak Talenta"],
      ...rows.map((r, i) => [
        `19800101200501100${i + 1}`.slice(0, 18),
        `Pegawai ${i + 1}`,
        "Analis",
        "IV.a",
        i % 2 ? "Bidang A" : "Bidang B",
        ...(r.scores ?? [3, 3, 3, 3, 3, 3, 3, 3, 3]),
        r.perf,
        r.pot,
        r.box ?? null,
      ]),
    ])
  );
}

function plan(wb: ReturnType<typeof talentWorkbook>, options = {}): PlanResult {
  const outcome = runSkj(wb, options);
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  return outcome.result;
}

test("the run places each employee, counts per box, and notes a file box that differs", () => {
  const result = plan(
    talentWorkbook([
      { perf: "Sangat Baik", pot: "Tinggi", box: "Kotak 9" },
      { perf: "Baik", pot: "Sedang", box: 5 },
      { perf: "Butuh Perbaikan", pot: "Rendah", box: "Kotak 3" }, // computed 1
      { perf: "Baik", pot: "" }, // potential missing: not placed
      { perf: "Cemerlang", pot: "Tinggi" },
    ])
  );
  expect(result.employees.map((e) => e.talent.box)).toEqual([9, 5, 1, null, null]);
  expect(result.employees[0].talent).toEqual({
    performance: "exceeds",
    potential: "high",
    box: 9,
    fileBox: 9,
  });
  expect(result.talent.placed).toBe(3);
  expect(result.talent.counts).toMatchObject({ "1": 1, "5": 1, "9": 1, "3": 0 });
  expect(result.talent.columns).toEqual({
    performance: "Predikat Kinerja",
    potential: "Potensi",
    box: "Kotak Talenta",
  });
  const differs = result.issues.filter((i) => i.code === "talent-box-differs");
  expect(differs).toHaveLength(1);
  expect(differs[0]).toMatchObject({ row: 4, address: "Q4", severity: "info" });
  expect(renderMessage(differs[0])).toMatch(/Kotak di file 3.*memberi kotak 1/);
  const unreadable = result.issues.filter((i) => i.code === "talent-unreadable");
  expect(unreadable).toHaveLength(1);
  expect(unreadable[0]).toMatchObject({ row: 6, address: "O6", severity: "warning" });
});

test("without a potential column the JPM stands in only when asked, and says so", () => {
  const wb = workbook(
    sheet("Hasil", [
      [...TABLE_HEADER, "Predikat SKP"],
      [
        "198001012005011001",
        "Tinggi JPM",
        "Analis",
        "IV.a",
        "A",
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        3,
        "Sangat Baik",
      ],
      [
        "198001012005011002",
        "Rendah JPM",
        "Analis",
        "IV.a",
        "A",
        1,
        1,
        2,
        1,
        2,
        1,
        1,
        2,
        1,
        "Baik",
      ],
    ])
  );
  expect(plan(wb).employees.map((e) => e.talent.box)).toEqual([null, null]);
  const chosen = plan(wb, { potentialFromJpm: true });
  // JPM 100% is the top category (high potential); about 44% is the lowest (low).
  expect(chosen.employees.map((e) => [e.talent.potential, e.talent.box])).toEqual([
    ["high", 9],
    ["low", 2],
  ]);
  expect(chosen.employees[0].talent.potentialFromJpm).toBe(true);
  expect(chosen.talent.potentialFromJpm).toBe(true);
});

test("a table without talent columns plans as before, with everyone outside the grid", () => {
  const result = plan(
    workbook(
      sheet("Hasil", [
        ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
        ["198001012005011001", "A", "Analis", "IV.a", "A", 3, 3, 3, 3, 3, 3, 3, 3, 3],
      ])
    )
  );
  expect(result.talent.placed).toBe(0);
  expect(result.talent.columns).toEqual({});
  expect(result.employees[0].talent).toEqual({ performance: null, potential: null, box: null });
});
