// Progress from year to year (docs/domain.md §18): the realisation column, last year's workbook and the
// "Progres" sheet. Codes and their typed parameters; the catalogues are progress.id.ts and progress.en.ts.

export type ProgressColumn =
  | "no"
  | "name"
  | "nip"
  | "unit"
  | "planned"
  | "realised"
  | "met"
  | "employees"
  | "below"
  | "competency"
  | "compared"
  | "closed"
  | "opened"
  | "remaining";

export interface ProgressMessageParams {
  /** A realisation cell that is not a number of JP. */
  "progress-realisation-unreadable": { value: string };
  /** Last year's workbook (--sebelumnya) has no assessment table and no plan sheet this product wrote. */
  "progress-previous-empty": { file: string };
  "progress-sheet-title": { year: number; previousYear: number };
  "progress-sheet-sources": {
    planSheet?: string;
    planFile?: string;
    recomputed: boolean;
    realisation?: string;
    assessmentSheet?: string;
    assessmentFile?: string;
  };
  "progress-sheet-basis": { target: number };
  "progress-sheet-heading": { part: "employees" | "units" | "competencies" | "below" };
  "progress-sheet-header": { column: ProgressColumn };
  /** Whether the realisation reached the target; null when nothing is realised on record. */
  "progress-sheet-met": { met: boolean | null };
  "progress-sheet-below": { count: number; target: number; names: string[] };
  "progress-sheet-no-comparison": Record<string, never>;
  "progress-chart-title": { previousYear: number; year: number };
}
