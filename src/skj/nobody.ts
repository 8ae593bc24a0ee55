// Why a run that found a table planned nobody, for the CLI's exit code 3 and the pane's message: a clerk
// (or a script) must be able to tell an empty template from a success.
import { Message, msg } from "./messages/params";
import type { NobodyReason } from "./messages/areas/files.params";
import type { Issue, PlanResult } from "./types";

/**
 * The first error of each row of the table's own sheet, in row order: the rows a plan leaves out for bad
 * data (the plan sheet names them, the pane counts them, the source line counts those nobody was read from).
 */
export function tableRowErrors(plan: Pick<PlanResult, "issues" | "source">): Issue[] {
  const first = new Map<number, Issue>();
  for (const i of plan.issues)
    if (i.severity === "error" && i.row > 0 && i.sheet === plan.source.sheet && !first.has(i.row))
      first.set(i.row, i);
  return [...first.values()].sort((a, b) => a.row - b.row);
}

/** The reason nobody was planned; null when somebody was. */
export function nobodyReason(plan: PlanResult, unitsChosen: boolean): NobodyReason | null {
  if (plan.employees.length > 0) return null;
  const errorRows = new Set(
    plan.issues.filter((i) => i.severity === "error" && i.row > 0).map((i) => i.row)
  );
  if (unitsChosen) return "units";
  if (errorRows.size > 0) return "errors";
  if (plan.unassessedRows.length > 0) return "unassessed";
  // A table-level error (no competency columns) without row errors still leaves nobody to plan.
  return plan.issues.some((i) => i.severity === "error") ? "mapping" : "no-rows";
}

/** The message saying why nobody was planned; null when somebody was. */
export function nobodyMessage(
  plan: PlanResult,
  unitsChosen: boolean,
  front: "cli" | "pane"
): Message | null {
  const reason = nobodyReason(plan, unitsChosen);
  if (reason === null) return null;
  const errorRows = new Set(
    plan.issues.filter((i) => i.severity === "error" && i.row > 0).map((i) => i.row)
  ).size;
  return msg("nobody-planned", {
    sheet: plan.source.sheet,
    reason,
    unassessed: plan.unassessedRows.length,
    errorRows,
    front,
  });
}
