// The pane's budget ceiling ("Pagu anggaran") reaches the run as --anggaran does (docs/domain.md §13).
import { defaultOptions, optionProblems, parseOptions } from "../../src/taskpane/options";

const TODAY = new Date(2026, 10, 22);

describe("the pane's budget ceiling", () => {
  it("passes the ceiling typed as people write rupiah", () => {
    for (const typed of ["100000000", "100.000.000", "Rp 100.000.000", "rp100.000.000"]) {
      const parsed = parseOptions({ ...defaultOptions(TODAY), budgetCeiling: typed }, TODAY);
      expect(parsed.ok && parsed.run.budgetCeiling).toBe(100_000_000);
    }
  });

  it("sets no ceiling when blank", () => {
    const parsed = parseOptions(defaultOptions(TODAY), TODAY);
    expect(parsed.ok && "budgetCeiling" in parsed.run).toBe(false);
  });

  it("marks the field when the text is not an amount", () => {
    const draft = { ...defaultOptions(TODAY), budgetCeiling: "seratus juta" };
    const parsed = parseOptions(draft, TODAY);
    expect(parsed.ok).toBe(false);
    expect(optionProblems(draft, TODAY).budgetCeiling).toBeDefined();
  });
});
