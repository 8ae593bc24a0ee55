// What to do about a shortfall: activities along 70:20:10, chosen by competency, grade and the size of the gap,
// each booked at a size LAN credits. Rules: docs/domain.md §7–§8.
import { competency, isCompetencyCode } from "./catalogue";
import { renderMessage } from "./messages/render";
import type { ActivityAim, ActivityText } from "./messages/areas/standards.params";
import { DevMethodCode, method, TRACK_NAMES } from "./methods";
import { creditRule } from "./registry/devMethods";
import { ActivityDraft, ActivityMessage, CompetencyCode, Level } from "./types";
import { formatNumberId } from "./text";

/** An activity before it is placed in the year's schedule (its type lives with the plan's types). */
export type { ActivityDraft };

/** Size of a shortfall: 1 up to half a level, 2 up to one level, 3 beyond. */
export function gapBand(shortfall: number): 1 | 2 | 3 {
  if (shortfall <= 0.5 + 1e-9) return 1;
  if (shortfall <= 1 + 1e-9) return 2;
  return 3;
}

/** Who the employee is at work, for who guides them and what they are asked to do. */
export type Role = "leader" | "manager" | "functional" | "staff";

/** The role of a canonical grade name ("JPT Pratama (Eselon II.b)", "JF Ahli Muda", "Pelaksana"). */
export function roleOfGrade(grade: string): Role {
  if (/^JPT\b/.test(grade)) return "leader";
  if (/^(Administrator|Pengawas)\b/.test(grade)) return "manager";
  if (/^JF\b/.test(grade)) return "functional";
  return "staff";
}

/** What the planner knows of the employee and the agency when choosing activities. */
export interface ShortfallContext {
  role: Role;
  /**
   * The formal element is a classroom programme: the plan grants one to an employee's first shortfall that a
   * cohort shares or that is larger than a level (docs/domain.md §7).
   */
  classroom: boolean;
}

const DEFAULT_CONTEXT: ShortfallContext = { role: "staff", classroom: false };

/**
 * Sessions per band (docs/domain.md §8): bimbingan di tempat kerja (2 JP a session, at most 2 a month) and
 * coaching or mentoring (2 JP a session).
 */
const BAND_SESSIONS: Record<1 | 2 | 3, { work: number; social: number }> = {
  1: { work: 2, social: 1 },
  2: { work: 3, social: 2 },
  3: { work: 4, social: 3 },
};

/** JP of `n` units of a per-session or per-day method (the registry's figure). */
function unitsJp(code: DevMethodCode, n: number): number {
  const rule = creditRule(code);
  return rule.kind === "agency" ? 0 : rule.jp * n;
}

/** The classroom programme for a competency and role (KL01–KL05, docs/domain.md §8). */
export function classroomMethod(
  comp: string,
  role: Role
): "KL01" | "KL02" | "KL03" | "KL04" | "KL05" {
  if (!isCompetencyCode(comp)) return role === "functional" ? "KL04" : "KL03";
  if (comp === "PB") return "KL05";
  // Leading people and change is what leadership training teaches; the other managerial competencies go
  // to managerial training.
  if ((role === "leader" || role === "manager") && LEADERSHIP.has(comp)) return "KL01";
  return "KL02";
}

const LEADERSHIP = new Set<CompetencyCode>(["OPH", "PDOL", "MP", "PK"]);

/** An activity's coded text. */
export function activityMessage(params: ActivityText): ActivityMessage {
  return { code: "activity", params };
}

/** The text with its count of sessions or days changed (a ceiling cut the activity). */
export function withCount(text: ActivityMessage, count: number): ActivityMessage {
  return "count" in text.params ? activityMessage({ ...text.params, count } as ActivityText) : text;
}

function draft(
  comp: string,
  code: DevMethodCode,
  text: ActivityText,
  jp: number,
  purpose: ActivityDraft["purpose"],
  sessions?: number
): ActivityDraft {
  const m = method(code);
  return {
    competency: comp,
    method: code,
    methodName: m.name,
    text: activityMessage(text),
    track: m.track,
    jp,
    purpose,
    ...(sessions !== undefined ? { sessions } : {}),
  };
}

/**
 * Activities for a shortfall (gap < 0) in a competency (code, or a technical competency's name), one per
 * 70:20:10 track (the plan orders them formal, social, experiential). Each is booked at a size LAN credits
 * (docs/domain.md §8): on-the-job work as sessions of bimbingan di tempat kerja, coaching and mentoring as
 * sessions, classroom training at its programme's JP when the context grants it.
 */
export function shortfallActivities(
  comp: string,
  gapValue: number,
  context: ShortfallContext = DEFAULT_CONTEXT
): readonly ActivityDraft[] {
  const band = gapBand(-gapValue);
  // Plans for thousands of employees repeat the same few activities: build each combination once.
  const key = `${comp}\u0000${band}\u0000${context.role}\u0000${context.classroom}`;
  let cached = SHORTFALL_CACHE.get(key);
  if (!cached) {
    cached = Object.freeze(makeShortfallActivities(comp, band, context));
    SHORTFALL_CACHE.set(key, cached);
  }
  return cached;
}

/** First month activities start in: January waits for the budget to be released. */
export const FIRST_MONTH = 2;
/** Bimbingan di tempat kerja: at most 2 sessions a month (docs/domain.md §8), from FIRST_MONTH to December. */
export const WORK_SESSIONS_PER_MONTH = 2;
export const MAX_WORK_SESSIONS = WORK_SESSIONS_PER_MONTH * (12 - FIRST_MONTH + 1);

