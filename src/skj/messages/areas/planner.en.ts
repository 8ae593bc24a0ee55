// English texts of planner.params.ts.
import type { AreaCatalogue } from "../params";
import type { PlannerMessageParams } from "./planner.params";

export const plannerEn: AreaCatalogue<PlannerMessageParams> = {
  "planner-crashed": (p) =>
    `The planner stopped with an error${p.detail ? ` (${p.detail})` : ""}. Close and reopen this pane, then try again.`,
  "planner-timeout": (p) =>
    `Making the plan took longer than ${p.minutes} minute(s) and was stopped. Try again, or plan less data (unit filter).`,
  "planner-unknown-reply": () => "The planner's reply was not understood.",
};
