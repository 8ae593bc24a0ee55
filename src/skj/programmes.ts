// The agency's programmes (PP 11/2017 art. 207(3)): every employee's activities grouped by competency and
// method, each with its participants, provider, month, cost and funding, and the budget within a ceiling.
// A group too small for a programme stays individual development. Rules: docs/domain.md §13, §15.
import { competency, isCompetencyCode } from "./catalogue";
import { msg } from "./messages/params";
import { CLASSROOM_PER_EMPLOYEE, PPPK_JP_CEILING, quarterOf } from "./plan";
import { FIRST_MONTH, roleOfGrade, shortfallActivities } from "./recommendations";
import { CostEntry, costOf, participantCost } from "./registry/costs";
import { curriculumFor } from "./registry/curricula";
import { DevMethodCode } from "./registry/devMethods";
import { providerFor } from "./registry/providers";
import {
  Activity,
  Budget,
  BudgetLine,
  EmployeeResult,
  Issue,
  Pillar,
  PlanOptions,
  Programme,
  Track,
} from "./types";

/** Months each track's programmes start in: formal learning first, practice on the job after. */
const TRACK_MONTHS: Record<Track, { first: number; last: number }> = {
  10: { first: FIRST_MONTH, last: 8 },
  20: { first: 3, last: 9 },
  70: { first: 4, last: 11 },
};
const TRACK_ORDER: Record<Track, number> = { 10: 0, 20: 1, 70: 2 };

/** Employees short in one competency from which a classroom programme is proposed (issue default). */
export const DEFAULT_COHORT_THRESHOLD = 10;

/** The training programmes (KL01–KL05) an employee gets at most two of a year. */
const isClassroomTraining = (method: string) => /^KL0[1-5]$/.test(method);

/** Competencies in which at least `threshold` employees are short: they get a classroom programme. */
export function cohortsOf(
  shortByCompetency: ReadonlyMap<string, number>,
  threshold: number = DEFAULT_COHORT_THRESHOLD
): Set<string> {
  const out = new Set<string>();
  for (const [comp, n] of shortByCompetency) if (n >= threshold) out.add(comp);
  return out;
}

interface Member {
  employee: EmployeeResult;
  activity: Activity;
}

interface Group {
  competency: string;
  pillar: Pillar;
  method: string;
  methodName: string;
  track: Track;
  unit?: string;
  members: Member[];
  shortfall: number;
}

/** Who a participant is in the lists: the NIP, or the name when the NIP is missing. */
function participantId(e: EmployeeResult): string {
  return e.nip || e.name;
}

export interface ProgrammePlan {
  programmes: Programme[];
  individual: Programme[];
  budget: Budget;
  issues: Issue[];
}

/**
 * A competency that `threshold` employees lack but whose classroom training too few of them got (each
 * employee's plan grants it to the first two needs only) is filled up: the employees short in it who have
 * room for another classroom programme (and, for PPPK, room under the ceiling) take it instead of their
 * self-study or e-learning in it, when that brings the class to the threshold (docs/domain.md §15).
 */
export function fillCohorts(employees: readonly EmployeeResult[], threshold: number): void {
  const short = new Map<string, EmployeeResult[]>();
  for (const e of employees)
    for (const p of e.priorities) {
      const list = short.get(p.competency);
      if (list) list.push(e);
      else short.set(p.competency, [e]);
    }
  const inClass = (e: EmployeeResult, comp: string) =>
    e.plan.activities.some((a) => a.competency === comp && isClassroomTraining(a.method));
  const cohorts = [...short]
    .filter(([, people]) => people.length >= threshold)
    .map(([comp, people]) => ({ comp, people, seated: people.filter((e) => inClass(e, comp)) }))
    // The hardest to fill first: fewest already seated, then fewest short; catalogue order on ties.
    .sort((a, b) => a.seated.length - b.seated.length || a.people.length - b.people.length);
  for (const { comp, people } of cohorts) {
    const seated = people.filter((e) => inClass(e, comp)).length;
    if (seated >= threshold) continue;
    const swaps: { e: EmployeeResult; index: number; next: Activity }[] = [];
    for (const e of people) {
      if (inClass(e, comp)) continue;
      const classes = e.plan.activities.filter((a) => isClassroomTraining(a.method)).length;
      if (classes >= CLASSROOM_PER_EMPLOYEE) continue;
      const index = e.plan.activities.findIndex(
        (a) => a.competency === comp && a.track === 10 && a.purpose === "gap"
      );
      const priority = e.priorities.find((p) => p.competency === comp);
      if (index < 0 || !priority) continue;
      const draft = shortfallActivities(comp, priority.gap, {
        role: roleOfGrade(e.grade),
        classroom: true,
      }).find((d) => d.track === 10 && isClassroomTraining(d.method));
      if (!draft) continue;
      const old = e.plan.activities[index];
      if (e.employment === "PPPK" && e.plan.totalJp - old.jp + draft.jp > PPPK_JP_CEILING) continue;
      swaps.push({
        e,
        index,
        next: {
          ...draft,
          month: old.month,
          quarter: quarterOf(old.month),
          months: 1,
          creditedJp: draft.jp,
        },
      });
    }
    if (seated + swaps.length < threshold) continue;
    for (const { e, index, next } of swaps) {
      e.plan.totalJp += next.jp - e.plan.activities[index].jp;
      e.plan.activities[index] = next;
    }
  }
}

