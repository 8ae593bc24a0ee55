// The invariant checker must catch what it claims to: each case breaks one rule of a sound sheet.
import type { SheetModel } from "../../src/report/model";
import { formulaRefs, reportProblems, sheetProblems } from "../../src/report/invariants";

function sound(): SheetModel {
  return {
    name: "Contoh",
    kind: "summary",
    values: [
      ["Nama", "JP", ""],
      ["A", 2, ""],
      ["B", 3, ""],
      ["Total", 5, ""],
    ],
    formulas: [{ row: 3, col: 1, formula: "=SUM(B2:B3)" }],
    styles: [{ rect: { top: 0, left: 0, bottom: 0, right: 2 }, style: { fill: "#D9E1F2" } }],
    merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
    columnWidths: [20, 8, 8],
    rowHeights: [{ row: 0, height: 20 }],
    conditionalFormats: [
      { kind: "dataBar", rect: { top: 1, left: 1, bottom: 2, right: 1 }, color: "#F8696B" },
    ],
    tables: [],
    charts: [
      {
        kind: "barClustered",
        title: "JP",
        categories: { top: 1, left: 0, bottom: 2, right: 0 },
        series: [{ name: "JP", values: { top: 1, left: 1, bottom: 2, right: 1 } }],
        anchor: { top: 0, left: 4, bottom: 10, right: 9 },
      },
    ],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, rowBreaks: [2] },
  };
}

describe("sheetProblems", () => {
  it("finds nothing wrong with a sound sheet", () => {
    expect(sheetProblems(sound())).toEqual([]);
  });

  const cases: [string, (s: SheetModel) => void, RegExp][] = [
    ["a ragged row", (s) => s.values[1].pop(), /row 2 has 2 cells/],
    ["an undefined value", (s) => (s.values[1][2] = undefined as never), /C2 holds undefined/],
    ["a null value", (s) => (s.values[1][2] = null), /C2 holds null/],
    ["a boolean", (s) => (s.values[1][2] = true), /only strings and numbers/],
    ["a long name", (s) => (s.name = "x".repeat(32)), /1–31 characters/],
    ["a forbidden character", (s) => (s.name = "Rekap/2027"), /forbids/],
    [
      "overlapping merges",
      (s) => s.merges.push({ top: 2, left: 2, bottom: 3, right: 2 }),
      /overlaps merge/,
    ],
    ["a value hidden by a merge", (s) => (s.values[3][2] = "x"), /inside merge .* holds "x"/],
    [
      "a merge outside",
      (s) => s.merges.push({ top: 4, left: 0, bottom: 5, right: 0 }),
      /outside the sheet/,
    ],
    [
      "overlapping styles",
      (s) => s.styles.push({ rect: { top: 0, left: 2, bottom: 1, right: 2 }, style: {} }),
      /overlap/,
    ],
    ["a style outside", (s) => (s.styles[0].rect.right = 3), /outside the sheet/],
    ["a bad colour", (s) => (s.styles[0].style.fill = "red"), /not #RRGGBB/],
    ["a formula outside the sheet", (s) => (s.formulas[0].formula = "=SUM(B2:B9)"), /B9, outside/],
    ["a circular formula", (s) => (s.formulas[0].formula = "=SUM(B2:B4)"), /own cell/],
    ["a formula without its value", (s) => (s.values[3][1] = ""), /no computed value/],
    [
      "a conditional format outside",
      (s) => (s.conditionalFormats[0].rect.bottom = 4),
      /conditional format 0 .* outside/,
    ],
    [
      "a chart series on other rows",
      (s) => (s.charts[0].series[0].values = { top: 1, left: 1, bottom: 3, right: 1 }),
      /rows differ/,
    ],
    ["a page break outside", (s) => (s.print.rowBreaks = [9]), /row break 9/],
    ["a frozen pane beyond the sheet", (s) => (s.freeze = { rows: 9, cols: 0 }), /freeze rows 9/],
    [
      "a table over a merge",
      (s) =>
        s.tables.push({ name: "T1", rect: { top: 0, left: 0, bottom: 3, right: 2 }, style: "x" }),
      /contains merge/,
    ],
    [
      "a table with a blank header",
      (s) =>
        s.tables.push({ name: "T1", rect: { top: 0, left: 0, bottom: 2, right: 2 }, style: "x" }),
      /non-empty text/,
    ],
    [
      "a table named like a cell",
      (s) =>
        s.tables.push({ name: "AB12", rect: { top: 0, left: 0, bottom: 2, right: 1 }, style: "x" }),
      /not a valid Excel name/,
    ],
  ];
  it.each(cases)("reports %s", (_, breakIt, message) => {
    const s = sound();
    breakIt(s);
    const problems = sheetProblems(s);
    expect(problems.some((p) => message.test(p))).toBe(true);
  });
});

describe("reportProblems", () => {
  it("reports two sheets with the same name, ignoring case", () => {
    const a = sound();
    const b = { ...sound(), name: "CONTOH" };
    expect(reportProblems({ sheets: [a, b] })).toContain("two sheets share a name");
  });
});

describe("formulaRefs", () => {
  it("reads references but not function names, strings or other sheets", () => {
    expect(formulaRefs('=IF(LOG10(A1)>0,"B7",Data!C3)+$D$4+SUM(E2:E5)')).toEqual([
      { row: 0, col: 0 },
      { row: 3, col: 3 },
      { row: 1, col: 4 },
      { row: 4, col: 4 },
    ]);
  });
});
