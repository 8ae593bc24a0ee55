// A ReportModel written by hand (independent of src/report/buildReport) that uses every feature of
// the model: merges, styles, number formats, conditional formats, frozen panes, print setup with
// print titles, row breaks, a table, a chart, an auto filter, formulas and a tab colour.

import type { ReportModel, SheetModel } from "../../../src/report/model";

const names = ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Firmansyah", "Eka Putri"];

export function planSheet(withChart = true): SheetModel {
  const header = ["No", "NIP", "Nama", "Kompetensi", "Gap", "JPM", "Prioritas"];
  const rows = names.map((n, i) => [
    i + 1,
    `19850101201001100${i}`,
    n,
    i % 2 ? "Integritas" : "Kerja Sama",
    -(i % 3),
    0.6 + i * 0.08,
    i % 2 === 0,
  ]);
  const values = [
    ["RENCANA PENGEMBANGAN KOMPETENSI 2026", null, null, null, null, null, null],
    ["Badan Kepegawaian & Pengembangan SDM <Kab. Contoh>", null, null, null, null, null, null],
    header,
    ...rows,
    ["Rata-rata", null, null, null, null, 0.76, null],
  ];
  const last = values.length - 1;
  return {
    name: "Rencana Pengembangan 2026",
    kind: "plan",
    values,
    formulas: [{ row: last, col: 5, formula: `=AVERAGE(F4:F${last})` }],
    styles: [
      { rect: { top: 0, left: 0, bottom: 0, right: 6 }, style: { font: { bold: true, size: 14 } } },
      {
        rect: { top: 2, left: 0, bottom: last - 1, right: 6 },
        style: { border: { kind: "grid", weight: "thin", color: "#808080" }, vertical: "center" },
      },
      {
        rect: { top: 2, left: 0, bottom: 2, right: 6 },
        style: {
          font: { bold: true, color: "#FFFFFF" },
          fill: "#1F4E78",
          horizontal: "center",
          wrap: true,
        },
      },
      { rect: { top: 3, left: 4, bottom: last - 1, right: 4 }, style: { numberFormat: "+0;-0;0" } },
      { rect: { top: 3, left: 5, bottom: last, right: 5 }, style: { numberFormat: "0.0%" } },
      { rect: { top: 3, left: 1, bottom: last - 1, right: 1 }, style: { numberFormat: "@" } },
      {
        rect: { top: last, left: 0, bottom: last, right: 6 },
        style: {
          font: { italic: true },
          border: { kind: "outline", weight: "medium", color: "#000000" },
        },
      },
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 0, bottom: 1, right: 6 },
      { top: last, left: 0, bottom: last, right: 4 },
    ],
    columnWidths: [6, 22, 28, 18, 8, 10, 11],
    rowHeights: [
      { row: 0, height: 24 },
      { row: 2, height: 30 },
    ],
    conditionalFormats: [
      {
        kind: "cellValue",
        rect: { top: 3, left: 4, bottom: last - 1, right: 4 },
        operator: "lessThan",
        value: 0,
        style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
      },
      {
        kind: "cellValue",
        rect: { top: 3, left: 5, bottom: last - 1, right: 5 },
        operator: "between",
        value: 0.7,
        value2: 0.8,
        style: { fill: "#FFEB9C" },
      },
      { kind: "dataBar", rect: { top: 3, left: 5, bottom: last - 1, right: 5 }, color: "#5B9BD5" },
    ],
    freeze: { rows: 3, cols: 2 },
    tables: [
      {
        name: "RencanaPengembangan",
        rect: { top: 2, left: 0, bottom: last - 1, right: 6 },
        style: "TableStyleMedium2",
      },
    ],
    charts: withChart
      ? [
          {
            kind: "barClustered",
            title: "Grafik Gap per Pegawai",
            categories: { top: 3, left: 2, bottom: last - 1, right: 2 },
            series: [{ name: "JPM", values: { top: 3, left: 5, bottom: last - 1, right: 5 } }],
            anchor: { top: 2, left: 8, bottom: 16, right: 14 },
            xAxisTitle: "Pegawai",
            yAxisTitle: "JPM",
          },
        ]
      : [],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: 2, last: 2 },
      footerCenter: "Halaman &P dari &N",
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      rowBreaks: [6],
    },
    tabColor: "#1F4E78",
  };
}

export function summarySheet(): SheetModel {
  const values = [
    ["Kompetensi", "Jumlah Pegawai", "Rata-rata Gap"],
    ["Integritas", 12, -0.5],
    ["Kerja Sama", 7, -1.25],
    ["Komunikasi", 3, 0],
  ];
  return {
    // 33 characters: the writer shortens it to 31.
    name: "Rekap Kebutuhan Pengembangan 2026",
    kind: "summary",
    values,
    formulas: [],
    styles: [
      {
        rect: { top: 0, left: 0, bottom: 0, right: 2 },
        style: { font: { bold: true }, fill: "#D9E1F2" },
      },
      { rect: { top: 1, left: 2, bottom: 3, right: 2 }, style: { numberFormat: "0.00" } },
      { rect: { top: 3, left: 0, bottom: 3, right: 0 }, style: { font: { underline: true } } },
    ],
    merges: [],
    columnWidths: [24, 16, 14],
    rowHeights: [],
    conditionalFormats: [],
    autoFilter: { top: 0, left: 0, bottom: 3, right: 2 },
    tables: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
  };
}

export function issuesSheet(): SheetModel {
  return {
    name: "Catatan Data",
    kind: "issues",
    values: [
      ["Lembar", "Baris", "Catatan"],
      ["Data Asesmen", 5, "Nilai INT kosong"],
      ["Data Asesmen", 9, "NIP tidak 18 digit: _x0041_ tetap tertulis apa adanya"],
    ],
    formulas: [],
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
  };
}

export function sampleModel(withChart = true): ReportModel {
  return { sheets: [planSheet(withChart), summarySheet(), issuesSheet()] };
}
