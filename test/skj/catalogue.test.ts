import {
  COMPETENCIES,
  headerUnderstood,
  isAggregateHeader,
  LEVEL_NAMES,
  matchCompetency,
  matchName,
  readCompetencyHeader,
  typoAllowance,
} from "../../src/skj/catalogue";
import { COMPETENCY_CODES } from "../../src/skj/types";

describe("the nine competencies", () => {
  it("are in catalogue order with their pillars", () => {
    expect(COMPETENCIES.map((c) => c.code)).toEqual([...COMPETENCY_CODES]);
    expect(COMPETENCIES.filter((c) => c.pillar === "manajerial")).toHaveLength(8);
    expect(COMPETENCIES.find((c) => c.code === "PB")!.pillar).toBe("sosial-kultural");
  });

  it("names the five levels", () => {
    expect(Object.values(LEVEL_NAMES)).toEqual(["Paham", "Dasar", "Menengah", "Mumpuni", "Ahli"]);
  });
});

describe("matchCompetency", () => {
  const exact: [string, string][] = [
    ["Integritas", "INT"],
    ["INTEGRITAS", "INT"],
    ["  integritas \n", "INT"],
    ["Kerjasama", "KS"],
    ["Kerja sama", "KS"],
    ["KERJASAMA", "KS"],
    ["Orientasi Pada Hasil", "OPH"],
    ["Pengembangan Diri & Orang Lain", "PDOL"],
    ["PENGEMBANGAN DIRI DAN ORANG LAIN", "PDOL"],
    ["Pengembangan  Diri\nDan Orang Lain", "PDOL"],
    ["1. INTEGRITAS", "INT"],
    ["M.1 Integritas", "INT"],
    ["M.8 Pengambilan Keputusan", "PK"],
    ["SK.1 Perekat Bangsa", "PB"],
    ["a) Komunikasi", "KOM"],
    ["Integritas (INT)", "INT"],
    ["KOM", "KOM"],
    ["pdol", "PDOL"],
    ["Nilai Komunikasi", "KOM"],
    // Short codes of templates and exports, and other spellings (docs/domain.md §12).
    ["pdo", "PDOL"],
    ["PDL", "PDOL"],
    ["pdol", "PDOL"],
    ["Pengelolaan Perubahan", "MP"],
    ["PENGELOLAAN_PERUBAHAN", "MP"],
    ["kerja_sama", "KS"],
    ["KERJA-SAMA", "KS"],
    ["Orientasi.Pada.Hasil", "OPH"],
    ["(1) Integritas", "INT"],
    ["K1 Integritas", "INT"],
    ["1_int", "INT"],
    ["Nilai INT", "INT"],
    ["skor_pb", "PB"],
  ];
  it.each(exact)("reads %j as %s", (header, code) => {
    expect(matchCompetency(header)).toEqual({ code, exact: true });
  });

  const typos: [string, string][] = [
    ["Komunkasi", "KOM"],
    ["Integritass", "INT"],
    ["Kerja Smaa", "KS"],
    ["Pelayanan Pubik", "PP"],
    ["Pengembangan Diri dan Orang Lian", "PDOL"],
    ["PENGEMBALIAN_KEPUTUSAN", "PK"],
    ["Pengambilan Keptusan", "PK"],
  ];
  it.each(typos)("reads the typo %j as %s and says it was not exact", (header, code) => {
    expect(matchCompetency(header)).toEqual({ code, exact: false });
  });

  const notCompetencies = [
    "JPM",
    "JPM (%)",
    "IKK",
    "Total",
    "Skor",
    "Kategori",
    "Status Kompetensi",
    "Kuadran",
    "Kotak Talenta",
    "SKP",
    "Keterangan",
    "Rekomendasi",
    "Saran Pengembangan",
    "Gol",
    "Golongan",
    "Pangkat/Golongan",
    "Nama",
    "NIP",
    "Jabatan",
    "Kepemimpinan",
    "Inovasi",
    "Berpikir Konseptual",
    "Gap Integritas",
    "",
    "PPK",
    // Totals, averages, standards and gaps, whatever competency they name (docs/domain.md §12).
    "nilai_kom",
    "NILAI KOMPETENSI",
    "skor_komp",
    "Jumlah",
    "Jumlah Nilai",
    "Total Nilai",
    "Rata-rata",
    "Rerata",
    "Nilai Akhir",
    "Gap Pelayanan Publik",
    "Standar Pengambilan Keputusan",
    "Rata-rata Integritas",
    // Far from every name, or equally near two.
    "Pengembangan Karier",
    "Pelayanan",
    "Kolom 7",
  ];
  it.each(notCompetencies)("does not read %j as a competency", (header) => {
    expect(matchCompetency(header)).toBeNull();
  });
});

describe("the steps of header matching", () => {
  it("says which step read a header: name, code or typo", () => {
    expect(readCompetencyHeader("Pengambilan Keputusan")).toEqual({ code: "PK", step: "name" });
    expect(readCompetencyHeader("pdo")).toEqual({ code: "PDOL", step: "code" });
    expect(readCompetencyHeader("PENGEMBALIAN_KEPUTUSAN")).toEqual({ code: "PK", step: "typo" });
  });

  it("allows one edit per six letters, at most three, and none under six", () => {
    expect([3, 5, 6, 11, 12, 18, 40].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it("knows totals and averages, and tells known headers from those it does not understand", () => {
    expect(
      ["nilai_kom", "Jumlah", "TOTAL NILAI", "rata2", "Rerata"].map(isAggregateHeader)
    ).toEqual([true, true, true, true, true]);
    expect(isAggregateHeader("Komunikasi")).toBe(false);
    expect(
      ["No", "NIP", "Gol", "kom", "Kategori", "Capaian Kompetensi"].every(headerUnderstood)
    ).toBe(true);
    expect(["pdx", "peng_diri", "Kolom 7"].some(headerUnderstood)).toBe(false);
  });
});

describe("matchName (technical competencies)", () => {
  const names = ["Perencanaan Anggaran", "Pengelolaan Arsip"];
  it("matches exact names ignoring case and spacing, and one-letter typos", () => {
    expect(matchName("PERENCANAAN  ANGGARAN", names)).toBe("Perencanaan Anggaran");
    expect(matchName("Pengelolaan Arsp", names)).toBe("Pengelolaan Arsip");
    expect(matchName("Pengadaan Barang", names)).toBeNull();
  });
});
