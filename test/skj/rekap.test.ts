// The rekap's rules without files or threads (docs/domain.md §19): the unit of an employee, a NIP in two files
// counted once from the first, a NIP twice in one file left to that file, a file that failed, and programmes
// grouped over every unit together; the sheets it makes keep the report model's invariants.
import { buildRekapReport } from "../../src/report/rekapSheets";
import { msg } from "../../src/skj/messages";
import { rekapOf, unitOfFile } from "../../src/skj/rekap";
import { runSkj } from "../../src/skj/run";
import type { PlanResult } from "../../src/skj/types";
import { simpleTable, workbook } from "../helpers/grid";
import { expectValidReport } from "../report/modelInvariants";

/** A unit's plan: n Pengawas, each a level short in Komunikasi; `unit` "" leaves the unit column empty. */
function unitPlan(
  code: number,
  n: number,
  unit: string,
  extra: { nip: string }[] = []
): PlanResult {
  const people = [
    ...Array.from({ length: n }, (_, i) => ({
      nip: `19800101200501${code}${String(i).padStart(3, "0")}`,
    })),
    ...extra,
  ].map((p, i) => ({
    nip: p.nip,
    name: `Pegawai ${code}-${i + 1}`,
    position: "Kepala Seksi",
    grade: "IV.a",
    unit,
    scores: [2, 2, 1, 2, 2, 2, 2, 2, 2],
  }));
  const outcome = runSkj(workbook(simpleTable(people)), { year: 2027 });
  if (!outcome.ok) throw new Error("not planned");
  return outcome.result;
}

describe("rekapOf", () => {
  const a = unitPlan(1, 4, "Dinas A");
  // Dinas B lists Dinas A's first employee again, and one of its own twice.
  const b = unitPlan(2, 4, "", [{ nip: a.employees[0].nip }, { nip: "198001012005012000" }]);
  const c = unitPlan(3, 4, "Dinas C");
  const rekap = rekapOf(
    [
      { file: "a.xlsx", plan: a },
      { file: "dinas-b.csv", plan: b },
      {
        file: "rusak.xlsx",
        failure: msg("cli-input-unreadable", { file: "rusak.xlsx", errno: "EIO" }),
      },
      { file: "c.xlsx", plan: c },
    ],
    {}
  )!;

  it("takes the unit from the unit column, else from the file name", () => {
    expect(unitOfFile("folder/dinas-b.csv")).toBe("dinas-b");
    expect(rekap.units.map((u) => [u.unit, u.employees])).toEqual([
      ["Dinas A", 4],
      ["dinas-b", 5],
      ["Dinas C", 4],
    ]);
  });

  it("counts a NIP of two files once, from the first, and leaves a NIP twice in one file to it", () => {
    expect(rekap.duplicates).toEqual([
      {
        nip: a.employees[0].nip,
        name: "Pegawai 2-5",
        first: { file: "a.xlsx", sheet: "Data Pegawai", row: 2 },
        again: { file: "dinas-b.csv", sheet: "Data Pegawai", row: 6 },
      },
    ]);
    const fileB = rekap.files[1];
    expect(fileB).toMatchObject({ planned: 6, counted: 5, failed: false });
    expect(fileB.issues.filter((i) => i.code === "rekap-duplicate-nip")).toHaveLength(1);
    expect(rekap.employees).toBe(4 + 5 + 4);
  });

  it("names a file that failed, with the reason, and counts nobody from it", () => {
    expect(rekap.files[2]).toMatchObject({
      file: "rusak.xlsx",
      failed: true,
      errors: 1,
      counted: 0,
    });
    expect(rekap.files[2].issues[0]).toMatchObject({
      code: "rekap-file-failed",
      severity: "error",
    });
  });

  it("groups the programmes over every unit: no unit alone reaches ten, together they do", () => {
    for (const p of [a, b, c]) expect(p.programmes).toEqual([]);
    const unitOf = new Map(rekap.pooled.employees.map((e) => [e.nip, e.unit]));
    const kom = rekap.pooled.programmes.filter((p) => p.competency === "KOM");
    expect(kom.length).toBeGreaterThan(0);
    for (const p of kom) {
      // 13 employees; the two rows of Dinas B sharing a NIP are one participant.
      expect(p.participants).toHaveLength(12);
      expect(new Set(p.participants.map((n) => unitOf.get(n)))).toEqual(
        new Set(["Dinas A", "dinas-b", "Dinas C"])
      );
    }
    // The files' own plans are left as they were.
    expect(a.employees[0].plan.activities.every((x) => x.programme === undefined)).toBe(true);
  });

  it("makes sheets that keep the report model's invariants", () => {
    const model = buildRekapReport(rekap, {
      agency: "BKPSDM Kabupaten Contoh",
      signatory: { title: "", name: "", nip: "" },
      date: "2026-11-22",
    });
    expect(model.sheets.map((s) => s.kind)).toEqual(["rekapUnits", "programmes", "rekapFiles"]);
    expectValidReport(model);
    // Printed like the plan's sheets: A4, a repeated header, no type under 9 pt.
    for (const sheet of model.sheets) {
      expect([sheet.kind, sheet.print.paper]).toEqual([sheet.kind, "A4"]);
      expect([sheet.kind, sheet.print.repeatRows !== undefined]).toEqual([sheet.kind, true]);
      for (const { style } of sheet.styles)
        expect([sheet.kind, (style.font?.size ?? 11) >= 9]).toEqual([sheet.kind, true]);
    }
  });

  it("says why a table gave nobody", () => {
    const empty = runSkj(workbook(simpleTable([])), { year: 2027 });
    if (!empty.ok) throw new Error("no table");
    const only = rekapOf([{ file: "kosong.xlsx", plan: empty.result }], {})!;
    expect(only.employees).toBe(0);
    expect(only.files[0].issues.map((i) => [i.code, i.severity])).toContainEqual([
      "nobody-planned",
      "error",
    ]);
  });

  it("returns null when no file was planned", () => {
    expect(rekapOf([{ file: "x.csv", failure: msg("rekap-nobody", { files: 1 }) }], {})).toBeNull();
  });
});
