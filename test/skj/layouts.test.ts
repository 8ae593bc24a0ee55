// Layouts agencies' systems export (issue "Real workbooks"): deep titles, numbered and misspelt headers,
// look-alike columns, per-employee levels, eselon spellings, NIP forms, long tables, other competency models.
import { runSkj } from "../../src/skj/run";
import { columnLetter } from "../../src/skj/text";
import { CellValue, PlanResult } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";

function plan(...args: Parameters<typeof runSkj>): PlanResult {
  const out = runSkj(...args);
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

const blank = (n: number): CellValue[] => new Array(n).fill(null);

describe("a deep title block and a wide two-row header with groups", () => {
  const numbered = [
    "1. INTEGRITAS ",
    "2. KERJASAMA",
    "3. KOMUNKASI",
    "4. ORIENTASI PADA HASIL",
    "5. PELAYANAN\nPUBLIK",
    "6. PENGEMBANGAN DIRI & ORANG LAIN",
    "7. MENGELOLA PERUBAHAN",
    "8. PENGAMBILAN KEPUTUSAN",
    "9. PEREKAT BANGSA",
  ];
  const titles: CellValue[][] = [
    ["LAPORAN HASIL PENILAIAN KOMPETENSI", ...blank(20)],
    ["PEMERINTAH PROVINSI CONTOH", ...blank(20)],
    ["TUJUAN PENILAIAN : PEMETAAN", ...blank(20)],
    ...Array.from({ length: 16 }, (_, i): CellValue[] => [
      i % 3 === 0 ? `Keterangan ${i}` : null,
      ...blank(20),
    ]),
  ];
  const header1: CellValue[] = [
    "NO",
    "NAMA",
    "NIP",
    "GOL",
    "JABATAN",
    "ESELON",
    "UNIT KERJA",
    "KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL",
    ...blank(8),
    "JPM (%)",
    "KATEGORI",
    "Indikator Talent Box",
    null,
    "KETERANGAN",
  ];
  const header2: CellValue[] = [...blank(7), ...numbered, null, null, "Kinerja", "Potensi", null];
  const row = (
    no: number,
    name: string,
    nip: CellValue,
    grade: CellValue,
    title: string,
    scores: number[],
    jpm: CellValue,
    cat: string
  ): CellValue[] => [
    no,
    name,
    nip,
    "III/a",
    title,
    grade,
    "Dinas Kominfo",
    ...scores,
    jpm,
    cat,
    "Baik",
    "Tinggi",
    "-",
  ];
  const data = [
    row(
      1,
      "Ani",
      "198501012010012001",
      "III.a",
      "Kepala Bidang",
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      100,
      "Optimal"
    ),
    row(
      2,
      "Bayu",
      "198601012010011002",
      "IV-B",
      "Kepala Seksi",
      [2, 2, 1.5, 2, 2, 2, 2, 2, 2],
      "97,22%",
      "Optimal"
    ),
    row(
      3,
      "Cahya",
      "198701012010012003",
      "NON ESELON",
      "Pranata Komputer Ahli Pertama",
      [2, 2, 2, 2, 2, 1, 2, 2, 2],
      94.44,
      "Optimal"
    ),
  ];
  const merges = [
    "A1:V1",
    "A2:V2",
    "A20:A21",
    "B20:B21",
    "C20:C21",
    "D20:D21",
    "E20:E21",
    "F20:F21",
    "G20:G21",
    "H20:P20",
    "Q20:Q21",
    "R20:R21",
    "S20:T20",
    "U20:U21",
  ];
  const result = plan(
    workbook(sheet("Hasil Asesmen", [...titles, header1, header2, ...data], merges))
  );

  it("finds the header at rows 20–21 and reads all three employees", () => {
    expect(result.source.headerRows).toEqual([20, 21]);
    expect(result.employees.map((e) => [e.row, e.name, e.level])).toEqual([
      [22, "Ani", 3],
      [23, "Bayu", 2],
      [24, "Cahya", 2],
    ]);
  });

  it("reads numbered, capitalised headers with line breaks, and warns about the typo", () => {
    const typo = result.issues.filter((i) => i.code === "header-typo");
    expect(typo).toHaveLength(1);
    expect(renderMessage(typo[0])).toBe('Kolom "3. KOMUNKASI" (J21) dibaca sebagai Komunikasi.');
    expect(result.employees[1].competencies.find((c) => c.code === "KOM")!.score).toBe(1.5);
  });

  it("does not take GOL as the grade, nor JPM, KATEGORI, talent-box or KETERANGAN as competencies", () => {
    expect(result.employees[0].jobLevel).toBe("III.a");
    expect(result.employees[0].competencies).toHaveLength(9);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("follows the file's JPM column and category scheme and says so", () => {
    expect(result.jpmMethod).toBe("sum");
    expect(result.jpmMethodSource).toBe("file");
    expect(result.jpmAgreement).toEqual({ compared: 3, matched: 3 });
    expect(result.scheme).toBe("pemetaan");
    expect(result.schemeSource).toBe("file");
  });

  it("reads the non-eselon JF from the title with a warning", () => {
    expect(result.employees[2].grade).toBe("JF Ahli Pertama");
    expect(result.issues.find((i) => i.code === "grade-assumed")!.row).toBe(24);
  });
});

describe("look-alike columns and NIPs", () => {
  it("prefers NIP Baru over NIP Lama and reads NIPs in any form", () => {
    const header = [
      "No",
      "NIP Lama",
      "NIP Baru",
      "Nama Pegawai",
      "Pangkat/Golongan",
      "Jenjang Jabatan",
      ...NINE,
      "Skor",
      "Total",
      "IKK",
      "Kuadran",
      "Kotak Talenta",
      "SKP",
      "Rekomendasi",
      "Saran Pengembangan",
      "Status Kompetensi",
    ];
    const s = (nip: CellValue): CellValue[] => [
      1,
      "010203040",
      nip,
      "Ani",
      "Penata Muda III/a",
      "Pengawas",
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      18,
      18,
      "0%",
      "K5",
      "5",
      90,
      "-",
      "-",
      "MS",
    ];
    const result = plan(
      workbook(
        sheet("Data", [
          header,
          s("'198501012010012001"),
          s("19850101.201001.2.002"),
          s(" 198501012010012003 "),
        ])
      )
    );
    expect(result.employees.map((e) => e.nip)).toEqual([
      "198501012010012001",
      "198501012010012002",
      "198501012010012003",
    ]);
    expect(result.employees[0].level).toBe(2);
    expect(result.scheme).toBe("pengisian");
    expect(result.employees[0].category).toBe("MS");
  });

  it('reads "N.I.P" and "N.I.P." headers', () => {
    for (const h of ["N.I.P", "N.I.P.", "NIP Baru"]) {
      const result = plan(
        workbook(
          sheet("D", [
            [h, "Nama", "Eselon", ...NINE],
            ["1985", "A", "II.a", 4, 4, 4, 4, 4, 4, 4, 4, 4],
          ])
        )
      );
      expect(result.employees[0]).toMatchObject({ nip: "1985", level: 4 });
    }
  });
});

describe("a required level per employee", () => {
  it("uses a Level SKJ column without any grade column, and the SKJ sheet still wins per competency", () => {
    const data = sheet("Data", [
      ["NIP", "Nama", "Jabatan", "Level SKJ", ...NINE],
      ["1", "A", "Analis Kebijakan", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      ["2", "B", "Pengelola Data", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
    ]);
    const skj = sheet("SKJ", [
      ["Jabatan", ...NINE],
      ["Analis Kebijakan", null, null, 4, null, null, null, null, null, null],
    ]);
    const result = plan(workbook(data, skj));
    const [a, b] = result.employees;
    expect(a.level).toBe(3);
    expect(a.competencies.map((c) => c.standard)).toEqual([3, 3, 4, 3, 3, 3, 3, 3, 3]);
    expect(a.priorities.map((p) => p.competency)).toEqual(["KOM"]);
    expect(b.competencies.every((c) => c.standard === 2)).toBe(true);
    expect(result.issues.filter((i) => i.code === "grade-missing")).toEqual([]);
  });
});

describe("grades as eselon columns write them", () => {
  it("reads II-A, III-B, IV a, IV/a, III.b and non-eselon grades, with warnings where assumed", () => {
    const grades: [CellValue, string, number][] = [
      ["II-A", "Kepala Dinas", 4],
      ["III-B", "Sekretaris", 3],
      ["IV a", "Kasubbag", 2],
      ["IV/a", "Kasi", 2],
      ["III.b", "Kabid", 3],
      ["Non Eselon", "Analis Kepegawaian Ahli Madya", 4],
      ["NON ESELON", "Pengadministrasi", 1],
      ["-", "Arsiparis Terampil", 2],
      [null, "Perencana Ahli Utama", 5],
    ];
    const result = plan(
      workbook(
        sheet("Data", [
          ["NIP", "Nama", "Jabatan", "Eselon / Jenjang", ...NINE],
          ...grades.map(([g, t], i) => [String(i), `P${i}`, t, g, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
        ])
      )
    );
    expect(result.employees.map((e) => e.level)).toEqual(grades.map((g) => g[2]));
    const assumed = result.issues.filter((i) => i.code === "grade-assumed").map((i) => i.row);
    expect(assumed).toEqual([7, 8, 9, 10]);
  });

  it("keeps a blank grade an error when the title names no level", () => {
    const result = plan(
      workbook(
        sheet("Data", [
          ["NIP", "Nama", "Jabatan", "Eselon", ...NINE],
          ["1", "A", "Kepala Seksi", null, 3, 3, 3, 3, 3, 3, 3, 3, 3],
        ])
      )
    );
    expect(result.employees).toEqual([]);
    expect(result.issues[0]).toMatchObject({
      row: 2,
      severity: "error",
      code: "grade-unknown",
      column: "Eselon",
    });
  });
});

describe("one row per employee and competency", () => {
  const header = ["NIP", "Nama", "Jabatan", "Jenjang", "Kompetensi", "Standar", "Nilai"];
  const rowsFor = (
    nip: string,
    name: string,
    skip: string[] = [],
    scores: Record<string, number> = {}
  ): CellValue[][] =>
    NINE.filter((n) => !skip.includes(n)).map((n) => [
      nip,
      name,
      "Analis",
      "Administrator",
      n,
      3,
      scores[n] ?? 3,
    ]);

  it("groups rows by NIP in any order, takes standards from the rows, and reports the first row", () => {
    const a = rowsFor("1", "A", [], { Komunikasi: 2 });
    const b = rowsFor("2", "B");
    b[8][5] = 4; // Perekat Bangsa standard 4 for B
    const mixed = [a[0], b[0], ...a.slice(1, 5), ...b.slice(1), ...a.slice(5)];
    const result = plan(workbook(sheet("Export", [header, ...mixed])));
    expect(result.source.layout).toBe("long");
    expect(result.employees.map((e) => [e.nip, e.row])).toEqual([
      ["1", 2],
      ["2", 3],
    ]);
    expect(result.employees[0].priorities.map((p) => [p.competency, p.gap])).toEqual([["KOM", -1]]);
    expect(result.employees[1].competencies[8]).toMatchObject({ code: "PB", standard: 4, gap: -1 });
    expect(result.employees[0].competencies.map((c) => c.code)).toEqual([
      "INT",
      "KS",
      "KOM",
      "OPH",
      "PP",
      "PDOL",
      "MP",
      "PK",
      "PB",
    ]);
  });

  it("reads a grouped report that writes the employee on their first row only", () => {
    const grouped = (nip: string, name: string, komunikasi: number): CellValue[][] =>
      rowsFor(nip, name, [], { Komunikasi: komunikasi }).map((r, i) =>
        i === 0 ? r : [null, null, null, null, ...r.slice(4)]
      );
    const result = plan(
      workbook(sheet("Export", [header, ...grouped("1", "A", 2), [], ...grouped("2", "B", 3)]))
    );
    expect(result.employees.map((e) => [e.nip, e.row, e.jobLevel])).toEqual([
      ["1", 2, "Administrator"],
      ["2", 12, "Administrator"],
    ]);
    expect(result.employees[0].priorities.map((p) => [p.competency, p.gap])).toEqual([["KOM", -1]]);
    expect(result.issues).toEqual([]);
  });

  it("reports a missing or duplicated competency as an error on the employee", () => {
    const missing = rowsFor("1", "A", ["Perekat Bangsa", "Komunikasi"]);
    const twice = [...rowsFor("2", "B"), ["2", "B", "Analis", "Administrator", "Integritas", 3, 2]];
    const result = plan(workbook(sheet("Export", [header, ...missing, ...twice])));
    expect(result.employees).toEqual([]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors[0]).toMatchObject({ row: 2, code: "competency-missing" });
    expect(renderMessage(errors[0])).toMatch(/Komunikasi, Perekat Bangsa/);
    expect(errors[1]).toMatchObject({ row: 18, code: "competency-duplicate" });
  });
});

describe("a sheet from another competency model", () => {
  const old = sheet("Model Lama", [
    [
      "NIP",
      "Nama",
      "Eselon",
      "Integritas",
      "Kerjasama",
      "Komunikasi",
      "Kepemimpinan",
      "Inovasi",
      "Berpikir Konseptual",
    ],
    ["1", "A", "III.a", 3, 3, 3, 3, 3, 3],
  ]);
  const skjSheet = sheet("SKJ 2017", [
    ["NIP", "Nama", "Eselon", ...NINE],
    ["2", "B", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
  ]);

  it("takes the sheet naming the most of the nine, even when it comes second", () => {
    const result = plan(workbook(old, skjSheet));
    expect(result.source.sheet).toBe("SKJ 2017");
    expect(result.employees).toHaveLength(1);
  });

  it("says once, for the sheet, which competencies are missing and that the model may differ", () => {
    const result = plan(workbook(old));
    expect(result.employees).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      row: 0,
      severity: "error",
      code: "competencies-missing",
    });
    expect(renderMessage(result.issues[0])).toMatch(
      /Orientasi pada Hasil, Pelayanan Publik, Pengembangan Diri dan Orang Lain, Mengelola Perubahan, Pengambilan Keputusan, Perekat Bangsa/
    );
    expect(renderMessage(result.issues[0])).toMatch(/model kompetensi lain/);
  });

  it("breaks ties by taking the first sheet", () => {
    const a = sheet("A", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const b = sheet("B", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["2", "B", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const result = plan(workbook(a, b));
    expect(result.source.sheet).toBe("A");
    // The other full table is named, so that a clerk with one sheet per eselon knows to choose it.
    const note = result.issues.find((i) => i.code === "other-tables");
    expect(note).toMatchObject({ sheet: "A", row: 0, severity: "info" });
    expect(renderMessage(note!)).toContain('Sheet "B" juga berisi tabel hasil asesmen');
    expect(plan(workbook(a, b), { sheet: "B" }).issues.map((i) => i.code)).toEqual([]);
  });
});

describe("standard and score sub-columns", () => {
  it('reads "Standar | Nilai | Gap" under each merged competency name', () => {
    const top: CellValue[] = ["NIP", "Nama", "Eselon"];
    const sub: CellValue[] = [null, null, null];
    const data: CellValue[] = ["1", "A", "III.a"];
    const merges = ["A1:A2", "B1:B2", "C1:C2"];
    NINE.forEach((n, i) => {
      const c = 3 + i * 3;
      top.push(n, null, null);
      sub.push("Standar", "Nilai", "Gap");
      data.push(i === 0 ? 4 : 3, i === 2 ? 2 : 3, 0);
      merges.push(`${columnLetter(c)}1:${columnLetter(c + 2)}1`);
    });
    const result = plan(workbook(sheet("Data", [top, sub, data], merges)));
    const e = result.employees[0];
    expect(result.source.headerRows).toEqual([1, 2]);
    expect(e.competencies[0]).toMatchObject({ code: "INT", standard: 4, score: 3, gap: -1 });
    expect(e.competencies[2]).toMatchObject({ code: "KOM", standard: 3, score: 2 });
  });
});
