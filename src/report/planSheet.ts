// "Rencana Pengembangan YYYY": the printed, signed development plan, one block per employee.
import { TRACK_NAMES } from "../skj/methods";
import { ISSUES_SHEET_NAME } from "../skj/registry/reportSheets";
import { columnLetter } from "../skj/text";
import { Activity, EmployeeResult, PlanResult } from "../skj/types";
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
  BODY,
  CENTER,
  COLORS,
  FORMATS,
  HEADER,
  NOTE,
  printSetup,
  SUBTITLE,
  TEXT,
  TITLE,
  TOTAL_LABEL,
  TOTAL_VALUE,
} from "./styles";
import { methodStatement, QUARTER_NAMES, sourceStatement } from "./text";
import { ReportContext } from "./context";

/** Column indexes of the plan table. */
export const PLAN_COLUMNS = {
  no: 0,
  competency: 1,
  standard: 2,
  score: 3,
  gap: 4,
  rank: 5,
  method: 6,
  label: 7,
  track: 8,
  jp: 9,
  quarter: 10,
} as const;
const C = PLAN_COLUMNS;
const WIDTH = 11;
export const PLAN_HEADERS = [
  "No",
  "Kompetensi",
  "Standar",
  "Nilai",
  "Gap",
  "Prioritas",
  "Metode Pengembangan",
  "Kegiatan Pengembangan",
  "Jalur 70/20/10",
  "JP",
  "Triwulan",
];
/** Manual page breaks written, below Excel's limit of 1,026 per sheet. */
export const MAX_ROW_BREAKS = 1000;

const WIDTHS = [5, 28, 8, 8, 8, 9, 24, 50, 13, 7, 9];
/** Identity rows: label/value pairs at B / C–F, G / H, I / J–K. */
const ID_VALUE_1 = { left: 2, right: 5 };
const ID_VALUE_3 = { left: 9, right: 10 };
/** The signature block sits under the activity columns, on the right of the page. */
const SIGN = { left: 7, right: 10 };

const ID_NO: CellStyle = mergeStyles(BODY, {
  font: { bold: true },
  fill: COLORS.identityFill,
  horizontal: "center",
});
const ID_LABEL: CellStyle = mergeStyles(BODY, { font: { bold: true }, fill: COLORS.identityFill });
const ID_TEXT: CellStyle = mergeStyles(BODY, {
  fill: COLORS.identityFill,
  wrap: true,
  numberFormat: FORMATS.text,
});
// JPM, category and needs share one column pair; "0.0%" only affects the number.
const ID_NUMBER: CellStyle = mergeStyles(BODY, {
  fill: COLORS.identityFill,
  wrap: true,
  horizontal: "left",
  numberFormat: FORMATS.percent,
});
const GAP: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.gap });
const SIGN_TEXT: CellStyle = {
  font: { size: 11 },
  horizontal: "center",
  vertical: "top",
  wrap: true,
};
const SIGN_NAME: CellStyle = mergeStyles(SIGN_TEXT, { font: { bold: true, underline: true } });

interface Group {
  title: string;
  standard: number | string;
  score: number | string;
  gap: number | string;
  rank: number | string;
  activities: Activity[];
}

function competencyName(e: EmployeeResult, comp: string): string {
  return (
    e.competencies.find((c) => c.code === comp)?.name ??
    e.technical.find((t) => t.name === comp)?.name ??
    comp
  );
}

/** Activity groups: each need in priority order, then the next-level activities that fill the JP target. */
export function activityGroups(e: EmployeeResult): Group[] {
  const groups: Group[] = [];
  const placed = new Set<Activity>();
  for (const p of e.priorities) {
    const activities = e.plan.activities.filter(
      (a) => a.purpose === "gap" && a.competency === p.competency
    );
    activities.forEach((a) => placed.add(a));
    groups.push({
      title: p.name,
      standard: p.standard,
      score: p.score,
      gap: p.gap,
      rank: p.rank,
      activities,
    });
  }
  // Whatever is left (next-level work), grouped by competency in plan order.
  for (const a of e.plan.activities) {
    if (placed.has(a)) continue;
    const same = e.plan.activities.filter(
      (b) => !placed.has(b) && b.competency === a.competency && b.purpose === a.purpose
    );
    same.forEach((b) => placed.add(b));
    const result =
      e.competencies.find((c) => c.code === a.competency) ??
      e.technical.find((t) => t.name === a.competency);
    const name = competencyName(e, a.competency);
    groups.push({
      title: a.purpose === "next-level" ? `${name} (pengembangan lanjutan)` : name,
      standard: result?.standard ?? "",
      score: result?.score ?? "",
      gap: result?.gap ?? "",
      rank: "–",
      activities: same,
    });
  }
  return groups;
}

