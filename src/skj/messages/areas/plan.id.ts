// Bahasa Indonesia texts of plan.params.ts.
import type { AreaCatalogue } from "../params";
import type { PlanMessageParams } from "./plan.params";

export const planId: AreaCatalogue<PlanMessageParams> = {};
