// Plans for report tests, made by the engine from workbooks built here (never hand-written results).
import { runSkj, RunOptions } from "../../src/skj/run";
import type { CellValue, PlanResult, WorkbookGrid } from "../../src/skj/types";

import { NINE } from "../helpers/grid";

export { NINE };
export const TECHNICAL = "Perencanaan Anggaran";
const HEADER = ["No", "NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE, TECHNICAL, "JPM"];

export const BUDI = "Budi Santoso";
export const SITI = "Siti Aminah";
export const ANDI = "Andi Wijaya";
export const DEWI = "Dewi Lestari";

/**
 * Four rows: Budi has several gaps incl. the technical one required by the SKJ sheet; Siti has none;
 * Andi has a score that is not a number (an error: he is left out); Dewi has gaps of three sizes.
 * The JPM column is the agency's own: Siti's and Dewi's follow Σ nilai ÷ Σ standar, Budi's does not.
 */
export function assessmentWorkbook(): WorkbookGrid {
  const rows: CellValue[][] = [
    HEADER,
    [
      1,
      "'198501012010011001",
      BUDI,
      "Kepala Subbagian Perencanaan",
      "Eselon IV.a",
      "Sekretariat",
      2,
      1.5,
      2,
      1,
      2,
      2,
      2,
      2,
      3,
      1,
      0.8,
    ],
    [
      2,
      "198601012011012002",
      SITI,
      "Kepala Bidang Mutasi",
      "Eselon III.a",
      "Bidang Mutasi",
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      null,
      1,
    ],
    [
      3,
      "198701012013011003",
      ANDI,
      "Kepala Seksi Data",
      "Eselon IV.a",
      "Bidang Mutasi",
      "x",
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      null,
      null,
    ],
    [
      4,
      "198801012012012004",
      DEWI,
      "Kepala Bidang Pengembangan",
      "Eselon III.b",
      "Sekretariat",
      1.5,
      2,
      2.5,
      3,
      3,
      3,
      3,
      3,
      3,
      null,
      "88,89%",
    ],
  ];
  return {
    sheets: [
      { name: "Data Pegawai", rows, merges: [] },
      {
        name: "SKJ",
        rows: [
          ["Jabatan", "Integritas", "Kerja Sama", TECHNICAL],
          ["Kepala Subbagian Perencanaan", 3, 2, 3],
        ],
        merges: [],
      },
    ],
  };
}

export function planOf(workbook: WorkbookGrid, options: RunOptions = {}): PlanResult {
  const outcome = runSkj(workbook, { year: 2027, ...options });
  if (!outcome.ok) throw new Error(`runSkj failed: ${outcome.message}`);
  return outcome.result;
}

export function samplePlan(options: RunOptions = {}): PlanResult {
  return planOf(assessmentWorkbook(), options);
}

export const REPORT_OPTIONS = {
  agency: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh",
  signatory: {
    title: "Kepala BKPSDM Kabupaten Contoh",
    name: "Drs. Ahmad Fauzi, M.Si.",
    nip: "197001011990031001",
  },
  date: "2026-11-22",
  place: "Contoh",
};

/** A clean workbook of `n` employees in `units` units, scores varied deterministically. */
export function largeWorkbook(n: number, units = 12): WorkbookGrid {
  const grades = ["Eselon IV.a", "Eselon III.a", "Eselon II.a", "Pelaksana"];
  const rows: CellValue[][] = [HEADER.slice(0, -2)];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < n; i++) {
    const scores = NINE.map(() => 1 + Math.round(next() * 8) / 2);
    rows.push([
      i + 1,
      String(198000000000000000 + i * 1001),
      `Pegawai ${i + 1}`,
      `Jabatan ${i % 40}`,
      grades[i % grades.length],
      `Unit ${i % units}`,
      ...scores,
    ]);
  }
  return { sheets: [{ name: "Data", rows, merges: [] }] };
}
