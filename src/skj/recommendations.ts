// What to do about a shortfall: activities along 70:20:10, chosen by competency, grade and the size of the gap,
// each booked at a size LAN credits. Rules: docs/domain.md §7–§8.
import { competency, isCompetencyCode, LEVEL_NAMES } from "./catalogue";
import { DevMethodCode, method, TRACK_NAMES } from "./methods";
import { creditRule } from "./registry/devMethods";
import { ActivityDraft, CompetencyCode, Level } from "./types";
import { formatNumberId } from "./text";

/** An activity before it is placed in the year's schedule (its type lives with the plan's types). */
export type { ActivityDraft };

interface Topics {
  /** On-the-job assignment (70). */
  work: string;
  /** Coaching / mentoring focus (20). */
  social: string;
  /** Self-study or e-learning topic (10). */
  formal: string;
}

const TOPICS: Record<CompetencyCode, Topics> = {
  INT: {
    work: "menjadi agen integritas unit: memantau kepatuhan kode etik dan pembangunan Zona Integritas",
    social: "penerapan kode etik, nilai BerAKHLAK dan penanganan konflik kepentingan",
    formal: "integritas dan antikorupsi",
  },
  KS: {
    work: "bertugas dalam tim lintas bidang atau kelompok kerja dengan target bersama",
    social: "membangun kerja sama dan sinergi tim",
    formal: "kerja sama tim dan kolaborasi",
  },
  KOM: {
    work: "menyusun dan memaparkan laporan atau bahan presentasi unit kepada pimpinan",
    social: "umpan balik atas presentasi, tulisan dinas dan cara menyampaikan informasi",
    formal: "komunikasi efektif dan penulisan naskah dinas",
  },
  OPH: {
    work: "memegang target kinerja terukur dengan tenggat (proyek kecil unit)",
    social: "penetapan, pemantauan dan pelampauan target kinerja (SKP)",
    formal: "manajemen kinerja dan perencanaan kerja",
  },
  PP: {
    work: "bertugas di layanan atau penanganan pengaduan dan mengusulkan perbaikan standar pelayanan",
    social: "pelayanan prima dan tindak lanjut survei kepuasan masyarakat",
    formal: "standar pelayanan publik dan survei kepuasan masyarakat",
  },
  PDOL: {
    work: "membimbing pegawai baru atau menjadi narasumber berbagi pengetahuan di unit",
    social: "menyusun dan menjalankan rencana pengembangan diri (IDP)",
    formal: "coaching, mentoring dan pengembangan diri",
  },
  MP: {
    work: "terlibat dalam proyek perubahan atau inovasi unit",
    social: "menghadapi dan mengelola perubahan di unit kerja",
    formal: "manajemen perubahan dan inovasi pelayanan",
  },
  PK: {
    work: "menyusun telaahan staf dengan beberapa alternatif keputusan dan risikonya",
    social: "analisis masalah dan pengambilan keputusan dalam kewenangan",
    formal: "pemecahan masalah dan pengambilan keputusan",
  },
  PB: {
    work: "bertugas dalam kegiatan atau layanan bagi kelompok masyarakat yang beragam",
    social: "wawasan kebangsaan, toleransi dan mediasi perbedaan",
    formal: "wawasan kebangsaan dan moderasi",
  },
};

function topicsFor(comp: string): Topics {
  if (isCompetencyCode(comp)) return TOPICS[comp];
  return {
    work: `mengerjakan tugas ${comp} di bawah bimbingan pejabat yang menguasainya`,
    social: `praktik ${comp} bersama pejabat fungsional atau pegawai senior di bidangnya`,
    formal: comp,
  };
}

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

/** A JPT leads: its on-the-job tasks are the agency's, not a unit's reports to a superior. */
const LEADER_WORK: Record<CompetencyCode, string> = {
  INT: "memimpin pembangunan Zona Integritas dan pengendalian gratifikasi di instansi",
  KS: "memimpin forum koordinasi lintas perangkat daerah atau instansi dengan target bersama",
  KOM: "memaparkan kebijakan dan capaian instansi kepada kepala daerah, DPRD dan pemangku kepentingan",
  OPH: "menetapkan dan mengawal sasaran kinerja instansi (perjanjian kinerja) bersama para pejabat administrator",
  PP: "memimpin perbaikan standar pelayanan instansi dan tindak lanjut survei kepuasan masyarakat",
  PDOL: "menjadi mentor bagi pejabat administrator dan menyusun program pengembangan pegawai instansi",
  MP: "memimpin proyek perubahan atau reformasi birokrasi instansi",
  PK: "memimpin perumusan kebijakan berisiko tinggi dengan analisis alternatif dan risikonya",
  PB: "memimpin program instansi yang melibatkan kelompok masyarakat yang beragam",
};

