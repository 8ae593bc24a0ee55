// Development methods of Peraturan LAN 10/2018 (KL: klasikal, NKL: nonklasikal), with the JP LAN's
// conversion guideline credits (docs/domain.md §8: the `credit` rule) and the 70:20:10 track each serves. The method codes
// recommendations may use, the method names in plans and summaries, and the DevMethodCode type derive from
// this list.
import type { Track } from "../types";
import { Bilingual, idsOf, lookupOf } from "./entries";

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

/** An entry: LAN code, names in both languages, track and JP credit; the regulation is its basis unless said. */
function method<const I extends string>(
  id: I,
  nameId: string,
  nameEn: string,
  track: Track,
  jp: number | null,
  credit: CreditRule,
  extra: { unit?: "sesi" | "hari"; basis?: string } = {}
) {
  return { id, name: { id: nameId, en: nameEn }, track, jp, basis: LAN, credit, ...extra };
}

export const DEV_METHODS = [
  method("KL01", "Pelatihan struktural kepemimpinan", "Leadership training", 10, null, days(5)),
  method("KL02", "Pelatihan manajerial", "Managerial training", 10, null, days(3)),
  method("KL03", "Pelatihan teknis", "Technical training", 10, null, days(3)),
  method("KL04", "Pelatihan fungsional", "Functional training", 10, null, days(3)),
  method("KL05", "Pelatihan sosial kultural", "Socio-cultural training", 10, null, days(2)),
  method("KL06", "Seminar/konferensi/sarasehan", "Seminar/conference", 10, 4, {
    kind: "day",
    jp: 4,
  }),
  method("KL07", "Workshop/lokakarya", "Workshop", 10, 5, { kind: "day", jp: 5 }),
  method("KL08", "Kursus", "Course", 10, null, days(2)),
  method("KL09", "Penataran", "Upgrading course", 10, null, days(3)),
  method("KL10", "Bimbingan teknis", "Technical guidance", 10, 4, { kind: "event", jp: 4 }),
  method("KL11", "Sosialisasi", "Briefing", 10, 4, { kind: "event", jp: 4 }),
  method(
    "KL12",
    "Klasikal lainnya",
    "Other classroom method",
    10,
    null,
    { kind: "agency" },
    { basis: AGENCY }
  ),
  method("NKL01", "Coaching", "Coaching", 20, 2, { kind: "session", jp: 2 }, { unit: "sesi" }),
  method("NKL02", "Mentoring", "Mentoring", 20, 2, { kind: "session", jp: 2 }, { unit: "sesi" }),
  method("NKL03", "E-learning", "E-learning", 10, 3, { kind: "day", jp: 3 }),
  method("NKL04", "Pelatihan jarak jauh", "Distance training", 10, 4, days(2)),
  method("NKL05", "Detasering (secondment)", "Secondment", 70, 20, { kind: "event", jp: 20 }),
  method("NKL06", "Pembelajaran alam terbuka (outbound)", "Outbound learning", 20, 4, days(1)),
  method("NKL07", "Patok banding (benchmarking)", "Benchmarking", 20, 10, {
    kind: "event",
    jp: 10,
  }),
  method(
    "NKL08",
    "Pertukaran PNS dengan pegawai swasta/BUMN/BUMD",
    "Exchange with private or state-owned enterprise staff",
    70,
    20,
    { kind: "event", jp: 20 }
  ),
  method(
    "NKL09",
    "Belajar mandiri (self development)",
    "Self-study",
    10,
    2,
    { kind: "day", jp: 2 },
    { unit: "hari" }
  ),
  // Sources disagree on its track; the product counts it as social learning.
  method("NKL10", "Komunitas belajar (community of practice)", "Community of practice", 20, 2, {
    kind: "day",
    jp: 2,
  }),
  method("NKL11", "Bimbingan di tempat kerja", "On-the-job guidance", 70, null, {
    kind: "session",
    jp: 2,
    perMonth: 2,
  }),
  method("NKL12", "Magang/praktik kerja", "Internship", 70, 20, { kind: "event", jp: 20 }),
  // An agency's own non-classroom method is most often on the job; it carries the agency's own JP rule.
  method(
    "NKL13",
    "Nonklasikal lainnya",
    "Other non-classroom method",
    70,
    null,
    { kind: "agency" },
    { basis: AGENCY }
  ),
] as const satisfies readonly [DevMethodEntry, ...DevMethodEntry[]];

export type DevMethodCode = (typeof DEV_METHODS)[number]["id"];

export const DEV_METHOD_CODES = idsOf(DEV_METHODS);

/** The entry of a method code, or undefined for a code the registry does not know. */
export const devMethodEntry: (code: string) => DevMethodEntry | undefined = lookupOf(DEV_METHODS);

/** The crediting rule of a method code the registry knows. */
export function creditRule(code: DevMethodCode): CreditRule {
  return devMethodEntry(code)!.credit;
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
