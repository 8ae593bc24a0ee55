// Domain types shared by every layer. Pure data: no host API, DOM or file library types.
import type { Progress } from "./progress";
import type { FoundSigner } from "./signer";
import type { CostEntry } from "./registry/costs";
import type { JfTableId } from "./registry/jfTables";
import type { JpmMethod } from "./registry/jpmMethods";
import type { Scheme, Thresholds } from "./registry/schemes";
import type { BoxNumber, PerformanceLevel, PotentialLevel } from "./registry/talentBoxes";

// Derived from their registries.
export type { JpmMethod, Scheme, Thresholds };
import type { Message } from "./messages/params";
import type { ActivityText } from "./messages/areas/standards.params";

/** An activity's text: what to do, with whom, how many sessions or days. */
export interface ActivityMessage {
  code: "activity";
  params: ActivityText;
}

/** The nine SKJ competencies in catalogue order (PermenPANRB 38/2017). */
export const COMPETENCY_CODES = [
  "INT",
  "KS",
  "KOM",
  "OPH",
  "PP",
  "PDOL",
  "MP",
  "PK",
  "PB",
] as const;
export type CompetencyCode = (typeof COMPETENCY_CODES)[number];

export type Pillar = "manajerial" | "sosial-kultural" | "teknis";
export type Level = 1 | 2 | 3 | 4 | 5;
/** 70 = experiential (on the job), 20 = social, 10 = formal. */
export type Track = 70 | 20 | 10;
export type Quarter = 1 | 2 | 3 | 4;
export type Severity = "error" | "warning" | "info";
/** Where a choice (JPM method, scheme) came from. */
export type ChoiceSource = "user" | "file" | "default";

// ---------------------------------------------------------------------------------------------
// The workbook as the domain sees it: a grid of values plus merge ranges, per sheet.

export interface CellError {
  /** Excel's error text, e.g. "#N/A", "#DIV/0!". */
  error: string;
}
/** A cell value as a reader delivers it (formulas arrive as their cached value). */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangular range in 0-based sheet coordinates, bounds inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major values. rows[i][j] is the cell at sheet row origin.row+i, column origin.col+j. */
  rows: CellValue[][];
  /** 0-based sheet coordinates of rows[0][0]; absent means A1. */
  origin?: { row: number; col: number };
  /** Merged areas in 0-based sheet coordinates. */
  merges: CellRange[];
  state?: "visible" | "hidden" | "veryHidden";
  /** 0-based sheet rows hidden by the user or a filter (ascending); absent when none or unknown. */
  hiddenRows?: number[];
  /** Formula cells saved without a result (they read as empty): how many, and where (0-based, the first ones). */
  uncachedFormulas?: { count: number; cells: { row: number; col: number }[] };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

// ---------------------------------------------------------------------------------------------
// Issues found in the data.

/** Where an issue sits and how bad it is; what it says is its Message (code + params). */
export interface IssuePlace {
  sheet: string;
  /** The sheet's own 1-based row number; 0 for an issue about the whole sheet. */
  row: number;
  /** The column's header text as written (or "" when the issue is not about a column). */
  column: string;
  /** 0-based sheet column index, when the issue is about a cell or a column. */
  col?: number;
  /** A1 address of the cell ("F9"), when the issue is about a cell. */
  address?: string;
  severity: Severity;
}

/** An issue found in the data: its place plus a coded message, rendered by the catalogue of a language. */
export type Issue = IssuePlace & Message;

// ---------------------------------------------------------------------------------------------
// Where the data sits: the detected table and its column mapping.

export type IdentityField =
  "nip" | "name" | "position" | "grade" | "unit" | "level" | "jpm" | "category";

export interface ColumnMapping {
  nip?: number;
  name?: number;
  position?: number;
  grade?: number;
  unit?: number;
  /** A per-employee required level ("Level SKJ", "Standar"). */
  level?: number;
  /** The agency's own JPM column. */
  jpm?: number;
  /** The agency's own category column. */
  category?: number;
  /** Wide layout: the column of each of the nine competencies. */
  competencies: Partial<Record<CompetencyCode, number>>;
  /** Wide layout: per-competency standard columns ("Standar" sub-columns or a "Standar" group), if any. */
  competencyStandards: Partial<Record<CompetencyCode, number>>;
  /** Wide layout: technical competencies (named in the SKJ sheet) and their columns. */
  technical: { name: string; col: number }[];
  /** Long layout (one row per employee and competency). */
  competency?: number;
  standard?: number;
  score?: number;
}

export interface HeaderColumn {
  /** 0-based sheet column. */
  col: number;
  /** Header text as the user reads it (the lower header row, or the merged cell above it). */
  text: string;
  /** Group cell above it in a two-row header ("Kompetensi Manajerial"), if any. */
  group?: string;
}

