// A grade column that names the rank too ("Gol/Jenjang"): docs/domain.md §20.
import { headerNamesRank, isGradeError, readGrade, readRank } from "../../src/skj/grades";
import { ISSUE_HINTS } from "../../src/skj/messages/hints";
import { renderMessage } from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import { CellValue, PlanResult } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";

function plan(gradeHeader: string, rows: [string, string, CellValue][]): PlanResult {
  const out = runSkj(
    workbook(
      sheet("Data", [
        ["NIP", "Nama", "Jabatan", gradeHeader, "Unit Kerja", ...NINE],
        ...rows.map(([nip, position, grade], i) => [
          nip,
          `Pegawai ${i + 1}`,
          position,
          grade,
          "Bidang Mutasi",
          ...new Array<number>(9).fill(3),
        ]),
      ])
    ),
    { year: 2027 }
  );
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

const NIP = (n: number) => `19850101201001100${n}`;

describe("readRank and headerNamesRank", () => {
  it("reads golongan with their ruang, and which of them are eselons too", () => {
    expect(readRank("III.a")).toEqual({ written: "III.a", rank: "III/a", eselon: "III.a" });
    expect(readRank("III/a")).toEqual({ written: "III/a", rank: "III/a", eselon: "III.a" });
    expect(readRank("IV b")).toEqual({ written: "IV b", rank: "IV/b", eselon: "IV.b" });
    expect(readRank("III/c")).toEqual({ written: "III/c", rank: "III/c" });
    expect(readRank("IV/e")).toEqual({ written: "IV/e", rank: "IV/e" });
    // No ruang III/e, no golongan without its ruang, no golongan V.
    expect(readRank("III/e")).toBeNull();
    expect(readRank("III")).toBeNull();
    expect(readRank("V/a")).toBeNull();
    expect(readRank("Eselon III.a")).toBeNull();
  });

  it("knows which headers name the rank", () => {
    for (const h of ["Gol/Jenjang", "Golongan/Jenjang", "Pangkat/Gol/Eselon", "GOL_RUANG"])
      expect(headerNamesRank(h)).toBe(true);
    for (const h of ["Jenjang", "Eselon", "Jenjang/Eselon", "Jenjang Jabatan"])
      expect(headerNamesRank(h)).toBe(false);
  });

  it("reads III.a as a rank only when the header names the rank", () => {
    const asRank = readGrade("III.a", "Analis Kepegawaian Ahli Muda", { headerNamesRank: true });
    expect(asRank).toMatchObject({ grade: "JF Ahli Muda", level: 3, rank: { rank: "III/a" } });
    const asEselon = readGrade("III.a", "Analis Kepegawaian Ahli Muda");
    expect(asEselon).toMatchObject({ grade: "Administrator (Eselon III.a)", level: 3 });
    expect("rank" in asEselon).toBe(false);
  });
});

describe("a Gol/Jenjang column on a results table", () => {
  const result = plan("Gol/Jenjang", [
    [NIP(1), "Kepala Bidang Mutasi", "III.a"],
    [NIP(2), "Analis SDM Aparatur Ahli Muda", "III/a"],
    [NIP(3), "Pengadministrasi Umum", "III/c"],
    [NIP(4), "Kepala Subbagian Umum", "Eselon IV.a"],
    [NIP(5), "Kepala Bidang Mutasi", "Administrator"],
    [NIP(6), "Pengelola Kepegawaian", "III"],
  ]);
  const rankIssues = result.issues.filter((i) => i.code === "grade-rank-in-column");

  it("does not read III.a as Eselon III.a: the grade comes from the position title", () => {
    expect(result.employees.map((e) => [e.row, e.jobLevel, e.grade, e.level])).toEqual([
      [2, "III.a", "Pelaksana", 1],
      [3, "III/a", "JF Ahli Muda", 3],
      [4, "III/c", "Pelaksana", 1],
      // Written out, or not a golongan with its ruang: read as before.
      [5, "Eselon IV.a", "Pengawas (Eselon IV.a)", 2],
      [6, "Administrator", "Administrator", 3],
      [7, "III", "Administrator (Eselon III)", 3],
    ]);
  });

  it("warns on each such cell, naming row and column, what it may be and what was read", () => {
    expect(rankIssues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, "Gol/Jenjang", "warning"],
      [3, "Gol/Jenjang", "warning"],
      [4, "Gol/Jenjang", "warning"],
    ]);
    const [first, second, third] = rankIssues.map((i) => renderMessage(i));
    expect(first).toBe(
      'Baris 2, kolom Gol/Jenjang (D2): "III.a" bisa golongan III/a atau Eselon III.a; kolom "Gol/Jenjang" menyebut keduanya — isi jenjang jabatan. Dibaca sebagai golongan; jabatan tidak menyebut jenjang fungsional, jadi dibaca sebagai Pelaksana (level 1).'
    );
    expect(second).toContain(
      'jenjang dibaca dari jabatan "Analis SDM Aparatur Ahli Muda" sebagai JF Ahli Muda (level 3)'
    );
    expect(third).toContain('"III/c" adalah golongan III/c, bukan jenjang jabatan.');
    expect(renderMessage(rankIssues[0], "en")).toBe(
      'Row 2, column Gol/Jenjang (D2): "III.a" may be rank III/a or Eselon III.a; column "Gol/Jenjang" names both — fill in the grade. Read as a rank; the position names no functional level, so it is read as Pelaksana (level 1).'
    );
    // No second, generic warning for the same cell.
    expect(result.issues.filter((i) => i.row === 2 && i.code === "grade-assumed")).toEqual([]);
  });

  it("has a fix hint in both languages", () => {
    expect(ISSUE_HINTS["grade-rank-in-column"]?.id).toMatch(/jenjang jabatan/);
    expect(ISSUE_HINTS["grade-rank-in-column"]?.en).toMatch(/grade/);
  });
});

describe("a column headed only Jenjang or Eselon", () => {
  it("keeps reading III.a as Eselon III.a, without a warning", () => {
    const result = plan("Jenjang/Eselon", [[NIP(1), "Kepala Bidang Mutasi", "III.a"]]);
    expect(result.employees[0]).toMatchObject({ grade: "Administrator (Eselon III.a)", level: 3 });
    expect(result.issues.filter((i) => i.row === 2)).toEqual([]);
  });
});

describe("readGrade with headerNamesRank on a blank title", () => {
  it("is never an error: a rank without a functional title is Pelaksana", () => {
    const r = readGrade("IV/b", "", { headerNamesRank: true });
    expect(isGradeError(r)).toBe(false);
    expect(r).toMatchObject({ grade: "Pelaksana", level: 1, rank: { eselon: "IV.b" } });
  });
});
