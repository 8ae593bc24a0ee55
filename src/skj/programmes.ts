// The agency's programmes (PP 11/2017 art. 207(3)): every employee's activities grouped by competency and
// method, each with its participants, provider, month, cost and funding, and the budget within a ceiling.
// Rules: docs/domain.md §13.
import { competency, isCompetencyCode } from "./catalogue";
import { msg } from "./messages/params";
import { quarterOf } from "./plan";
import { FIRST_MONTH } from "./recommendations";
import { costOf, participantCost } from "./registry/costs";
import { DevMethodCode } from "./registry/devMethods";
import { providerFor } from "./registry/providers";
import { Activity, Budget, EmployeeResult, Issue, PlanOptions, Programme, Track } from "./types";

/** Months each track's programmes start in: formal learning first, practice on the job after. */
const TRACK_MONTHS: Record<Track, { first: number; last: number }> = {
  10: { first: FIRST_MONTH, last: 8 },
  20: { first: 3, last: 9 },
  70: { first: 4, last: 11 },
};
const TRACK_ORDER: Record<Track, number> = { 10: 0, 20: 1, 70: 2 };

/** Employees short in one competency from which a classroom programme is proposed (issue default). */
export const DEFAULT_COHORT_THRESHOLD = 10;

/** Competencies in which at least `threshold` employees are short: they get a classroom programme. */
export function cohortsOf(
  shortByCompetency: ReadonlyMap<string, number>,
  threshold: number = DEFAULT_COHORT_THRESHOLD
): Set<string> {
  const out = new Set<string>();
  for (const [comp, n] of shortByCompetency) if (n >= threshold) out.add(comp);
  return out;
}

interface Group {
  competency: string;
  method: string;
  methodName: string;
  track: Track;
  members: { employee: EmployeeResult; activity: Activity }[];
  shortfall: number;
}

/** Who a participant is in the lists: the NIP, or the name when the NIP is missing. */
function participantId(e: EmployeeResult): string {
  return e.nip || e.name;
}

export interface ProgrammePlan {
  programmes: Programme[];
  budget: Budget;
  issues: Issue[];
}

/**
 * Group the activities into programmes, schedule, cost and budget them. Sets each activity's programme,
 * provider, month (and quarter), cost, and — when the ceiling defers its programme — `deferred` with no
 * credited JP; each plan's `creditedJp` follows.
 */
export function planProgrammes(
  employees: readonly EmployeeResult[],
  options: Pick<PlanOptions, "budgetCeiling" | "costs" | "providers">
): ProgrammePlan {
  const groups = new Map<string, Group>();
  for (const e of employees) {
    const gaps = new Map(e.priorities.map((p) => [p.competency, -p.gap]));
    for (const a of e.plan.activities) {
      const key = `${a.competency}\u0000${a.method}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          competency: a.competency,
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
  // Classroom first, then formal, social and on-the-job programmes; within each, the largest shortfall first.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(b.method.startsWith("KL")) - Number(a.method.startsWith("KL")) ||
      TRACK_ORDER[a.track] - TRACK_ORDER[b.track] ||
      b.shortfall - a.shortfall ||
      b.members.length - a.members.length
  );
  const perTrack: Record<Track, number> = { 10: 0, 20: 0, 70: 0 };
  const programmes: Programme[] = ordered.map((g, i) => {
    const code = g.method as DevMethodCode;
    const unit = costOf(code, options.costs?.[code]);
    const provider = providerFor(code, options.providers?.[code]);
    const span = TRACK_MONTHS[g.track];
    const month = span.first + (perTrack[g.track]++ % (span.last - span.first + 1));
    const id = `PRG-${String(i + 1).padStart(3, "0")}`;
    let cost = 0;
    let totalJp = 0;
    let jp = 0;
    for (const { activity } of g.members) {
      const share = participantCost(unit, activity.jp);
      cost += share;
      totalJp += activity.jp;
      jp = Math.max(jp, activity.jp);
      activity.programme = id;
      activity.provider = provider;
      activity.cost = share;
      // Bimbingan di tempat kerja keeps each employee's own session calendar (2 sessions a month).
      if (activity.method !== "NKL11") {
        activity.month = Math.min(month, 13 - activity.months);
        activity.quarter = quarterOf(activity.month);
      }
    }
    const first = g.members.find((m) => m.activity.method === "NKL11");
    return {
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
      cost,
      funding: cost > 0 ? "agency-budget" : "none",
      deferred: false,
      shortfall: Math.round(g.shortfall * 100) / 100,
    };
  });

  const required = programmes.reduce((s, p) => s + p.cost, 0);
  const unitCosts = Object.fromEntries(
    [...new Set(programmes.map((p) => p.method))]
      .sort()
      .map((m) => [m, costOf(m as DevMethodCode, options.costs?.[m])])
  );
  const ceiling = options.budgetCeiling ?? null;
  const issues: Issue[] = [];
  if (ceiling !== null && required > ceiling) {
    // Shortfall closed per rupiah, largest first; free programmes always fit.
    const byValue = programmes
      .filter((p) => p.cost > 0)
      .sort((a, b) => b.shortfall / b.cost - a.shortfall / a.cost || a.id.localeCompare(b.id));
    let spent = 0;
    for (const p of byValue) {
      if (spent + p.cost <= ceiling) spent += p.cost;
      else p.deferred = true;
    }
    const deferredIds = new Set(programmes.filter((p) => p.deferred).map((p) => p.id));
    for (const e of employees) {
      for (const a of e.plan.activities) {
        if (a.programme !== undefined && deferredIds.has(a.programme)) {
          a.deferred = true;
          a.creditedJp = 0;
        }
      }
    }
    const deferred = programmes.filter((p) => p.deferred);
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
  const total = programmes.filter((p) => !p.deferred).reduce((s, p) => s + p.cost, 0);
  return {
    programmes,
    budget: { ceiling, total, deferredTotal: required - total, required, unitCosts },
    issues,
  };
}
