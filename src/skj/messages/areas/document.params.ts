// The printed plan (docs/domain.md §14): who signs it. Codes and their typed parameters; the catalogues are
// document.id.ts and document.en.ts.
import type { CategoryBound } from "./sheets.params";

export interface DocumentMessageParams {
  /** The signature block found under the results table signs the plan too. */
  "signer-found": { title: string; name: string; address: string };
  /** The plan's header: how to read it, in words; the formulas go in the legend at the end. */
  "plan-plain-note": {
    tolerance: number;
    bands: { category: string; bound: CategoryBound }[];
    jpTarget: number;
  };
  /** Heading of the legend at the end of the plan and the summary. */
  "plan-legend-title": Record<string, never>;
  /** The levels 1–5 of PermenPANRB 38/2017. */
  "plan-level-key": Record<string, never>;
  /** Standards taken from the SKJ sheet are shaded on the plan. */
  "plan-skj-mark": { sheet: string };
}
