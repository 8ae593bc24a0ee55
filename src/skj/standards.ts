// Required levels, most specific first: a standard written on the row itself (long layouts), the workbook's
// own SKJ sheet for a matching position title, then the grade's (or Level SKJ column's) level for all nine.
import {
  COMPETENCY_CODES,
  CompetencyCode,
  EmployeeRecord,
  PositionStandard,
  SkjSheet,
} from "./types";
import { normalizeText } from "./text";

export interface EmployeeStandards {
  competencies: Record<CompetencyCode, number>;
  /** Standards of the technical competencies the employee's position requires (SKJ sheet). */
  technical: Map<string, number>;
  /** The SKJ-sheet row that applied, if any. */
  position?: PositionStandard;
}

export class StandardsIndex {
  private readonly byTitle = new Map<string, PositionStandard>();

  constructor(readonly skj?: SkjSheet) {
    for (const p of skj?.positions ?? []) {
      const key = normalizeText(p.position);
      // The first row for a title wins, as a clerk reading top-down would expect.
      if (key && !this.byTitle.has(key)) this.byTitle.set(key, p);
    }
  }

  get technicalNames(): string[] {
    return this.skj?.technicalNames ?? [];
  }

  forPosition(title: string): PositionStandard | undefined {
    return this.byTitle.get(normalizeText(title));
  }

  standardsFor(
    record: Pick<EmployeeRecord, "level" | "position" | "rowStandards" | "technical">
  ): EmployeeStandards {
    const position = this.forPosition(record.position);
    const competencies = {} as Record<CompetencyCode, number>;
    for (const code of COMPETENCY_CODES) {
      competencies[code] =
        record.rowStandards[code] ?? position?.competencies[code] ?? record.level;
    }
    const technical = new Map<string, number>();
    for (const t of position?.technical ?? []) technical.set(t.name, t.level);
    for (const t of record.technical) {
      if (!technical.has(t.name) && t.standard !== undefined) technical.set(t.name, t.standard);
    }
    return { competencies, technical, position };
  }
}
