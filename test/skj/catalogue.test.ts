import { COMPETENCIES, LEVEL_NAMES, matchCompetency, matchName } from "../../src/skj/catalogue";
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
  ];
  it.each(notCompetencies)("does not read %j as a competency", (header) => {
    expect(matchCompetency(header)).toBeNull();
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
