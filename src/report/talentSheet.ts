// "Pemetaan Talenta": the nine-box as a printable grid of cells in the boxes' colours (counts and names),
// what each box's employees need most according to the plan, and the list of employees per box with the
// regulation's recommendation (docs/domain.md §9).
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import {
  boxEntry,
  type BoxNumber,
  POTENTIAL_LEVELS,
  PERFORMANCE_LEVELS,
  TALENT_BOXES,
  boxOf,
} from "../skj/registry/talentBoxes";
import type { EmployeeResult, PlanResult } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { CENTER, HEADER, HEADING, NOTE, printSetup, TEXT, TITLE } from "./styles";

const COLUMNS = [
  "no",
  "nip",
  "name",
  "position",
  "unit",
  "performance",
  "potential",
  "box",
  "recommendation",
  "focus",
] as const;
const WIDTHS = [5, 20, 26, 26, 22, 16, 10, 7, 44, 36];
const WIDTH = COLUMNS.length;
// The grid: the potential's label over columns 0–1, then one box per column group.
const LABEL_COLS = [0, 1] as const;
const BOX_COLS: readonly (readonly [number, number])[] = [
  [2, 3],
  [4, 6],
  [7, 8],
];
const MAX_ROW_POINTS = 409;
// Names shown inside a box; the list below has everyone.
const NAMES_PER_BOX = 40;
const FOCUS_COMPETENCIES = 3;

const span = (cols: readonly [number, number]) =>
  WIDTHS.slice(cols[0], cols[1] + 1).reduce((s, w) => s + w, 0);

