// A hand-made ReportModel shaped like the add-in's reports (plan, summary, issues), at any size, for
// the Office.js adapter's tests and benchmark. It does not use src/report/buildReport.
import type { ModelValue, ReportModel, SheetModel, StyledRange } from "../../src/report/model";
import { NINE } from "../helpers/grid";

export interface SampleOptions {
  employees?: number;
  /** Plan rows per employee (one per competency or activity). */
  rowsPerEmployee?: number;
  year?: number;
  /** Merge each employee's identity cells and draw an outline around each employee (default true). */
  perEmployeeFormatting?: boolean;
}

export const PLAN_COLUMNS = [
  "No",
  "NIP",
  "Nama",
  "Jabatan",
  "Unit Kerja",
  "Jenjang",
  "Kompetensi",
  "Standar",
  "Nilai",
  "Gap",
  "Kegiatan Pengembangan",
  "JP",
];
/** 0-based sheet row of the plan's header; data starts on the next row. */
export const PLAN_HEADER_ROW = 3;
const COMPETENCIES = NINE;
const HEADER_FILL = "#1F4E78";
const WHITE = "#FFFFFF";
const GRID = { kind: "grid", weight: "thin", color: "#A6A6A6" } as const;

/** An 18-digit NIP that must stay text (as a number Excel would keep only 15 digits). */
export function nipOf(i: number): string {
  return `19800101200501${String(1000 + (i % 9000)).padStart(4, "0")}`;
}

function planSheet(
  employees: number,
  perEmployee: number,
  year: number,
  perEmployeeFormatting: boolean
): SheetModel {
  const width = PLAN_COLUMNS.length;
  const title: ModelValue[] = [`RENCANA PENGEMBANGAN KOMPETENSI ${year}`];
  const subtitle: ModelValue[] = ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"];
  const pad = (row: ModelValue[]) => [
    ...row,
    ...new Array<ModelValue>(width - row.length).fill(null),
  ];
  const values: ModelValue[][] = [pad(title), pad(subtitle), pad([]), [...PLAN_COLUMNS]];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
  ];
  const styles: StyledRange[] = [
    {
      rect: { top: 0, left: 0, bottom: 0, right: width - 1 },
      style: { font: { bold: true, size: 14 }, horizontal: "center" },
    },
    {
      rect: { top: 1, left: 0, bottom: 1, right: width - 1 },
      style: { font: { italic: true, underline: true }, horizontal: "center" },
    },
    {
      rect: { top: PLAN_HEADER_ROW, left: 0, bottom: PLAN_HEADER_ROW, right: width - 1 },
      style: {
        font: { bold: true, color: WHITE },
        fill: HEADER_FILL,
        horizontal: "center",
        vertical: "center",
        wrap: true,
        border: GRID,
      },
    },
  ];
  const first = PLAN_HEADER_ROW + 1;
  let totalJp = 0;
  const last = first + employees * perEmployee - 1;
  // The grid first, so that each employee's outline drawn after it stays visible.
  styles.push({
    rect: { top: first, left: 0, bottom: last, right: width - 1 },
    style: { border: GRID, vertical: "top" },
  });
  for (let e = 0; e < employees; e++) {
    const top = first + e * perEmployee;
    for (let k = 0; k < perEmployee; k++) {
      const competency = COMPETENCIES[(e + k) % COMPETENCIES.length];
      const score = 2 + ((e * 7 + k * 3) % 7) / 2;
      const gap = score - 3;
      const jp = k === 0 && gap < 0 ? 4 : 2;
      totalJp += jp;
      values.push(
        k === 0
          ? [
              e + 1,
              nipOf(e),
              `Pegawai ${e + 1}`,
              e % 3 === 0 ? "Analis Kepegawaian Ahli Muda" : "Pengelola Data",
              `Bidang ${1 + (e % 4)}`,
              e % 3 === 0 ? "JF Ahli Muda" : "Pelaksana",
              competency,
              3,
              score,
              gap,
              gap < 0 ? `Coaching ${competency.toLowerCase()} dengan atasan langsung` : "-",
              jp,
            ]
          : [
              null,
              null,
              null,
              null,
              null,
              null,
              competency,
              3,
              score,
              gap,
              "Belajar mandiri (e-learning)",
              jp,
            ]
      );
    }
    const bottom = top + perEmployee - 1;
    if (!perEmployeeFormatting) continue;
    if (perEmployee > 1) {
      for (let c = 0; c < 6; c++) merges.push({ top, left: c, bottom, right: c });
    }
    styles.push({
      rect: { top, left: 0, bottom, right: width - 1 },
      style: { border: { kind: "outline", weight: "medium", color: "#404040" } },
    });
  }
  const totalRow = last + 1;
  values.push(pad([null, null, null, null, null, null, null, null, null, null, "Jumlah JP", null]));
  values[totalRow][11] = totalJp;
  styles.push(
    { rect: { top: first, left: 1, bottom: last, right: 1 }, style: { numberFormat: "@" } },
    {
      rect: { top: first, left: 9, bottom: last, right: 9 },
      style: { numberFormat: "+0.0;-0.0;0.0" },
    },
    { rect: { top: first, left: 10, bottom: last, right: 10 }, style: { wrap: true } },
    {
      rect: { top: totalRow, left: 10, bottom: totalRow, right: 11 },
      style: { font: { bold: true } },
    }
  );
  return {
    name: `Rencana Pengembangan ${year}`,
    kind: "plan",
    values,
    formulas: [{ row: totalRow, col: 11, formula: `=SUM(L${first + 1}:L${last + 1})` }],
    styles,
    merges,
    columnWidths: [5, 21, 24, 30, 16, 14, 28, 9, 8, 8, 40, 6],
    rowHeights: [
      { row: 0, height: 24 },
      { row: PLAN_HEADER_ROW, height: 30 },
    ],
    conditionalFormats: [
      {
        kind: "cellValue",
        rect: { top: first, left: 9, bottom: last, right: 9 },
        operator: "lessThan",
        value: 0,
        style: { fill: "#F8CBAD", fontColor: "#9C0006" },
      },
      {
        kind: "dataBar",
        rect: { top: first, left: 11, bottom: last, right: 11 },
        color: "#5B9BD5",
      },
    ],
    freeze: { rows: PLAN_HEADER_ROW + 1, cols: 3 },
    autoFilter: { top: PLAN_HEADER_ROW, left: 0, bottom: last, right: width - 1 },
    tables: [],
    charts: [],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: PLAN_HEADER_ROW, last: PLAN_HEADER_ROW },
      footerCenter: "Halaman &P dari &N",
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
    tabColor: HEADER_FILL,
  };
}