/** Groups by competency and method; a group short of the threshold splits by unit when a unit threshold is set. */
function groupsOf(
  employees: readonly EmployeeResult[],
  threshold: number,
  unitThreshold: number | null
): { programmes: Group[]; individual: Group[] } {
  const groups = new Map<string, Group>();
  for (const e of employees) {
    const gaps = new Map(e.priorities.map((p) => [p.competency, -p.gap]));
    for (const a of e.plan.activities) {
      const key = `${a.competency}\u0000${a.method}`;
      let g = groups.get(key);
      if (!g) {
        const pillar = isCompetencyCode(a.competency) ? competency(a.competency).pillar : "teknis";
        g = {
          competency: a.competency,
          pillar,
          method: a.method,
          methodName: a.methodName,
          track: a.track,
          members: [],
          shortfall: 0,
        };
        groups.set(key, g);
      }
      g.members.push({ employee: e, activity: a });
      if (a.purpose === "gap") g.shortfall += gaps.get(a.competency) ?? 0;
    }
  }
  const people = (g: Group) => new Set(g.members.map((m) => m.employee)).size;
  const programmes: Group[] = [];
  const individual: Group[] = [];
  for (const g of groups.values()) {
    if (people(g) >= threshold) {
      programmes.push(g);
      continue;
    }
    if (unitThreshold === null) {
      individual.push(g);
      continue;
    }
    // A unit's own programme where enough of its employees share the line; the rest stay individual.
    const byUnit = new Map<string, Member[]>();
    for (const m of g.members) {
      const list = byUnit.get(m.employee.unit);
      if (list) list.push(m);
      else byUnit.set(m.employee.unit, [m]);
    }
    const rest: Member[] = [];
    for (const [unit, members] of byUnit) {
      if (new Set(members.map((m) => m.employee)).size >= unitThreshold)
        programmes.push({ ...g, unit, members, shortfall: shortfallOf(members) });
      else rest.push(...members);
    }
    if (rest.length > 0) individual.push({ ...g, members: rest, shortfall: shortfallOf(rest) });
  }
  return { programmes, individual };
}

function shortfallOf(members: readonly Member[]): number {
  let sum = 0;
  for (const { employee, activity } of members) {
    if (activity.purpose !== "gap") continue;
    const p = employee.priorities.find((x) => x.competency === activity.competency);
    if (p) sum -= p.gap;
  }
  return sum;
}

/** Classroom first, then formal, social and on-the-job lines; within each, the largest shortfall first. */
function byScheduleOrder(a: Group, b: Group): number {
  return (
    Number(b.method.startsWith("KL")) - Number(a.method.startsWith("KL")) ||
    TRACK_ORDER[a.track] - TRACK_ORDER[b.track] ||
    b.shortfall - a.shortfall ||
    b.members.length - a.members.length ||
    a.competency.localeCompare(b.competency) ||
    (a.unit ?? "").localeCompare(b.unit ?? "")
  );
}

/** Whole rupiah per participant; a programme's fixed cost split so the shares add up to it. */
function shares(unit: CostEntry, members: readonly Member[]): number[] {
  if (unit.basis !== "programme") return members.map((m) => participantCost(unit, m.activity.jp));
  const n = members.length;
  const base = Math.floor(unit.amount / n);
  const extra = Math.round(unit.amount - base * n);
  return members.map((_, i) => base + (i < extra ? 1 : 0));
}

/**
 * Group the activities into programmes and individual lines, schedule, cost and budget them. Sets each
 * activity's programme (or individual line), provider, month (and quarter), cost, and — when the ceiling
 * defers its line — `deferred` with no credited JP; each plan's `creditedJp` follows.
 */
