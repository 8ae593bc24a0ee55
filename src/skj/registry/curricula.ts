// Whose curriculum a programme follows: art. 207(3) PP 11/2017 asks a plan for the fit with the curriculum
// standard of the agency that oversees the competency (docs/domain.md §15). The first entry that applies wins.
import type { Pillar } from "../types";
import { Bilingual, lookupOf } from "./entries";

export interface CurriculumEntry {
  readonly id: string;
  readonly name: Bilingual;
  /** Methods it covers; empty: any method. */
  readonly methods: readonly string[];
  /** Pillars it covers; empty: any pillar. */
  readonly pillars: readonly Pillar[];
}

export const CURRICULA = [
  {
    id: "functional",
    name: {
      id: "Kurikulum pelatihan fungsional instansi pembina jabatan fungsional",
      en: "Functional training curriculum of the position's overseeing agency",
    },
    methods: ["KL04", "KL09"],
    pillars: [],
  },
  {
    id: "technical",
    name: {
      id: "Standar kurikulum instansi teknis pembina kompetensi",
      en: "Curriculum standard of the agency overseeing the technical field",
    },
    methods: [],
    pillars: ["teknis"],
  },
  {
    id: "non-classroom",
    name: {
      id: "Pedoman pengembangan kompetensi nonklasikal LAN (2020); SKJ PermenPANRB 38/2017",
      en: "LAN guideline on non-classroom development (2020); SKJ of PermenPANRB 38/2017",
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
    name: {
      id: "Kurikulum pelatihan LAN (Peraturan LAN 10/2018); SKJ PermenPANRB 38/2017",
      en: "LAN training curriculum (LAN Regulation 10/2018); SKJ of PermenPANRB 38/2017",
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
