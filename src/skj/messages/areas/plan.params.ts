// The agency's plan: programmes, providers, schedule, budget, credited JP.
// Codes and their typed parameters; the catalogues are plan.id.ts and plan.en.ts.
export interface PlanMessageParams extends PlanSheetMessageParams {
  /** The programmes cost more than the ceiling: the ones closing least shortfall per rupiah wait a year. */
  "budget-over-ceiling": {
    ceiling: number;
    required: number;
    total: number;
    deferred: string[];
    deferredTotal: number;
  };
  /** Employees read as PPPK: their plans stop at 24 JP. */
  "pppk-capped": { count: number; ceiling: number };
}

/** Columns of the programmes and budget sheet. */
export type ProgrammeColumn =
  | "no"
  | "id"
  | "competency"
  | "method"
  | "route"
  | "participants"
  | "count"
  | "provider"
  | "month"
  | "jp"
  | "cost"
  | "funding"
  | "status";

/** Texts of the programmes and budget sheet. */
export interface PlanSheetMessageParams {
  "programme-sheet-title": { year: number; agency: string };
  "programme-sheet-intro": {
    programmes: number;
    classroom: number;
    participants: number;
    ceiling: number | null;
  };
  "programme-sheet-header": { column: ProgrammeColumn };
  "programme-budget-line": {
    kind: "required" | "ceiling" | "total" | "deferred";
    amount: number;
  };
  "programme-funding": { funding: "agency-budget" | "none" };
  "programme-status": { deferred: boolean };
  "programme-month": { month: number; months: number };
  "programme-route": { route: "klasikal" | "nonklasikal" };
  "programme-costs-title": Record<string, never>;
  "programme-cost-line": {
    method: string;
    methodName: string;
    basis: "participant-jp" | "participant" | "none";
    amount: number;
  };
  "programme-target-note": { columnFound: boolean };
  /** The line above the signer's title. */
  "programme-sign-approved": Record<string, never>;
  "programme-total-label": Record<string, never>;
}