export function planProgrammes(
  employees: readonly EmployeeResult[],
  options: Pick<
    PlanOptions,
    | "budgetCeiling"
    | "costs"
    | "providers"
    | "cohortThreshold"
    | "unitCohortThreshold"
    | "costTable"
  >
): ProgrammePlan {
  const threshold = options.cohortThreshold ?? DEFAULT_COHORT_THRESHOLD;
  const unitThreshold = options.unitCohortThreshold ?? null;
  fillCohorts(employees, threshold);
  const grouped = groupsOf(employees, threshold, unitThreshold);
  const unitCost = (code: string) =>
    costOf(code as DevMethodCode, options.costs?.[code], options.costTable?.[code]);
  const perTrack: Record<Track, number> = { 10: 0, 20: 0, 70: 0 };
  const memberships = new Map<Programme, Member[]>();

  const build = (g: Group, id: string, individual: boolean): Programme => {
    const code = g.method as DevMethodCode;
    const unit = unitCost(code);
    const provider = providerFor(code, options.providers?.[code]);
    const span = TRACK_MONTHS[g.track];
    const month = span.first + (perTrack[g.track]++ % (span.last - span.first + 1));
    // An individual line's fixed cost is per participant: each goes on their own.
    const cost =
      individual && unit.basis === "programme" ? { ...unit, basis: "participant" as const } : unit;
    const split = shares(cost, g.members);
    let totalJp = 0;
    let jp = 0;
    g.members.forEach(({ activity }, i) => {
      totalJp += activity.jp;
      jp = Math.max(jp, activity.jp);
      if (individual) activity.individual = id;
      else activity.programme = id;
      activity.provider = provider;
      activity.cost = split[i];
      // Bimbingan di tempat kerja keeps each employee's own session calendar (2 sessions a month).
      if (activity.method !== "NKL11") {
        activity.month = Math.min(month, 13 - activity.months);
        activity.quarter = quarterOf(activity.month);
      }
    });
    const total = split.reduce((s, x) => s + x, 0);
    const first = g.members.some((m) => m.activity.method === "NKL11");
    const programme: Programme = {
      id,
      competency: g.competency,
      competencyName: isCompetencyCode(g.competency) ? competency(g.competency).name : g.competency,
      method: g.method,
      methodName: g.methodName,
      route: g.method.startsWith("KL") ? "klasikal" : "nonklasikal",
      track: g.track,
      participants: [...new Set(g.members.map((m) => participantId(m.employee)))],
      provider,
      month: first
        ? Math.min(...g.members.map((m) => m.activity.month))
        : Math.min(month, 13 - Math.max(...g.members.map((m) => m.activity.months))),
      jp,
      totalJp,
      cost: total,
      funding: total > 0 ? (unit.funding ?? "agency-budget") : "none",
      deferred: false,
      shortfall: Math.round(g.shortfall * 100) / 100,
      curriculum: curriculumFor(g.method, g.pillar),
      ...(g.unit !== undefined ? { unit: g.unit } : {}),
    };
    memberships.set(programme, g.members);
    return programme;
  };
  const programmes = grouped.programmes
    .sort(byScheduleOrder)
    .map((g, i) => build(g, `PRG-${String(i + 1).padStart(3, "0")}`, false));
  const individual = grouped.individual
    .sort(byScheduleOrder)
    .map((g, i) => build(g, `IND-${String(i + 1).padStart(3, "0")}`, true));
  const lines = [...programmes, ...individual];

  const required = lines.reduce((s, p) => s + p.cost, 0);
  const unitCosts = Object.fromEntries(
    [...new Set(lines.map((p) => p.method))].sort().map((m) => [m, unitCost(m)])
  );
  const ceiling = options.budgetCeiling ?? null;
  const issues: Issue[] = [];
  if (ceiling !== null && required > ceiling) {
    // Shortfall closed per rupiah, largest first; free lines always fit.
    const byValue = lines
      .filter((p) => p.cost > 0)
      .sort((a, b) => b.shortfall / b.cost - a.shortfall / a.cost || a.id.localeCompare(b.id));
    let spent = 0;
    for (const p of byValue) {
      if (spent + p.cost <= ceiling) spent += p.cost;
      else p.deferred = true;
    }
    for (const p of lines.filter((x) => x.deferred)) {
      for (const { activity } of memberships.get(p)!) {
        activity.deferred = true;
        activity.creditedJp = 0;
      }
    }
    const deferred = lines.filter((p) => p.deferred);
    issues.push({
      sheet: "",
      row: 0,
      column: "",
      severity: "warning",
      ...msg("budget-over-ceiling", {
        ceiling,
        required,
        total: spent,
        deferred: deferred.map((p) => p.id),
        deferredTotal: deferred.reduce((s, p) => s + p.cost, 0),
      }),
    });
  }
  for (const e of employees)
    e.plan.creditedJp = e.plan.activities.reduce((s, a) => s + a.creditedJp, 0);
  const total = lines.filter((p) => !p.deferred).reduce((s, p) => s + p.cost, 0);
  const funding = new Map(lines.map((p) => [p.id, p.funding]));
  return {
    programmes,
    individual,
    budget: {
      ceiling,
      total,
      deferredTotal: required - total,
      required,
      unitCosts,
      byUnit: totalsBy(employees, (e) => e.unit),
      byFunding: totalsBy(
        employees,
        (_, a) => funding.get(a.programme ?? a.individual ?? "") ?? "none"
      ),
    },
    issues,
  };
}

/** Cost summed per key (a unit, a funding source) over the activities that cost anything. */
function totalsBy(
  employees: readonly EmployeeResult[],
  keyOf: (e: EmployeeResult, a: Activity) => string
): BudgetLine[] {
  const out = new Map<string, BudgetLine>();
  for (const e of employees) {
    for (const a of e.plan.activities) {
      if (!a.cost) continue;
      const key = keyOf(e, a);
      const line = out.get(key) ?? { key, total: 0, deferred: 0 };
      if (a.deferred) line.deferred += a.cost;
      else line.total += a.cost;
      out.set(key, line);
    }
  }
  return [...out.values()].sort((a, b) => b.total + b.deferred - (a.total + a.deferred));
}
