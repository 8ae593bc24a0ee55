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

/** Texts of the AKPK sheet shared with its former form (the rest: akpk.params.ts). */
export interface PlanSheetMessageParams {
  "programme-status": { deferred: boolean };
  "programme-month": { month: number; months: number };
  "programme-target-note": { columnFound: boolean };
  "programme-total-label": Record<string, never>;
}
