// "Kesenjangan Jabatan Target YYYY": for employees with a target position (art. 206; docs/domain.md §16), one
// row per competency with the current and the target standard, the score and both gaps, and the JPM and
// category against the target. Written only when someone has a target.
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { TargetSheetColumn } from "../skj/messages/areas/standards.params";
import { PlanResult } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { CENTER, COLORS, FORMATS, HEADER, NOTE, TEXT, TITLE } from "./styles";

export const TARGET_COLUMNS: readonly TargetSheetColumn[] = [
  "no",
  "nip",
  "name",
  "current",
  "target",
  "competency",
  "currentStandard",
  "currentGap",
  "targetStandard",
  "score",
  "targetGap",
  "jpm",
  "category",
];
const WIDTHS = [5, 21, 24, 22, 32, 32, 10, 9, 10, 8, 9, 10, 16];
const WIDTH = TARGET_COLUMNS.length;
const COL = Object.fromEntries(TARGET_COLUMNS.map((c, i) => [c, i])) as Record<
  TargetSheetColumn,
  number
>;
const NUMBER: CellStyle = { ...CENTER, numberFormat: "0.0" };
const GAP: CellStyle = { ...CENTER, numberFormat: FORMATS.gap };
const SHORT: CellStyle = mergeStyles(GAP, { fill: COLORS.gapLight, font: { color: "#9C0006" } });
const PERCENT: CellStyle = { ...CENTER, numberFormat: FORMATS.percent };

/** The header row in a language. */
export function targetHeaders(lang: Lang = "id"): string[] {
  return TARGET_COLUMNS.map((column) =>
    renderMessage(msg("target-sheet-header", { column }), lang)
  );
}

export function buildTargetSheet(plan: PlanResult, name: string, lang: Lang = "id"): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const b = new SheetBuilder(WIDTH);
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  const title = b.addRow([say(msg("target-sheet-title", { year: plan.year }))]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { horizontal: "left" }));
  b.height(title, 22);
  const withTarget = plan.employees.filter((e) => e.targetPosition);
  const column =
    plan.issues.find((i) => i.code === "target-found")?.column ??
    say(msg("target-sheet-header", { column: "target" }));
  const intro = say(msg("target-sheet-intro", { employees: withTarget.length, column }));
  const introRow = b.addRow([intro]);
  b.merge(rect(introRow, 0, introRow, WIDTH - 1));
  b.style(rect(introRow, 0, introRow, WIDTH - 1), NOTE);
  b.height(introRow, heightForLines(wrappedLines(intro, total)));
  b.addRow();

  const header = b.addRow(targetHeaders(lang));
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  b.height(header, heightForLines(2));
  withTarget.forEach((e, i) => {
    const t = e.targetPosition!;
    const target = t.written === t.jenjang ? t.written : `${t.written} (${t.jenjang})`;
    for (const g of t.gaps) {
      const current =
        e.competencies.find((c) => c.code === g.competency) ??
        e.technical.find((c) => c.name === g.competency);
      const values: (string | number)[] = [];
      values[COL.no] = i + 1;
      values[COL.nip] = e.nip;
      values[COL.name] = e.name;
      values[COL.current] = e.grade;
      values[COL.target] = target;
      values[COL.competency] = g.name;
      values[COL.currentStandard] = current ? current.standard : "";
      values[COL.currentGap] = current ? current.gap : "";
      values[COL.targetStandard] = g.standard;
      values[COL.score] = g.score;
      values[COL.targetGap] = g.gap;
      values[COL.jpm] = t.jpm;
      values[COL.category] = t.category;
      const r = b.addRow(values);
      b.style(rect(r, 0, r, 0), CENTER);
      b.style(rect(r, COL.nip, r, COL.competency), TEXT);
      b.style(rect(r, COL.currentStandard, r, COL.currentStandard), NUMBER);
      b.style(rect(r, COL.currentGap, r, COL.currentGap), GAP);
      b.style(rect(r, COL.targetStandard, r, COL.score), NUMBER);
      b.style(rect(r, COL.targetGap, r, COL.targetGap), g.need ? SHORT : GAP);
      b.style(rect(r, COL.jpm, r, COL.jpm), PERCENT);
      b.style(rect(r, COL.category, r, COL.category), TEXT);
      const lines = Math.max(
        ...[COL.name, COL.current, COL.target, COL.competency].map((c) =>
          wrappedLines(String(values[c]), WIDTHS[c])
        )
      );
      if (lines > 1) b.height(r, heightForLines(lines));
    }
  });
  return b.buildList({
    name,
    kind: "target",
    columnWidths: WIDTHS,
    header,
    tabColor: "#BF8F00",
  });
}