/** "NKL01 – Name" per method, built once: every activity row of a method then shares one string. */
const methodTexts = new Map<string, Map<string, string>>();
function methodText(a: Activity): string {
  let byName = methodTexts.get(a.method);
  if (!byName) {
    // Method codes come from the LAN catalogue; the bound only guards against unexpected input.
    if (methodTexts.size >= 1000) methodTexts.clear();
    methodTexts.set(a.method, (byName = new Map()));
  }
  let text = byName.get(a.methodName);
  if (text === undefined) byName.set(a.methodName, (text = `${a.method} – ${a.methodName}`));
  return text;
}

function needsText(e: EmployeeResult): string {
  return e.priorities.length === 0 ? "Tidak ada" : `${e.priorities.length} kompetensi`;
}

function fullWidthNote(b: SheetBuilder, text: string, style: CellStyle, fontSize = 10): number {
  const row = b.addRow([text]);
  b.merge(rect(row, 0, row, WIDTH - 1));
  b.style(rect(row, 0, row, WIDTH - 1), style);
  const width = WIDTHS.reduce((s, w) => s + w, 0);
  b.height(row, heightForLines(wrappedLines(text, width, fontSize), fontSize));
  return row;
}

function writeEmployee(b: SheetBuilder, e: EmployeeResult, no: number): Block {
  const identity: (string | number)[][] = [
    [no, "Nama", e.name, "", "", "", "Jabatan", e.position, "JPM", e.jpm, ""],
    ["", "NIP", e.nip, "", "", "", "Jenjang", e.grade, "Kategori", e.category, ""],
    [
      "",
      "Unit Kerja",
      e.unit,
      "",
      "",
      "",
      "Sumber",
      `Sheet "${e.sheet}", baris ${e.row}`,
      "Kebutuhan",
      needsText(e),
      "",
    ],
  ];
  const first = b.rowCount;
  for (const cells of identity) {
    const r = b.addRow(cells);
    b.merge(rect(r, ID_VALUE_1.left, r, ID_VALUE_1.right));
    b.merge(rect(r, ID_VALUE_3.left, r, ID_VALUE_3.right));
    const lines = Math.max(
      valueLines(
        cells[2],
        WIDTHS.slice(2, 6).reduce((s, w) => s + w, 0)
      ),
      valueLines(cells[7], WIDTHS[7]),
      valueLines(cells[9], WIDTHS[9] + WIDTHS[10])
    );
    b.height(r, heightForLines(lines));
  }
  const idLast = first + identity.length - 1;
  b.style(rect(first, C.no, idLast, C.no), ID_NO);
  b.style(rect(first, 1, idLast, 1), ID_LABEL);
  b.style(rect(first, ID_VALUE_1.left, idLast, ID_VALUE_1.right), ID_TEXT);
  b.style(rect(first, 6, idLast, 6), ID_LABEL);
  b.style(rect(first, 7, idLast, 7), ID_TEXT);
  b.style(rect(first, 8, idLast, 8), ID_LABEL);
  b.style(rect(first, ID_VALUE_3.left, idLast, ID_VALUE_3.right), ID_NUMBER);

  const actFirst = b.rowCount;
  const groups = activityGroups(e);
  if (groups.length === 0)
    groups.push({
      title: "Tidak ada kegiatan",
      standard: "",
      score: "",
      gap: "",
      rank: "",
      activities: [],
    });
  const parts: Block[] = [];
  for (const g of groups) {
    const gFirst = b.rowCount;
    const rows = g.activities.length > 0 ? g.activities : [null];
    rows.forEach((a, i) => {
      const r = b.addRow([
        "",
        i === 0 ? g.title : "",
        i === 0 ? g.standard : "",
        i === 0 ? g.score : "",
        i === 0 ? g.gap : "",
        i === 0 ? g.rank : "",
        a ? methodText(a) : "",
        a ? a.label : "",
        a ? TRACK_NAMES[a.track] : "",
        a ? a.jp : "",
        a ? QUARTER_NAMES[a.quarter] : "",
      ]);
      if (a) {
        const lines = Math.max(
          wrappedLines(String(b.get(r, C.method)), WIDTHS[C.method]),
          wrappedLines(a.label, WIDTHS[C.label]),
          wrappedLines(TRACK_NAMES[a.track], WIDTHS[C.track])
        );
        b.height(r, heightForLines(lines));
      }
    });
    const gLast = b.rowCount - 1;
    // No merges down the group: the competency's cells sit on its first row. Merges cost Office.js one
    // request each (tens of thousands for a province), and unmerged rows still sort and filter.
    const needed = heightForLines(wrappedLines(g.title, WIDTHS[C.competency]));
    if (b.heightOf(gFirst) < needed) b.height(gFirst, needed);
    // The identity rows stay with the first competency: a block is never cut right under its heading.
    parts.push({ first: parts.length === 0 ? first : gFirst, last: gLast });
  }
  const actLast = b.rowCount - 1;
  b.style(rect(actFirst, C.no, actLast, C.competency), TEXT);
  b.style(rect(actFirst, C.standard, actLast, C.score), CENTER);
  b.style(rect(actFirst, C.gap, actLast, C.gap), GAP);
  b.style(rect(actFirst, C.rank, actLast, C.rank), CENTER);
  b.style(rect(actFirst, C.method, actLast, C.track), TEXT);
  b.style(rect(actFirst, C.jp, actLast, C.quarter), CENTER);

  let total = 0;
  for (let r = actFirst; r <= actLast; r++) {
    const jp = b.get(r, C.jp);
    if (typeof jp === "number") total += jp;
  }
  const t = b.addRow(["Total JP"]);
  b.merge(rect(t, C.no, t, C.track));
  b.style(rect(t, C.no, t, C.track), TOTAL_LABEL);
  b.style(rect(t, C.jp, t, C.quarter), TOTAL_VALUE);
  const jpCol = columnLetter(C.jp);
  b.formula(t, C.jp, `=SUM(${jpCol}${actFirst + 1}:${jpCol}${actLast + 1})`, total);
  // The total stays with the last competency.
  parts[parts.length - 1].last = t;
  return { first, last: t, parts };
}

