// Required levels, most specific first: a standard written on the row itself (long layouts), the workbook's
// own SKJ sheet for a matching position title, then the grade's (or Level SKJ column's) level for all nine,
// a functional grade's from the chosen JF table (docs/domain.md §16).
import { DEFAULT_JF_TABLE, isJfGrade, jfTableEntry, JfTableId } from "./registry/jfTables";
import {
  COMPETENCY_CODES,
  CompetencyCode,
  EmployeeRecord,
  Level,
  PositionStandard,
  SkjSheet,
  StandardSource,
  StandardsInForce,
} from "./types";
import { normalizeText } from "./text";

export interface EmployeeStandards {
  competencies: Record<CompetencyCode, number>;
  /** Where each of the nine came from. */
  sources: Record<CompetencyCode, StandardSource>;
  /** Standards of the technical competencies the employee's position requires (SKJ sheet). */
  technical: Map<string, number>;
  /** Where each technical standard came from. */
  technicalSources: Map<string, StandardSource>;
  /** The SKJ-sheet row that applied, if any. */
  position?: PositionStandard;
  /** The grade's default level (a JF grade's from the chosen table). */
  defaultLevel: Level;
}

/** The default level of a grade: a JF grade's from the table, any other grade's as read. */
export function defaultLevelOf(
  record: Pick<EmployeeRecord, "grade" | "level">,
  jfTable: JfTableId = DEFAULT_JF_TABLE
): Level {
  return isJfGrade(record.grade) ? jfTableEntry(jfTable).levels[record.grade] : record.level;
}

export class StandardsIndex {
  private readonly byTitle = new Map<string, PositionStandard>();

  constructor(
    readonly skj?: SkjSheet,
    readonly jfTable: JfTableId = DEFAULT_JF_TABLE
  ) {
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
    record: Pick<EmployeeRecord, "grade" | "level" | "position" | "rowStandards" | "technical">
  ): EmployeeStandards {
    const position = this.forPosition(record.position);
    const defaultLevel = defaultLevelOf(record, this.jfTable);
    const competencies = {} as Record<CompetencyCode, number>;
    const sources = {} as Record<CompetencyCode, StandardSource>;
    for (const code of COMPETENCY_CODES) {
      const onRow = record.rowStandards[code];
      const onSheet = position?.competencies[code];
      competencies[code] = onRow ?? onSheet ?? defaultLevel;
      sources[code] =
        onRow !== undefined ? "table" : onSheet !== undefined ? "skj-sheet" : "default";
    }
    const technical = new Map<string, number>();
    const technicalSources = new Map<string, StandardSource>();
    for (const t of position?.technical ?? []) {
      technical.set(t.name, t.level);
      technicalSources.set(t.name, "skj-sheet");
    }
    for (const t of record.technical) {
      if (!technical.has(t.name) && t.standard !== undefined) {
        technical.set(t.name, t.standard);
        technicalSources.set(t.name, "table");
      }
    }
    return { competencies, sources, technical, technicalSources, position, defaultLevel };
  }
}

/** What a run applied: the JF table (and whether the user chose it) and the SKJ-sheet rows someone matched. */
export function standardsInForce(
  index: StandardsIndex,
  records: readonly EmployeeRecord[],
  applied: ReadonlyMap<EmployeeRecord, EmployeeStandards>,
  chosen?: JfTableId
): StandardsInForce {
  const counts = new Map<PositionStandard, number>();
  for (const r of records) {
    const p = applied.get(r)?.position;
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return {
    jfTable: index.jfTable,
    jfTableSource: chosen === undefined ? "default" : "user",
    ...(index.skj ? { skjSheet: index.skj.sheet } : {}),
    positions: [...counts].map(([p, employees]) => ({
      position: p.position,
      competencies: { ...p.competencies },
      employees,
    })),
  };
}