/** Who guides the employee on the job and in coaching, by role. */
function guide(role: Role): { work: string; coach: string; mentor: string } {
  if (role === "leader")
    return {
      work: "dengan umpan balik Sekretaris Daerah/pimpinan instansi",
      coach: "Coaching oleh coach profesional atau JPT senior:",
      mentor: "Mentoring oleh JPT senior atau widyaiswara ahli:",
    };
  if (role === "functional")
    return {
      work: "dengan bimbingan atasan langsung atau pejabat fungsional senior",
      coach: "Coaching oleh atasan langsung:",
      mentor: "Mentoring oleh pejabat fungsional senior yang menguasai",
    };
  return {
    work: "dengan bimbingan atasan langsung",
    coach: "Coaching oleh atasan langsung:",
    mentor: "Mentoring oleh pejabat yang menguasai",
  };
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

const CLASSROOM_TITLE: Record<"KL01" | "KL02" | "KL03" | "KL04" | "KL05", string> = {
  KL01: "Pelatihan kepemimpinan tematik",
  KL02: "Pelatihan manajerial",
  KL03: "Pelatihan teknis",
  KL04: "Pelatihan fungsional",
  KL05: "Pelatihan sosial kultural",
};

function draft(
  comp: string,
  code: DevMethodCode,
  label: string,
  jp: number,
  purpose: ActivityDraft["purpose"],
  sessions?: number
): ActivityDraft {
  const m = method(code);
  return {
    competency: comp,
    method: code,
    methodName: m.name,
    label,
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
  const t = topicsFor(comp);
  const who = guide(role);
  const technical = !isCompetencyCode(comp);
  const work = role === "leader" && !technical ? LEADER_WORK[comp as CompetencyCode] : t.work;
  // A JPT is mentored at every band; others are coached by their supervisor unless the gap is large.
  const mentoring = band === 3 || role === "leader";
  const socialCode = mentoring ? "NKL02" : "NKL01";
  const socialWho = mentoring ? who.mentor : who.coach;
  let formal: ActivityDraft;
  if (classroom) {
    const code = classroomMethod(comp, role);
    const rule = creditRule(code);
    const jp = rule.kind === "programme" ? rule.jp : 0;
    const length = rule.kind === "programme" ? rule.days : 0;
    formal = draft(
      comp,
      code,
      `${CLASSROOM_TITLE[code]}: ${t.formal} (${length} hari, ${jp} JP)`,
      jp,
      "gap"
    );
  } else if (technical && band === 2) {
    formal = draft(comp, "KL10", `Bimbingan teknis ${t.formal}`, unitsJp("KL10", 1), "gap");
  } else if (band >= 2) {
    formal = draft(comp, "NKL03", `E-learning ${t.formal} (1 hari)`, unitsJp("NKL03", 1), "gap", 1);
  } else {
    formal = draft(
      comp,
      "NKL09",
      `Belajar mandiri: modul ${t.formal} (1 hari)`,
      unitsJp("NKL09", 1),
      "gap",
      1
    );
  }
  return [
    draft(
      comp,
      "NKL11",
      `Penugasan ${who.work} (${sessions.work} sesi): ${work}`,
      unitsJp("NKL11", sessions.work),
      "gap",
      sessions.work
    ),
    draft(
      comp,
      socialCode,
      `${socialWho} ${t.social} (${sessions.social} sesi)`,
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
  const t = topicsFor(comp);
  const who = guide(role);
  const work = role === "leader" && isCompetencyCode(comp) ? LEADER_WORK[comp] : t.work;
  const next = Math.min(5, Math.floor(standard) + 1) as Level;
  const aim =
    standard >= 5
      ? "mempertahankan level 5 (Ahli)"
      : `persiapan level ${next} (${LEVEL_NAMES[next]})`;
  if (remaining < 5) {
    const selfDays = Math.ceil(remaining / 2);
    return [
      draft(
        comp,
        "NKL09",
        `Belajar mandiri: ${t.formal}, ${aim} (${selfDays} hari)`,
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
        `Pengayaan tugas ${who.work} (${workSessions} sesi): ${work}; ${aim}`,
        unitsJp("NKL11", workSessions),
        "next-level",
        workSessions
      )
    );
  out.push(
    draft(comp, "NKL10", `Komunitas belajar (1 hari): ${t.social}; ${aim}`, social, "next-level", 1)
  );
  if (formal > 0)
    out.push(
      draft(comp, "NKL03", `E-learning ${t.formal} (1 hari); ${aim}`, formal, "next-level", 1)
    );
  if (selfStudy > 0) {
    const selfDays = Math.ceil(selfStudy / 2);
    out.push(
      draft(
        comp,
        "NKL09",
        `Belajar mandiri: ${t.formal}; ${aim} (${selfDays} hari)`,
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
  const parts = acts.map((a) => `${TRACK_NAMES[a.track]}: ${a.label} [${a.method}, ${a.jp} JP]`);
  const total = acts.reduce((sum, a) => sum + a.jp, 0);
  return `${name} (gap ${formatNumberId(gapValue)}): ${parts.join("; ")}. Total ${total} JP.`;
}
