// Standards in force, the target position (art. 206) and the plan's activity texts (docs/domain.md §16).
// Codes and their typed parameters; the catalogues are standards.id.ts and standards.en.ts.
import type { JfTableId } from "../../registry/jfTables";
import type { Role } from "../../recommendations";
import type { JpmMethod, Level } from "../../types";

/** What an activity prepares for: the next level, or keeping level 5. */
export interface ActivityAim {
  level: Level;
  keep: boolean;
}

/** The classroom programmes a shortfall can be sent to. */
export type ClassroomCode = "KL01" | "KL02" | "KL03" | "KL04" | "KL05";

/**
 * An activity's text: what to do, in which competency (code, or a technical competency's name), with whom and
 * how many sessions or days (`count`, which a ceiling may cut).
 */
export type ActivityText =
  | { kind: "classroom"; competency: string; method: ClassroomCode; days: number; jp: number }
  | { kind: "bimtek"; competency: string }
  | { kind: "module"; competency: string; count: number }
  | { kind: "e-learning"; competency: string; count: number; aim?: ActivityAim }
  | { kind: "self-study"; competency: string; count: number; aim: ActivityAim; short: boolean }
  | { kind: "assignment"; competency: string; role: Role; count: number }
  | { kind: "enrichment"; competency: string; role: Role; count: number; aim: ActivityAim }
  | { kind: "coaching" | "mentoring"; competency: string; role: Role; count: number }
  | { kind: "community"; competency: string; count: number; aim: ActivityAim };

export type StandardsSheetColumn = "grade" | "position" | "source" | "employees";

export type TargetSheetColumn =
  | "no"
  | "nip"
  | "name"
  | "current"
  | "target"
  | "competency"
  | "currentStandard"
  | "currentGap"
  | "targetStandard"
  | "score"
  | "targetGap"
  | "jpm"
  | "category";

/** Where a default or SKJ-sheet standard comes from, as the standards sheet names it. */
export type StandardOrigin =
  | { kind: "structural" }
  /** A "Level SKJ" column or a bare level written as the grade. */
  | { kind: "level" }
  | { kind: "jf"; table: JfTableId; extrapolated: boolean }
  | { kind: "skj-sheet"; sheet: string };

export interface StandardsMessageParams {
  /** One activity of a plan. */
  activity: ActivityText;

  "standards-sheet-title": { year: number };
  /** `chosen`: the user picked the JF table; `positions`: SKJ-sheet rows that applied to someone. */
  "standards-sheet-intro": {
    table: JfTableId;
    chosen: boolean;
    skjSheet?: string;
    positions: number;
  };
  "standards-sheet-jf-basis": { table: JfTableId };
  "standards-sheet-section": { section: "grades" | "positions" };
  "standards-sheet-header": { column: StandardsSheetColumn };
  "standards-origin": StandardOrigin;
  /** A blank SKJ-sheet cell: the grade's default applies. */
  "standards-sheet-blank": Record<string, never>;
  "standards-jpm-note": { method: JpmMethod; rounded: boolean };

  /** The pane's options: the JF table dropdown and the mean method's rounding switch, with their hints. */
  "standards-pane": { field: "jfTable" | "jfTableHint" | "jpmRounded" | "jpmRoundedHint" };

  "target-sheet-title": { year: number };
  "target-sheet-intro": { employees: number; column: string };
  "target-sheet-header": { column: TargetSheetColumn };
  /** A target-position cell that names no grade or position the product can read: no target gap. */
  "target-unreadable": { row: number; column: string; address: string; written: string };
  /** The table has a target-position column: how many employees have one (an info issue). */
  "target-found": { column: string; employees: number };
}