export interface TableDetection {
  sheet: string;
  layout: "wide" | "long";
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
  /** 1-based sheet row where data starts. */
  dataStartRow: number;
  headers: HeaderColumn[];
  mapping: ColumnMapping;
  /** Issues about the table as a whole (typo matches, missing competencies, another model). */
  issues: Issue[];
}

// ---------------------------------------------------------------------------------------------
// Standards from the workbook's own SKJ sheet.

export interface PositionStandard {
  /** Position title as written in the SKJ sheet. */
  position: string;
  competencies: Partial<Record<CompetencyCode, number>>;
  technical: { name: string; level: number }[];
}

export interface SkjSheet {
  sheet: string;
  positions: PositionStandard[];
  /** Every technical competency named in the sheet's header, in sheet order. */
  technicalNames: string[];
}

// ---------------------------------------------------------------------------------------------
// An employee as read from the workbook, before assessment.

/** Who an employee is and where their row is: the same in the record read and the result planned. */
export interface EmployeeIdentity {
  sheet: string;
  /** The sheet's own 1-based row number (the first row in a long layout). */
  row: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
  /** The grade cell as written ("Eselon III.a", "Non Eselon", ""). */
  jobLevel: string;
  /** Canonical grade name ("Administrator", "JF Ahli Muda", "Level 3"). */
  grade: string;
  /** The default required level of the grade (or of the Level SKJ column). */
  level: Level;
}

export interface EmployeeRecord extends EmployeeIdentity {
  scores: Record<CompetencyCode, number>;
  /** Per-competency standards given on the rows themselves (long layout). */
  rowStandards: Partial<Record<CompetencyCode, number>>;
  technical: { name: string; score: number; standard?: number }[];
  /** The agency's JPM for this row, as a ratio, when the sheet has a JPM column. */
  fileJpm?: number;
  /** The agency's category text for this row, when the sheet has one. */
  fileCategory?: string; /** PNS or PPPK, from a status column when the sheet has one. */
  employment?: Employment;
}

// ---------------------------------------------------------------------------------------------
// Assessment and plan.

/**
 * Where a required level came from (docs/domain.md §16): written on the table's own rows, the workbook's SKJ
 * sheet for the position, or the grade's default (a JF grade's from the chosen JF table).
 */
export type StandardSource = "table" | "skj-sheet" | "default";

/** A technical competency's result; the nine SKJ competencies add their code and pillar. */
export interface TechnicalResult {
  name: string;
  standard: number;
  /** Where the standard came from. */
  standardSource?: StandardSource;
  score: number;
  /** score - standard (negative = shortfall). */
  gap: number;
  /** Below standard beyond the tolerance: a development need. */
  need: boolean;
}

export interface CompetencyResult extends TechnicalResult {
  code: CompetencyCode;
  pillar: Pillar;
}

export interface Priority {
  rank: number;
  /** Competency code, or the technical competency's name. */
  competency: string;
  name: string;
  pillar: Pillar;
  standard: number;
  score: number;
  gap: number;
}

/** An activity before it is placed in the year's schedule. */
export interface ActivityDraft {
  /** Competency code, or the technical competency's name. */
  competency: string;
  /** LAN method code (Peraturan LAN 10/2018), e.g. "NKL01". */
  method: string;
  methodName: string;
  /** What to do: a coded text, rendered in the report's language (docs/domain.md §16). */
  text: ActivityMessage;
  track: Track;
  /** JP booked, at a size LAN credits for the method (docs/domain.md §8). */
  jp: number;
  /** Sessions or days booked, for a method credited per session or per day. */
  sessions?: number;
  /** "gap": closes a shortfall; "next-level": prepares for the next level (fills the JP target). */
  purpose: "gap" | "next-level";
}

export interface Activity extends ActivityDraft {
  quarter: Quarter;
  /** Month (1–12) it starts; the agency's schedule of programmes sets it (docs/domain.md §13). */
  month: number;
  /** Months it runs: sessions capped per month spread over several. */
  months: number;
  /** JP counted toward the yearly target: the booked JP, 0 when deferred for want of budget. */
  creditedJp: number;
  /** The programme it belongs to (docs/domain.md §13). */
  programme?: string;
  /** Provider id (registry/providers.ts). */
  provider?: string;
  /** This employee's share of the programme's cost, in rupiah. */
  cost?: number;
  /** Deferred to next year: the budget ceiling was reached. */
  deferred?: boolean;
  /** The individual development line it belongs to, when too few share it for a programme (§15). */
  individual?: string;
}

