// The model's invariants live in src/report/invariants.ts (lowering checks them too); tests fail on them here.
import type { ReportModel, SheetModel } from "../../src/report/model";
import { reportProblems, sheetProblems } from "../../src/report/invariants";

export * from "../../src/report/invariants";

export function expectValidSheet(sheet: SheetModel): void {
  expect(sheetProblems(sheet)).toEqual([]);
}

export function expectValidReport(model: ReportModel): void {
  expect(reportProblems(model)).toEqual([]);
}