const SHORTFALL_CACHE = new Map<string, readonly ActivityDraft[]>();

function makeShortfallActivities(
  comp: string,
  band: 1 | 2 | 3,
  { role, classroom }: ShortfallContext
): ActivityDraft[] {
  const sessions = BAND_SESSIONS[band];
  const technical = !isCompetencyCode(comp);
  // A JPT is mentored at every band; others are coached by their supervisor unless the gap is large.
  const mentoring = band === 3 || role === "leader";
  const socialCode = mentoring ? "NKL02" : "NKL01";
  let formal: ActivityDraft;
  if (classroom) {
    const code = classroomMethod(comp, role);
    const rule = creditRule(code);
    const jp = rule.kind === "programme" ? rule.jp : 0;
    const length = rule.kind === "programme" ? rule.days : 0;
    formal = draft(
      comp,
      code,
      { kind: "classroom", competency: comp, method: code, days: length, jp },
      jp,
      "gap"
    );
  } else if (technical && band === 2) {
    formal = draft(comp, "KL10", { kind: "bimtek", competency: comp }, unitsJp("KL10", 1), "gap");
  } else if (band >= 2) {
    formal = draft(
      comp,
      "NKL03",
      { kind: "e-learning", competency: comp, count: 1 },
      unitsJp("NKL03", 1),
      "gap",
      1
    );
  } else {
    formal = draft(
      comp,
      "NKL09",
      { kind: "module", competency: comp, count: 1 },
      unitsJp("NKL09", 1),
      "gap",
      1
    );
  }
  return [
    draft(
      comp,
      "NKL11",
      { kind: "assignment", competency: comp, role, count: sessions.work },
      unitsJp("NKL11", sessions.work),
      "gap",
      sessions.work
    ),
    draft(
      comp,
      socialCode,
      {
        kind: mentoring ? "mentoring" : "coaching",
        competency: comp,
        role,
        count: sessions.social,
      },
      unitsJp(socialCode, sessions.social),
      "gap",
      sessions.social
    ),
    formal,
  ];
}

/**
 * Activities worth `remaining` JP that prepare a competency for the next level (or keep it at the top level),
 * used to reach the yearly JP target, each at a creditable size (docs/domain.md §8): a day of komunitas
 * belajar, a day of e-learning, sessions of bimbingan di tempat kerja, and self-study days for an odd JP.
 */
export function nextLevelActivities(
  comp: string,
  standard: number,
  remaining: number,
  role: Role = "staff",
  workRoom: number = MAX_WORK_SESSIONS
): ActivityDraft[] {
  if (remaining <= 0) return [];
  const next = Math.min(5, Math.floor(standard) + 1) as Level;
  const aim: ActivityAim = { level: next, keep: standard >= 5 };
  if (remaining < 5) {
    const selfDays = Math.ceil(remaining / 2);
    return [
      draft(
        comp,
        "NKL09",
        { kind: "self-study", competency: comp, count: selfDays, aim, short: true },
        remaining,
        "next-level",
        selfDays
      ),
    ];
  }
  const social = unitsJp("NKL10", 1);
  const formal = remaining >= 8 ? unitsJp("NKL03", 1) : 0;
  const rest = remaining - social - formal;
  // Bimbingan di tempat kerja is credited for at most 2 sessions a month: the rest of a large target is
  // self-study (at most 2 JP a day).
  const workSessions = Math.max(0, Math.min(Math.floor(rest / 2), workRoom));
  const selfStudy = rest - 2 * workSessions;
  const out: ActivityDraft[] = [];
  if (workSessions > 0)
    out.push(
      draft(
        comp,
        "NKL11",
        { kind: "enrichment", competency: comp, role, count: workSessions, aim },
        unitsJp("NKL11", workSessions),
        "next-level",
        workSessions
      )
    );
  out.push(
    draft(
      comp,
      "NKL10",
      { kind: "community", competency: comp, count: 1, aim },
      social,
      "next-level",
      1
    )
  );
  if (formal > 0)
    out.push(
      draft(
        comp,
        "NKL03",
        { kind: "e-learning", competency: comp, count: 1, aim },
        formal,
        "next-level",
        1
      )
    );
  if (selfStudy > 0) {
    const selfDays = Math.ceil(selfStudy / 2);
    out.push(
      draft(
        comp,
        "NKL09",
        { kind: "self-study", competency: comp, count: selfDays, aim, short: false },
        selfStudy,
        "next-level",
        selfDays
      )
    );
  }
  return out;
}

function compName(comp: string): string {
  return isCompetencyCode(comp) ? competency(comp).name : comp;
}

/** The recommendation for one competency and gap, as one line of text (for =SKJ.REKOMENDASI). */
export function recommendationText(comp: string, gapValue: number): string {
  const label = (a: ActivityDraft) => renderMessage(a.text, "id");
  const name = compName(comp);
  if (gapValue >= 0) {
    const acts = nextLevelActivities(comp, 3, 10);
    return (
      `${name}: tidak ada kesenjangan (gap ${formatNumberId(gapValue)}). Pertahankan dan kembangkan: ` +
      acts.map((a) => `${a.track}% ${a.methodName} (${a.jp} JP)`).join("; ") +
      "."
    );
  }
  const acts = shortfallActivities(comp, gapValue);
  const parts = acts.map((a) => `${TRACK_NAMES[a.track]}: ${label(a)} [${a.method}, ${a.jp} JP]`);
  const total = acts.reduce((sum, a) => sum + a.jp, 0);
  return `${name} (gap ${formatNumberId(gapValue)}): ${parts.join("; ")}. Total ${total} JP.`;
}
