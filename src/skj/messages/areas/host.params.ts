// The spreadsheet host: requests, calculation, start-up, the self-test.
// Codes and their typed parameters; the catalogues are host.id.ts and host.en.ts.
import type { ExcelHint, PrintMissing } from "../params";

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
}
