// "Rencana Pengembangan YYYY": the printed, signed development plan, one block per employee.
import { tableRowErrors } from "../skj/nobody";
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { IdentityLabel, SheetColumn } from "../skj/messages/areas/sheets.params";
import { DEV_METHODS } from "../skj/registry/devMethods";
import { recordOf } from "../skj/registry/entries";
import { providerShortName } from "../skj/registry/providers";
import { columnLetter } from "../skj/text";
import { isCompetencyCode } from "../skj/catalogue";
import { Activity, CompetencyCode, EmployeeResult, PlanResult, Quarter, Track } from "../skj/types";
import { type LiveCells, liveRef } from "./liveSheet";
import { Block, heightForLines, valueLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import {
  BODY,
  CENTER,
  COLORS,
  FORMATS,
  printSetup,
  TEXT,
  TITLE,
  TOTAL_LABEL,
  TOTAL_VALUE,
} from "./styles";
import { type ReportContext, say } from "./context";
import {
  columnHeaders,
  fullWidthRow,
  headerRow,
  planBlockPages,
  legendBlock,
  sheetHead,
  signatureBlock,
} from "./sheetParts";

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
  provider: 8,
  track: 9,
  jp: 10,
  creditedJp: 11,
  month: 12,
} as const;
const C = PLAN_COLUMNS;
const WIDTH = 13;
/** The header of each plan column, in column order. */
const HEADER_OF: Record<keyof typeof PLAN_COLUMNS, SheetColumn> = {
  no: "no",
  competency: "competency",
  standard: "standard",
  score: "score",
  gap: "gap",
  rank: "rank",
  method: "method",
  label: "activity",
  provider: "provider",
  track: "track",
  jp: "jp",
  creditedJp: "creditedJp",
  month: "month",
};
const HEADER_COLUMNS = (Object.keys(PLAN_COLUMNS) as (keyof typeof PLAN_COLUMNS)[])
  .sort((a, z) => PLAN_COLUMNS[a] - PLAN_COLUMNS[z])
  .map((k) => HEADER_OF[k]);

/** The plan table's header row in a language ("No", "Kompetensi", …). */
export function planHeaders(lang: Lang = "id"): string[] {
  return columnHeaders({ lang }, HEADER_COLUMNS);
}
export const PLAN_HEADERS = planHeaders("id");
export { MAX_ROW_BREAKS } from "./sheetParts";

// Fits A4 landscape one page wide at about 95%: body text prints at 9.5 pt (at least 9 pt).
const WIDTHS = [4, 22, 7, 7, 7, 7, 17, 34, 14, 11, 7, 7, 12];
/** Identity rows: label/value pairs at B / C–F, G / H, I / J–K. */
const ID_VALUE_1 = { left: 2, right: 5 };
const ID_VALUE_3 = { left: 9, right: 12 };
/** The signature block sits under the activity columns, on the right of the page. */
const SIGN = { left: 8, right: 12 };
/** Who prepared the plan signs on the left, under the competency to rank columns (docs/domain.md §14.1). */
const PREPARED = { left: 1, right: 5 };

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
const SKJ_STANDARD: CellStyle = mergeStyles(CENTER, { fill: "#DDEBF7", font: { bold: true } });
const GAP: CellStyle = mergeStyles(CENTER, { numberFormat: FORMATS.gap });
const NOTE_ROW: CellStyle = mergeStyles(TEXT, { border: undefined });
/** "(lanjutan) 3. Name — NIP …" atop a page an employee's block runs onto (docs/domain.md §14.1). */
const CONTINUED: CellStyle = mergeStyles(TEXT, {
  font: { bold: true, italic: true },
  fill: COLORS.identityFill,
});
const continuationHeight = (text: string) =>
  heightForLines(
    wrappedLines(
      text,
      WIDTHS.reduce((s, w) => s + w, 0)
    )
  );

interface Group {
  title: string;
  standard: number | string;
  score: number | string;
  gap: number | string;
  rank: number | string;
  activities: Activity[];
  /** The standard came from the workbook's SKJ sheet (the position's own), not the grade's default. */
  fromSkjSheet?: boolean;
  /** One of the nine (its cells can follow the scores); technical competencies have none. */
  code?: CompetencyCode;
}

/** Whether a competency's standard came from the SKJ sheet (docs/domain.md §16). */
function fromSkjSheet(e: EmployeeResult, competency: string): boolean {
  const r =
    e.competencies.find((c) => c.code === competency) ??
    e.technical.find((t) => t.name === competency);
  return r?.standardSource === "skj-sheet";
}

function competencyName(e: EmployeeResult, comp: string): string {
  return (
    e.competencies.find((c) => c.code === comp)?.name ??
    e.technical.find((t) => t.name === comp)?.name ??
    comp
  );
}

