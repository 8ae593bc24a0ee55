// The gap against a target position (PP 11/2017 art. 206; docs/domain.md §16): an optional column ("Jabatan
// Target", "Jenjang Target", "Jabatan Sasaran") names the position or grade an employee is prepared for; its
// standards come from the SKJ sheet's row for that title, else the grade's default (a JF grade's from the
// chosen table), and the employee's scores are compared with them as with the current position.
import { COMPETENCIES, identityField } from "./catalogue";
import { cellText } from "./cells";
import { isGradeError, readGrade } from "./grades";
import { msg } from "./messages/params";
import { category, gap, isNeed, jpm } from "./scoring";
import { SheetView } from "./sheetView";
import { defaultLevelOf, StandardsIndex } from "./standards";
import { columnLetter } from "./text";
import {
  EmployeeRecord,
  Issue,
  Level,
  PlanOptions,
  PositionStandard,
  SheetGrid,
  TableDetection,
  TargetAssessment,
} from "./types";

/** A target as read from its cell. */
export interface TargetReading {
  written: string;
  /** Canonical grade ("Administrator", "JF Ahli Madya") or, for an SKJ-sheet title without one, the title. */
  jenjang: string;
  /** The default level of the target's grade. */
  level: Level;
  /** The SKJ sheet's row for the target title, if any. */
  position?: PositionStandard;
}

/** The most common level of an SKJ-sheet row (ties: the higher), for a title that names no grade. */
function commonLevel(p: PositionStandard): Level | null {
  const counts = new Map<number, number>();
  for (const v of Object.values(p.competencies))
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [level, count] of counts)
    if (count > bestCount || (count === bestCount && best !== null && level > best))
      [best, bestCount] = [level, count];
  return best === null ? null : (Math.min(5, Math.max(1, Math.round(best))) as Level);
}

/** A target cell's reading; null for a blank or a dash, "unreadable" when it names nothing known. */
export function readTarget(
  written: string,
  standards: StandardsIndex
): TargetReading | "unreadable" | null {
  const text = written.trim();
  if (text === "" || /^[-–—.]+$/.test(text)) return null;
  const position = standards.forPosition(text);
  const reading = readGrade(text, text);
  if (!isGradeError(reading)) {
    const level = defaultLevelOf(reading, standards.jfTable);
    return { written: text, jenjang: reading.grade, level, ...(position ? { position } : {}) };
  }
  const level = position ? commonLevel(position) : null;
  if (!position || level === null) return "unreadable";
  return { written: text, jenjang: position.position, level, position };
}

/** The table's target-position column (by the header matching of docs/domain.md §12), if any. */
export function targetColumn(detection: TableDetection): { col: number; header: string } | null {
  const h = detection.headers.find((x) => identityField(x.text) === "target");
  return h ? { col: h.col, header: h.text } : null;
}

/** Each record's target from the table's target column; issues for targets that name nothing known. */
export function readTargets(
  records: readonly EmployeeRecord[],
  grid: SheetGrid,
  detection: TableDetection,
  standards: StandardsIndex
): { targets: Map<EmployeeRecord, TargetReading>; column?: string; issues: Issue[] } {
  const targets = new Map<EmployeeRecord, TargetReading>();
  const issues: Issue[] = [];
  const found = targetColumn(detection);
  if (!found) return { targets, issues };
  const view = new SheetView(grid);
  for (const r of records) {
    const written = cellText(view.value(r.row - 1, found.col));
    const reading = readTarget(written, standards);
    if (reading === "unreadable") {
      const address = `${columnLetter(found.col)}${r.row}`;
      issues.push({
        sheet: detection.sheet,
        row: r.row,
        column: found.header,
        col: found.col,
        address,
        severity: "warning",
        ...msg("target-unreadable", {
          row: r.row,
          column: found.header,
          address,
          written: written.trim(),
        }),
      });
    } else if (reading) targets.set(r, reading);
  }
  if (targets.size > 0)
    issues.push({
      sheet: detection.sheet,
      row: 0,
      column: found.header,
      col: found.col,
      severity: "info",
      ...msg("target-found", { column: found.header, employees: targets.size }),
    });
  return { targets, column: found.header, issues };
}

/** An employee's scores against the target's standards: the nine (JPM, category) and the technical ones. */
export function assessTarget(
  record: EmployeeRecord,
  target: TargetReading,
  options: Pick<PlanOptions, "jpmMethod" | "jpmRounded" | "scheme" | "thresholds" | "tolerance">
): TargetAssessment {
  const gaps: TargetAssessment["gaps"] = COMPETENCIES.map((c) => {
    const onSheet = target.position?.competencies[c.code];
    const standard = onSheet ?? target.level;
    const score = record.scores[c.code];
    return {
      competency: c.code,
      name: c.name,
      standard,
      standardSource: onSheet !== undefined ? "skj-sheet" : "default",
      score,
      gap: gap(score, standard),
      need: isNeed(score, standard, options.tolerance),
    };
  });
  const value = jpm(
    gaps.map((g) => g.score),
    gaps.map((g) => g.standard),
    options.jpmMethod,
    { roundRatios: options.jpmRounded }
  );
  for (const t of target.position?.technical ?? []) {
    const own = record.technical.find((x) => x.name === t.name);
    if (!own) continue;
    gaps.push({
      competency: t.name,
      name: t.name,
      standard: t.level,
      standardSource: "skj-sheet",
      score: own.score,
      gap: gap(own.score, t.level),
      need: isNeed(own.score, t.level, options.tolerance),
    });
  }
  return {
    written: target.written,
    jenjang: target.jenjang,
    level: target.level,
    gaps,
    jpm: value,
    category: category(value, options.scheme, options.thresholds),
  };
}
