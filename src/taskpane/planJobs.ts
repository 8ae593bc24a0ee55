// The pane's engine work as plain functions of plain data: the preview of a mapping and the plan with its
// report model. They run in the pane's worker (hosts/workerJobs.ts), so the page stays responsive while
// 5,000 employees are planned, and in-process only where no worker exists (tests with a fake host).
// Inputs and outputs are structured-cloneable: they cross postMessage.
import { buildReport, type BuildReportOptions } from "../report/buildReport";
import type { ReportModel } from "../report/model";
import { type Message, msg } from "../skj/messages";
import { nobodyMessage, tableRowErrors } from "../skj/nobody";
import { RunOptions, runSkj } from "../skj/run";
import type {
  ChoiceSource,
  CompetencyNeed,
  Issue,
  JpmMethod,
  PlanResult,
  Scheme,
  WorkbookGrid,
} from "../skj/types";

export type Stage = "read" | "plan" | "write";

/** Stage and share of the work done (0..1), as a job reports them. */
export type StageReport = (stage: Stage, fraction?: number) => void;

/** What the current mapping gives, recomputed whenever the data, the mapping or a relevant option changes. */
export interface Preview {
  /** Employees that would be planned (every unit). */
  employees: number;
  /** Distinct data rows with at least one error (those rows are not planned). */
  rowsWithErrors: number;
  warnings: number;
  /** Every issue, sorted by row, as the engine reported them. */
  issues: Issue[];
  /** Rows of employees with no score at all (not assessed yet): not planned. */
  unassessedRows: number[];
  /** Distinct units of the employees, in sheet order. */
  units: string[];
  /** Employees per unit, for the unit filter's count. */
  unitCounts: Record<string, number>;
  scheme?: { value: Scheme; source: ChoiceSource };
  /** The nine-box: employees placed, and whether the table has a potential column of its own. */
  talent?: { placed: number; hasPerformance: boolean; hasPotential: boolean };
  jpm?: {
    method: JpmMethod;
    source: ChoiceSource;
    agreement?: { compared: number; matched: number };
  };
}

/** The plan's figures the pane shows on its result (the written sheets are added by the writer). */
export interface PlanSummary {
  year: number;
  employees: number;
  totalJp: number;
  /** Competencies with at least one employee below standard, catalogue order. */
  needs: CompetencyNeed[];
  /** Rows of the table that were not planned: with data errors, and without any score yet. */
  leftOut: { errorRows: number[]; unassessedRows: number[] };
}

export interface PreviewJob {
  grid: WorkbookGrid;
  run: RunOptions;
}

export interface PlanJob extends PreviewJob {
  report: BuildReportOptions;
  /** The user chose units: "nobody planned" then names the units as the reason. */
  unitsChosen: boolean;
}

export type PlanJobOutcome =
  | { ok: true; summary: PlanSummary; model: ReportModel }
  /** Nothing to write: no table (noTable) or nobody planned (nothing), with the reason. */
  | { ok: false; kind: "noTable" | "nothing"; message: Message };

export function summarizeIssues(issues: readonly Issue[]): {
  rowsWithErrors: number;
  warnings: number;
} {
  const errorRows = new Set<string>();
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === "error" && issue.row > 0)
      errorRows.add(`${issue.sheet}\u0000${issue.row}`);
    if (issue.severity === "warning") warnings++;
  }
  return { rowsWithErrors: errorRows.size, warnings };
}

/** The table rows a plan left out: rows with an error on the table's sheet, and rows without scores. */
export function leftOutRows(plan: PlanResult): PlanSummary["leftOut"] {
  return {
    errorRows: tableRowErrors(plan).map((i) => i.row),
    unassessedRows: [...plan.unassessedRows],
  };
}

export function previewOf(plan: PlanResult): Preview {
  const unitCounts: Record<string, number> = {};
  const units: string[] = [];
  for (const e of plan.employees) {
    if (!(e.unit in unitCounts)) {
      units.push(e.unit);
      unitCounts[e.unit] = 0;
    }
    unitCounts[e.unit]++;
  }
  return {
    employees: plan.employees.length,
    ...summarizeIssues(plan.issues),
    issues: plan.issues,
    unassessedRows: plan.unassessedRows,
    units: units.filter((u) => u !== ""),
    unitCounts,
    scheme: { value: plan.scheme, source: plan.schemeSource },
    talent: {
      placed: plan.talent.placed,
      hasPerformance: plan.talent.columns.performance !== undefined,
      hasPotential: plan.talent.columns.potential !== undefined,
    },
    jpm: {
      method: plan.jpmMethod,
      source: plan.jpmMethodSource,
      ...(plan.jpmAgreement ? { agreement: plan.jpmAgreement } : {}),
    },
  };
}

/** The counts, issues and choices the pane shows for a mapping (engine errors throw). */
export function previewJob(job: PreviewJob): Preview {
  const outcome = runSkj(job.grid, job.run);
  if (outcome.ok) return previewOf(outcome.result);
  return {
    employees: 0,
    ...summarizeIssues(outcome.issues),
    issues: outcome.issues,
    unassessedRows: [],
    units: [],
    unitCounts: {},
  };
}

/**
 * Plan and build the report model. Shares of the work, measured on 5,000 employees: the plan about 40%, the
 * model about 60%; the writer that follows reports its own.
 */
export function planJob(job: PlanJob, onStage: StageReport = () => undefined): PlanJobOutcome {
  onStage("plan", 0);
  const outcome = runSkj(job.grid, job.run);
  if (!outcome.ok) return { ok: false, kind: "noTable", message: outcome.message };
  const plan = outcome.result;
  // Nobody planned is not a result: say why (an empty template, errors on every row, the units).
  const nobody = nobodyMessage(plan, job.unitsChosen, "pane");
  if (nobody) return { ok: false, kind: "nothing", message: specificReason(plan, nobody) };
  onStage("plan", 0.4);
  const model = buildReport(plan, job.report);
  onStage("plan", 1);
  return {
    ok: true,
    model,
    summary: {
      year: plan.year,
      employees: plan.summary.employees,
      totalJp: plan.summary.totalJp,
      needs: plan.summary.needs.filter((n) => n.short > 0),
      leftOut: leftOutRows(plan),
    },
  };
}

/**
 * Nobody planned: the refusal names the cause itself (the unmapped columns' issue, the first bad row) rather
 * than pointing at the data notes, which may be folded away.
 */
function specificReason(plan: PlanResult, nobody: Message): Message {
  if (nobody.code !== "nobody-planned") return nobody;
  const { reason, sheet, errorRows, unassessed } = nobody.params;
  if (reason === "mapping") {
    const tableError = plan.issues.find((i) => i.severity === "error" && i.row === 0);
    return tableError ? messageOnly(tableError) : nobody;
  }
  if (reason === "errors") {
    const first = tableRowErrors(plan)[0];
    if (first)
      return msg("pane-nobody-rows", { sheet, errorRows, unassessed, first: messageOnly(first) });
  }
  return nobody;
}

/** The message of an issue without its place fields (the message's own parameters name the place). */
function messageOnly(issue: Issue): Message {
  return { code: issue.code, params: issue.params } as Message;
}