export interface DevelopmentPlan {
  totalJp: number;
  /** Sum of the activities' credited JP: what counts toward the target. */
  creditedJp: number;
  activities: Activity[];
}

/** PNS or PPPK: a PPPK employee's plan never passes 24 JP (docs/domain.md §7). */
export type Employment = "PNS" | "PPPK";

/** A group of employees' activities in one competency by one method (docs/domain.md §13). */
export interface Programme {
  id: string;
  /** Competency code, or the technical competency's name. */
  competency: string;
  competencyName: string;
  method: string;
  methodName: string;
  route: "klasikal" | "nonklasikal";
  track: Track;
  /** NIPs (or names when a NIP is missing) of the participants. */
  participants: string[];
  provider: string;
  month: number;
  /** JP per participant (the largest when participants' sizes differ). */
  jp: number;
  /** JP of all participants together. */
  totalJp: number;
  /** Rupiah. */
  cost: number;
  /** "agency-budget", "none", or the funding source an agency's Biaya sheet names (docs/domain.md §15). */
  funding: string;
  deferred: boolean;
  /** Set for a unit's own programme (the per-unit threshold), else the whole agency's. */
  unit?: string;
  /** Whose curriculum the programme follows (registry/curricula.ts). */
  curriculum: string;
  /** Sum over participants of their shortfall in the competency: what the programme closes. */
  shortfall: number;
}

export interface Budget {
  /** The ceiling given, or null. */
  ceiling: number | null;
  /** Cost of the programmes kept. */
  total: number;
  /** Cost of the programmes deferred to next year. */
  deferredTotal: number;
  /** Cost of every programme before the ceiling. */
  required: number;
  /** The unit cost of each method the programmes use: the defaults or the agency's overrides. */
  unitCosts: Record<string, CostEntry>;
  /** Cost per unit of the employees (their share of every programme and individual line). */
  byUnit: BudgetLine[];
  /** Cost per funding source. */
  byFunding: BudgetLine[];
}

/** One line of the budget's totals: proposed within the ceiling, and deferred. */
export interface BudgetLine {
  key: string;
  total: number;
  deferred: number;
}

export interface EmployeeResult extends EmployeeIdentity {
  competencies: CompetencyResult[];
  technical: TechnicalResult[];
  /** Unrounded, as a fraction. */
  jpm: number;
  /** In the scheme's words (pemetaan) or codes (pengisian: MS / MMS / KMS). */
  category: string;
  priorities: Priority[];
  plan: DevelopmentPlan;
  fileJpm?: number;
  /** From a status column, when the workbook has one. */
  employment?: Employment;
  /** Place in the talent nine-box (docs/domain.md §9); nulls where the inputs are missing. */
  talent: EmployeeTalent;
  /** The gap against the position the employee is prepared for (art. 206; docs/domain.md §16), when given. */
  targetPosition?: TargetAssessment;
}

/** An employee's assessment against a target position's standards (docs/domain.md §16). */
export interface TargetAssessment {
  /** The target as written in the table ("Administrator", "Analis Kepegawaian Ahli Madya"). */
  written: string;
  /** Canonical grade name of the target ("Administrator", "JF Ahli Madya", "Level 4"). */
  jenjang: string;
  /** The target's default level (before an SKJ-sheet row for the target title). */
  level: Level;
  /** The nine, against the target's standards; plus technical competencies the SKJ sheet sets for it. */
  gaps: {
    competency: string;
    name: string;
    standard: number;
    standardSource: StandardSource;
    score: number;
    gap: number;
    need: boolean;
  }[];
  jpm: number;
  category: string;
}

/** One employee's place in the nine-box; null where the inputs are missing or unreadable. */
export interface EmployeeTalent {
  performance: PerformanceLevel | null;
  potential: PotentialLevel | null;
  box: BoxNumber | null;
  /** The box the file itself gives, when it has a box column. */
  fileBox?: BoxNumber;
  /** The potential stands in from the competency JPM (only when the user chose so). */
  potentialFromJpm?: boolean;
}

export interface TalentSummary {
  /** Employees per box, "1" … "9". */
  counts: Record<`${BoxNumber}`, number>;
  /** Employees placed in a box. */
  placed: number;
  /** The columns the talent inputs came from (header text as written). */
  columns: { performance?: string; potential?: string; box?: string };
  /** The competency JPM stood in for a missing potential (the user chose so). */
  potentialFromJpm: boolean;
}

