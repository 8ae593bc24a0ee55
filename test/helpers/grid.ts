// Builds WorkbookGrids for engine tests: rows of cells and merges written the way a clerk sees them ("A4:A5").
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from "../../src/skj/types";

export const NINE = [
  "Integritas",
  "Kerja Sama",
  "Komunikasi",
  "Orientasi pada Hasil",
  "Pelayanan Publik",
  "Pengembangan Diri dan Orang Lain",
  "Mengelola Perubahan",
  "Pengambilan Keputusan",
  "Perekat Bangsa",
];

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B4:C5" -> 0-based inclusive range. */
export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref)!;
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  };
  const f = parse(from);
  const t = parse(to);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

export function sheet(name: string, rows: CellValue[][], merges: string[] = []): SheetGrid {
  return { name, rows, merges: merges.map(range) };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** The header of a plain results table: identity columns, then the nine competencies. */
export const TABLE_HEADER: readonly string[] = [
  "NIP",
  "Nama",
  "Jabatan",
  "Eselon",
  "Unit Kerja",
  ...NINE,
];

/** A plain one-row header table: NIP, Nama, Jabatan, Eselon, Unit Kerja, then the nine competencies. */
export function simpleTable(
  employees: {
    nip: string;
    name: string;
    position: string;
    grade: CellValue;
    unit: string;
    scores: CellValue[];
  }[],
  name = "Data Pegawai"
): SheetGrid {
  return sheet(name, [
    [...TABLE_HEADER],
    ...employees.map((e) => [e.nip, e.name, e.position, e.grade, e.unit, ...e.scores]),
  ]);
}
