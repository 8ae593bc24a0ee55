// "Rekap Kebutuhan YYYY": the agency's needs analysis: needs per competency and per unit, JPM categories,
// JP per track and per method, with a bar chart and in-cell bars (file renderers may not draw charts).
import { TRACK_NAMES } from "../skj/methods";
import { schemeEntry } from "../skj/registry/schemes";
import { CompetencyNeed, PlanResult, Track } from "../skj/types";
import { ReportContext } from "./context";
import {
  Block,
  heightForLines,
  keepTogetherBreaks,
  pageBodyHeight,
  valueLines,
  wrappedLines,
} from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import {
  CENTER,
  COLORS,
  FORMATS,
  HEADER,
  HEADING,
  NOTE,
  printSetup,
  SUBTITLE,
  TEXT,
  TITLE,
  TOTAL_LABEL,
  TOTAL_VALUE,
} from "./styles";
import { categoryBands, categoryLabel, methodStatement, sourceStatement } from "./text";

const WIDTH = 8;
const WIDTHS = [5, 34, 26, 12, 13, 12, 14, 14];
const PILLAR_NAMES: Record<CompetencyNeed["pillar"], string> = {
  manajerial: "Manajerial",
  "sosial-kultural": "Sosial Kultural",
  teknis: "Teknis",
};
const TRACK_EXAMPLES: Record<Track, string> = {
  70: "Penugasan, proyek, pengayaan tugas, magang",
  20: "Coaching, mentoring, komunitas belajar, patok banding",
  10: "Pelatihan, bimbingan teknis, e-learning, belajar mandiri",
};
export const NEED_HEADERS = [
  "No",
  "Kompetensi",
  "Pilar",
  "Pegawai Dinilai",
  "Pegawai di Bawah Standar",
  "% di Bawah Standar",
  "Rata-rata Kekurangan",
  "Rata-rata Gap Semua Pegawai",
];
export const UNIT_NEED_HEADERS = [
  "No",
  "Kompetensi",
  "Unit Kerja",
  "Pegawai Dinilai",
  "Pegawai di Bawah Standar",
  "% di Bawah Standar",
  "Rata-rata Kekurangan",
  "Rata-rata Gap Semua Pegawai",
];
/** Rows the chart covers below the needs table. */
const CHART_ROWS = 18;

const INTEGER: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.integer });
const PERCENT: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.percent });
const MEAN: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.mean });
const TOTAL_INTEGER: CellStyle = mergeStyles(TOTAL_VALUE, { numberFormat: FORMATS.integer });
const TOTAL_PERCENT: CellStyle = mergeStyles(TOTAL_VALUE, { numberFormat: FORMATS.percent });

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function note(b: SheetBuilder, text: string, style: CellStyle, fontSize = 10): number {
  const row = b.addRow([text]);
  b.merge(rect(row, 0, row, WIDTH - 1));
  b.style(rect(row, 0, row, WIDTH - 1), style);
  const width = WIDTHS.reduce((s, w) => s + w, 0);
  b.height(row, heightForLines(wrappedLines(text, width, fontSize), fontSize));
  return row;
}

function headerRow(b: SheetBuilder, labels: string[]): number {
  const r = b.addRow(labels);
  b.style(rect(r, 0, r, labels.length - 1), HEADER);
  b.height(r, heightForLines(Math.max(...labels.map((h, i) => wrappedLines(h, WIDTHS[i])))));
  return r;
}

/** Height for a data row from its wrapped text cells. */
function fitRow(b: SheetBuilder, r: number, cols: number[]): void {
  const lines = Math.max(...cols.map((c) => valueLines(b.get(r, c), WIDTHS[c])));
  if (lines > 1) b.height(r, heightForLines(lines));
}

/** A needs table (header + one row per competency); returns its first and last data rows. */
function needsTable(
  b: SheetBuilder,
  headers: string[],
  rows: { need: CompetencyNeed; third: string }[]
): { header: number; first: number; last: number } {
  const header = headerRow(b, headers);
  rows.forEach(({ need, third }, i) => {
    const r = b.addRow([
      i + 1,
      need.name,
      third,
      need.assessed,
      need.short,
      ratio(need.short, need.assessed),
      need.meanShortfall,
      need.meanGap,
    ]);
    fitRow(b, r, [1, 2]);
  });
  const first = header + 1;
  const last = b.rowCount - 1;
  if (last >= first) {
    b.style(rect(first, 0, last, 0), CENTER);
    b.style(rect(first, 1, last, 2), TEXT);
    b.style(rect(first, 3, last, 4), INTEGER);
    b.style(rect(first, 5, last, 5), PERCENT);
    b.style(rect(first, 6, last, 7), MEAN);
    b.conditionalFormats.push({
      kind: "dataBar",
      rect: rect(first, 4, last, 4),
      color: COLORS.dataBar,
    });
  }
  return { header, first, last };
}

