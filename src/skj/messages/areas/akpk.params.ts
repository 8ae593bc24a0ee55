// The AKPK sheet (Kebutuhan dan Rencana Pengembangan Kompetensi), the workbook's Biaya sheet and the
// grouping of needs into programmes. Codes and their typed parameters; catalogues akpk.id.ts and akpk.en.ts.
import type { CostBasis, CostSource } from "../../registry/costs";

export type AkpkColumn =
  | "no"
  | "competency"
  | "targets"
  | "type"
  | "provider"
  | "schedule"
  | "curriculum"
  | "cost"
  | "funding"
  | "status";

export type AkpkSection = "programmes" | "individual" | "deferred" | "units" | "funding" | "costs";

export interface AkpkMessageParams {
  /** `--penyelenggara CODE=PROVIDER` names no method, no provider, or one that does not deliver the method. */
  "provider-option-invalid": { given: string; method?: string; choices: string[] };
  /** A Biaya sheet was read: the methods whose costs it set. */
  "cost-sheet-read": { sheet: string; methods: string[] };
  /** A sheet named Biaya without a method column and a cost column. */
  "cost-sheet-no-columns": { sheet: string };
  "cost-sheet-method-unknown": { value: string };
  "cost-sheet-amount-invalid": { value: string };
  "cost-sheet-basis-unknown": { value: string };
  "cost-sheet-duplicate": { method: string; firstRow: number };

  /** The sheet's texts. */
  "akpk-title": { year: number };
  "akpk-intro": {
    programmes: number;
    classroom: number;
    individual: number;
    participants: number;
    threshold: number;
    unitThreshold: number | null;
    ceiling: number | null;
  };
  "akpk-header": { column: AkpkColumn };
  "akpk-section": { section: AkpkSection };
  /** Target employees: how many, and who (NIPs or names). */
  "akpk-targets": { count: number; who: string[]; unit?: string };
  "akpk-type": {
    method: string;
    methodName: string;
    route: "klasikal" | "nonklasikal";
    jp: number;
  };
  /** What a curriculum named in the column rests on. */
  "akpk-curriculum-note": { name: string; basis: string };
  "akpk-funding": { funding: string };
  "akpk-budget-line": {
    kind: "required" | "ceiling" | "total" | "deferred";
  };
  "akpk-total-header": { what: "unit" | "funding" | "proposed" | "deferred" };
  "akpk-cost-line": {
    method: string;
    methodName: string;
    basis: CostBasis;
    amount: number;
    funding?: string;
    source: CostSource;
  };
  "akpk-more": { count: number };
  /** The pane's budget ceiling field. */
  "pane-budget-label": Record<string, never>;
  "pane-budget-hint": Record<string, never>;
  /** A method on a row that joins several, taken by some of the row's employees. */
  "akpk-type-some": { type: string; count: number };
  "akpk-none": Record<string, never>;
  "akpk-prepared": Record<string, never>;
  "akpk-approved": Record<string, never>;
}
