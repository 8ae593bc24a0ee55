// Coded messages: one catalogue per language, one renderer, shared helpers for rows and numbers.
import {
  CATALOGUES,
  errorText,
  formatCount,
  formatNumber,
  formatPercent,
  MessageError,
  messageOf,
  msg,
  renderMessage,
  rowList,
} from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import { validate, runOptionsSchema } from "../../src/skj/schemas";
import { NINE, sheet, workbook } from "../helpers/grid";

describe("helpers", () => {
  it("name at most ten rows, then how many more, in each language", () => {
    const rows = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    expect(rowList(rows, "id")).toBe("baris 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 dan 2 lainnya");
    expect(rowList(rows, "en")).toBe("rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more");
    expect(rowList([7], "id")).toBe("baris 7");
    expect(rowList([7], "en")).toBe("row 7");
  });

  it("write numbers, percentages and counts as id-ID and en-GB do", () => {
    expect(formatNumber(-2 / 3, "id")).toBe("-0,67");
    expect(formatNumber(-2 / 3, "en")).toBe("-0.67");
    expect(formatPercent(0.8704, "id")).toBe("87,04%");
    expect(formatPercent(0.8704, "en")).toBe("87.04%");
    expect(formatCount(12345, "id")).toBe("12.345");
    expect(formatCount(12345, "en")).toBe("12,345");
  });
});

describe("catalogues", () => {
  it("cover the same codes", () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.id).sort());
  });

  it("render a message with its parameters, nested messages in the same language", () => {
    const issue = msg("score-invalid", {
      row: 9,
      column: "Komunikasi",
      address: "J9",
      problem: msg("score-out-of-range", { value: 6.5 }),
      skipped: "row",
    });
    expect(renderMessage(issue)).toBe(
      "Baris 9, kolom Komunikasi (J9): nilai 6,5 di luar rentang 1–5; baris ini tidak direncanakan."
    );
    expect(renderMessage(issue, "en")).toBe(
      "Row 9, column Komunikasi (J9): score 6.5 is outside the range 1–5; this row is not planned."
    );
  });
});

describe("engine issues", () => {
  it("carry a code and typed parameters, no text", () => {
    const out = runSkj(
      workbook(
        sheet("Data", [
          ["NIP", "Nama", "Jabatan", "Eselon", ...NINE],
          ["198001012005011001", "Ani", "Kepala Bagian", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, "x"],
        ])
      ),
      { year: 2027 }
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const issue = out.result.issues.find((i) => i.code === "score-invalid")!;
    expect(issue).not.toHaveProperty("message");
    expect(issue).toMatchObject({
      row: 2,
      address: "M2",
      params: { problem: { code: "score-not-number", params: { text: "x" } }, skipped: "row" },
    });
  });
});

describe("option problems", () => {
  it("name the field by the schema path, with the bound, in either language", () => {
    const result = validate(runOptionsSchema, { tolerance: 0.6, year: 2026.5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      { code: "option-not-integer", params: { field: "year" } },
      { code: "option-max", params: { field: "tolerance", max: 0.5 } },
    ]);
    expect(renderMessage(result.message)).toBe(
      "Tahun harus bilangan bulat; Toleransi maksimal 0,5 (50%)"
    );
    expect(renderMessage(result.message, "en")).toBe(
      "Year must be a whole number; Tolerance must be at most 0.5 (50%)"
    );
  });
});

describe("errors", () => {
  it("keep their coded message; anything else becomes an unexpected one with its text", () => {
    const coded = msg("file-empty", { file: "a.xlsx" });
    const error = new MessageError(coded);
    expect(messageOf(error)).toBe(coded);
    expect(error.message).toBe('File "a.xlsx" kosong (0 byte).');
    expect(errorText(error, "en")).toBe('File "a.xlsx" is empty (0 bytes).');
    expect(messageOf(new Error("boom"))).toEqual({
      code: "unexpected",
      params: { detail: "boom" },
    });
  });
});