/** The competencies most often among the top priorities of these employees: the box's focus. */
function focusOf(employees: readonly EmployeeResult[]): string {
  const counts = new Map<string, number>();
  for (const e of employees) {
    for (const p of e.priorities.slice(0, FOCUS_COMPETENCIES)) {
      counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, FOCUS_COMPETENCIES)
    .map(([name, n]) => `${name} (${n})`)
    .join(", ");
}

export function buildTalentSheet(plan: PlanResult, name: string, lang: Lang = "id"): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const b = new SheetBuilder(WIDTH);
  const all = WIDTH - 1;

  const title = b.addRow([say(msg("talent-sheet-title", { year: plan.year }))]);
  b.merge(rect(title, 0, title, all));
  b.style(rect(title, 0, title, all), TITLE);
  b.height(title, 22);

  const notes = [
    say(
      msg("talent-sheet-intro", {
        placed: plan.talent.placed,
        total: plan.employees.length,
        columns: plan.talent.columns,
      })
    ),
    ...(plan.talent.potentialFromJpm ? [say(msg("talent-sheet-jpm-potential", {}))] : []),
    say(msg("talent-sheet-basis", {})),
  ];
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  for (const text of notes) {
    const r = b.addRow([text]);
    b.merge(rect(r, 0, r, all));
    b.style(rect(r, 0, r, all), NOTE);
    b.height(r, heightForLines(wrappedLines(text, total)));
  }
  b.addRow();

  const byBox = new Map<BoxNumber, EmployeeResult[]>();
  for (const e of plan.employees) {
    if (!e.talent.box) continue;
    let list = byBox.get(e.talent.box);
    if (!list) byBox.set(e.talent.box, (list = []));
    list.push(e);
  }

  // The grid: potential from high (top) to low, performance from below (left) to exceeds.
  const axis = b.addRow();
  b.set(axis, 0, say(msg("talent-sheet-axis", { axis: "potential" })));
  b.merge(rect(axis, 0, axis, 1));
  b.style(rect(axis, 0, axis, 1), HEADING);
  for (const potential of [...POTENTIAL_LEVELS].reverse()) {
    const r = b.addRow();
    b.set(r, LABEL_COLS[0], say(msg("potential-name", { level: potential })));
    b.merge(rect(r, LABEL_COLS[0], r, LABEL_COLS[1]));
    b.style(rect(r, LABEL_COLS[0], r, LABEL_COLS[1]), mergeStyles(HEADER, { vertical: "center" }));
    // Boxes at least four lines tall: the grid reads as a grid on paper.
    let lines = 4;
    PERFORMANCE_LEVELS.forEach((performance, k) => {
      const box = boxOf(performance, potential);
      const people = byBox.get(box) ?? [];
      const names = people.slice(0, NAMES_PER_BOX).map((e) => e.name || e.nip);
      const more = people.length - names.length;
      const text =
        `${say(msg("talent-sheet-box", { box, count: people.length }))}\n` +
        (names.length ? names.join(", ") : say(msg("talent-sheet-none", {}))) +
        (more > 0 ? ` … (+${more})` : "");
      const [left, right] = BOX_COLS[k];
      b.set(r, left, text);
      b.merge(rect(r, left, r, right));
      b.style(
        rect(r, left, r, right),
        mergeStyles(TEXT, { fill: boxEntry(box).color, vertical: "top" })
      );
      lines = Math.max(lines, wrappedLines(text, span(BOX_COLS[k])));
    });
    b.height(r, Math.min(MAX_ROW_POINTS, heightForLines(lines)));
  }
  const perfLabels = b.addRow();
  b.set(perfLabels, 0, say(msg("talent-sheet-axis", { axis: "performance" })));
  b.merge(rect(perfLabels, 0, perfLabels, 1));
  b.style(rect(perfLabels, 0, perfLabels, 1), HEADING);
  PERFORMANCE_LEVELS.forEach((performance, k) => {
    const [left, right] = BOX_COLS[k];
    b.set(perfLabels, left, say(msg("performance-name", { level: performance })));
    b.merge(rect(perfLabels, left, perfLabels, right));
    b.style(rect(perfLabels, left, perfLabels, right), HEADER);
  });
  b.addRow();

  // Per box: how many, the regulation's recommendation, and what the plan says they need most.
  const boxHeader = b.addRow();
  const boxCols = [
    [0, 0, "box"],
    [1, 1, "count"],
    [2, 5, "recommendation"],
    [6, all, "focus"],
  ] as const;
  for (const [left, right, column] of boxCols) {
    b.set(boxHeader, left, say(msg("talent-sheet-header", { column })));
    if (right > left) b.merge(rect(boxHeader, left, boxHeader, right));
    b.style(rect(boxHeader, left, boxHeader, right), HEADER);
  }
  for (const entry of [...TALENT_BOXES].reverse()) {
    const people = byBox.get(entry.box) ?? [];
    const r = b.addRow();
    const recommendation = entry.recommendation[lang];
    const focus = focusOf(people);
    b.set(r, 0, entry.box);
    b.set(r, 1, people.length);
    b.set(r, 2, recommendation);
    b.set(r, 6, focus);
    b.style(rect(r, 0, r, 1), mergeStyles(CENTER, { fill: entry.color }));
    b.merge(rect(r, 2, r, 5));
    b.style(rect(r, 2, r, 5), TEXT);
    b.merge(rect(r, 6, r, all));
    b.style(rect(r, 6, r, all), TEXT);
    const lines = Math.max(
      wrappedLines(
        recommendation,
        WIDTHS.slice(2, 6).reduce((s, w) => s + w, 0)
      ),
      wrappedLines(
        focus,
        WIDTHS.slice(6).reduce((s, w) => s + w, 0)
      )
    );
    if (lines > 1) b.height(r, heightForLines(lines));
  }
  b.addRow();

  // The list: everyone placed, the best boxes first.
  const listTitle = b.addRow([say(msg("talent-sheet-list-title", {}))]);
  b.style(rect(listTitle, 0, listTitle, 0), HEADING);
  const header = b.addRow(COLUMNS.map((column) => say(msg("talent-sheet-header", { column }))));
  b.style(rect(header, 0, header, all), HEADER);
  const placed = plan.employees
    .filter((e) => e.talent.box !== null)
    .sort((x, y) => y.talent.box! - x.talent.box! || x.name.localeCompare(y.name));
  placed.forEach((e, i) => {
    const entry = boxEntry(e.talent.box!);
    const focus = e.priorities
      .slice(0, FOCUS_COMPETENCIES)
      .map((p) => p.name)
      .join(", ");
    const row = b.addRow([
      i + 1,
      e.nip,
      e.name,
      e.position,
      e.unit,
      e.talent.performance ? say(msg("performance-name", { level: e.talent.performance })) : "",
      e.talent.potential ? say(msg("potential-name", { level: e.talent.potential })) : "",
      entry.box,
      entry.recommendation[lang],
      focus,
    ]);
    b.style(rect(row, 0, row, 0), CENTER);
    b.style(rect(row, 1, row, 6), TEXT);
    b.style(rect(row, 7, row, 7), mergeStyles(CENTER, { fill: entry.color }));
    b.style(rect(row, 8, row, all), TEXT);
    const lines = Math.max(
      ...[2, 3, 4, 8, 9].map((c) => wrappedLines(String(b.get(row, c) ?? ""), WIDTHS[c]))
    );
    if (lines > 1) b.height(row, heightForLines(lines));
  });

  return b.build({
    name,
    kind: "talent",
    columnWidths: WIDTHS,
    print: printSetup({ repeatRows: { first: header, last: header } }),
    freeze: { rows: 0, cols: 0 },
    ...(placed.length ? { autoFilter: rect(header, 0, header + placed.length, all) } : {}),
    tabColor: "#7030A0",
  });
}
