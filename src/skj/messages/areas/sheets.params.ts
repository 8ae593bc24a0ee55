// Texts of the written report sheets (titles, headers, notes), per language.
// Codes and their typed parameters; the catalogues are sheets.id.ts and sheets.en.ts.
import type { CalendarDate } from "../../dates";
import type { ChoiceSource, JpmMethod, Pillar, Quarter, Scheme, Track } from "../../types";

/** A column header of a report table, named once for every sheet that has that column. */
export type SheetColumn =
  | "no"
  | "competency"
  | "standard"
  | "score"
  | "gap"
  | "rank"
  | "method"
  | "activity"
  | "track"
  | "jp"
  | "quarter"
  | "pillar"
  | "unit"
  | "assessed"
  | "short"
  | "shortShare"
  | "meanShortfall"
  | "meanGap"
  | "provider"
  | "month"
  | "creditedJp"
  | "largestShortfall"
  | "employees"
  | "totalJp"
  | "meanJp"
  | "category"
  | "bound"
  | "employeeShare"
  | "examples"
  | "activities"
  | "jpShare"
  /** Short forms in the summary's narrower tables. */
  | "methodName"
  | "trackName";

/** A label of the identity rows heading each employee's block in the plan. */
export type IdentityLabel =
  "name" | "nip" | "unit" | "position" | "grade" | "source" | "jpm" | "category" | "needs";

/** The sections of the needs summary, in order (A to F). */
export type SummarySection =
  "competency" | "unit" | "unitTotals" | "categories" | "tracks" | "methods";

/** A JPM band of a category: at least `lower`, below `upper` (fractions); an open end is absent. */
export interface CategoryBound {
  lower?: number;
  upper?: number;
}

export interface SheetMessageParams {
  /** "RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN 2027". */
  "sheet-plan-title": { year: number };
  "sheet-summary-title": { year: number };
  /** A date in words: "22 November 2026". */
  "sheet-date": { date: CalendarDate };
  /** "Dibuat: 22 November 2026". */
  "sheet-made": { date: CalendarDate };
  /** Where the data came from and how many employees were planned. */
  "sheet-source": {
    sheet: string;
    headerRows: number[];
    dataStartRow: number;
    employees: number;
    /** Rows left out for a data error. */
    skipped: number;
    issuesSheet: string;
  };
  /** The data source when every employee is a sheet of their own (individual reports). */
  "sheet-source-reports": {
    sheets: string[];
    employees: number;
    /** Report sheets that gave no planned employee (data errors). */
    left: number;
    issuesSheet: string;
  };
  /** How the numbers were made: JPM formula and its source, tolerance, categories, JP target. */
  "sheet-method": {
    method: JpmMethod;
    source: ChoiceSource;
    agreement?: { matched: number; compared: number };
    tolerance: number;
    scheme: Scheme;
    schemeSource: ChoiceSource;
    schemeFromTitle: boolean;
    bands: { category: string; bound: CategoryBound }[];
    jpTarget: number;
  };
  /** "JPM ≥ 90%", "80% ≤ JPM < 90%", "JPM < 80%". */
  "sheet-category-bound": CategoryBound;
  "sheet-header": { column: SheetColumn };
  "sheet-identity": { field: IdentityLabel };
  /** Where an employee's row is: `Sheet "Data", baris 12`. */
  "sheet-row-source": { sheet: string; row: number };
  /** How many competencies need development ("Tidak ada" when none). */
  "sheet-needs": { count: number };
  /** A competency developed beyond its standard. */
  "sheet-next-level": { competency: string };
  "sheet-no-activities": Record<string, never>;
  "sheet-total-jp": Record<string, never>;
  /** "Sukamaju, 22 November 2026"; a dotted space when no place is given. */
  "sheet-sign-place": { place: string; date: CalendarDate };
  "sheet-sign-known": Record<string, never>;
  "sheet-no-employees": { issuesSheet: string };
  /** The rows of the table the plan could not include, named with their reason. */
  "sheet-left-out-title": { count: number };
  "sheet-left-out-row": { row: number; reason: string };
  "sheet-left-out-unassessed": { row: number };
  "sheet-track": { track: Track };
  "sheet-quarter": { quarter: Quarter };
  /** "NKL01 – Coaching". */
  "sheet-dev-method": { method: string };
  "sheet-pillar": { pillar: Pillar };
  "sheet-track-examples": { track: Track };
  "sheet-section": { section: SummarySection; scheme: Scheme };
  "sheet-chart-title": Record<string, never>;
  "sheet-unit-filter": Record<string, never>;
  "sheet-no-unit": Record<string, never>;
  "sheet-sum": Record<string, never>;
  "sheet-total-jp-all": Record<string, never>;
  /** The Excel table of needs per unit (letters, digits and "_" only). */
  "sheet-unit-table": { year: number };
}
