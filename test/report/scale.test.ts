// Large plans: the number of formatting operations a renderer must run grows with the employees, by a
// small constant (counts only; speed is measured outside the tests).
import { buildReport } from "../../src/report/buildReport";
import { MAX_ROW_BREAKS } from "../../src/report/planSheet";
import { largeWorkbook, planOf, REPORT_OPTIONS } from "./fixtures";
import { expectValidReport } from "./modelInvariants";
import type { SheetModel } from "../../src/report/model";

/** Rows naming the employee atop a page their block runs onto. */
const continuationRows = (sheet: SheetModel) =>
  sheet.values.filter((row) => String(row[0]).startsWith("(lanjutan) ")).length;

function planSheetFor(n: number) {
  const plan = planOf(largeWorkbook(n));
  expect(plan.employees).toHaveLength(n);
  const model = buildReport(plan, REPORT_OPTIONS);
  return { plan, model, sheet: model.sheets[0] };
}

describe("a plan for 1,000 employees", () => {
  const big = planSheetFor(1000);
  const half = planSheetFor(500);

  it("keeps every invariant", () => {
    expectValidReport(big.model);
  });

  it("needs at most 16 style ranges per employee and 3 per continuation row, growing in proportion", () => {
    // A continuation row (docs/domain.md §14.1) restyles its first cell, cutting one column run in three.
    const continued = continuationRows(big.sheet);
    expect(continued).toBeGreaterThan(0);
    const perEmployee = (big.sheet.styles.length - 3 * continued) / 1000;
    // 16: the number-of-needs cell has its own format ("3 kompetensi" / "Tidak ada", docs/domain.md §22).
    expect(perEmployee).toBeLessThanOrEqual(16.1);
    // Continuation rows stop where Excel's manual page breaks do, so they are left out of the proportion.
    const own = (sheet: SheetModel) => sheet.styles.length - 3 * continuationRows(sheet);
    const ratio = own(big.sheet) / own(half.sheet);
    expect(ratio).toBeGreaterThan(1.95);
    expect(ratio).toBeLessThan(2.05);
    // Far fewer ranges than styled cells: formatting is by range, not by cell.
    const rows = big.sheet.values.length;
    expect(own(big.sheet)).toBeLessThan(rows * 1.1);
  });

  it("merges only identity values, the total label and continuation rows: 7 per employee, whatever their needs", () => {
    // Merges cost Office.js a request each, so competency groups are not merged down.
    const merges = big.sheet.merges.length - continuationRows(big.sheet);
    expect(merges).toBeLessThanOrEqual(7 * 1000 + 20);
    expect(merges).toBeGreaterThanOrEqual(7 * 1000);
  });

  it("keeps the summary sheet the same size whatever the number of employees", () => {
    expect(big.model.sheets[1].styles.length).toBe(half.model.sheets[1].styles.length);
  });
});

describe("a plan too long for Excel's manual page breaks", () => {
  it("writes at most 1,000 of them (Excel keeps 1,026 a sheet) and lets Excel paginate the rest", () => {
    const { sheet } = planSheetFor(1800);
    expect(sheet.print.rowBreaks!.length).toBe(MAX_ROW_BREAKS);
    const last = sheet.print.rowBreaks![MAX_ROW_BREAKS - 1];
    expect(last).toBeLessThan(sheet.values.length);
  });
});
