// One summary over many unit files (docs/domain.md §19): each file planned on its own, then the employees
// pooled — a NIP found in several files counts once, in the first file — summarised per unit and competency,
// and grouped into programmes across units, with one budget for the agency.
import { msg, type Message } from "./messages/params";
import { nobodyMessage, tableRowErrors } from "./nobody";
import { planProgrammes } from "./programmes";
import { summarize } from "./run";
import type {
  Activity,
  CompetencyNeed,
  EmployeeResult,
  Issue,
  PlanOptions,
  PlanResult,
} from "./types";

/** One file as the rekap receives it: its plan, or why it has none. */
export interface RekapInput {
  /** The file's name as shown (no folder). */
  file: string;
  plan?: PlanResult;
  /** Why the file could not be read or planned. */
  failure?: Message;
}

/** Where an employee's row is: the file, its sheet and the sheet's 1-based row. */
export interface RekapPlace {
  file: string;
  sheet: string;
  row: number;
}

export interface RekapDuplicate {
  nip: string;
  name: string;
  /** The row that counts. */
  first: RekapPlace;
  /** The row left out. */
  again: RekapPlace;
}

export interface RekapFile {
  file: string;
  /** The unit the file's employees fall in when its table has no unit column: the file name. */
  unit: string;
  /** The units its counted employees fall in (from the unit column, else the file name). */
  units: string[];
  /** The sheet (or the employee sheets) read; "" when the file could not be read. */
  sheet: string;
  /** Employees the file's own plan planned. */
  planned: number;
  /** Of those, the ones counted in the rekap (the rest are duplicates of an earlier file). */
  counted: number;
  /** Rows left out of the file's plan: rows with errors and rows without any score. */
  leftOut: number;
  errors: number;
  warnings: number;
  /** The file's plan issues, its duplicates and (when it failed) why: errors first. */
  issues: Issue[];
  failed: boolean;
}

export interface RekapUnit {
  unit: string;
  employees: number;
  needs: CompetencyNeed[];
}

export interface RekapResult {
  year: number;
  files: RekapFile[];
  units: RekapUnit[];
  /** The agency's totals per competency. */
  total: CompetencyNeed[];
  employees: number;
  duplicates: RekapDuplicate[];
  /** The pooled plan: every counted employee, the programmes grouped across units and the budget. */
  pooled: PlanResult;
}

export type RekapOptions = Pick<
  PlanOptions,
  "budgetCeiling" | "costs" | "providers" | "cohortThreshold" | "unitCohortThreshold"
>;

/** The file name without its extension: the unit of a file whose table has no unit column. */
export function unitOfFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * An activity as the employee's own plan made it, before any grouping placed it in a programme. Every field is
 * written, in one order, so that the tens of thousands of copies share one shape and the grouping's writes to
 * them stay fast. Nothing was deferred in the files' own plans (the ceiling is the agency's): credited JP stands.
 */
function ungrouped(a: Activity): Activity {
  return {
    competency: a.competency,
    method: a.method,
    methodName: a.methodName,
    text: a.text,
    track: a.track,
    jp: a.jp,
    sessions: a.sessions,
    purpose: a.purpose,
    quarter: a.quarter,
    month: a.month,
    months: a.months,
    creditedJp: a.creditedJp,
    programme: undefined,
    provider: undefined,
    cost: undefined,
    deferred: undefined,
    individual: undefined,
  };
}

/**
 * The rekap of planned files, in the order given (the first file wins a duplicated NIP). Returns null when no
 * file was planned at all. The employees' plans are copied before the pooled grouping changes them.
 */
