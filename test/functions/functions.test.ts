// The custom functions called exactly as Excel calls them: matrix parameters arrive as 2-D arrays
// ([["Administrator"]] for one cell or a typed grade), scalars as they are, errors as CustomFunctions.Error.
import * as fns from "../../src/functions/functions";
import { jpm as jpmOf } from "../../src/skj/scoring";

class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
};

beforeAll(() => {
  // What the Office runtime provides; the functions must not need it at import time (they were imported above).
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode,
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

function excelError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    const err = e as FakeCustomFunctionError;
    return { code: err.code, message: err.message };
  }
  throw new Error("expected the function to fail");
}

const row = (...values: unknown[]) => [values];
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("=SKJ.GAP(score, jobLevel, [competency])", () => {
  it("is score minus the grade's standard", () => {
    expect(fns.gap(2.5, "Administrator")).toBe(-0.5);
    expect(fns.gap("2,5", "Eselon IV.a")).toBe(0.5);
    expect(fns.gap(4, "JPT Pratama", "Integritas")).toBe(0);
    expect(fns.gap(3, 5)).toBe(-2);
    expect(fns.gap(3.3, "III-b")).toBe(0.3);
  });

  it("fails like Excel on bad input", () => {
    expect(excelError(() => fns.gap(6, "Administrator")).code).toBe("#NUM!");
    expect(excelError(() => fns.gap("baik", "Administrator"))).toEqual({
      code: "#VALUE!",
      message: 'Nilai "baik" bukan angka.',
    });
    expect(excelError(() => fns.gap(3, "Golongan III/a"))).toEqual({
      code: "#N/A",
      message: 'Jenjang "Golongan III/a" tidak dikenal.',
    });
    expect(excelError(() => fns.gap(3, "Administrator", "Kepemimpinan")).code).toBe("#N/A");
    expect(excelError(() => fns.gap("", "Administrator")).message).toBe("Nilai kosong.");
  });
});

describe("=SKJ.STANDAR(jobLevel, [competency])", () => {
  it("gives the default level of a grade in any spelling", () => {
    expect(fns.standar("Pelaksana")).toBe(1);
    expect(fns.standar("Pengawas")).toBe(2);
    expect(fns.standar("III.a")).toBe(3);
    expect(fns.standar("Jabatan Pimpinan Tinggi Pratama", "KOM")).toBe(4);
    expect(fns.standar("JF Ahli Madya")).toBe(4);
    expect(fns.standar(2)).toBe(2);
    expect(excelError(() => fns.standar(7)).code).toBe("#NUM!");
  });
});

describe("=SKJ.JPM(scores, jobLevelOrStandards, [method])", () => {
  const scores = [3, 3, 2, 4, 3, 2, 3, 3, 3];

  it("takes a row or a column of nine scores and a grade as Excel passes it", () => {
    expect(fns.jpm(row(...scores), [["Administrator"]])).toBeCloseTo(26 / 27, 12);
    expect(fns.jpm(col(...scores), [[3]])).toBeCloseTo(26 / 27, 12);
    expect(fns.jpm(row(...scores.map(String)), [["Eselon III.a"]])).toBeCloseTo(26 / 27, 12);
  });

  it("takes a same-shaped range of standards and a method", () => {
    const standards = [3, 3, 3, 3, 3, 4, 4, 3, 2];
    expect(fns.jpm(row(...scores), row(...standards))).toBeCloseTo(26 / 28, 12);
    expect(fns.jpm(row(...scores), row(...standards), "mean")).toBeCloseTo(
      jpmOf(scores, standards, "mean"),
      12
    );
    expect(fns.jpm(row(...scores), row(...standards), "capped")).toBeCloseTo(
      jpmOf(scores, standards, "capped"),
      12
    );
    expect(fns.jpm(row(4, 4, 4, 4, 4, 4, 4, 4, 4), [["Administrator"]])).toBeCloseTo(4 / 3, 12);
  });

  it("fails on the wrong number of scores or a bad method", () => {
    expect(excelError(() => fns.jpm(row(3, 3, 3), [["Administrator"]])).code).toBe("#VALUE!");
    expect(excelError(() => fns.jpm(row(...scores), row(3, 3))).code).toBe("#VALUE!");
    expect(excelError(() => fns.jpm(row(...scores), [["Administrator"]], "median")).code).toBe(
      "#VALUE!"
    );
    expect(
      excelError(() => fns.jpm(row(3, 3, 3, 3, 3, 3, 3, 3, 9), [["Administrator"]])).code
    ).toBe("#NUM!");
    expect(
      excelError(() => fns.jpm(row(3, 3, 3, 3, 3, 3, 3, 3, ""), [["Administrator"]])).code
    ).toBe("#VALUE!");
  });
});

