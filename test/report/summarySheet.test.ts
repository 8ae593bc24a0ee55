import { buildReport } from "../../src/report/buildReport";
import type { DataBarRule, SheetModel } from "../../src/report/model";
import { NEED_HEADERS, UNIT_NEED_HEADERS } from "../../src/report/summarySheet";
import { TRACK_NAMES } from "../../src/skj/methods";
import type { EmployeeResult, PlanResult } from "../../src/skj/types";
import {
  NINE,
  planOf,
  REPORT_OPTIONS,
  samplePlan,
  TECHNICAL,
  assessmentWorkbook,
} from "./fixtures";
import { contains, expectValidReport, overlaps, rowStartingWith, styleAt } from "./modelInvariants";

function summaryOf(plan: PlanResult): SheetModel {
  const model = buildReport(plan, REPORT_OPTIONS);
  expectValidReport(model);
  return model.sheets[1];
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Needs recomputed from the employees' results: nine in catalogue order, then technical ones. */
function recomputeNeeds(employees: EmployeeResult[]) {
  const results = (name: string) =>
    employees.flatMap((e) => [
      ...e.competencies.filter((c) => c.name === name),
      ...e.technical.filter((t) => t.name === name),
    ]);
  const technical = [...new Set(employees.flatMap((e) => e.technical.map((t) => t.name)))];
  return [...NINE, ...technical].map((name) => {
    const all = results(name);
    const short = all.filter((r) => r.need);
    return {
      name,
      assessed: all.length,
      short: short.length,
      pct: all.length ? short.length / all.length : 0,
      meanShortfall: mean(short.map((r) => r.gap)),
      largestShortfall: Math.min(0, ...all.map((r) => r.gap)),
    };
  });
}

/** Data rows under the header row whose cells equal `headers`, until the first blank first cell. */
function tableBelow(sheet: SheetModel, headers: string[], from = 0) {
  const header = sheet.values.findIndex(
    (row, r) => r >= from && headers.every((h, i) => row[i] === h)
  );
  expect(header).toBeGreaterThanOrEqual(0);
  let last = header;
  while (last + 1 < sheet.values.length && sheet.values[last + 1][0] !== "") last++;
  return { header, first: header + 1, last, rows: sheet.values.slice(header + 1, last + 1) };
}

describe("summary sheet", () => {
  const plan = samplePlan();
  const sheet = summaryOf(plan);

  it("ends with the signature block, on one page with nothing cut", () => {
    const col = 4;
    const at = sheet.values.findIndex((row) => row[col] === "Mengetahui,");
    expect(at).toBeGreaterThan(0);
    expect(sheet.values.slice(at - 1, at + 5).map((r) => r[col])).toEqual([
      `${REPORT_OPTIONS.place}, 22 November 2026`,
      "Mengetahui,",
      REPORT_OPTIONS.signatory.title,
      "",
      REPORT_OPTIONS.signatory.name,
      `NIP. ${REPORT_OPTIONS.signatory.nip}`,
    ]);
    // Nothing after it, and no page break inside it.
    expect(sheet.values.length).toBe(at + 5);
    for (const r of sheet.print.rowBreaks ?? []) expect(r <= at - 1 || r > at + 4).toBe(true);
  });

  it("has the title, the date and the same statement of method as the plan sheet", () => {
    expect(sheet.name).toBe("Rekap Kebutuhan 2027");
    expect(sheet.values[0][0]).toBe("REKAP KEBUTUHAN PENGEMBANGAN KOMPETENSI ASN TAHUN 2027");
    const planSheet = buildReport(plan, REPORT_OPTIONS).sheets[0];
    const statement = planSheet.values[rowStartingWith(planSheet, "JPM = ")][0];
    expect(sheet.values[rowStartingWith(sheet, "JPM = ")][0]).toBe(statement);
    expect(sheet.values[rowStartingWith(sheet, "Dibuat:")][0]).toBe("Dibuat: 22 November 2026");
  });

  it("counts needs per competency as recomputed from the employees (nine, then technical)", () => {
    const t = tableBelow(sheet, NEED_HEADERS);
    const expected = recomputeNeeds(plan.employees);
    expect(expected[expected.length - 1].name).toBe(TECHNICAL);
    expect(t.rows.map((r) => r[1])).toEqual(expected.map((x) => x.name));
    t.rows.forEach((row, i) => {
      const x = expected[i];
      expect(row[0]).toBe(i + 1);
      expect(row[3]).toBe(x.assessed);
      expect(row[4]).toBe(x.short);
      expect(row[5]).toBeCloseTo(x.pct, 12);
      expect(row[6]).toBeCloseTo(x.meanShortfall, 12);
      // The largest shortfall, not a mean over everyone that a few high scores lift above zero.
      expect(row[7]).toBe(x.largestShortfall);
    });
    expect(t.rows[t.rows.length - 1][2]).toBe("Teknis");
    expect(styleAt(sheet, t.first, 5)?.numberFormat).toBe("0.0%");
    // Someone is short somewhere, so the table is not trivially zero.
    expect(expected.some((x) => x.short > 0)).toBe(true);
  });

  it("charts employees short per competency: categories are the names in the sheet", () => {
    const t = tableBelow(sheet, NEED_HEADERS);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.kind).toBe("barClustered");
    const cats = chart.categories;
    const names: unknown[] = [];
    for (let r = cats.top; r <= cats.bottom; r++) names.push(sheet.values[r][cats.left]);
    expect(names).toEqual(recomputeNeeds(plan.employees).map((x) => x.name));
    expect(chart.series).toHaveLength(1);
    const s = chart.series[0];
    expect(sheet.values[t.header][s.values.left]).toBe("Pegawai di Bawah Standar");
    const shorts: unknown[] = [];
    for (let r = s.values.top; r <= s.values.bottom; r++)
      shorts.push(sheet.values[r][s.values.left]);
    expect(shorts).toEqual(recomputeNeeds(plan.employees).map((x) => x.short));
    // Anchored below the table, on empty cells.
    expect(chart.anchor.top).toBeGreaterThan(t.last);
    for (let r = chart.anchor.top; r <= chart.anchor.bottom; r++)
      for (let c = chart.anchor.left; c <= chart.anchor.right; c++)
        expect(sheet.values[r][c]).toBe("");
  });

  it("draws in-cell bars on the employees-short column for renderers without charts", () => {
    const t = tableBelow(sheet, NEED_HEADERS);
    const bars = sheet.conditionalFormats.filter((c): c is DataBarRule => c.kind === "dataBar");
    expect(
      bars.some((b) => JSON.stringify(b.rect) === JSON.stringify(sheet.charts[0].series[0].values))
    ).toBe(true);
    expect(bars.some((b) => contains(b.rect, t.first, 4) && contains(b.rect, t.last, 4))).toBe(
      true
    );
  });

  it("lists needs per unit in a filterable Excel table, with numbers recomputed per unit", () => {
    expect(sheet.tables).toHaveLength(1);
    const table = sheet.tables[0];
    expect(sheet.values[table.rect.top].slice(0, 8)).toEqual(UNIT_NEED_HEADERS);
    const rows = sheet.values.slice(table.rect.top + 1, table.rect.bottom + 1);
    const units = [...new Set(plan.employees.map((e) => e.unit))];
    expect(units.length).toBeGreaterThan(1);
    const expected = units.flatMap((unit) =>
      recomputeNeeds(plan.employees.filter((e) => e.unit === unit)).map((x) => [
        x.name,
        unit,
        x.assessed,
        x.short,
      ])
    );
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(expected);
    expect(sheet.autoFilter).toBeUndefined();
    for (const other of sheet.charts) expect(overlaps(other.anchor, table.rect)).toBe(false);
  });

  it("summarises employees and JP per unit", () => {
    const t = tableBelow(sheet, ["No", "Unit Kerja", "Jumlah Pegawai", "Total JP"]);
    const units = [...new Set(plan.employees.map((e) => e.unit))];
    const perUnit = units.map((u) => {
      const members = plan.employees.filter((e) => e.unit === u);
      return [u, members.length, members.reduce((s, e) => s + e.plan.totalJp, 0)];
    });
    expect(t.rows.slice(0, units.length).map((r) => [r[1], r[2], r[3]])).toEqual(perUnit);
  });

  it("counts JPM categories in the scheme's words", () => {
    const t = tableBelow(sheet, ["No", "Kategori", "Batas JPM", "Jumlah Pegawai"]);
    const names = ["Optimal", "Cukup Optimal", "Kurang Optimal"];
    expect(t.rows.slice(0, 3).map((r) => [r[1], r[3]])).toEqual(
      names.map((n) => [n, plan.employees.filter((e) => e.category === n).length])
    );
    const total = sheet.values[t.last + 1];
    expect([total[1], total[3]]).toEqual(["Jumlah", plan.employees.length]);
  });

  it("adds up JP per 70/20/10 track and activities and JP per method", () => {
    const activities = plan.employees.flatMap((e) => e.plan.activities);
    const tracks = tableBelow(sheet, ["No", "Jalur", "Contoh Kegiatan", "Jumlah Kegiatan", "JP"]);
    expect(tracks.rows.map((r) => [r[1], r[3], r[4]])).toEqual(
      ([70, 20, 10] as const).map((track) => {
        const mine = activities.filter((a) => a.track === track);
        return [TRACK_NAMES[track], mine.length, mine.reduce((s, a) => s + a.jp, 0)];
      })
    );
    const totalRow = sheet.values[tracks.last + 1];
    const totalJp = plan.employees.reduce((s, e) => s + e.plan.totalJp, 0);
    expect([totalRow[1], totalRow[3], totalRow[4]]).toEqual([
      "Total JP seluruh pegawai",
      activities.length,
      totalJp,
    ]);

    const methods = tableBelow(sheet, ["No", "Metode", "Jalur", "Jumlah Kegiatan", "JP"]);
    const codes = [...new Set(activities.map((a) => a.method))];
    expect(methods.rows).toHaveLength(codes.length);
    for (const row of methods.rows) {
      const code = String(row[1]).split(" ")[0];
      const mine = activities.filter((a) => a.method === code);
      expect([row[3], row[4]]).toEqual([mine.length, mine.reduce((s, a) => s + a.jp, 0)]);
    }
  });

  it("uses pengisian codes with their long names when the scheme is pengisian", () => {
    const p = planOf(assessmentWorkbook(), { scheme: "pengisian" });
    const s = summaryOf(p);
    const t = tableBelow(s, ["No", "Kategori", "Batas JPM", "Jumlah Pegawai"]);
    expect(t.rows.slice(0, 3).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["MS (Memenuhi Syarat)", "JPM ≥ 80%", p.employees.filter((e) => e.category === "MS").length],
      [
        "MMS (Masih Memenuhi Syarat)",
        "68% ≤ JPM < 80%",
        p.employees.filter((e) => e.category === "MMS").length,
      ],
      [
        "KMS (Kurang Memenuhi Syarat)",
        "JPM < 68%",
        p.employees.filter((e) => e.category === "KMS").length,
      ],
    ]);
    expect(String(s.values[rowStartingWith(s, "D. ")][0])).toContain("pengisian jabatan");
  });

  it("prints on A4, one page wide, with page numbers", () => {
    expect(sheet.print).toMatchObject({
      paper: "A4",
      fitToPagesWide: 1,
      footerCenter: "Halaman &P dari &N",
    });
  });
});

describe("summary sheet: legend", () => {
  it("has the formulas and the levels, but not the plan's shading note (it shades nothing)", () => {
    const sheet = summaryOf(samplePlan());
    const texts = sheet.values.flat().filter((v) => typeof v === "string");
    expect(texts).toContain("Keterangan");
    expect(texts.some((t) => t.startsWith("Level kompetensi (PermenPANRB 38/2017): 1 Paham"))).toBe(
      true
    );
    expect(texts.some((t) => t.startsWith("Standar yang tebal berlatar biru"))).toBe(false);
  });
});
