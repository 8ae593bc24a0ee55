// The spreadsheet host: requests, calculation, start-up, the self-test.
// Codes and their typed parameters; the catalogues are host.id.ts and host.en.ts.
import type { ExcelHint, PrintMissing } from "../params";

/** What one feature of the self-test gave (src/excel/selfTest.ts). */
export type SelfTestOutcome =
  /** Written without complaint; `checked`: and read back as written. `separator`: getRanges took only ";". */
  | { status: "ok"; checked: boolean; separator?: ";" }
  /** Excel refused the call: its error code and text (with where, when Excel said). */
  | { status: "refused"; code: string; detail: string }
  /** Accepted, but reading it back gave something else. */
  | { status: "differs"; got: string; want: string }
  /** This Excel lacks the requirement set, so it was not tried. */
  | { status: "unsupported"; api: string };

export interface HostMessageParams {
  /** What to do about a refusal caused by the state of Excel's window (appended to errors). */
  "excel-hint": { hint: ExcelHint };
  /** The final request (calculate, read back) failed: the report stands, totals may be stale. */
  "excel-calculate-failed": { detail: string; hint?: ExcelHint };
  /** Formula results read back after calculating differ from what the plan computed. */
  "excel-formula-mismatch": {
    sheet: string;
    cells: { address: string; got: string; want: string }[];
  };
  /** Print settings read back after writing that Excel did not apply. */
  "excel-print-not-applied": { sheet: string; missing: PrintMissing[]; pagesWide: number };
  /** One row of the self-test's table: what became of the feature. */
  "self-test-outcome": SelfTestOutcome;
  /** The self-test could not add its scratch sheet: nothing was tried. */
  "self-test-no-sheet": { detail: string; hint?: ExcelHint };
  /** The scratch sheet could not be deleted afterwards: the user deletes it. */
  "self-test-sheet-left": { sheet: string; detail: string };
}
