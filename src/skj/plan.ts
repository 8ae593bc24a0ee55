// Assessment of one employee (gaps, JPM, category, priorities) and the yearly development plan. Rules: docs/domain.md §3, §7.
import { COMPETENCIES } from "./catalogue";
import { ActivityDraft, nextLevelActivities, shortfallActivities } from "./recommendations";
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

/** Spread activities over the year: top priorities and formal learning early, practice after. */
function placeInQuarters(drafts: readonly ActivityDraft[]): Activity[] {
  const n = Math.max(drafts.length, 1);
  return drafts.map((d, k) => ({
    competency: d.competency,
    method: d.method,
    methodName: d.methodName,
    label: d.label,
    track: d.track,
    jp: d.jp,
    quarter: (1 + Math.floor((k * 4) / n)) as Quarter,
    purpose: d.purpose,
  }));
}

const TRACK_ORDER = { 10: 0, 20: 1, 70: 2 } as const;

/** Formal learning first, then social, then practice on the job. */
function inTrackOrder(drafts: readonly ActivityDraft[]): ActivityDraft[] {
  return [...drafts].sort((a, b) => TRACK_ORDER[a.track] - TRACK_ORDER[b.track]);
}

/**
 * The plan: activities for every need in priority order, then activities preparing for the next level
 * until the yearly JP target is reached (also for an employee without any gap).
 */
export function buildPlan(
  priorities: readonly Priority[],
  competencies: readonly CompetencyResult[],
  jpTarget: number
): DevelopmentPlan {
  const drafts: ActivityDraft[] = [];
  for (const p of priorities)
    drafts.push(...inTrackOrder(shortfallActivities(p.competency, p.gap)));
  let total = drafts.reduce((sum, a) => sum + a.jp, 0);
  if (total < jpTarget && competencies.length > 0) {
    // The competency with the least margin above its standard that is not already a need
    // (catalogue order on ties); if all are needs, the top priority.
    const needed = new Set(priorities.map((p) => p.competency));
    const candidates = competencies.filter((c) => !needed.has(c.code));
    const pool = candidates.length > 0 ? candidates : competencies;
    let target = pool[0];
    for (const c of pool) if (c.gap < target.gap) target = c;
    const extra = inTrackOrder(nextLevelActivities(target.code, target.standard, jpTarget - total));
    drafts.push(...extra);
    total += extra.reduce((sum, a) => sum + a.jp, 0);
  }
  return { totalJp: total, activities: placeInQuarters(drafts) };
}

/** Assess one employee against their standards and plan their year. */
export function assessEmployee(
  record: EmployeeRecord,
  standards: EmployeeStandards,
  options: PlanOptions
): EmployeeResult {
  const competencies: CompetencyResult[] = COMPETENCIES.map((c) => {
    const standard = standards.competencies[c.code];
    const score = record.scores[c.code];
    return {
      code: c.code,
      name: c.name,
      pillar: c.pillar,
      standard,
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
      score: t.score,
      gap: gap(t.score, standard),
      need: isNeed(t.score, standard, options.tolerance),
    });
  }
  const value = jpm(
    competencies.map((c) => c.score),
    competencies.map((c) => c.standard),
    options.jpmMethod
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
    level: record.level,
    competencies,
    technical,
    jpm: value,
    category: category(value, options.scheme, options.thresholds),
    priorities,
    plan: buildPlan(priorities, competencies, options.jpTarget),
    ...(record.fileJpm !== undefined ? { fileJpm: record.fileJpm } : {}),
  };
}