function writeSignature(b: SheetBuilder, ctx: ReportContext): Block {
  const s = ctx.signatory;
  const lines: [string, CellStyle, number?][] = [
    [`${ctx.place || "...................."}, ${ctx.dateText}`, SIGN_TEXT],
    ["Mengetahui,", SIGN_TEXT],
    [s.title || "....................................", SIGN_TEXT],
    ["", SIGN_TEXT, 54],
    [s.name || "(....................................)", SIGN_NAME],
    [`NIP. ${s.nip}`.trim(), SIGN_TEXT],
  ];
  const first = b.rowCount;
  const width = WIDTHS.slice(SIGN.left, SIGN.right + 1).reduce((a, w) => a + w, 0);
  for (const [text, style, height] of lines) {
    const r = b.addRow();
    b.set(r, SIGN.left, text);
    b.merge(rect(r, SIGN.left, r, SIGN.right));
    b.style(rect(r, SIGN.left, r, SIGN.right), style);
    b.height(r, height ?? heightForLines(wrappedLines(text, width, 11), 11));
  }
  return { first, last: b.rowCount - 1 };
}

export function buildPlanSheet(plan: PlanResult, name: string, ctx: ReportContext): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const title = b.addRow([`RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN ${plan.year}`]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), TITLE);
  b.height(title, 22);
  if (ctx.agency) fullWidthNote(b, ctx.agency, SUBTITLE, 12);
  fullWidthNote(b, `Dibuat: ${ctx.dateText}`, NOTE);
  fullWidthNote(b, sourceStatement(plan), NOTE);
  fullWidthNote(b, methodStatement(plan), NOTE);
  b.addRow();

  const header = b.addRow(PLAN_HEADERS);
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  b.height(
    header,
    heightForLines(Math.max(...PLAN_HEADERS.map((h, i) => wrappedLines(h, WIDTHS[i]))))
  );

  const blocks: Block[] = [];
  const employees = [...plan.employees].sort((a, z) => a.row - z.row);
  if (employees.length === 0) {
    fullWidthNote(
      b,
      `Tidak ada pegawai yang dapat direncanakan. Periksa sheet ${ISSUES_SHEET_NAME}.`,
      mergeStyles(TEXT, { font: { italic: true } })
    );
  }
  employees.forEach((e, i) => {
    blocks.push(writeEmployee(b, e, i + 1));
    b.addRow();
  });
  const tableLast = b.rowCount - 2;
  if (employees.length > 0) {
    const area = rect(header + 1, C.gap, tableLast, C.gap);
    // Disjoint bands, so the result does not depend on how a renderer orders rule priorities.
    b.conditionalFormats.push(
      {
        kind: "cellValue",
        rect: area,
        operator: "lessThanOrEqual",
        value: -1.5,
        style: { fill: COLORS.gapSevere, fontColor: "#FFFFFF", bold: true },
      },
      {
        kind: "cellValue",
        rect: area,
        operator: "between",
        value: -1.499999,
        value2: -1,
        style: { fill: "#FF7C80", fontColor: "#000000" },
      },
      {
        kind: "cellValue",
        rect: area,
        operator: "between",
        value: -0.999999,
        value2: -0.000001,
        style: { fill: "#FFC7CE", fontColor: "#9C0006" },
      }
    );
  }
  b.addRow();
  blocks.push(writeSignature(b, ctx));

  const print = printSetup({ repeatRows: { first: header, last: header } });
  const page = pageBodyHeight(print, WIDTHS);
  const rowBreaks = keepTogetherBreaks((r) => b.heightOf(r), blocks, page, b.heightOf(header));
  // Excel keeps at most 1,026 manual page breaks a sheet: past that, it paginates by itself.
  if (rowBreaks.length > 0) print.rowBreaks = rowBreaks.slice(0, MAX_ROW_BREAKS);

  return b.build({
    name,
    kind: "plan",
    columnWidths: WIDTHS,
    print,
    freeze: { rows: header + 1, cols: 0 },
    tabColor: COLORS.tabPlan,
  });
}
