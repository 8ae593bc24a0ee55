// Development methods of Peraturan LAN 10/2018 (KL: klasikal, NKL: nonklasikal), with the JP LAN's
// conversion guideline credits (docs/domain.md §8: the `credit` rule) and the 70:20:10 track each serves. The method codes
// recommendations may use, the method names in plans and summaries, and the DevMethodCode type derive from
// this list.
import type { Track } from "../types";
import { Bilingual, idsOf } from "./entries";

export interface DevMethodEntry {
  /** LAN code, e.g. "NKL01". */
  readonly id: string;
  readonly name: Bilingual;
  /** 70 experiential, 20 social, 10 formal: the product's choice where sources disagree. */
  readonly track: Track;
  /** JP commonly credited per unit (session, day, event); null when it depends on the programme. */
  readonly jp: number | null;
  /** What one credit of `jp` is for, when not the whole event. */
  readonly unit?: "sesi" | "hari";
  readonly basis: string;
  /** How LAN credits the method in JP (docs/domain.md §8); the planner books only creditable sizes. */
  readonly credit: CreditRule;
}

/**
 * The JP a method earns (docs/domain.md §8):
 * - `session`: `jp` a session, at most `perMonth` sessions a month when capped (bimbingan di tempat kerja);
 * - `day`: at most `jp` a day (seminar, workshop, e-learning, self-study, community of practice);
 * - `event`: a fixed `jp` for the whole event (magang, detasering, bimtek);
 * - `programme`: the programme's own JP; `jp` is the product's default duration (8 JP a day of 45 minutes);
 * - `agency`: an agency's own method with its own rule; never booked by the planner.
 */
export type CreditRule =
  | { readonly kind: "session"; readonly jp: number; readonly perMonth?: number }
  | { readonly kind: "day"; readonly jp: number }
  | { readonly kind: "event"; readonly jp: number }
  | { readonly kind: "programme"; readonly jp: number; readonly days: number }
  | { readonly kind: "agency" };

/** JP of one classroom day (9 lessons of 45 minutes less breaks): the default behind programme durations. */
export const JP_PER_DAY = 8;
const days = (n: number): CreditRule => ({ kind: "programme", jp: n * JP_PER_DAY, days: n });

const LAN = "Peraturan LAN 10/2018";
/** "Lainnya" codes are agency additions seen in agency systems, not in the regulation. */
const AGENCY = "ditambahkan sistem instansi (lainnya)";

