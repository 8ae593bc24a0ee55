// Whose curriculum a programme follows: art. 207(3) PP 11/2017 asks a plan for the fit with the curriculum
// standard of the agency that oversees the competency (docs/domain.md §15). The first entry that applies wins.
import type { Pillar } from "../types";
import { Bilingual, lookupOf } from "./entries";

export interface CurriculumEntry {
  readonly id: string;
  /** Short, for the sheet's column. */
  readonly name: Bilingual;
  /** What it rests on, printed in the sheet's notes. */
  readonly basis: Bilingual;
  /** Methods it covers; empty: any method. */
  readonly methods: readonly string[];
  /** Pillars it covers; empty: any pillar. */
  readonly pillars: readonly Pillar[];
}

export const CURRICULA = [
  {
    id: "functional",
    name: { id: "Kurikulum instansi pembina JF", en: "Overseeing agency of the JF" },
    basis: {
      id: "kurikulum pelatihan fungsional yang ditetapkan instansi pembina jabatan fungsional",
      en: "the functional training curriculum set by the agency overseeing the functional position",
    },
    methods: ["KL04", "KL09"],
    pillars: [],
  },
  {
    id: "technical",
    name: { id: "Kurikulum instansi teknis pembina", en: "Overseeing technical agency" },
    basis: {
      id: "standar kurikulum instansi teknis yang membina kompetensi teknis tersebut",
      en: "the curriculum standard of the technical agency overseeing that competency",
    },
    methods: [],
    pillars: ["teknis"],
  },
  {
    id: "non-classroom",
    name: { id: "Pedoman nonklasikal LAN", en: "LAN non-classroom guideline" },
    basis: {
      id: "Pedoman Pengembangan Kompetensi Non Klasikal LAN (2020); standar kompetensi PermenPANRB 38/2017",
      en: "LAN's guideline on non-classroom development (2020); competency standard of PermenPANRB 38/2017",
    },
    methods: [
      "NKL01",
      "NKL02",
      "NKL03",
      "NKL05",
      "NKL07",
      "NKL08",
      "NKL09",
      "NKL10",
      "NKL11",
      "NKL12",
    ],
    pillars: [],
  },
  {
    id: "lan",
    name: { id: "Kurikulum pelatihan LAN", en: "LAN training curriculum" },
    basis: {
      id: "kurikulum pelatihan LAN (Peraturan LAN 10/2018); standar kompetensi PermenPANRB 38/2017",
      en: "LAN's training curriculum (LAN Regulation 10/2018); competency standard of PermenPANRB 38/2017",
    },
    methods: [],
    pillars: [],
  },
] as const satisfies readonly [CurriculumEntry, ...CurriculumEntry[]];

export type CurriculumId = (typeof CURRICULA)[number]["id"];

export const curriculumEntry: (id: string) => CurriculumEntry | undefined = lookupOf(CURRICULA);

/** The curriculum a method in a competency of a pillar follows. */
export function curriculumFor(method: string, pillar: Pillar): CurriculumId {
  const found = CURRICULA.find(
    (c) =>
      ((c.methods as readonly string[]).length === 0 ||
        (c.methods as readonly string[]).includes(method)) &&
      ((c.pillars as readonly Pillar[]).length === 0 ||
        (c.pillars as readonly Pillar[]).includes(pillar))
  );
  return (found ?? CURRICULA[CURRICULA.length - 1]).id;
}
