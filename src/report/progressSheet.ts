// "Progres": last year's planned JP against the JP realised, per employee and unit, who stayed under the
// yearly target, and the competency needs closed and opened between two assessments (docs/domain.md §18).
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { ProgressColumn } from "../skj/messages/areas/progress.params";
import type { Progress } from "../skj/progress";
import type { PlanResult } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { fullWidthRow } from "./sheetParts";
import type { SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { CENTER, COLORS, HEADER, HEADING, NOTE, printSetup, TEXT, TITLE } from "./styles";

const WIDTHS = [6, 30, 22, 26, 13, 13, 13, 13];
const WIDTH = WIDTHS.length;
const ALL = WIDTH - 1;

export function buildProgressSheet(plan: PlanResult, name: string, lang: Lang = "id"): SheetModel {
  const progress = plan.progress as Progress;
  const say = (m: Message) => renderMessage(m, lang);
  const header = (column: ProgressColumn) => say(msg("progress-sheet-header", { column }));
  const b = new SheetBuilder(WIDTH);

  const title = b.addRow([
    say(msg("progress-sheet-title", { year: plan.year, previousYear: progress.previousYear })),
  ]);
  b.merge(rect(title, 0, title, ALL));
  b.style(rect(title, 0, title, ALL), TITLE);
  b.height(title, 22);
  const { sources } = progress;
  const notes = [
    say(
      msg("progress-sheet-sources", {
        ...(sources.planSheet ? { planSheet: sources.planSheet.sheet } : {}),
        ...(sources.planSheet?.file ? { planFile: sources.planSheet.file } : {}),
        recomputed: sources.plannedRecomputed,
        ...(sources.realisation ? { realisation: sources.realisation } : {}),
        ...(sources.previousAssessment
          ? { assessmentSheet: sources.previousAssessment.sheet }
          : {}),
        ...(sources.previousAssessment?.file
          ? { assessmentFile: sources.previousAssessment.file }
          : {}),
      })
    ),
    say(msg("progress-sheet-basis", { target: progress.jpTarget })),
  ];
  const note = (text: string, style = NOTE) => fullWidthRow(b, WIDTHS, text, style);
  notes.forEach((text) => note(text));
  b.addRow();

  const heading = (part: "employees" | "units" | "competencies" | "below") => {
    const r = b.addRow([say(msg("progress-sheet-heading", { part }))]);
    b.merge(rect(r, 0, r, ALL));
    b.style(rect(r, 0, r, ALL), HEADING);
    return r;
  };
  // Header cells hold two-word labels in narrow columns: two lines.
  const headerRow = (labels: string[]) => {
    const r = b.addRow(labels);
    b.style(rect(r, 0, r, labels.length - 1), HEADER);
    b.height(r, heightForLines(2));
    return r;
  };
  const met = (realised: number | null) =>
    say(
      msg("progress-sheet-met", { met: realised === null ? null : realised >= progress.jpTarget })
    );

  // A: per employee. The header row is repeated on every printed page.
  heading("employees");
  const columns: ProgressColumn[] = ["no", "name", "nip", "unit", "planned", "realised", "met"];
  const employeeHeader = headerRow(columns.map(header));
  progress.employees.forEach((p, i) => {
    const r = b.addRow([
      i + 1,
      p.name,
      p.nip,
      p.unit,
      p.plannedJp,
      // No realisation column last year: a blank cell (a model cell is never null).
      p.realisedJp ?? "",
      met(p.realisedJp),
    ]);
    b.style(rect(r, 0, r, 0), CENTER);
    b.style(rect(r, 1, r, 3), TEXT);
    b.style(
      rect(r, 4, r, 6),
      p.belowTarget ? mergeStyles(CENTER, { fill: COLORS.gapLight }) : CENTER
    );
    const lines = Math.max(
      ...[1, 3].map((c) => wrappedLines(String(b.get(r, c) ?? ""), WIDTHS[c]))
    );
    if (lines > 1) b.height(r, heightForLines(lines));
  });
  const lastEmployee = employeeHeader + progress.employees.length;
  b.addRow();

  // B: per unit.
  heading("units");
  const unitColumns: ProgressColumn[] = ["no", "unit", "employees", "planned", "realised", "below"];
  headerRow(unitColumns.map(header));
  progress.units.forEach((u, i) => {
    const r = b.addRow([i + 1, u.unit, u.employees, u.plannedJp, u.realisedJp, u.belowTarget]);
    b.style(rect(r, 0, r, 0), CENTER);
    b.style(rect(r, 1, r, 1), TEXT);
    b.style(rect(r, 2, r, 5), CENTER);
  });
  b.addRow();

  // C: needs closed and opened per competency, with a chart of the two.
  // The comparison and its chart start a page of their own, so the chart is never cut.
  const competencyPage = heading("competencies");
  const compared = progress.competencies.some((c) => c.compared > 0);
  if (!compared) note(say(msg("progress-sheet-no-comparison", {})));
  else {
    const competencyColumns: ProgressColumn[] = [
      "no",
      "competency",
      "compared",
      "closed",
      "opened",
      "remaining",
    ];
    const h = headerRow(competencyColumns.map(header));
    progress.competencies.forEach((c, i) => {
      const r = b.addRow([i + 1, c.name, c.compared, c.closed, c.opened, c.remaining]);
      b.style(rect(r, 0, r, 0), CENTER);
      b.style(rect(r, 1, r, 1), TEXT);
      b.style(rect(r, 2, r, 5), CENTER);
    });
    const first = h + 1;
    const last = h + progress.competencies.length;
    b.addRow();
    const top = b.addRow();
    // Room for the chart: 16 rows below the table.
    for (let k = 0; k < 15; k++) b.addRow();
    b.charts.push({
      kind: "barClustered",
      title: say(
        msg("progress-chart-title", { previousYear: progress.previousYear, year: plan.year })
      ),
      categories: rect(first, 1, last, 1),
      series: [
        { name: header("closed"), values: rect(first, 3, last, 3) },
        { name: header("opened"), values: rect(first, 4, last, 4) },
      ],
      anchor: rect(top, 0, top + 15, ALL),
    });
  }
  b.addRow();

  // D: who stayed under the target, by name.
  heading("below");
  const below = progress.employees.filter((p) => p.belowTarget);
  note(
    say(
      msg("progress-sheet-below", {
        count: below.length,
        target: progress.jpTarget,
        names: below.map((p) => (p.nip ? `${p.name} (${p.nip})` : p.name)),
      })
    ),
    mergeStyles(NOTE, below.length ? { font: { bold: true, size: 10 } } : {})
  );

  return b.build({
    name,
    kind: "progress",
    columnWidths: WIDTHS,
    print: printSetup({
      repeatRows: { first: employeeHeader, last: employeeHeader },
      ...(compared ? { rowBreaks: [competencyPage] } : {}),
    }),
    freeze: { rows: 0, cols: 0 },
    ...(progress.employees.length
      ? { autoFilter: rect(employeeHeader, 0, lastEmployee, columns.length - 1) }
      : {}),
    tabColor: "#2E75B6",
  });
}