function summarySheet(employees: number, year: number): SheetModel {
  const values: ModelValue[][] = [["Kompetensi", "Pegawai di bawah standar", "Rata-rata gap"]];
  COMPETENCIES.forEach((name, i) => {
    values.push([name, Math.round((employees * (i + 1)) / 12), -0.25 * ((i % 4) + 1)]);
  });
  const last = COMPETENCIES.length;
  return {
    name: `Rekap Kebutuhan ${year}`,
    kind: "summary",
    values,
    formulas: [],
    styles: [
      { rect: { top: 1, left: 2, bottom: last, right: 2 }, style: { numberFormat: "0.00" } },
    ],
    merges: [],
    columnWidths: [32, 24, 14],
    rowHeights: [],
    conditionalFormats: [
      {
        kind: "cellValue",
        rect: { top: 1, left: 2, bottom: last, right: 2 },
        operator: "between",
        value: -0.5,
        value2: 0,
        style: { fill: "#FFEB9C", bold: true },
      },
    ],
    tables: [
      {
        name: `Rekap_${year}`,
        rect: { top: 0, left: 0, bottom: last, right: 2 },
        style: "TableStyleMedium2",
      },
    ],
    charts: [
      {
        kind: "barClustered",
        title: "Kebutuhan pengembangan per kompetensi",
        categories: { top: 1, left: 0, bottom: last, right: 0 },
        series: [
          { name: "Pegawai di bawah standar", values: { top: 1, left: 1, bottom: last, right: 1 } },
        ],
        anchor: { top: 1, left: 4, bottom: 20, right: 11 },
        xAxisTitle: "Kompetensi",
        yAxisTitle: "Jumlah pegawai",
      },
    ],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
  };
}

function issuesSheet(): SheetModel {
  return {
    name: "Catatan Data",
    kind: "issues",
    values: [
      ["Lembar", "Baris", "Kolom", "Pesan"],
      ["Data", 7, "INT", "nilai kosong"],
      ["Data", 9, "NIP", "0812"],
      ["Data", 12, "-", "=SUM(A1) ditulis sebagai teks"],
      ["Data", 15, "KS", "-"],
    ],
    formulas: [],
    styles: [
      {
        rect: { top: 0, left: 0, bottom: 0, right: 3 },
        style: { font: { bold: true }, border: GRID },
      },
    ],
    merges: [],
    columnWidths: [16, 8, 12, 60],
    rowHeights: [],
    conditionalFormats: [],
    freeze: { rows: 1, cols: 0 },
    autoFilter: { top: 0, left: 0, bottom: 4, right: 3 },
    tables: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, rowBreaks: [3] },
    tabColor: "#C00000",
  };
}

/** Plan, summary and issues sheets for `employees` employees. */
export function sampleReport(options: SampleOptions = {}): ReportModel {
  const employees = options.employees ?? 3;
  const perEmployee = options.rowsPerEmployee ?? 3;
  const year = options.year ?? 2027;
  return {
    sheets: [
      planSheet(employees, perEmployee, year, options.perEmployeeFormatting ?? true),
      summarySheet(employees, year),
      issuesSheet(),
    ],
  };
}
