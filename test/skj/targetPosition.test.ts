// The gap against a target position (art. 206; docs/domain.md §16): column, standards, JPM, JSON and sheet.
import { buildReport } from "../../src/report/buildReport";
import { TARGET_COLUMNS as TC } from "../../src/report/targetSheet";
import { identityField } from "../../src/skj/catalogue";
import { runSkj } from "../../src/skj/run";
import { PlanResult } from "../../src/skj/types";
import { expectValidReport } from "../report/modelInvariants";
import { indonesianIn } from "../helpers/sheetWords";
import { NINE, sheet, TABLE_HEADER, workbook } from "../helpers/grid";

const OPTIONS = {
  agency: "Dinas Contoh",
  signatory: { title: "", name: "", nip: "" },
  date: "2026-12-01",
};

function plan(header: string, targets: string[], options: Parameters<typeof runSkj>[1] = {}) {
  const rows = [
    [
      "198501012010011001",
      "Ani",
      "Kepala Seksi Mutasi",
      "Eselon IV.a",
      "BKD",
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      2,
    ],
    [
      "198501012010011002",
      "Budi",
      "Analis SDM Aparatur Ahli Muda",
      "Ahli Muda",
      "BKD",
      3,
      3,
      4,
      3,
      3,
      3,
      3,
      3,
      3,
    ],
    [
      "198501012010011003",
      "Citra",
      "Pengadministrasi Umum",
      "Pelaksana",
      "BKD",
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
    ],
    ["198501012010011004", "Dedi", "Pengelola Data", "Pelaksana", "BKD", 2, 2, 2, 2, 2, 2, 2, 2, 2],
  ].map((r, i) => [...r, targets[i] ?? ""]);
  const skj = sheet("SKJ", [
    ["Jabatan", ...NINE],
    ["Kepala Bidang Mutasi", 3, 3, 4, 3, 3, 4, 3, 3, 3],
  ]);
  const outcome = runSkj(workbook(sheet("Data", [[...TABLE_HEADER, header], ...rows]), skj), {
    year: 2027,
    ...options,
  });
  if (!outcome.ok) throw new Error("no plan");
  return outcome.result;
}

const byName = (p: PlanResult, n: string) => p.employees.find((e) => e.name === n)!;

describe("target position", () => {
  it("reads the column by its header, not as the grade or the position", () => {
    for (const h of [
      "Jabatan Target",
      "Jenjang Target",
      "Jabatan Sasaran",
      "Target Jabatan",
      "Jabatan yang Dituju",
    ])
      expect([h, identityField(h)]).toEqual([h, "target"]);
    expect(identityField("Jenjang Jabatan")).toBe("grade");
    expect(identityField("Jabatan")).toBe("position");
  });

  it("computes the gap, JPM and category against the target's standards", () => {
    const p = plan("Jabatan Target", ["Administrator", "Analis SDM Aparatur Ahli Madya", "", "-"]);
    const ani = byName(p, "Ani").targetPosition!;
    expect(ani.jenjang).toBe("Administrator");
    expect(ani.gaps.map((g) => g.standard)).toEqual(Array(9).fill(3));
    expect(ani.gaps.map((g) => g.gap)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, -1]);
    expect(ani.jpm).toBeCloseTo(26 / 27, 10);
    expect(ani.category).toBe("Optimal");
    // Her current grade (Pengawas, 2) is met: the current gap stays separate.
    expect(byName(p, "Ani").competencies.map((c) => c.standard)).toEqual(Array(9).fill(2));
    const budi = byName(p, "Budi").targetPosition!;
    expect(budi.jenjang).toBe("JF Ahli Madya");
    expect(budi.gaps.every((g) => g.standard === 4 && g.standardSource === "default")).toBe(true);
    expect(budi.jpm).toBeCloseTo(28 / 36, 10);
    expect(budi.category).toBe("Kurang Optimal");
    expect(byName(p, "Citra").targetPosition).toBeUndefined();
    expect(byName(p, "Dedi").targetPosition).toBeUndefined();
    expect(p.targetPosition).toBe(true);
    expect(p.issues.find((i) => i.code === "target-found")).toMatchObject({
      severity: "info",
      params: { employees: 2, column: "Jabatan Target" },
    });
  });

  it("follows the JF table and takes an SKJ-sheet title's own standards", () => {
    const p = plan("Jabatan Sasaran", ["Kepala Bidang Mutasi", "Ahli Madya"], { jfTable: "B" });
    const ani = byName(p, "Ani").targetPosition!;
    expect(ani.jenjang).toBe("Kepala Bidang Mutasi");
    expect(ani.gaps.map((g) => g.standard)).toEqual([3, 3, 4, 3, 3, 4, 3, 3, 3]);
    expect(ani.gaps.every((g) => g.standardSource === "skj-sheet")).toBe(true);
    expect(byName(p, "Budi").targetPosition!.gaps[0].standard).toBe(3);
  });

  it("warns about a target it cannot read and leaves that employee without one", () => {
    const p = plan("Jenjang Target", ["Kepala Dinas Kebudayaan"]);
    expect(byName(p, "Ani").targetPosition).toBeUndefined();
    const issue = p.issues.find((i) => i.code === "target-unreadable")!;
    expect(issue).toMatchObject({ severity: "warning", row: 2, address: "O2" });
    // The grade column was still read as the grade.
    expect(byName(p, "Ani").grade).toMatch(/^Pengawas/);
  });

  it("writes the target sheet only when someone has a target, in both languages", () => {
    const none = buildReport(plan("Jabatan Target", []), OPTIONS);
    expect(none.sheets.map((s) => s.kind)).not.toContain("target");
    const p = plan("Jabatan Target", ["Administrator", "Ahli Madya"]);
    const report = buildReport(p, OPTIONS);
    expectValidReport(report);
    const s = report.sheets.find((x) => x.kind === "target")!;
    expect(s.name).toBe("Kesenjangan Jabatan Target 2027");
    const header = s.values.findIndex((r) => r[TC.indexOf("targetGap")] === "Gap target");
    const rows = s.values.slice(header + 1);
    expect(rows).toHaveLength(18);
    const aniPb = rows.find((r) => r[2] === "Ani" && r[5] === "Perekat Bangsa")!;
    expect(aniPb.slice(3, 13)).toEqual([
      "Pengawas (Eselon IV.a)",
      "Administrator",
      "Perekat Bangsa",
      2,
      0,
      3,
      2,
      -1,
      26 / 27,
      "Optimal",
    ]);
    const en = buildReport(p, { ...OPTIONS, lang: "en" }).sheets.find((x) => x.kind === "target")!;
    expect(en.name).toBe("Target position gap 2027");
    expect(en.values.some((r) => r.includes("Target gap"))).toBe(true);
    // Data (names, grades, targets, competency names) aside, no Indonesian word of the sheets' own texts.
    const data = p.employees.flatMap((e) => [
      e.name,
      e.nip,
      e.grade,
      e.category,
      e.targetPosition?.written ?? "",
      e.targetPosition?.jenjang ?? "",
      e.targetPosition?.category ?? "",
    ]);
    expect(indonesianIn(en.values, data)).toEqual([]);
    expect(indonesianIn(s.values, data).length).toBeGreaterThan(5);
    const budiRow = rows.find((r) => r[2] === "Budi")!;
    expect(budiRow[4]).toBe("Ahli Madya (JF Ahli Madya)");
  });
});