function heading(b: SheetBuilder, text: string): number {
  const r = b.addRow([text]);
  b.merge(rect(r, 0, r, WIDTH - 1));
  b.style(rect(r, 0, r, WIDTH - 1), HEADING);
  b.height(r, 18);
  return r;
}

export function buildSummarySheet(plan: PlanResult, name: string, ctx: ReportContext): SheetModel {
  const s = plan.summary;
  const b = new SheetBuilder(WIDTH);
  const blocks: Block[] = [];

  const title = b.addRow([`REKAP KEBUTUHAN PENGEMBANGAN KOMPETENSI ASN TAHUN ${plan.year}`]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { wrap: true }));
  b.height(title, heightForLines(wrappedLines(b.get(title, 0) as string, 130, 14), 14) + 4);
  if (ctx.agency) note(b, ctx.agency, SUBTITLE, 12);
  note(b, `Dibuat: ${ctx.dateText}`, NOTE);
  note(b, sourceStatement(plan), NOTE);
  note(b, methodStatement(plan), NOTE);
  b.addRow();

  // A. Needs per competency, its chart and in-cell bars.
  const aFirst = heading(b, "A. Kebutuhan Pengembangan per Kompetensi");
  const a = needsTable(
    b,
    NEED_HEADERS,
    s.needs.map((need) => ({ need, third: PILLAR_NAMES[need.pillar] }))
  );
  // A chart of nine zero bars says nothing: draw it only when someone was assessed.
  if (a.last >= a.first && s.employees > 0) {
    b.addRow();
    const top = b.rowCount;
    for (let i = 0; i < CHART_ROWS; i++) b.addRow();
    b.charts.push({
      kind: "barClustered",
      title: "Pegawai di Bawah Standar per Kompetensi",
      categories: rect(a.first, 1, a.last, 1),
      series: [{ name: NEED_HEADERS[4], values: rect(a.first, 4, a.last, 4) }],
      anchor: rect(top, 1, top + CHART_ROWS - 1, WIDTH - 1),
    });
  }
  blocks.push({ first: aFirst, last: b.rowCount - 1 });
  b.addRow();

  // B. The same per unit, as an Excel table a clerk can filter by unit.
  const bFirst = heading(b, "B. Kebutuhan Pengembangan per Unit Kerja");
  note(b, "Pilih unit dengan tombol filter pada judul kolom Unit Kerja.", NOTE);
  const unitRows = s.byUnit.flatMap((u) =>
    u.needs.map((need) => ({ need, third: u.unit || "(tanpa unit)" }))
  );
  if (unitRows.length > 0) {
    const t = needsTable(b, UNIT_NEED_HEADERS, unitRows);
    b.tables.push({
      name: `Kebutuhan_Unit_${plan.year}`,
      rect: rect(t.header, 0, t.last, WIDTH - 1),
      style: "TableStyleLight1",
    });
  }
  blocks.push({ first: bFirst, last: b.rowCount - 1 });
  b.addRow();

  // C. Employees and JP per unit.
  const cFirst = heading(b, "C. Ringkasan per Unit Kerja");
  const unitHeader = ["No", "Unit Kerja", "Jumlah Pegawai", "Total JP", "Rata-rata JP per Pegawai"];
  headerRow(b, unitHeader);
  s.byUnit.forEach((u, i) => {
    const r = b.addRow([
      i + 1,
      u.unit || "(tanpa unit)",
      u.employees,
      u.totalJp,
      ratio(u.totalJp, u.employees),
    ]);
    fitRow(b, r, [1]);
  });
  const cTotal = b.addRow(["", "Jumlah", s.employees, s.totalJp, ratio(s.totalJp, s.employees)]);
  b.style(rect(cFirst + 2, 0, cTotal - 1, 0), CENTER);
  b.style(rect(cFirst + 2, 1, cTotal - 1, 1), TEXT);
  b.style(rect(cFirst + 2, 2, cTotal - 1, 3), INTEGER);
  b.style(rect(cFirst + 2, 4, cTotal - 1, 4), mergeStyles(CENTER, { numberFormat: "0.0" }));
  b.style(rect(cTotal, 0, cTotal, 1), TOTAL_LABEL);
  b.style(rect(cTotal, 2, cTotal, 3), TOTAL_INTEGER);
  b.style(rect(cTotal, 4, cTotal, 4), mergeStyles(TOTAL_VALUE, { numberFormat: "0.0" }));
  blocks.push({ first: cFirst, last: cTotal });
  b.addRow();

  // D. JPM categories in the scheme's words.
  const scheme = schemeEntry(plan.scheme).name.id;
  const dFirst = heading(b, `D. Kategori JPM (skema ${scheme})`);
  headerRow(b, ["No", "Kategori", "Batas JPM", "Jumlah Pegawai", "% Pegawai"]);
  const bands = categoryBands(plan);
  bands.forEach((band, i) => {
    const count = s.categories.find((c) => c.category === band.name)?.count ?? 0;
    b.addRow([i + 1, categoryLabel(band.name), band.bound, count, ratio(count, s.employees)]);
  });
  const dTotal = b.addRow(["", "Jumlah", "", s.employees, ratio(s.employees, s.employees)]);
  b.style(rect(dFirst + 2, 0, dTotal - 1, 0), CENTER);
  b.style(rect(dFirst + 2, 1, dTotal - 1, 2), TEXT);
  b.style(rect(dFirst + 2, 3, dTotal - 1, 3), INTEGER);
  b.style(rect(dFirst + 2, 4, dTotal - 1, 4), PERCENT);
  b.style(rect(dTotal, 0, dTotal, 2), TOTAL_LABEL);
  b.style(rect(dTotal, 3, dTotal, 3), TOTAL_INTEGER);
  b.style(rect(dTotal, 4, dTotal, 4), TOTAL_PERCENT);
  blocks.push({ first: dFirst, last: dTotal });
  b.addRow();

  // E. JP per 70/20/10 track.
  const eFirst = heading(b, "E. Jam Pelajaran (JP) menurut Jalur 70/20/10");
  headerRow(b, ["No", "Jalur", "Contoh Kegiatan", "Jumlah Kegiatan", "JP", "% JP"]);
  let activities = 0;
  s.tracks.forEach((t, i) => {
    const count = s.methods
      .filter((m) => m.track === t.track)
      .reduce((n, m) => n + m.activities, 0);
    activities += count;
    const r = b.addRow([
      i + 1,
      TRACK_NAMES[t.track],
      TRACK_EXAMPLES[t.track],
      count,
      t.jp,
      ratio(t.jp, s.totalJp),
    ]);
    fitRow(b, r, [2]);
  });
  const eTotal = b.addRow([
    "",
    "Total JP seluruh pegawai",
    "",
    activities,
    s.totalJp,
    ratio(s.totalJp, s.totalJp),
  ]);
  b.style(rect(eFirst + 2, 0, eTotal - 1, 0), CENTER);
  b.style(rect(eFirst + 2, 1, eTotal - 1, 2), TEXT);
  b.style(rect(eFirst + 2, 3, eTotal - 1, 4), INTEGER);
  b.style(rect(eFirst + 2, 5, eTotal - 1, 5), PERCENT);
  b.style(rect(eTotal, 0, eTotal, 2), TOTAL_LABEL);
  b.style(rect(eTotal, 3, eTotal, 4), TOTAL_INTEGER);
  b.style(rect(eTotal, 5, eTotal, 5), TOTAL_PERCENT);
  blocks.push({ first: eFirst, last: eTotal });
  b.addRow();

  // F. Activities and JP per LAN method.
  const fFirst = heading(b, "F. Kegiatan menurut Metode Pengembangan (Peraturan LAN 10/2018)");
  headerRow(b, ["No", "Metode", "Jalur", "Jumlah Kegiatan", "JP"]);
  s.methods.forEach((m, i) => {
    const r = b.addRow([
      i + 1,
      `${m.method} – ${m.methodName}`,
      TRACK_NAMES[m.track],
      m.activities,
      m.jp,
    ]);
    fitRow(b, r, [1, 2]);
  });
  const fLast = b.rowCount - 1;
  if (fLast >= fFirst + 2) {
    b.style(rect(fFirst + 2, 0, fLast, 0), CENTER);
    b.style(rect(fFirst + 2, 1, fLast, 2), TEXT);
    b.style(rect(fFirst + 2, 3, fLast, 4), INTEGER);
  }
  blocks.push({ first: fFirst, last: fLast });

  // Portrait: the sheet is narrow enough, and the needs table with its chart then fits on the first page.
  const print = printSetup({ orientation: "portrait" });
  const rowBreaks = keepTogetherBreaks(
    (r) => b.heightOf(r),
    blocks,
    pageBodyHeight(print, WIDTHS),
    0
  );
  if (rowBreaks.length > 0) print.rowBreaks = rowBreaks;
  return b.build({
    name,
    kind: "summary",
    columnWidths: WIDTHS,
    print,
    tabColor: COLORS.tabSummary,
  });
}