/**
 * The words a plan sheet repeats on every activity row, rendered once per report: each row then shares
 * one string (a province's plan has tens of thousands of rows).
 */
interface Words {
  lang: Lang;
  track: Record<Track, string>;
  quarter: Record<Quarter, string>;
  /** "NKL01 – Coaching" per method code. */
  method: Record<string, string>;
}

const TRACKS: readonly Track[] = [70, 20, 10];
const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

function wordsFor(lang: Lang): Words {
  const say = (m: Message) => renderMessage(m, lang);
  return {
    lang,
    track: Object.fromEntries(
      TRACKS.map((track) => [track, say(msg("sheet-track", { track }))])
    ) as Record<Track, string>,
    quarter: Object.fromEntries(
      QUARTERS.map((quarter) => [quarter, say(msg("sheet-quarter", { quarter }))])
    ) as Record<Quarter, string>,
    method: recordOf(DEV_METHODS, (m) => say(msg("sheet-dev-method", { method: m.id }))),
  };
}

/** Activity groups: each need in priority order, then the next-level activities that fill the JP target. */
export function activityGroups(e: EmployeeResult, lang: Lang = "id"): Group[] {
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
      fromSkjSheet: fromSkjSheet(e, p.competency),
      ...(isCompetencyCode(p.competency) ? { code: p.competency } : {}),
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
      title:
        a.purpose === "next-level"
          ? renderMessage(msg("sheet-next-level", { competency: name }), lang)
          : name,
      standard: result?.standard ?? "",
      score: result?.score ?? "",
      gap: result?.gap ?? "",
      rank: "–",
      activities: same,
      fromSkjSheet: fromSkjSheet(e, a.competency),
      ...(isCompetencyCode(a.competency) && result ? { code: a.competency } : {}),
    });
  }
  return groups;
}

/** "NKL01 – Name": the registry's name in the report's language; the plan's own name for an unknown code. */
function methodText(a: Activity, words: Words): string {
  return words.method[a.method] ?? `${a.method} – ${a.methodName}`;
}

/**
 * One employee's block. `continueAt`: offsets from the block's first row, as first measured without
 * continuation rows, before which a page starts; a row naming the employee goes there (docs/domain.md §14.1).
 */
