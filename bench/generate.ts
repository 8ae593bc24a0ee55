// Synthetic assessment data for the benchmark: a BKPSDM-like table of N employees (title rows, a two-row
// header, eselon and JF grades, units, a few bad rows), as a grid for the engine or as an .xlsx file.
import { CellValue, WorkbookGrid } from "../src/skj/types";

export const COMPETENCY_HEADERS = [
  "1. INTEGRITAS",
  "2. KERJASAMA",
  "3. KOMUNIKASI",
  "4. ORIENTASI PADA HASIL",
  "5. PELAYANAN PUBLIK",
  "6. PENGEMBANGAN DIRI & ORANG LAIN",
  "7. MENGELOLA PERUBAHAN",
  "8. PENGAMBILAN KEPUTUSAN",
  "9. PEREKAT BANGSA",
];

const GRADES: [string, string, number][] = [
  ["Kepala Bidang", "III.b", 3],
  ["Kepala Seksi", "IV.a", 2],
  ["Analis Kebijakan Ahli Muda", "Non Eselon", 3],
  ["Pranata Komputer Ahli Pertama", "Non Eselon", 2],
  ["Pengadministrasi Umum", "Non Eselon", 1],
  ["Pengelola Data", "-", 1],
  ["Sekretaris", "III-A", 3],
  ["Arsiparis Terampil", "Non Eselon", 2],
];

/** A small deterministic generator (xorshift) so that runs are comparable. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export const HEADER_ROWS = 2;
export const TITLE_ROWS = 4;

/**
 * One unit (OPD) of many for the rekap benchmark: its number gives its employees NIPs no other unit has
 * (through the NIP's birth month and day) and one unit name for the whole file.
 */
export interface UnitVariant {
  unit: number;
}

/** Rows (title block, two-row header, data) and merges of an N-employee table; 1 row in 200 is bad. */
export function assessmentRows(
  n: number,
  seed = 42,
  variant?: UnitVariant
): { rows: CellValue[][]; merges: string[] } {
  const r = rng(seed);
  const rows: CellValue[][] = [
    ["DAFTAR HASIL ASESMEN KOMPETENSI"],
    ["PEMERINTAH PROVINSI CONTOH"],
    ["TUJUAN PENILAIAN : PEMETAAN"],
    [],
    [
      "NO",
      "NIP",
      "NAMA",
      "JABATAN",
      "ESELON",
      "UNIT KERJA",
      "KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL",
      ...new Array(8).fill(null),
      "JPM (%)",
    ],
    [null, null, null, null, null, null, ...COMPETENCY_HEADERS, null],
  ];
  for (let i = 0; i < n; i++) {
    const [position, grade, level] = GRADES[i % GRADES.length];
    const scores: CellValue[] = [];
    let sum = 0;
    for (let k = 0; k < 9; k++) {
      const s = Math.min(5, Math.max(1, level + Math.round(r() * 4 - 2) / 2));
      scores.push(s);
      sum += s;
    }
    if (i % 200 === 199) scores[i % 9] = i % 400 === 399 ? "baik" : null;
    const monthDay = variant
      ? `${String(1 + (variant.unit % 12)).padStart(2, "0")}${String(1 + (Math.floor(variant.unit / 12) % 28)).padStart(2, "0")}`
      : "0101";
    const nip = `19${String(60 + (i % 35)).padStart(2, "0")}${monthDay}${String(2000 + (i % 20))}01${1 + (i % 2)}${String(i % 1000).padStart(3, "0")}`;
    rows.push([
      i + 1,
      nip,
      `Pegawai ${i + 1}`,
      position,
      grade,
      variant ? `OPD ${String(variant.unit + 1).padStart(2, "0")}` : `Unit ${1 + (i % 40)}`,
      ...scores,
      Math.round((sum / (9 * level)) * 10000) / 100,
    ]);
  }
  const merges = ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:O5", "P5:P6"];
  return { rows, merges };
}

function toRange(a1: string) {
  const [from, to] = a1.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const f = parse(from);
  const t = parse(to);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

export function assessmentGrid(n: number, seed = 42): WorkbookGrid {
  const { rows, merges } = assessmentRows(n, seed);
  return { sheets: [{ name: "Data Asesmen", rows, merges: merges.map(toRange) }] };
}

/** Write the table as an .xlsx with ExcelJS's streaming writer (dev dependency; used by the benchmark only). */
export async function writeAssessmentXlsx(
  file: string,
  n: number,
  seed = 42,
  variant?: UnitVariant
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs");
  const { rows, merges } = assessmentRows(n, seed, variant);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("Data Asesmen");
  // Merges must be declared before their rows are committed (the streaming writer forgets committed rows).
  const head = TITLE_ROWS + HEADER_ROWS;
  rows.slice(0, head).forEach((row) => ws.addRow(row));
  for (const m of merges) ws.mergeCells(m);
  for (const row of rows.slice(head)) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}
