// Large plans: the number of formatting operations a renderer must run grows with the employees, by a
// small constant (counts only; speed is measured outside the tests).
import { buildReport } from "../../src/report/buildReport";
import { largeWorkbook, planOf, REPORT_OPTIONS } from "./fixtures";
import { expectValidReport } from "./modelInvariants";

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

  it("needs at most 15 style ranges per employee, growing in proportion", () => {
    const perEmployee = big.sheet.styles.length / 1000;
    expect(perEmployee).toBeLessThanOrEqual(15.1);
    const ratio = big.sheet.styles.length / half.sheet.styles.length;
    expect(ratio).toBeGreaterThan(1.95);
    expect(ratio).toBeLessThan(2.05);
    // Far fewer ranges than styled cells: formatting is by range, not by cell.
    const rows = big.sheet.values.length;
    expect(big.sheet.styles.length).toBeLessThan(rows * 1.1);
  });

  it("merges only identity cells and competency cells: about 25 per employee", () => {
    const groups = big.plan.employees.reduce((n, e) => {
      const comps = new Set(e.plan.activities.map((a) => `${a.purpose}:${a.competency}`));
      return n + comps.size;
    }, 0);
    // 7 identity merges + 1 total label per employee, 5 per competency group, plus the title block,
    // the signature block and single-activity groups that need no merge.
    expect(big.sheet.merges.length).toBeLessThanOrEqual(8 * 1000 + 5 * groups + 20);
  });

  it("keeps the summary sheet the same size whatever the number of employees", () => {
    expect(big.model.sheets[1].styles.length).toBe(half.model.sheets[1].styles.length);
  });
});
