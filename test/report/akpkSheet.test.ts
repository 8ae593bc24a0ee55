// The AKPK sheet as the model holds it: the art. 207(3) contents per programme, A4 landscape at a size that
// prints the body at 9 pt or more, the header row on every page, totals that add up, the signature, and an
// English version (docs/domain.md §15).
import { buildReport } from "../../src/report/buildReport";
import { columnPoints } from "../../src/report/layout";
import type { SheetModel } from "../../src/report/model";
import { indonesianIn } from "../helpers/sheetWords";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";
import { expectValidReport } from "./modelInvariants";

// A ceiling of half what everything costs: some lines are deferred.
const plan = samplePlan({ budgetCeiling: Math.round(samplePlan().budget.required / 2) });
const report = buildReport(plan, REPORT_OPTIONS);
const akpk = report.sheets.find((s) => s.kind === "programmes")!;

const text = (s: SheetModel) => s.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
const rowStarting = (s: SheetModel, first: string) => text(s).findIndex((r) => r[0] === first);

describe("the AKPK sheet", () => {
  it("is a valid sheet named and titled as the plan an agency files", () => {
    expectValidReport(report);
    expect(akpk.name).toBe("AKPK 2027");
    expect(akpk.values[0][0]).toBe("Kebutuhan dan Rencana Pengembangan Kompetensi 2027");
  });

  it("prints A4 landscape, one page wide at full size, with its header row on every page", () => {
    expect(akpk.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    const header = rowStarting(akpk, "No");
    expect(akpk.print.repeatRows).toEqual({ first: header, last: header });
    // Usable width of A4 landscape with the margins, in points: the columns fit, so nothing is shrunk.
    const m = akpk.print.margins!;
    const usable = (11.69 - m.left - m.right) * 72;
    const width = akpk.columnWidths.reduce((s, w) => s + columnPoints(w), 0);
    const scale = Math.min(1, usable / width);
    for (const { style } of akpk.styles)
      if (style.font?.size !== undefined) expect(style.font.size * scale).toBeGreaterThanOrEqual(9);
    expect(scale).toBe(1);
  });

  it("writes one row per programme and individual line with the seven contents, and the deferred again", () => {
    const rows = text(akpk);
    const header = rows[rowStarting(akpk, "No")];
    expect(header).toEqual([
      "No",
      "Kompetensi yang dikembangkan",
      "Pegawai sasaran",
      "Jenis dan jalur pengembangan",
      "Penyelenggara",
      "Jadwal",
      "Kesesuaian kurikulum instansi pembina",
      "Anggaran (Rp)",
      "Sumber dana",
      "Status",
    ]);
    const lines = [...plan.programmes, ...plan.individual];
    const deferred = lines.filter((p) => p.deferred);
    expect(deferred.length).toBeGreaterThan(0);
    const idsOf = (cell: unknown) => String(cell).split(", ");
    for (const p of lines) {
      const found = akpk.values.filter((r) => idsOf(r[0]).includes(p.id));
      expect(found).toHaveLength(p.deferred ? 2 : 1);
      const [no, competency, targets, type, provider, schedule, curriculum, cost] = found[0];
      expect(competency).toBe(p.competencyName);
      expect(String(type)).toContain(`${p.method} `);
      for (const cell of [provider, schedule, curriculum]) expect(String(cell)).not.toBe("");
      if (idsOf(no).length === 1) {
        expect(String(targets)).toMatch(new RegExp(`^${p.participants.length} pegawai: `));
        expect(cost).toBe(p.cost);
      } else {
        // Free individual lines of one competency share a row.
        expect(p.id).toMatch(/^IND-/);
        expect(p.cost).toBe(0);
      }
    }
    // Fewer rows than lines: the individual lines of a competency are joined.
    const rowsWithIds = akpk.values.filter((r) => /^(PRG|IND)-/.test(String(r[0])));
    expect(rowsWithIds.length).toBeLessThan(lines.length + deferred.length);
    // Part C comes after parts A and B and holds only the deferred lines.
    const c = rowStarting(akpk, "C. Ditunda ke tahun berikutnya karena pagu anggaran");
    expect(c).toBeGreaterThan(0);
    const after = akpk.values.slice(c + 1).filter((r) => /^(PRG|IND)-/.test(String(r[0])));
    expect(after.map((r) => r[0])).toEqual(deferred.map((p) => p.id));
  });

  it("totals per unit and funding source, states the cost assumptions and is signed", () => {
    const rows = text(akpk);
    for (const u of plan.budget.byUnit) {
      const r = akpk.values.find((x) => x[0] === u.key)!;
      expect([r[6], r[7]]).toEqual([u.total, u.deferred]);
    }
    expect(plan.budget.byUnit.reduce((s, u) => s + u.total, 0)).toBe(plan.budget.total);
    const flat = rows.flat();
    for (const code of Object.keys(plan.budget.unitCosts))
      expect(flat.some((t) => t.startsWith(`${code} `) && /asumsi standar/.test(t))).toBe(true);
    expect(flat).toContain(REPORT_OPTIONS.signatory.name);
    expect(flat).toContain(`NIP. ${REPORT_OPTIONS.signatory.nip}`);
    expect(flat).toContain("Ditetapkan oleh,");
    // The signature block is kept on one page: a break never falls inside it.
    const sign = rows.findIndex((r) => r.includes("Ditetapkan oleh,")) - 1;
    for (const br of akpk.print.rowBreaks ?? []) expect(br <= sign || br > sign + 5).toBe(true);
  });

  it("has an English version", () => {
    const en = buildReport(plan, { ...REPORT_OPTIONS, lang: "en" }).sheets.find(
      (s) => s.kind === "programmes"
    )!;
    expect(en.name).toBe("Competency plan 2027");
    expect(en.values[0][0]).toBe("Competency development needs and plan 2027");
    expect(text(en).flat()).toContain("C. Deferred to next year for want of budget");
    // No Indonesian word of the sheet's own texts; names, units and the agency are data.
    const data = [
      REPORT_OPTIONS.agency,
      REPORT_OPTIONS.place,
      ...Object.values(REPORT_OPTIONS.signatory),
      plan.source.sheet,
      ...plan.employees.flatMap((e) => [e.name, e.nip, e.unit]),
      ...[...plan.programmes, ...plan.individual].map((p) => p.competencyName),
    ];
    expect(indonesianIn(en.values, data)).toEqual([]);
    expect(indonesianIn(akpk.values, data).length).toBeGreaterThan(10);
  });
});