function writeEmployee(
  b: SheetBuilder,
  e: EmployeeResult,
  no: number,
  words: Words,
  live?: LiveCells,
  continueAt?: ReadonlySet<number>
): Block {
  const say = (m: Message) => renderMessage(m, words.lang);
  const continuation = say(msg("plan-continued", { no, name: e.name, nip: e.nip }));
  const continuedRows: number[] = [];
  // Every row of the block is added here, so a continuation row can go before any of them.
  const addRow = (cells: (string | number)[]) => {
    if (continueAt?.has(b.rowCount - first - continuedRows.length))
      continuedRows.push(b.addRow([continuation]));
    return b.addRow(cells);
  };
  const label = (field: IdentityLabel) => say(msg("sheet-identity", { field }));
  const identity: (string | number)[][] = [
    [
      no,
      label("name"),
      e.name,
      "",
      "",
      "",
      label("position"),
      e.position,
      label("jpm"),
      e.jpm,
      "",
      "",
      "",
    ],
    [
      "",
      label("nip"),
      e.nip,
      "",
      "",
      "",
      label("grade"),
      e.grade,
      label("category"),
      e.category,
      "",
      "",
      "",
    ],
    [
      "",
      label("unit"),
      e.unit,
      "",
      "",
      "",
      label("source"),
      say(msg("sheet-row-source", { sheet: e.sheet, row: e.row })),
      label("needs"),
      say(msg("sheet-needs", { count: e.priorities.length })),
      "",
      "",
      "",
    ],
  ];
  const first = b.rowCount;
  let idLast = first;
  for (const cells of identity) {
    const r = addRow(cells);
    idLast = r;
    b.merge(rect(r, ID_VALUE_1.left, r, ID_VALUE_1.right));
    b.merge(rect(r, ID_VALUE_3.left, r, ID_VALUE_3.right));
    const lines = Math.max(
      valueLines(
        cells[2],
        WIDTHS.slice(2, 6).reduce((s, w) => s + w, 0)
      ),
      valueLines(cells[7], WIDTHS[7]),
      valueLines(
        cells[9],
        WIDTHS.slice(9).reduce((s, w) => s + w, 0)
      )
    );
    b.height(r, heightForLines(lines));
  }
  b.style(rect(first, C.no, idLast, C.no), ID_NO);
  b.style(rect(first, 1, idLast, 1), ID_LABEL);
  b.style(rect(first, ID_VALUE_1.left, idLast, ID_VALUE_1.right), ID_TEXT);
  b.style(rect(first, 6, idLast, 6), ID_LABEL);
  b.style(rect(first, 7, idLast, 7), ID_TEXT);
  b.style(rect(first, 8, idLast, 8), ID_LABEL);
  b.style(rect(first, ID_VALUE_3.left, idLast, ID_VALUE_3.right), ID_NUMBER);
  // JPM, category and the number of needs follow the scores (docs/domain.md §22).
  const jpmRef = live && liveRef(live, e, "jpm");
  if (live && jpmRef) {
    b.formula(first, ID_VALUE_3.left, `=${jpmRef}`, e.jpm);
    b.formula(first + 1, ID_VALUE_3.left, `=${liveRef(live, e, "category")}`, e.category);
    b.formula(first + 2, ID_VALUE_3.left, `=${liveRef(live, e, "needs")}`, e.priorities.length);
    b.style(
      rect(first + 2, ID_VALUE_3.left, first + 2, ID_VALUE_3.right),
      mergeStyles(ID_NUMBER, { numberFormat: say(msg("live-needs-format", {})) })
    );
  }

  const actFirst = b.rowCount;
  const groups = activityGroups(e, words.lang);
  if (groups.length === 0)
    groups.push({
      title: say(msg("sheet-no-activities", {})),
      standard: "",
      score: "",
      gap: "",
      rank: "",
      activities: [],
    });
  const parts: Block[] = [];
  const skjRows: number[] = [];
  for (const g of groups) {
    let gFirst = b.rowCount;
    const rows = g.activities.length > 0 ? g.activities : [null];
    rows.forEach((a, i) => {
      const r = addRow([
        "",
        i === 0 ? g.title : "",
        i === 0 ? g.standard : "",
        i === 0 ? g.score : "",
        i === 0 ? g.gap : "",
        i === 0 ? g.rank : "",
        a ? methodText(a, words) : "",
        a ? renderMessage(a.text, words.lang) : "",
        a?.provider ? providerShortName(a.provider, words.lang) : "",
        a ? words.track[a.track] : "",
        a ? a.jp : "",
        a ? a.creditedJp : "",
        a ? say(msg("programme-month", { month: a.month, months: a.months })) : "",
      ]);
      if (i === 0) gFirst = r;
      if (a) {
        const lines = Math.max(
          wrappedLines(String(b.get(r, C.method)), WIDTHS[C.method]),
          wrappedLines(String(b.get(r, C.label)), WIDTHS[C.label]),
          wrappedLines(String(b.get(r, C.provider)), WIDTHS[C.provider]),
          wrappedLines(words.track[a.track], WIDTHS[C.track]),
          wrappedLines(String(b.get(r, C.month)), WIDTHS[C.month])
        );
        b.height(r, heightForLines(lines));
      }
    });
    if (g.fromSkjSheet) skjRows.push(gFirst);
    if (live && g.code) {
      const code = g.code;
      for (const [col, kind] of [
        [C.standard, "standard"],
        [C.score, "score"],
        [C.gap, "gap"],
      ] as const) {
        const ref = liveRef(live, e, { kind, code });
        const value = b.get(gFirst, col);
        if (ref && typeof value === "number") b.formula(gFirst, col, `=${ref}`, value);
      }
    }
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
  // Standards from the SKJ sheet are shaded; the legend says so.
  for (const r of skjRows) b.style(rect(r, C.standard, r, C.standard), SKJ_STANDARD);
  b.style(rect(actFirst, C.gap, actLast, C.gap), GAP);
  b.style(rect(actFirst, C.rank, actLast, C.rank), CENTER);
  b.style(rect(actFirst, C.method, actLast, C.track), TEXT);
  b.style(rect(actFirst, C.jp, actLast, C.month), CENTER);

  const sumOf = (col: number) => {
    let total = 0;
    for (let r = actFirst; r <= actLast; r++) {
      const jp = b.get(r, col);
      if (typeof jp === "number") total += jp;
    }
    return total;
  };
  const t = addRow([say(msg("sheet-total-jp", {}))]);
  b.merge(rect(t, C.no, t, C.track));
  b.style(rect(t, C.no, t, C.track), TOTAL_LABEL);
  b.style(rect(t, C.jp, t, C.month), TOTAL_VALUE);
  // Planned and credited JP: only the credited count toward the yearly target (docs/domain.md §8).
  for (const col of [C.jp, C.creditedJp]) {
    const letter = columnLetter(col);
    b.formula(t, col, `=SUM(${letter}${actFirst + 1}:${letter}${actLast + 1})`, sumOf(col));
  }
  // The total stays with the last competency.
  parts[parts.length - 1].last = t;
  // Continuation rows last: the block's column styles above ran across them. A merged cell shows its
  // first cell's look, so only that cell is restyled: the block's column runs stay whole elsewhere (each
  // range is an Office.js request).
  for (const r of continuedRows) {
    b.merge(rect(r, 0, r, WIDTH - 1));
    b.style(rect(r, 0, r, 0), CONTINUED);
    b.height(r, continuationHeight(continuation));
  }
  return { first, last: t, parts, carry: continuationHeight(continuation) };
}

/** One line per table row the plan left out: its first error, or that it has no scores yet. */
function leftOutLines(plan: PlanResult, ctx: ReportContext): string[] {
  const byRow = new Map<number, string>();
  for (const i of tableRowErrors(plan))
    byRow.set(i.row, say(ctx, msg("sheet-left-out-row", { row: i.row, reason: say(ctx, i) })));
  for (const row of plan.unassessedRows)
    if (!byRow.has(row)) byRow.set(row, say(ctx, msg("sheet-left-out-unassessed", { row })));
  return [...byRow.entries()].sort((a, z) => a[0] - z[0]).map(([, line]) => line);
}

export function buildPlanSheet(plan: PlanResult, name: string, ctx: ReportContext): SheetModel {
  const words = wordsFor(ctx.lang);
  // Measure the pages first; when a block runs onto a new page, write the sheet again with a row naming
  // the employee atop that page. The pages were planned with room for those rows (docs/domain.md §14.1).
  const measured = writePlan(plan, ctx, words);
  const pages = planBlockPages(
    measured.b,
    WIDTHS,
    measured.print,
    measured.blocks,
    measured.b.heightOf(measured.header)
  );
  let written = measured;
  if (pages.continued.length > 0) {
    const continueAt = new Map<number, Set<number>>();
    for (const { row, block } of pages.continued) {
      const offsets = continueAt.get(block) ?? new Set<number>();
      offsets.add(row - measured.blocks[block].first);
      continueAt.set(block, offsets);
    }
    written = writePlan(plan, ctx, words, continueAt);
  }
  // Each page start moves down by the continuation rows written above it.
  const starts = pages.continued.map((c) => c.row);
  let k = 0;
  const breaks = pages.breaks.map((row) => {
    while (k < starts.length && starts[k] < row) k++;
    return row + k;
  });
  if (breaks.length > 0) written.print.rowBreaks = breaks;
  return written.b.build({
    name,
    kind: "plan",
    columnWidths: WIDTHS,
    print: written.print,
    freeze: { rows: written.header + 1, cols: 0 },
    tabColor: COLORS.tabPlan,
  });
}

/** The plan sheet's rows; `continueAt`: per employee block (by index), where continuation rows go. */
function writePlan(
  plan: PlanResult,
  ctx: ReportContext,
  words: Words,
  continueAt?: ReadonlyMap<number, ReadonlySet<number>>
) {
  const b = new SheetBuilder(WIDTH);
  const title = sheetHead(
    b,
    WIDTHS,
    plan,
    ctx,
    say(ctx, msg("sheet-plan-title", { year: plan.year }))
  );
  b.style(rect(title, 0, title, WIDTH - 1), TITLE);
  b.height(title, 22);

  const header = headerRow(b, WIDTHS, planHeaders(ctx.lang));

  const blocks: Block[] = [];
  const employees = [...plan.employees].sort((a, z) => a.row - z.row);
  if (employees.length === 0) {
    fullWidthRow(
      b,
      WIDTHS,
      say(ctx, msg("sheet-no-employees", { issuesSheet: ctx.names.issues })),
      mergeStyles(TEXT, { font: { italic: true } })
    );
  }
  employees.forEach((e, i) => {
    blocks.push(writeEmployee(b, e, i + 1, words, ctx.live, continueAt?.get(i)));
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
  blocks.push(legendBlock(b, WIDTHS, plan, ctx, true));
  // Which cells follow the scores, and how the activities are refreshed.
  if (ctx.live) {
    const r = fullWidthRow(b, WIDTHS, say(ctx, msg("live-plan-note", {})), NOTE_ROW);
    blocks.push({ first: r, last: r });
  }
  // Who is not on the plan and why: a head of agency signs for everyone, so the gaps are named.
  const leftOut = leftOutLines(plan, ctx);
  if (leftOut.length > 0) {
    const first = b.rowCount;
    fullWidthRow(
      b,
      WIDTHS,
      say(ctx, msg("sheet-left-out-title", { count: leftOut.length })),
      mergeStyles(TEXT, { font: { bold: true, size: 10 }, border: undefined })
    );
    for (const line of leftOut)
      fullWidthRow(b, WIDTHS, line, mergeStyles(TEXT, { border: undefined }));
    blocks.push({ first, last: b.rowCount - 1 });
  }
  b.addRow();
  blocks.push(signatureBlock(b, WIDTHS, SIGN, ctx, { preparerCols: PREPARED }));

  const print = printSetup({ repeatRows: { first: header, last: header } });
  return { b, blocks, header, print };
}
