// The vocabulary registries themselves: their contents against docs/domain.md, and what the domain derives from them.
import { DEV_METHOD_CODES, DEV_METHODS } from "../../src/skj/registry/devMethods";
import { JPM_METHOD_IDS, parseJpmMethod } from "../../src/skj/registry/jpmMethods";
import {
  REPORT_SHEETS,
  REPORT_SHEET_KINDS,
  reportSheetName,
} from "../../src/skj/registry/reportSheets";
import { parseScheme, SCHEMES, thresholdValues } from "../../src/skj/registry/schemes";
import { method, METHODS } from "../../src/skj/methods";
import {
  canonicalCategory,
  category,
  CATEGORY_NAMES,
  DEFAULT_THRESHOLDS,
  schemeOfCategory,
} from "../../src/skj/scoring";

describe("JPM method registry", () => {
  it("keeps the existing inference order and adds capped-total after it", () => {
    expect(JPM_METHOD_IDS).toEqual(["sum", "capped", "mean", "capped-total"]);
  });

  it("reads users' words for a method, and nothing else", () => {
    expect(parseJpmMethod("Rata-rata")).toBe("mean");
    expect(parseJpmMethod("ratarata")).toBe("mean");
    expect(parseJpmMethod("dibatasi")).toBe("capped");
    expect(parseJpmMethod("Capped Total")).toBe("capped-total");
    expect(parseJpmMethod("total dibatasi 100%")).toBe("capped-total");
    expect(parseJpmMethod("median")).toBeNull();
    expect(parseJpmMethod("")).toBeNull();
  });
});

describe("scheme registry", () => {
  it("holds the thresholds of docs/domain.md §4 as defaults", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      pemetaan: { optimal: 0.9, cukup: 0.78 },
      pengisian: { ms: 0.8, mms: 0.68 },
    });
  });

  it.each(SCHEMES.map((s) => [s.id, s] as const))(
    "%s: one category more than thresholds, thresholds falling, each the bound of its category",
    (id, s) => {
      expect(s.categories.length).toBe(s.thresholds.length + 1);
      const limits = thresholdValues(id, DEFAULT_THRESHOLDS);
      expect([...limits].sort((a, b) => b - a)).toEqual(limits);
      limits.forEach((limit, i) => {
        expect(category(limit, id)).toBe(s.categories[i].code);
        expect(category(limit - 0.001, id)).toBe(s.categories[i + 1].code);
      });
      expect(CATEGORY_NAMES[id]).toEqual(s.categories.map((c) => c.code));
      for (const c of s.categories) {
        expect(schemeOfCategory(c.code.toUpperCase())).toBe(id);
        if ("long" in c) {
          expect(canonicalCategory(c.long.toLowerCase())).toBe(c.code);
          expect(schemeOfCategory(c.long)).toBe(id);
        }
      }
      for (const w of s.otherWords) expect(schemeOfCategory(w)).toBe(id);
      expect(parseScheme(s.name.id)).toBe(id);
    }
  );

  it("does not canonicalise words outside the categories (Tidak Optimal stays as written)", () => {
    expect(canonicalCategory("Tidak Optimal")).toBe("Tidak Optimal");
    expect(schemeOfCategory("Baik")).toBeNull();
  });
});

describe("development method registry", () => {
  it("holds LAN's KL01–KL11 and NKL01–NKL12 and the agencies' KL12 and NKL13 (lainnya)", () => {
    const range = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);
    expect(DEV_METHOD_CODES).toEqual([...range("KL", 12), ...range("NKL", 13)]);
    expect(DEV_METHODS.filter((m) => m.basis !== "Peraturan LAN 10/2018").map((m) => m.id)).toEqual(
      ["KL12", "NKL13"]
    );
  });

  it("credits the JP of docs/domain.md §8 to the methods with a fixed figure", () => {
    const jp = Object.fromEntries(DEV_METHODS.map((m) => [m.id, m.jp]));
    expect(jp).toMatchObject({ KL06: 4, KL07: 5, NKL01: 2, NKL03: 3, NKL05: 20, NKL12: 20 });
  });

  it("is what plans name a method by", () => {
    expect(METHODS.map((m) => m.code)).toEqual([...DEV_METHOD_CODES]);
    expect(method("NKL11")).toMatchObject({ name: "Bimbingan di tempat kerja", track: 70 });
    expect(() => method("NKL99")).toThrow(RangeError);
  });
});

describe("report sheet registry", () => {
  it("names the sheets of a year, within Excel's 31 characters", () => {
    expect(
      Object.fromEntries(REPORT_SHEET_KINDS.map((k) => [k, reportSheetName(k, 2027)]))
    ).toEqual({
      plan: "Rencana Pengembangan 2027",
      summary: "Rekap Kebutuhan 2027",
      programmes: "AKPK 2027",
      standards: "Standar Kompetensi 2027",
      target: "Kesenjangan Jabatan Target 2027",
      talent: "Pemetaan Talenta 2027",
      idp: "IDP 2027",
      progress: "Progres 2027",
      issues: "Catatan Data",
      live: "Data Rumus 2027",
    });
    for (const kind of REPORT_SHEET_KINDS) {
      expect(reportSheetName(kind, 9999).length).toBeLessThanOrEqual(31);
    }
  });

  it("writes the issues sheet only when there are issues", () => {
    expect(REPORT_SHEETS.filter((s) => s.onlyWithIssues).map((s) => s.id)).toEqual(["issues"]);
  });
});
