// Assessment of one employee (gaps, JPM, category, priorities) and the yearly development plan. Rules: docs/domain.md §3, §7, §8.
import { COMPETENCIES } from "./catalogue";
import { DevMethodCode } from "./methods";
import {
  ActivityDraft,
  FIRST_MONTH,
  gapBand,
  MAX_WORK_SESSIONS,
  WORK_SESSIONS_PER_MONTH,
  nextLevelActivities,
  Role,
  roleOfGrade,
  shortfallActivities,
  withCount,
} from "./recommendations";
import { creditRule } from "./registry/devMethods";
import { category, gap, isNeed, jpm } from "./scoring";
import { EmployeeStandards } from "./standards";
import {
  Activity,
  CompetencyResult,
  DevelopmentPlan,
  EmployeeRecord,
  EmployeeResult,
  PlanOptions,
  Priority,
  Quarter,
  TechnicalResult,
} from "./types";

export interface GapItem {
  competency: string;
  name: string;
  pillar: Priority["pillar"];
  standard: number;
  score: number;
  gap: number;
}

/**
 * Development needs, largest shortfall first; ties keep the input order (catalogue order, then technical).
 * `need` decides what counts (tolerance); the gap reported is always score - standard.
 */
export function rankPriorities(items: readonly (GapItem & { need: boolean })[]): Priority[] {
  const needs: { item: GapItem; index: number }[] = [];
  items.forEach((item, index) => {
    if (item.need) needs.push({ item, index });
  });
  needs.sort((a, b) => a.item.gap - b.item.gap || a.index - b.index);
  return needs.map(({ item }, i) => ({
    rank: i + 1,
    competency: item.competency,
    name: item.name,
    pillar: item.pillar,
    standard: item.standard,
    score: item.score,
    gap: item.gap,
  }));
}

/** A PPPK employee's yearly ceiling (PP 49/2018 art. 40; docs/domain.md §7). */
export const PPPK_JP_CEILING = 24;

/** Last month one-off activities are placed in: December closes the budget year. */
export const LAST_MONTH = 11;

/** Months a draft needs: per-session methods capped per month spread over several (docs/domain.md §8). */
export function monthsNeeded(d: Pick<ActivityDraft, "method" | "sessions">): number {
  const rule = creditRule(d.method as DevMethodCode);
  if (rule.kind !== "session" || rule.perMonth === undefined || d.sessions === undefined) return 1;
  return Math.max(1, Math.ceil(d.sessions / rule.perMonth));
}

/** Quarter of a month. */
export function quarterOf(month: number): Quarter {
  return Math.min(4, Math.max(1, Math.ceil(month / 3))) as Quarter;
}

/**
 * Spread activities over the working months: top priorities and formal learning early, practice after.
 * The agency's schedule of programmes later moves each activity to its programme's month.
 */
function placeInMonths(drafts: readonly ActivityDraft[]): Activity[] {
  const n = Math.max(drafts.length, 1);
  const width = LAST_MONTH - FIRST_MONTH + 1;
  // Bimbingan di tempat kerja runs on one calendar per employee: at most 2 sessions in any month.
  let calendarMonth = FIRST_MONTH;
  let usedThisMonth = 0;
  return drafts.map((d, k) => {
    let months = monthsNeeded(d);
    let month = Math.min(FIRST_MONTH + Math.floor((k * width) / n), 13 - months);
    if (d.method === "NKL11" && d.sessions !== undefined) {
      month = calendarMonth;
      let left = d.sessions;
      let last = month;
      while (left > 0) {
        const take = Math.min(left, WORK_SESSIONS_PER_MONTH - usedThisMonth);
        left -= take;
        usedThisMonth += take;
        last = calendarMonth;
        if (usedThisMonth === WORK_SESSIONS_PER_MONTH) {
          calendarMonth++;
          usedThisMonth = 0;
        }
      }
      months = last - month + 1;
    }
    return {
      competency: d.competency,
      method: d.method,
      methodName: d.methodName,
      text: d.text,
      track: d.track,
      jp: d.jp,
      quarter: quarterOf(month),
      month,
      months,
      ...(d.sessions !== undefined ? { sessions: d.sessions } : {}),
      purpose: d.purpose,
      creditedJp: d.jp,
    };
  });
}

