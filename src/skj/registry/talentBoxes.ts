// The talent nine-box of PermenPANRB 3/2020 (axes kept by PermenPANRB 20/2025): performance against
// potential, each on three levels. Types, the custom functions' texts and the grid sheet derive from it
// (docs/domain.md §9).
import type { Bilingual } from "./entries";

export const PERFORMANCE_LEVELS = ["below", "meets", "exceeds"] as const;
export type PerformanceLevel = (typeof PERFORMANCE_LEVELS)[number];
export const POTENTIAL_LEVELS = ["low", "medium", "high"] as const;
export type PotentialLevel = (typeof POTENTIAL_LEVELS)[number];

export type BoxNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface TalentBoxEntry {
  readonly box: BoxNumber;
  readonly performance: PerformanceLevel;
  readonly potential: PotentialLevel;
  /** The regulation's recommendation for the box (the 2020 text; docs/domain.md §9). */
  readonly recommendation: Bilingual;
  /** Fill of the box in the grid: red for 1, amber for the middle, green for the top. */
  readonly color: string;
}

export const TALENT_BOXES: readonly TalentBoxEntry[] = [
  {
    box: 1,
    performance: "below",
    potential: "low",
    recommendation: {
      id: "Diproses sesuai ketentuan peraturan perundang-undangan",
      en: "Dealt with under the regulations",
    },
    color: "#F4B183",
  },
  {
    box: 2,
    performance: "meets",
    potential: "low",
    recommendation: {
      id: "Bimbingan kinerja, pengembangan kompetensi, penempatan yang sesuai",
      en: "Performance guidance, competency development, suitable placement",
    },
    color: "#FFE699",
  },
  {
    box: 3,
    performance: "below",
    potential: "medium",
    recommendation: {
      id: "Bimbingan kinerja dan konseling kinerja, pengembangan kompetensi, penempatan yang sesuai",
      en: "Performance guidance and counselling, competency development, suitable placement",
    },
    color: "#FFE699",
  },
  {
    box: 4,
    performance: "exceeds",
    potential: "low",
    recommendation: {
      id: "Rotasi, pengembangan kompetensi",
      en: "Rotation, competency development",
    },
    color: "#FFF2CC",
  },
  {
    box: 5,
    performance: "meets",
    potential: "medium",
    recommendation: {
      id: "Penempatan yang sesuai, bimbingan kinerja, pengembangan kompetensi",
      en: "Suitable placement, performance guidance, competency development",
    },
    color: "#FFF2CC",
  },
  {
    box: 6,
    performance: "below",
    potential: "high",
    recommendation: {
      id: "Penempatan yang sesuai, bimbingan kinerja dan konseling kinerja",
      en: "Suitable placement, performance guidance and counselling",
    },
    color: "#FFF2CC",
  },
  {
    box: 7,
    performance: "exceeds",
    potential: "medium",
    recommendation: {
      id: "Dipertahankan; masuk kelompok rencana suksesi; rotasi atau pengayaan jabatan; pengembangan kompetensi; tugas belajar",
      en: "Retain; succession pool; rotation or job enrichment; competency development; study assignment",
    },
    color: "#C6E0B4",
  },
  {
    box: 8,
    performance: "meets",
    potential: "high",
    recommendation: {
      id: "Dipertahankan; masuk kelompok rencana suksesi; rotasi atau perluasan jabatan; bimbingan kinerja",
      en: "Retain; succession pool; rotation or job enlargement; performance guidance",
    },
    color: "#C6E0B4",
  },
  {
    box: 9,
    performance: "exceeds",
    potential: "high",
    recommendation: {
      id: "Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi instansi atau nasional; penghargaan",
      en: "Promote and retain; agency or national succession pool; award",
    },
    color: "#A9D08E",
  },
];

/** The box of a performance and a potential level. */
export function boxOf(performance: PerformanceLevel, potential: PotentialLevel): BoxNumber {
  const entry = TALENT_BOXES.find(
    (b) => b.performance === performance && b.potential === potential
  );
  // Every pair of levels is one of the nine entries (checked by the registry test).
  return entry!.box;
}

export function boxEntry(box: BoxNumber): TalentBoxEntry {
  return TALENT_BOXES[box - 1];
}

export function isBoxNumber(n: number): n is BoxNumber {
  return Number.isInteger(n) && n >= 1 && n <= 9;
}
