// The agency's plan: programmes, providers, schedule, budget, credited JP.
// Codes and their typed parameters; the catalogues are plan.id.ts and plan.en.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlanMessageParams {}