const TRACK_ORDER = { 10: 0, 20: 1, 70: 2 } as const;

/** Formal learning first, then social, then practice on the job. */
function inTrackOrder(drafts: readonly ActivityDraft[]): ActivityDraft[] {
  return [...drafts].sort((a, b) => TRACK_ORDER[a.track] - TRACK_ORDER[b.track]);
}

/** Classroom programmes an employee is sent to in a year (docs/domain.md §7). */
export const CLASSROOM_PER_EMPLOYEE = 2;

/** What the planner knows beyond the employee's own gaps. */
export interface PlanContext {
  role: Role;
  /** Competencies in which enough employees are short for a classroom programme. */
  cohorts: ReadonlySet<string>;
  /** A yearly ceiling (PPPK: 24 JP); none for a PNS. */
  ceiling?: number;
}

const NO_CONTEXT: PlanContext = { role: "staff", cohorts: new Set() };

/**
 * Keep a plan within a ceiling: activities in priority order are kept whole while they fit; a per-session or
 * per-day one is cut to the whole sessions or days that still fit; the rest are left out.
 */
function withinCeiling(drafts: readonly ActivityDraft[], ceiling: number): ActivityDraft[] {
  const kept: ActivityDraft[] = [];
  let total = 0;
  for (const d of drafts) {
    const room = ceiling - total;
    if (d.jp <= room) {
      kept.push(d);
      total += d.jp;
      continue;
    }
    const rule = creditRule(d.method as DevMethodCode);
    if (d.sessions !== undefined && (rule.kind === "session" || rule.kind === "day")) {
      const perUnit = d.jp / d.sessions;
      const units = Math.floor(room / perUnit);
      if (units > 0) {
        kept.push({
          ...d,
          jp: units * perUnit,
          sessions: units,
          text: withCount(d.text, units),
        });
        total += units * perUnit;
      }
    }
  }
  return kept;
}

/**
 * Bimbingan di tempat kerja beyond what the year holds (2 sessions a month) is not credited: later priorities'
 * sessions are cut to what is left, and left out when nothing is.
 */
function withinWorkSessions(drafts: readonly ActivityDraft[]): ActivityDraft[] {
  let left = MAX_WORK_SESSIONS;
  const kept: ActivityDraft[] = [];
  for (const d of drafts) {
    if (d.method !== "NKL11" || d.sessions === undefined) {
      kept.push(d);
      continue;
    }
    const units = Math.min(d.sessions, left);
    left -= units;
    if (units === d.sessions) kept.push(d);
    else if (units > 0)
      kept.push({
        ...d,
        jp: (d.jp / d.sessions) * units,
        sessions: units,
        text: withCount(d.text, units),
      });
  }
  return kept;
}

/**
 * The plan: activities for every need in priority order, then activities preparing for the next level
 * until the yearly JP target is reached (also for an employee without any gap); within the ceiling of a
 * PPPK employee.
 */
