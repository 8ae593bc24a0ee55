import { formatDateId, sheetNamesFor } from "../../src/report/buildReport";
import { methodStatement, sourceStatement, todayIso } from "../../src/report/text";
import { assessmentWorkbook, planOf } from "./fixtures";

describe("formatDateId", () => {
  it("writes the date in Indonesian words", () => {
    expect(formatDateId("2026-11-22")).toBe("22 November 2026");
    expect(formatDateId("2027-01-05")).toBe("5 Januari 2027");
    expect(formatDateId("2028-02-29")).toBe("29 Februari 2028");
  });

  it("names every month in Bahasa Indonesia", () => {
    const months = Array.from(
      { length: 12 },
      (_, i) => formatDateId(`2026-${String(i + 1).padStart(2, "0")}-01`).split(" ")[1]
    );
    expect(months).toEqual([
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ]);
  });

  it("takes the date part of a date-time as written, whatever the time zone", () => {
    expect(formatDateId("2026-12-31T23:30:00-10:00")).toBe("31 Desember 2026");
    expect(formatDateId("2026-01-01T00:10:00Z")).toBe("1 Januari 2026");
  });

  it.each(["2026-02-29", "2026-13-01", "2026-04-31", "22-11-2026", "", "kemarin"])(
    "rejects %p with a message in Bahasa Indonesia",
    (bad) => {
      expect(() => formatDateId(bad)).toThrow(/tidak valid; tulis dengan format TTTT-BB-HH/);
    }
  );

  it("makes today's date from the agency's calendar (WIB), whatever the machine's zone", () => {
    expect(todayIso(new Date("2026-11-22T16:59:00Z"))).toBe("2026-11-22"); // 23:59 WIB
    expect(todayIso(new Date("2026-11-22T17:00:00Z"))).toBe("2026-11-23"); // 00:00 WIB
  });
});

describe("sheetNamesFor", () => {
  it("puts the year in the plan and summary names and keeps them within Excel's 31 characters", () => {
    const names = sheetNamesFor(2031);
    expect(names).toEqual({
      plan: "Rencana Pengembangan 2031",
      summary: "Rekap Kebutuhan 2031",
      programmes: "AKPK 2031",
      standards: "Standar Kompetensi 2031",
      target: "Kesenjangan Jabatan Target 2031",
      talent: "Pemetaan Talenta 2031",
      idp: "IDP 2031",
      progress: "Progres 2031",
      live: "Data Rumus 2031",
      issues: "Catatan Data",
      rekapUnits: "Rekap per Unit 2031",
      rekapFiles: "Berkas",
    });
    for (const n of Object.values(names)) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe("methodStatement", () => {
  it("says when the user chose the method, and how well the file's JPM column agrees with it", () => {
    const plan = planOf(assessmentWorkbook(), { jpmMethod: "capped", tolerance: 0.1 });
    const text = methodStatement(plan);
    expect(text).toContain("JPM = Σ min(nilai, standar) ÷ Σ standar (metode dibatasi standar).");
    const a = plan.jpmAgreement!;
    expect(text).toContain(
      `Metode JPM dipilih pengguna; kolom JPM di file: ${a.matched} dari ${a.compared} baris cocok dengan metode ini.`
    );
    expect(text).toContain("Toleransi 10%");
  });

  it("says when the default was used because the file has no JPM column", () => {
    const wb = assessmentWorkbook();
    wb.sheets[0].rows = wb.sheets[0].rows.map((row) => row.slice(0, -1));
    const plan = planOf(wb);
    expect(plan.jpmMethodSource).toBe("default");
    expect(methodStatement(plan)).toContain("Metode JPM bawaan (file tidak memiliki kolom JPM).");
    expect(methodStatement(plan)).toContain("Kategori skema pemetaan kompetensi (bawaan)");
  });

  it("states the pengisian thresholds with the codes' long names", () => {
    const plan = planOf(assessmentWorkbook(), {
      scheme: "pengisian",
      thresholds: { pemetaan: { optimal: 0.9, cukup: 0.78 }, pengisian: { ms: 0.85, mms: 0.7 } },
    });
    expect(methodStatement(plan)).toContain(
      "Kategori skema pengisian jabatan (dipilih pengguna): MS (Memenuhi Syarat): JPM ≥ 85%; " +
        "MMS (Masih Memenuhi Syarat): 70% ≤ JPM < 85%; KMS (Kurang Memenuhi Syarat): JPM < 70%."
    );
  });

  it("says when the scheme came from the title block's purpose line", () => {
    const wb = assessmentWorkbook();
    wb.sheets[0].rows = [["TUJUAN PENILAIAN : PENGISIAN JABATAN"], [], ...wb.sheets[0].rows];
    const plan = planOf(wb);
    expect([plan.scheme, plan.schemeBasis]).toEqual(["pengisian", "title"]);
    expect(methodStatement(plan)).toContain(
      "Kategori skema pengisian jabatan (mengikuti tujuan penilaian di judul sheet)"
    );
  });

  it("counts employees without any score, naming their rows", () => {
    const wb = assessmentWorkbook();
    const rows = wb.sheets[0].rows;
    // Empty every score of the second employee (columns after the identity ones).
    const header = rows[0].map((v) => String(v ?? ""));
    const first = header.findIndex((h) => /integritas/i.test(h));
    rows[2] = rows[2].map((v, j) => (j >= first && j < first + 9 ? null : v));
    const plan = planOf(wb);
    expect(plan.unassessedRows).toEqual([3]);
    expect(sourceStatement(plan)).toContain(
      "1 pegawai tanpa nilai kompetensi sama sekali tidak direncanakan (baris 3)."
    );
  });

  it("names the source sheet and its header row", () => {
    const plan = planOf(assessmentWorkbook());
    expect(sourceStatement(plan)).toContain(
      `Sumber data: sheet "Data Pegawai" (judul baris 1, data mulai baris 2); ${plan.employees.length} pegawai direncanakan.`
    );
  });
});
