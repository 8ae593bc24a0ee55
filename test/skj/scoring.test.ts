import {
  category,
  DEFAULT_THRESHOLDS,
  gap,
  isNeed,
  jpm,
  schemeOfCategory,
} from "../../src/skj/scoring";

describe("gap", () => {
  it("is score minus standard without floating-point noise", () => {
    expect(gap(2.5, 3)).toBe(-0.5);
    expect(gap(2.3, 3)).toBe(-0.7);
    expect(gap(4, 3)).toBe(1);
  });
});

describe("isNeed with tolerance", () => {
  it("counts a need only below standard x (1 - tolerance)", () => {
    expect(isNeed(2.9, 3)).toBe(true);
    expect(isNeed(3, 3)).toBe(false);
    expect(isNeed(2.8, 3, 0.1)).toBe(false); // 2.8 >= 2.7
    expect(isNeed(2.7, 3, 0.1)).toBe(false); // exactly at the bound
    expect(isNeed(2.6, 3, 0.1)).toBe(true);
  });
});

describe("jpm", () => {
  const scores = [3, 3, 2, 4, 3, 2, 3, 3, 3];
  const flat = new Array(9).fill(3);
  const mixed = [3, 3, 3, 3, 3, 4, 4, 3, 2];

  it("sum: Σ score ÷ Σ standard, above 100% when above standard", () => {
    expect(jpm(scores, flat)).toBeCloseTo(26 / 27, 12);
    expect(jpm(new Array(9).fill(4), flat)).toBeCloseTo(4 / 3, 12);
  });

  it("mean: mean of score ÷ standard; equals sum with one standard for all nine", () => {
    expect(jpm(scores, flat, "mean")).toBeCloseTo(jpm(scores, flat, "sum"), 12);
    const expected = scores.reduce((s, v, i) => s + v / mixed[i], 0) / 9;
    expect(jpm(scores, mixed, "mean")).toBeCloseTo(expected, 12);
    expect(jpm(scores, mixed, "mean")).not.toBeCloseTo(jpm(scores, mixed, "sum"), 4);
  });

  it("capped: scores above standard count as the standard", () => {
    expect(jpm([4, 4, 2, 3, 3, 3, 3, 3, 3], flat, "capped")).toBeCloseTo(26 / 27, 12);
    expect(jpm(new Array(9).fill(5), flat, "capped")).toBe(1);
  });

  it("capped-total: Σ score ÷ Σ standard with the total capped at 100%", () => {
    // Above standard in total: 29 / 27 becomes 100%.
    expect(jpm([4, 4, 4, 3, 3, 3, 3, 3, 2], flat, "capped-total")).toBe(1);
    expect(jpm(new Array(9).fill(5), flat, "capped-total")).toBe(1);
    // At or below 100% it is the sum method's value, also with per-competency standards.
    expect(jpm(scores, flat, "capped-total")).toBeCloseTo(26 / 27, 12);
    expect(jpm(scores, mixed, "capped-total")).toBeCloseTo(26 / 28, 12);
  });

  it("capped-total differs from capped when one competency is above standard and another below", () => {
    // The surplus in INT offsets the shortfall in PB for capped-total, not for capped.
    const oneUpOneDown = [4, 3, 3, 3, 3, 3, 3, 3, 2];
    expect(jpm(oneUpOneDown, flat, "capped-total")).toBe(1);
    expect(jpm(oneUpOneDown, flat, "capped")).toBeCloseTo(26 / 27, 12);
  });

  it("rejects mismatched or empty inputs", () => {
    expect(() => jpm([1, 2], [3], "capped-total")).toThrow(RangeError);
    expect(() => jpm([], [])).toThrow(RangeError);
    expect(() => jpm([3], [0])).toThrow(RangeError);
  });
});

describe("category", () => {
  it("pemetaan: >= 90% Optimal, >= 78% Cukup Optimal, else Kurang Optimal", () => {
    expect(category(0.9)).toBe("Optimal");
    expect(category(24.3 / 27)).toBe("Optimal"); // 0.8999999999999999 is 90% to a clerk
    expect(category(0.8999)).toBe("Cukup Optimal");
    expect(category(0.78)).toBe("Cukup Optimal");
    expect(category(0.7799)).toBe("Kurang Optimal");
    expect(category(1.2)).toBe("Optimal");
  });

  it("pengisian: >= 80% MS, >= 68% MMS, else KMS", () => {
    expect(category(0.8, "pengisian")).toBe("MS");
    expect(category(0.79, "pengisian")).toBe("MMS");
    expect(category(0.68, "pengisian")).toBe("MMS");
    expect(category(0.67, "pengisian")).toBe("KMS");
  });

  it("follows custom thresholds", () => {
    const t = { ...DEFAULT_THRESHOLDS, pemetaan: { optimal: 1, cukup: 0.8 } };
    expect(category(0.95, "pemetaan", t)).toBe("Cukup Optimal");
  });

  it("recognises which scheme a written category belongs to", () => {
    expect(schemeOfCategory("Cukup Optimal")).toBe("pemetaan");
    expect(schemeOfCategory("MMS")).toBe("pengisian");
    expect(schemeOfCategory("Masih Memenuhi Syarat")).toBe("pengisian");
    expect(schemeOfCategory("Baik")).toBeNull();
  });
});