export interface PlanOptions {
  year: number;
  scheme: Scheme;
  jpmMethod: JpmMethod;
  /** A competency is a need when score < standard x (1 - tolerance). */
  tolerance: number;
  thresholds: Thresholds;
  /** Yearly JP each employee reaches at least. */
  jpTarget: number;
  /** Employees short in one competency from which a classroom programme is proposed (default 10). */
  cohortThreshold?: number;
  /** Participants within one unit from which a unit's own programme is formed (docs/domain.md §15). */
  unitCohortThreshold?: number;
  /** Unit costs and funding from the workbook's Biaya sheet; `costs` still win (docs/domain.md §15). */
  costTable?: Partial<Record<string, CostEntry>>;
  /** Budget ceiling in rupiah: programmes beyond it are deferred, largest shortfall per rupiah kept first. */
  budgetCeiling?: number;
  /** Mean JPM method: each score ÷ standard rounded to 2 decimals first (docs/domain.md §16). */
  jpmRounded?: boolean;
  /** The JF default table (docs/domain.md §16); table A when absent. */
  jfTable?: JfTableId;
  /** Cost overrides per method code (rupiah, in the unit of the method's default). */
  costs?: Partial<Record<string, number>>;
  /** Provider overrides per method code (provider ids). */
  providers?: Partial<Record<string, string>>;
}

export interface CompetencyNeed {
  competency: string;
  name: string;
  pillar: Pillar;
  /** Employees assessed on it. */
  assessed: number;
  /** Employees below standard (a development need). */
  short: number;
  /** Mean gap of those short (negative), 0 when none. */
  meanShortfall: number;
  /** Mean gap over everyone assessed. */
  meanGap: number;
}

export interface PlanSummary {
  employees: number;
  totalJp: number;
  categories: { category: string; count: number }[];
  needs: CompetencyNeed[];
  byUnit: { unit: string; employees: number; needs: CompetencyNeed[]; totalJp: number }[];
  methods: { method: string; methodName: string; track: Track; activities: number; jp: number }[];
  tracks: { track: Track; jp: number }[];
}

export interface PlanResult {
  source: {
    sheet: string;
    headerRows: number[];
    layout: "wide" | "long";
    dataStartRow: number;
    /** Individual reports (one employee per sheet) instead of a table: the sheets read. */
    personSheets?: string[];
    /**
     * A wide table's 0-based columns: each competency's score, its own standard column, a per-row level. The
     * report's formulas refer to these cells (docs/domain.md §22).
     */
    cells?: {
      scores: Partial<Record<CompetencyCode, number>>;
      standards: Partial<Record<CompetencyCode, number>>;
      level?: number;
      /** The grade column: a grade typed over another follows through the formula data's grade list. */
      grade?: number;
    };
  };
  year: number;
  scheme: Scheme;
  schemeSource: ChoiceSource;
  /** With source "file": read from the category column's values, or from the title block's purpose line. */
  schemeBasis?: "column" | "title";
  jpmMethod: JpmMethod;
  jpmMethodSource: ChoiceSource;
  /** When the sheet has a JPM column: rows compared and rows the chosen method reproduces within 1 point. */
  jpmAgreement?: { compared: number; matched: number };
  tolerance: number;
  thresholds: Thresholds;
  jpTarget: number;
  employees: EmployeeResult[];
  /** Rows of employees whose competency scores are all empty (not assessed yet): not planned. */
  unassessedRows: number[];
  issues: Issue[];
  summary: PlanSummary;
  /** The nine-box: counts per box and where its inputs came from. */
  talent: TalentSummary;
  /** Mean JPM method: per-competency ratios were rounded to 2 decimals (docs/domain.md §16). */
  jpmRounded?: boolean;
  /** The standards in force: the JF default table and the SKJ sheet's rows that applied (docs/domain.md §16). */
  standards?: StandardsInForce;
  /** Whether the table has target-position data (art. 206): when not, gaps are against the current position only. */
  targetPosition: boolean;
  /** The agency's programmes (art. 207(3)): competency, participants, method, provider, month, cost. */
  programmes: Programme[];
  /** Development lines too few employees share for a programme: each participant goes on their own (§15). */
  individual: Programme[];
  /** The participants a programme needs: for the whole agency, and within a unit when set. */
  grouping: { threshold: number; unitThreshold: number | null };
  budget: Budget;
  /** The signature block under the results table, which signs the plan unless the options name another. */
  signatory?: FoundSigner;
  /** Progress since last year (docs/domain.md §18), when anything of last year is known. */
  progress?: Progress;
}

/** The standards a plan applied (docs/domain.md §16). */
export interface StandardsInForce {
  /** The JF default table (registry/jfTables.ts). */
  jfTable: JfTableId;
  jfTableSource: ChoiceSource;
  /** The workbook's SKJ sheet, when it has one. */
  skjSheet?: string;
  /** The SKJ sheet's rows that applied to someone, with how many employees each. */
  positions: {
    position: string;
    competencies: Partial<Record<CompetencyCode, number>>;
    employees: number;
  }[];
}