export function buildPlan(
  priorities: readonly Priority[],
  competencies: readonly CompetencyResult[],
  jpTarget: number,
  context: PlanContext = NO_CONTEXT
): DevelopmentPlan {
  const target = context.ceiling === undefined ? jpTarget : Math.min(jpTarget, context.ceiling);
  let drafts: ActivityDraft[] = [];
  // One classroom programme a year per employee: the first need a cohort shares or larger than a level.
  let classroomLeft = CLASSROOM_PER_EMPLOYEE;
  for (const p of priorities) {
    const classroom =
      classroomLeft > 0 && (context.cohorts.has(p.competency) || gapBand(-p.gap) === 3);
    if (classroom) classroomLeft--;
    drafts.push(
      ...inTrackOrder(shortfallActivities(p.competency, p.gap, { role: context.role, classroom }))
    );
  }
  drafts = withinWorkSessions(drafts);
  if (context.ceiling !== undefined) drafts = withinCeiling(drafts, context.ceiling);
  let total = drafts.reduce((sum, a) => sum + a.jp, 0);
  const workUsed = drafts.reduce(
    (sum, a) => sum + (a.method === "NKL11" ? (a.sessions ?? 0) : 0),
    0
  );
  if (total < target && competencies.length > 0) {
    // The competency with the least margin above its standard that is not already a need
    // (catalogue order on ties); if all are needs, the top priority.
    const needed = new Set(priorities.map((p) => p.competency));
    const candidates = competencies.filter((c) => !needed.has(c.code));
    const pool = candidates.length > 0 ? candidates : competencies;
    let aim = pool[0];
    for (const c of pool) if (c.gap < aim.gap) aim = c;
    const extra = inTrackOrder(
      nextLevelActivities(
        aim.code,
        aim.standard,
        target - total,
        context.role,
        MAX_WORK_SESSIONS - workUsed
      )
    );
    drafts.push(...extra);
    total += extra.reduce((sum, a) => sum + a.jp, 0);
  }
  return { totalJp: total, creditedJp: total, activities: placeInMonths(drafts) };
}

/** Assess one employee against their standards and plan their year. */
export function assessEmployee(
  record: EmployeeRecord,
  standards: EmployeeStandards,
  options: PlanOptions,
  cohorts: ReadonlySet<string> = new Set()
): EmployeeResult {
  const competencies: CompetencyResult[] = COMPETENCIES.map((c) => {
    const standard = standards.competencies[c.code];
    const score = record.scores[c.code];
    return {
      code: c.code,
      name: c.name,
      pillar: c.pillar,
      standard,
      standardSource: standards.sources[c.code],
      score,
      gap: gap(score, standard),
      need: isNeed(score, standard, options.tolerance),
    };
  });
  const technical: TechnicalResult[] = [];
  for (const t of record.technical) {
    const standard = standards.technical.get(t.name);
    if (standard === undefined) continue;
    technical.push({
      name: t.name,
      standard,
      standardSource: standards.technicalSources.get(t.name) ?? "skj-sheet",
      score: t.score,
      gap: gap(t.score, standard),
      need: isNeed(t.score, standard, options.tolerance),
    });
  }
  const value = jpm(
    competencies.map((c) => c.score),
    competencies.map((c) => c.standard),
    options.jpmMethod,
    { roundRatios: options.jpmRounded }
  );
  const items: (GapItem & { need: boolean })[] = [];
  for (const c of competencies) {
    items.push({
      competency: c.code,
      name: c.name,
      pillar: c.pillar,
      standard: c.standard,
      score: c.score,
      gap: c.gap,
      need: c.need,
    });
  }
  for (const t of technical) {
    items.push({
      competency: t.name,
      name: t.name,
      pillar: "teknis",
      standard: t.standard,
      score: t.score,
      gap: t.gap,
      need: t.need,
    });
  }
  const priorities = rankPriorities(items);
  return {
    // Placed in the nine-box by the run, which reads the table's performance and potential.
    talent: { performance: null, potential: null, box: null },
    sheet: record.sheet,
    row: record.row,
    nip: record.nip,
    name: record.name,
    position: record.position,
    unit: record.unit,
    jobLevel: record.jobLevel,
    grade: record.grade,
    level: standards.defaultLevel,
    competencies,
    technical,
    jpm: value,
    category: category(value, options.scheme, options.thresholds),
    priorities,
    plan: buildPlan(priorities, competencies, options.jpTarget, {
      role: roleOfGrade(record.grade),
      cohorts,
      ...(record.employment === "PPPK" ? { ceiling: PPPK_JP_CEILING } : {}),
    }),
    ...(record.fileJpm !== undefined ? { fileJpm: record.fileJpm } : {}),
    ...(record.employment !== undefined ? { employment: record.employment } : {}),
  };
}