export const DEV_METHODS = [
  {
    id: "KL01",
    name: { id: "Pelatihan struktural kepemimpinan", en: "Leadership training" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(5),
  },
  {
    id: "KL02",
    name: { id: "Pelatihan manajerial", en: "Managerial training" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(3),
  },
  {
    id: "KL03",
    name: { id: "Pelatihan teknis", en: "Technical training" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(3),
  },
  {
    id: "KL04",
    name: { id: "Pelatihan fungsional", en: "Functional training" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(3),
  },
  {
    id: "KL05",
    name: { id: "Pelatihan sosial kultural", en: "Socio-cultural training" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(2),
  },
  {
    id: "KL06",
    name: { id: "Seminar/konferensi/sarasehan", en: "Seminar/conference" },
    track: 10,
    jp: 4,
    basis: LAN,
    credit: { kind: "day", jp: 4 },
  },
  {
    id: "KL07",
    name: { id: "Workshop/lokakarya", en: "Workshop" },
    track: 10,
    jp: 5,
    basis: LAN,
    credit: { kind: "day", jp: 5 },
  },
  {
    id: "KL08",
    name: { id: "Kursus", en: "Course" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(2),
  },
  {
    id: "KL09",
    name: { id: "Penataran", en: "Upgrading course" },
    track: 10,
    jp: null,
    basis: LAN,
    credit: days(3),
  },
  {
    id: "KL10",
    name: { id: "Bimbingan teknis", en: "Technical guidance" },
    track: 10,
    jp: 4,
    basis: LAN,
    credit: { kind: "event", jp: 4 },
  },
  {
    id: "KL11",
    name: { id: "Sosialisasi", en: "Briefing" },
    track: 10,
    jp: 4,
    basis: LAN,
    credit: { kind: "event", jp: 4 },
  },
  {
    id: "KL12",
    name: { id: "Klasikal lainnya", en: "Other classroom method" },
    track: 10,
    jp: null,
    basis: AGENCY,
    credit: { kind: "agency" },
  },
  {
    id: "NKL01",
    name: { id: "Coaching", en: "Coaching" },
    track: 20,
    jp: 2,
    unit: "sesi",
    basis: LAN,
    credit: { kind: "session", jp: 2 },
  },
  {
    id: "NKL02",
    name: { id: "Mentoring", en: "Mentoring" },
    track: 20,
    jp: 2,
    unit: "sesi",
    basis: LAN,
    credit: { kind: "session", jp: 2 },
  },
  {
    id: "NKL03",
    name: { id: "E-learning", en: "E-learning" },
    track: 10,
    jp: 3,
    basis: LAN,
    credit: { kind: "day", jp: 3 },
  },
  {
    id: "NKL04",
    name: { id: "Pelatihan jarak jauh", en: "Distance training" },
    track: 10,
    jp: 4,
    basis: LAN,
    credit: days(2),
  },
  {
    id: "NKL05",
    name: { id: "Detasering (secondment)", en: "Secondment" },
    track: 70,
    jp: 20,
    basis: LAN,
    credit: { kind: "event", jp: 20 },
  },
  {
    id: "NKL06",
    name: { id: "Pembelajaran alam terbuka (outbound)", en: "Outbound learning" },
    track: 20,
    jp: 4,
    basis: LAN,
    credit: days(1),
  },
  {
    id: "NKL07",
    name: { id: "Patok banding (benchmarking)", en: "Benchmarking" },
    track: 20,
    jp: 10,
    basis: LAN,
    credit: { kind: "event", jp: 10 },
  },
  {
    id: "NKL08",
    name: {
      id: "Pertukaran PNS dengan pegawai swasta/BUMN/BUMD",
      en: "Exchange with private or state-owned enterprise staff",
    },
    track: 70,
    jp: 20,
    basis: LAN,
    credit: { kind: "event", jp: 20 },
  },
  {
    id: "NKL09",
    name: { id: "Belajar mandiri (self development)", en: "Self-study" },
    track: 10,
    jp: 2,
    unit: "hari",
    basis: LAN,
    credit: { kind: "day", jp: 2 },
  },
  {
    id: "NKL10",
    // Sources disagree on its track; the product counts it as social learning.
    name: { id: "Komunitas belajar (community of practice)", en: "Community of practice" },
    track: 20,
    jp: 2,
    basis: LAN,
    credit: { kind: "day", jp: 2 },
  },
  {
    id: "NKL11",
    name: { id: "Bimbingan di tempat kerja", en: "On-the-job guidance" },
    track: 70,
    jp: null,
    basis: LAN,
    credit: { kind: "session", jp: 2, perMonth: 2 },
  },
  {
    id: "NKL12",
    name: { id: "Magang/praktik kerja", en: "Internship" },
    track: 70,
    jp: 20,
    basis: LAN,
    credit: { kind: "event", jp: 20 },
  },
  {
    id: "NKL13",
    // An agency's own non-classroom method is most often on the job; it carries the agency's own JP rule.
    name: { id: "Nonklasikal lainnya", en: "Other non-classroom method" },
    track: 70,
    jp: null,
    basis: AGENCY,
    credit: { kind: "agency" },
  },
] as const satisfies readonly [DevMethodEntry, ...DevMethodEntry[]];

export type DevMethodCode = (typeof DEV_METHODS)[number]["id"];

export const DEV_METHOD_CODES = idsOf(DEV_METHODS);

const BY_CODE = new Map<string, DevMethodEntry>(DEV_METHODS.map((m) => [m.id, m]));

/** The entry of a method code, or undefined for a code the registry does not know. */
export function devMethodEntry(code: string): DevMethodEntry | undefined {
  return BY_CODE.get(code);
}

/** The crediting rule of a method code the registry knows. */
export function creditRule(code: DevMethodCode): CreditRule {
  return BY_CODE.get(code)!.credit;
}

/**
 * Whether LAN credits `jp` for the method when spread over `months` months (docs/domain.md §8): whole
 * sessions within the monthly cap, whole days at most the daily figure, the event's fixed figure, a programme's
 * JP in whole days. An agency's own method is never creditable by default.
 */
export function isCreditable(code: DevMethodCode, jp: number, months = 12): boolean {
  const rule = creditRule(code);
  if (!(jp > 0) || !Number.isInteger(jp)) return false;
  switch (rule.kind) {
    case "session":
      return (
        jp % rule.jp === 0 &&
        (rule.perMonth === undefined || jp / rule.jp <= rule.perMonth * months)
      );
    case "day":
      return jp <= rule.jp * 366;
    case "event":
      return jp % rule.jp === 0;
    case "programme":
      return jp % JP_PER_DAY === 0 || jp === rule.jp;
    case "agency":
      return false;
  }
}