export function rekapOf(inputs: readonly RekapInput[], options: RekapOptions): RekapResult | null {
  const base = inputs.find((i) => i.plan)?.plan;
  if (!base) return null;
  const seen = new Map<string, RekapPlace & { name: string }>();
  const duplicates: RekapDuplicate[] = [];
  const pooled: EmployeeResult[] = [];
  const files: RekapFile[] = [];
  for (const input of inputs) {
    const fileUnit = unitOfFile(input.file);
    const plan = input.plan;
    if (!plan) {
      const issue: Issue = {
        sheet: "",
        row: 0,
        column: "",
        severity: "error",
        ...msg("rekap-file-failed", {
          file: input.file,
          reason: input.failure ?? msg("rekap-nobody", { files: 1 }),
        }),
      };
      files.push({
        file: input.file,
        unit: fileUnit,
        units: [],
        sheet: "",
        planned: 0,
        counted: 0,
        leftOut: 0,
        errors: 1,
        warnings: 0,
        issues: [issue],
        failed: true,
      });
      continue;
    }
    const issues: Issue[] = [...plan.issues];
    // A table that gave nobody (an empty template, errors on every row) says why, as `skj plan` would.
    const nobody = nobodyMessage(plan, false, "cli");
    if (nobody)
      issues.push({ sheet: plan.source.sheet, row: 0, column: "", severity: "error", ...nobody });
    const units = new Set<string>();
    let counted = 0;
    const mine = new Map<string, RekapPlace & { name: string }>();
    for (const e of plan.employees) {
      const nip = e.nip.trim();
      const first = nip ? seen.get(nip) : undefined;
      if (first) {
        const again = { file: input.file, sheet: e.sheet, row: e.row };
        const { name: _name, ...firstPlace } = first;
        duplicates.push({ nip, name: e.name || first.name, first: firstPlace, again });
        issues.push({
          sheet: e.sheet,
          row: e.row,
          column: "NIP",
          severity: "warning",
          ...msg("rekap-duplicate-nip", {
            nip,
            name: e.name || first.name,
            firstFile: first.file,
            firstRow: first.row,
            file: input.file,
            row: e.row,
          }),
        });
        continue;
      }
      // A NIP twice within one file is that file's own note (its plan planned both): only later files check.
      if (nip && !mine.has(nip))
        mine.set(nip, { file: input.file, sheet: e.sheet, row: e.row, name: e.name });
      // docs/domain.md §19: the unit column where the table has one (and the cell is filled), else the file.
      const unit = e.unit.trim() || fileUnit;
      units.add(unit);
      counted++;
      pooled.push({
        ...e,
        unit,
        plan: { ...e.plan, activities: e.plan.activities.map(ungrouped) },
      });
    }
    for (const [nip, place] of mine) seen.set(nip, place);
    // Errors first, then warnings, then notes; within each, the file's own order.
    const ordered = issues
      .map((issue, i) => ({ issue, i }))
      .sort(
        (a, b) => SEVERITY_RANK[a.issue.severity] - SEVERITY_RANK[b.issue.severity] || a.i - b.i
      )
      .map(({ issue }) => issue);
    const planned = new Set(plan.employees.map((e) => e.row));
    files.push({
      file: input.file,
      unit: fileUnit,
      units: [...units],
      sheet: plan.source.personSheets ? plan.source.personSheets.join(", ") : plan.source.sheet,
      planned: plan.employees.length,
      counted,
      leftOut:
        tableRowErrors(plan).filter((i) => !planned.has(i.row)).length + plan.unassessedRows.length,
      errors: ordered.filter((i) => i.severity === "error").length,
      warnings: ordered.filter((i) => i.severity === "warning").length,
      issues: ordered,
      failed: false,
    });
  }

  // docs/domain.md §19: one grouping over every unit's employees, so a programme draws from all units.
  const programmePlan = planProgrammes(pooled, options);
  const summary = summarize(pooled, base.scheme);
  // In the order the units first appear, file after file.
  const units = summary.byUnit.map((u) => ({
    unit: u.unit,
    employees: u.employees,
    needs: u.needs,
  }));
  const result: PlanResult = {
    ...base,
    employees: pooled,
    unassessedRows: [],
    issues: [...programmePlan.issues],
    summary,
    programmes: programmePlan.programmes,
    individual: programmePlan.individual,
    grouping: {
      threshold: options.cohortThreshold ?? base.grouping.threshold,
      unitThreshold: options.unitCohortThreshold ?? null,
    },
    budget: programmePlan.budget,
    // Pieces of one file that do not describe the pool.
    progress: undefined,
    signatory: undefined,
    targetPosition: inputs.some((i) => i.plan?.targetPosition),
  };
  return {
    year: base.year,
    files,
    units,
    total: summary.needs,
    employees: pooled.length,
    duplicates,
    pooled: result,
  };
}
