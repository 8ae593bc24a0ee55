import { parseNumber, readNip, readPercentOrRatio, readScore } from "../../src/skj/cells";
import { renderMessage } from "../../src/skj/messages";

describe("readScore", () => {
  it.each([
    [3, 3],
    [2.5, 2.5],
    ["3", 3],
    ["2,5", 2.5],
    ["3 ", 3],
    [" 3.0", 3],
    ["3,0", 3],
    ["4\u00a0", 4],
    [1, 1],
    [5, 5],
  ])("reads %j as %d", (value, expected) => {
    expect(readScore(value)).toEqual({ score: expected });
  });

  it.each([
    [null, /kosong/],
    ["", /kosong/],
    ["  ", /kosong/],
    [0, /di luar rentang 1–5/],
    [5.5, /di luar rentang 1–5/],
    [1e20, /di luar rentang/],
    ["III", /angka Romawi; tulis 3/],
    ["baik", /bukan angka/],
    [true, /TRUE/],
    [new Date(2026, 0, 1), /tanggal/],
    [{ error: "#N/A" }, /galat #N\/A/],
    [{ error: "#DIV/0!" }, /#DIV\/0!/],
  ])("rejects %j with a message", (value, message) => {
    const r = readScore(value as never);
    expect("problem" in r ? renderMessage(r.problem) : "").toMatch(message);
  });
});

describe("parseNumber", () => {
  it("reads decimal commas and thousands dots, not other text", () => {
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("87,04")).toBe(87.04);
    expect(parseNumber("-0,5")).toBe(-0.5);
    expect(parseNumber("3 a")).toBeNull();
    expect(parseNumber(Number.NaN)).toBeNull();
  });
});

describe("readNip", () => {
  it("keeps NIPs as text without spaces, dots, apostrophes or labels", () => {
    expect(readNip("198501012010011001")).toEqual({ nip: "198501012010011001" });
    expect(readNip("19850101 201001 1 001")).toEqual({ nip: "198501012010011001" });
    expect(readNip("'198501012010011001")).toEqual({ nip: "198501012010011001" });
    expect(readNip("19850101.201001.1.001")).toEqual({ nip: "198501012010011001" });
    expect(readNip("NIP. 198501012010011001")).toEqual({ nip: "198501012010011001" });
    expect(readNip(null)).toEqual({ nip: "" });
  });

  it("warns that an 18-digit NIP stored as a number has lost its last digits", () => {
    const r = readNip(Number("198501012010011001"));
    expect(r.nip).toHaveLength(18);
    expect(r.precisionLost).toBe(true);
    expect(readNip(123456789)).toEqual({ nip: "123456789" });
  });
});

describe("readPercentOrRatio", () => {
  it("reads ratios, percent numbers and percent text", () => {
    expect(readPercentOrRatio(0.87)).toBe(0.87);
    expect(readPercentOrRatio(1.12)).toBe(1.12);
    expect(readPercentOrRatio(87.04)).toBeCloseTo(0.8704, 10);
    expect(readPercentOrRatio("87,04%")).toBeCloseTo(0.8704, 10);
    expect(readPercentOrRatio("87,04")).toBeCloseTo(0.8704, 10);
    expect(readPercentOrRatio("0,9")).toBeCloseTo(0.9, 10);
    expect(readPercentOrRatio("-")).toBeNull();
    expect(readPercentOrRatio({ error: "#N/A" })).toBeNull();
  });
});
