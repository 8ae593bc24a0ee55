// What to do about a shortfall: activities along 70:20:10, chosen by competency and by the size of the gap. Rules: docs/domain.md §7–§8.
import { competency, isCompetencyCode, LEVEL_NAMES } from "./catalogue";
import { DevMethodCode, method, TRACK_NAMES } from "./methods";
import { ActivityDraft, CompetencyCode, Level } from "./types";
import { formatNumberId } from "./text";

/** An activity before it is placed in a quarter (its type lives with the plan's types). */
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

/** JP per band, split 70:20:10 (experiential / social / formal). */
const BAND_JP: Record<1 | 2 | 3, { work: number; social: number; formal: number }> = {
  1: { work: 7, social: 2, formal: 1 },
  2: { work: 14, social: 4, formal: 2 },
  3: { work: 21, social: 6, formal: 3 },
};

function draft(
  comp: string,
  code: DevMethodCode,
  label: string,
  jp: number,
  purpose: ActivityDraft["purpose"]
): ActivityDraft {
  const m = method(code);
  return { competency: comp, method: code, methodName: m.name, label, track: m.track, jp, purpose };
}

/**
 * Activities for a shortfall (gap < 0) in a competency (code, or a technical competency's name), one per
 * 70:20:10 track (the plan orders them formal, social, experiential).
 */
export function shortfallActivities(comp: string, gapValue: number): readonly ActivityDraft[] {
  const band = gapBand(-gapValue);
  // Plans for thousands of employees repeat the same few activities: build each (competency, band) once.
  const key = `${comp}\u0000${band}`;
  let cached = SHORTFALL_CACHE.get(key);
  if (!cached) {
    cached = Object.freeze(makeShortfallActivities(comp, band));
    SHORTFALL_CACHE.set(key, cached);
  }
  return cached;
}

const SHORTFALL_CACHE = new Map<string, readonly ActivityDraft[]>();

function makeShortfallActivities(comp: string, band: 1 | 2 | 3): ActivityDraft[] {
  const jp = BAND_JP[band];
  const t = topicsFor(comp);
  const technical = !isCompetencyCode(comp);
  const sessions = jp.social / 2;
  const socialCode = band === 3 ? "NKL02" : "NKL01";
  const socialWho =
    band === 3 ? "Mentoring oleh pejabat yang menguasai" : "Coaching oleh atasan langsung:";
  const formal =
    technical && band >= 2
      ? draft(comp, "KL10", `Bimbingan teknis ${t.formal}`, 4, "gap")
      : band === 3
        ? draft(comp, "NKL03", `E-learning ${t.formal}`, jp.formal, "gap")
        : draft(comp, "NKL09", `Belajar mandiri: modul ${t.formal}`, jp.formal, "gap");
  return [
    draft(
      comp,
      "NKL11",
      `Penugasan: ${t.work}${band === 3 ? ", dengan pendampingan berkala" : ""}`,
      jp.work,
      "gap"
    ),
    draft(comp, socialCode, `${socialWho} ${t.social} (${sessions} sesi)`, jp.social, "gap"),
    formal,
  ];
}

/**
 * Activities worth `remaining` JP that prepare a competency for the next level (or keep it at the top level),
 * split 70:20:10, used to reach the yearly JP target.
 */
export function nextLevelActivities(
  comp: string,
  standard: number,
  remaining: number
): ActivityDraft[] {
  if (remaining <= 0) return [];
  const t = topicsFor(comp);
  const next = Math.min(5, Math.floor(standard) + 1) as Level;
  const aim =
    standard >= 5
      ? "mempertahankan level 5 (Ahli)"
      : `persiapan level ${next} (${LEVEL_NAMES[next]})`;
  if (remaining < 5) {
    return [draft(comp, "NKL09", `Belajar mandiri: ${t.formal}, ${aim}`, remaining, "next-level")];
  }
  const social = Math.max(2, 2 * Math.round(remaining / 10));
  const formal = Math.max(1, Math.round(remaining / 10));
  const work = remaining - social - formal;
  return [
    draft(comp, "NKL11", `Pengayaan tugas (job enrichment): ${t.work}; ${aim}`, work, "next-level"),
    draft(comp, "NKL10", `Komunitas belajar: ${t.social}; ${aim}`, social, "next-level"),
    // E-learning modules are credited 3 JP; less than that is self-study.
    formal >= 3
      ? draft(comp, "NKL03", `E-learning ${t.formal}; ${aim}`, formal, "next-level")
      : draft(comp, "NKL09", `Belajar mandiri: ${t.formal}; ${aim}`, formal, "next-level"),
  ];
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
