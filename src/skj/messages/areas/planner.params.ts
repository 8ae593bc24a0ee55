// The pane's planning worker: the plan and its report model are made off the page. Codes and their typed
// parameters; the catalogues are planner.id.ts and planner.en.ts.

export interface PlannerMessageParams {
  /** The worker that plans stopped with an error (a crash, not a refusal of the data). */
  "planner-crashed": { detail: string };
  /** Planning ran longer than its limit and was stopped. */
  "planner-timeout": { minutes: number };
  /** The worker answered with something the page does not know. */
  "planner-unknown-reply": Record<string, never>;
}