describe("=SKJ.KATEGORI(jpm, [scheme])", () => {
  it("uses the pemetaan words or the pengisian codes", () => {
    expect(fns.kategori(0.9)).toBe("Optimal");
    expect(fns.kategori(0.85)).toBe("Cukup Optimal");
    expect(fns.kategori("77,9%")).toBe("Kurang Optimal");
    expect(fns.kategori(0.85, "pengisian")).toBe("MS");
    expect(fns.kategori(0.7, "pengisian")).toBe("MMS");
    expect(fns.kategori(0.5, "pengisian")).toBe("KMS");
    expect(excelError(() => fns.kategori(0.5, "seleksi")).code).toBe("#VALUE!");
  });
});

describe("=SKJ.LEVEL(level)", () => {
  it("names the five levels", () => {
    expect([1, 2, 3, 4, 5].map((n) => fns.level(n))).toEqual([
      "Paham",
      "Dasar",
      "Menengah",
      "Mumpuni",
      "Ahli",
    ]);
    expect(fns.level([[3]])).toBe("Menengah");
    expect(excelError(() => fns.level(2.5)).code).toBe("#NUM!");
    expect(excelError(() => fns.level("tinggi")).code).toBe("#VALUE!");
  });
});

describe("=SKJ.PRIORITAS(scores, jobLevelOrStandards, [competencies])", () => {
  it("spills the competencies below standard, largest shortfall first, ties in catalogue order", () => {
    expect(fns.prioritas(row(2, 3, 2, 3, 1.5, 3, 2.5, 3, 3), [["Administrator"]])).toEqual([
      ["Pelayanan Publik", -1.5],
      ["Integritas", -1],
      ["Komunikasi", -1],
      ["Mengelola Perubahan", -0.5],
    ]);
  });

  it("follows a same-shaped range of competency headers in any order", () => {
    const headers = row("KOM", "Integritas", "PB");
    expect(fns.prioritas(row(2, 2, 1), [["Administrator"]], headers)).toEqual([
      ["Perekat Bangsa", -2],
      ["Integritas", -1],
      ["Komunikasi", -1],
    ]);
  });

  it("says so when nothing is below standard", () => {
    expect(fns.prioritas(row(3, 3, 3, 3, 3, 3, 3, 3, 3), [[3]])).toEqual([
      ["Tidak ada kompetensi di bawah standar", ""],
    ]);
  });
});

describe("=SKJ.REKOMENDASI(competency, gap)", () => {
  it("recommends 70:20:10 activities with LAN methods and JP", () => {
    const text = fns.rekomendasi("KOM", -1);
    expect(text).toMatch(/^Komunikasi \(gap -1\)/);
    expect(text).toMatch(/NKL11/);
    expect(text).toMatch(/NKL01/);
    expect(fns.rekomendasi("Perekat Bangsa", "-2")).toMatch(/NKL02/);
    expect(excelError(() => fns.rekomendasi("Kepemimpinan", -1)).code).toBe("#N/A");
  });
});

describe("outside Excel", () => {
  it("throws an Error carrying the Excel error code when no CustomFunctions global exists", () => {
    const saved = (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    try {
      expect(() => fns.gap(9, "Administrator")).toThrow(expect.objectContaining({ code: "#NUM!" }));
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = saved;
    }
  });
});
