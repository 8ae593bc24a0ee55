// Development methods of Peraturan LAN 10/2018 (KL: klasikal, NKL: nonklasikal), with the JP agency systems
// commonly credit (docs/domain.md §8) and the 70:20:10 track each serves. The method codes
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
}

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
  },
  {
    id: "KL02",
    name: { id: "Pelatihan manajerial", en: "Managerial training" },
    track: 10,
    jp: null,
    basis: LAN,
  },
  {
    id: "KL03",
    name: { id: "Pelatihan teknis", en: "Technical training" },
    track: 10,
    jp: null,
    basis: LAN,
  },
  {
    id: "KL04",
    name: { id: "Pelatihan fungsional", en: "Functional training" },
    track: 10,
    jp: null,
    basis: LAN,
  },
  {
    id: "KL05",
    name: { id: "Pelatihan sosial kultural", en: "Socio-cultural training" },
    track: 10,
    jp: null,
    basis: LAN,
  },
  {
    id: "KL06",
    name: { id: "Seminar/konferensi/sarasehan", en: "Seminar/conference" },
    track: 10,
    jp: 4,
    basis: LAN,
  },
  {
    id: "KL07",
    name: { id: "Workshop/lokakarya", en: "Workshop" },
    track: 10,
    jp: 5,
    basis: LAN,
  },
  { id: "KL08", name: { id: "Kursus", en: "Course" }, track: 10, jp: null, basis: LAN },
  {
    id: "KL09",
    name: { id: "Penataran", en: "Upgrading course" },
    track: 10,
    jp: null,
    basis: LAN,
  },
  {
    id: "KL10",
    name: { id: "Bimbingan teknis", en: "Technical guidance" },
    track: 10,
    jp: 4,
    basis: LAN,
  },
  { id: "KL11", name: { id: "Sosialisasi", en: "Briefing" }, track: 10, jp: 4, basis: LAN },
  {
    id: "KL12",
    name: { id: "Klasikal lainnya", en: "Other classroom method" },
    track: 10,
    jp: null,
    basis: AGENCY,
  },
  {
    id: "NKL01",
    name: { id: "Coaching", en: "Coaching" },
    track: 20,
    jp: 2,
    unit: "sesi",
    basis: LAN,
  },
  {
    id: "NKL02",
    name: { id: "Mentoring", en: "Mentoring" },
    track: 20,
    jp: 2,
    unit: "sesi",
    basis: LAN,
  },
  { id: "NKL03", name: { id: "E-learning", en: "E-learning" }, track: 10, jp: 3, basis: LAN },
  {
    id: "NKL04",
    name: { id: "Pelatihan jarak jauh", en: "Distance training" },
    track: 10,
    jp: 4,
    basis: LAN,
  },
  {
    id: "NKL05",
    name: { id: "Detasering (secondment)", en: "Secondment" },
    track: 70,
    jp: 20,
    basis: LAN,
  },
  {
    id: "NKL06",
    name: { id: "Pembelajaran alam terbuka (outbound)", en: "Outbound learning" },
    track: 20,
    jp: 4,
    basis: LAN,
  },
  {
    id: "NKL07",
    name: { id: "Patok banding (benchmarking)", en: "Benchmarking" },
    track: 20,
    jp: 10,
    basis: LAN,
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
  },
  {
    id: "NKL09",
    name: { id: "Belajar mandiri (self development)", en: "Self-study" },
    track: 10,
    jp: 2,
    unit: "hari",
    basis: LAN,
  },
  {
    id: "NKL10",
    // Sources disagree on its track; the product counts it as social learning.
    name: { id: "Komunitas belajar (community of practice)", en: "Community of practice" },
    track: 20,
    jp: 2,
    basis: LAN,
  },
  {
    id: "NKL11",
    name: { id: "Bimbingan di tempat kerja", en: "On-the-job guidance" },
    track: 70,
    jp: null,
    basis: LAN,
  },
  {
    id: "NKL12",
    name: { id: "Magang/praktik kerja", en: "Internship" },
    track: 70,
    jp: 20,
    basis: LAN,
  },
  {
    id: "NKL13",
    // An agency's own non-classroom method is most often on the job; it carries the agency's own JP rule.
    name: { id: "Nonklasikal lainnya", en: "Other non-classroom method" },
    track: 70,
    jp: null,
    basis: AGENCY,
  },
] as const satisfies readonly [DevMethodEntry, ...DevMethodEntry[]];

export type DevMethodCode = (typeof DEV_METHODS)[number]["id"];

export const DEV_METHOD_CODES = idsOf(DEV_METHODS);

const BY_CODE = new Map<string, DevMethodEntry>(DEV_METHODS.map((m) => [m.id, m]));

/** The entry of a method code, or undefined for a code the registry does not know. */
export function devMethodEntry(code: string): DevMethodEntry | undefined {
  return BY_CODE.get(code);
}
