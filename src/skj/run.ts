// The whole job on a workbook grid: standards, table, employees, JPM method and scheme, plans, summary.
import {
  assessProgress,
  findRealisationColumn,
  readPlanSheet,
  readRealisation,
  type Progress,
  type ProgressInputs,
} from "./progress";
import { assessTalent } from "./talent";
import { findSigner } from "./signer";
import { COMPETENCIES } from "./catalogue";
import { detectTable, DetectOptions } from "./detect";
import { EmployeeGrades, EmployeeList, findEmployeeLists } from "./employeeList";
import { findPersonSheets, PersonSheetLayout, readPersonSheet } from "./personSheets";
import { extractRecords, headerText } from "./extract";
import { method as methodInfo } from "./methods";
import { assessEmployee, PPPK_JP_CEILING } from "./plan";
import { hasTargetPosition, withEmployment } from "./employment";
import { readCostSheet } from "./costSheet";
import { cohortsOf, DEFAULT_COHORT_THRESHOLD, planProgrammes } from "./programmes";
import { DEFAULT_JPM_METHOD, JPM_METHODS } from "./registry/jpmMethods";
import { DEFAULT_SCHEME, SCHEMES } from "./registry/schemes";
import {
  canonicalCategory,
  category,
  CATEGORY_NAMES,
  DEFAULT_THRESHOLDS,
  isNeed,
  jpm,
  schemeOfCategory,
} from "./scoring";
import { Message, msg } from "./messages/params";
import { readSkjSheet } from "./skjSheet";
import { SheetView } from "./sheetView";
import { EmployeeStandards, StandardsIndex, standardsInForce } from "./standards";
import { DEFAULT_JF_TABLE } from "./registry/jfTables";
import { assessTarget, readTargets } from "./targetPosition";
import { cellAddress, normalizeText } from "./text";
import {
  ChoiceSource,
  CompetencyNeed,
  EmployeeRecord,
  EmployeeResult,
  Issue,
  JpmMethod,
  PlanOptions,
  PlanResult,
  PlanSummary,
  Scheme,
  SheetGrid,
  TableDetection,
  Track,
  WorkbookGrid,
} from "./types";

export const DEFAULT_JP_TARGET = 20;

/** The year plans are made for by default: next year. */
export function defaultYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}

export interface RunOptions extends Partial<Omit<PlanOptions, "scheme" | "jpmMethod">> {
  /** Leave unset to follow the workbook's own category column, else pemetaan. */
  scheme?: Scheme;
  /** Leave unset to follow the workbook's own JPM column, else sum. */
  jpmMethod?: JpmMethod;
  sheet?: string;
  /** A detection the user adjusted (mapping changed in the task pane); skips detection. */
  detection?: TableDetection;
  /** Only employees of these units (exact text, case-insensitive). */
  units?: string[];
  /** When the table has no potential column, let the JPM category stand in (docs/domain.md §9). */
  potentialFromJpm?: boolean;
  /** Workbooks holding the employee list (CLI --pegawai, the pane's second file), named by `file`. */
  employeeLists?: { file: string; workbook: WorkbookGrid }[];
  /** The grade of employees no grade cell or employee list gives one (CLI --jenjang): a last resort. */
  defaultGrade?: string;
  /** Last year's workbook (CLI --sebelumnya): its plan sheet and assessment for the progress (§18). */
  previous?: { file: string; workbook: WorkbookGrid };
}

export type RunOutcome =
  { ok: true; result: PlanResult } | { ok: false; message: Message; issues: Issue[] };

const JPM_MATCH_TOLERANCE = 0.01;

/** The nine scores in catalogue order. */
function scoresOf(r: EmployeeRecord): number[] {
  return COMPETENCIES.map((c) => r.scores[c.code]);
}

interface MethodChoice {
  method: JpmMethod;
  source: ChoiceSource;
  agreement?: { compared: number; matched: number };
}

/** Which formula reproduces the workbook's own JPM column on the most rows (ties: registry order). */
export function inferJpmMethod(
  records: readonly EmployeeRecord[],
  standardsOf: (r: EmployeeRecord) => number[]
): MethodChoice | null {
  const rows = records.filter((r) => r.fileJpm !== undefined);
  if (rows.length === 0) return null;
  let best: { method: JpmMethod; matched: number } | null = null;
  for (const { id: method } of JPM_METHODS) {
    let matched = 0;
    for (const r of rows) {
      const value = jpm(scoresOf(r), standardsOf(r), method);
      if (Math.abs(value - r.fileJpm!) <= JPM_MATCH_TOLERANCE + 1e-9) matched++;
    }
    if (!best || matched > best.matched) best = { method, matched };
  }
  if (!best || best.matched === 0)
    return {
      method: DEFAULT_JPM_METHOD,
      source: "default",
      agreement: { compared: rows.length, matched: 0 },
    };
  return {
    method: best.method,
    source: "file",
    agreement: { compared: rows.length, matched: best.matched },
  };
}

/** The scheme a category column is written in, by majority of recognisable values. */
export function inferScheme(records: readonly EmployeeRecord[]): Scheme | null {
  const counts = new Map<Scheme, number>();
  for (const r of records) {
    if (!r.fileCategory) continue;
    const s = schemeOfCategory(r.fileCategory);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // A tie goes to the scheme listed first in the registry.
  let best: Scheme | null = null;
  for (const { id } of SCHEMES) {
    if ((counts.get(id) ?? 0) > (best ? counts.get(best)! : 0)) best = id;
  }
  return best;
}

/**
 * Employees on rows hidden by the user or a filter are planned like the others (a filter is often left on
 * by accident); one note says so and names the rows, so a clerk who meant to leave them out can use the
 * unit filter or unhide them.
 */
function hiddenRowsIssue(grid: SheetGrid, records: readonly EmployeeRecord[]): Issue | null {
  if (!grid.hiddenRows || grid.hiddenRows.length === 0) return null;
  const hidden = new Set(grid.hiddenRows);
  const rows = records.filter((r) => hidden.has(r.row - 1)).map((r) => r.row);
  if (rows.length === 0) return null;
  return {
    sheet: grid.name,
    row: rows[0],
    column: "",
    address: cellAddress(rows[0] - 1, grid.origin?.col ?? 0),
    severity: "info",
    ...msg("hidden-rows", { rows }),
  };
}

/**
 * Formula cells saved without a result read as empty: worth a word only where they cost something, on
 * the rows of employees (planned, not assessed, or with errors), not on an averages row under the table.
 */
function uncachedIssue(
  grid: SheetGrid,
  records: readonly EmployeeRecord[],
  extraction: { unassessedRows: number[] },
  issues: readonly Issue[]
): Issue | null {
  if (!grid.uncachedFormulas) return null;
  const rows = new Set<number>([
    ...records.map((r) => r.row),
    ...extraction.unassessedRows,
    ...issues.filter((i) => i.severity === "error" && i.row > 0).map((i) => i.row),
  ]);
  const cells = grid.uncachedFormulas.cells.filter((c) => rows.has(c.row + 1));
  if (cells.length === 0) return null;
  const first = cells[0];
  const where = cellAddress(first.row, first.col);
  return {
    sheet: grid.name,
    row: first.row + 1,
    column: "",
    col: first.col,
    address: where,
    severity: "warning",
    ...msg("formulas-without-values", { count: cells.length, address: where }),
  };
}

/** The not-yet-assessed rows, kept to the chosen units (by the row's unit cell). */
function unassessedIn(
  grid: SheetGrid,
  detection: TableDetection,
  rows: number[],
  units: string[] | undefined
): number[] {
  if (!units || units.length === 0) return rows;
  const col = detection.mapping.unit;
  if (col === undefined) return [];
  const view = new SheetView(grid);
  const wanted = new Set(units.map((u) => normalizeText(u)));
  return rows.filter((r) => wanted.has(normalizeText(view.value(r - 1, col))));
}

/**
 * The scheme a title block states, e.g. "TUJUAN PENILAIAN : PENGISIAN JABATAN" or "Hasil Asesmen dalam rangka
 * Pemetaan Kompetensi": only the rows above the header, and only when exactly one purpose is named.
 */
export function schemeOfTitle(grid: SheetGrid, headerRow: number): Scheme | null {
  const view = new SheetView(grid);
  const found = new Set<Scheme>();
  const words = SCHEMES.map(
    (s) => [s.id, new RegExp(`\\b(?:${s.titleWords.join("|")})\\b`)] as const
  );
  for (let row = view.firstRow; row < Math.min(headerRow - 1, view.lastRow + 1); row++) {
    for (let col = view.firstCol; col <= Math.min(view.lastCol, view.firstCol + 30); col++) {
      const v = view.raw(row, col);
      if (typeof v !== "string") continue;
      const t = normalizeText(v);
      for (const [id, re] of words) if (re.test(t)) found.add(id);
    }
  }
  // None, or more than one purpose named: the title does not decide.
  return found.size === 1 ? [...found][0] : null;
}

interface Accumulator {
  assessed: number;
  short: number;
  gapSum: number;
  shortfallSum: number;
}

function accumulate(acc: Accumulator, gap: number, need: boolean): void {
  acc.assessed++;
  acc.gapSum += gap;
  if (need) {
    acc.short++;
    acc.shortfallSum += gap;
  }
}

/** Needs per competency (the nine, then technical ones in order of appearance), in one pass. */
function needsOf(employees: readonly EmployeeResult[]): CompetencyNeed[] {
  const nine: Accumulator[] = COMPETENCIES.map(() => ({
    assessed: 0,
    short: 0,
    gapSum: 0,
    shortfallSum: 0,
  }));
  const technical = new Map<string, Accumulator>();
  for (const e of employees) {
    e.competencies.forEach((c, i) => accumulate(nine[i], c.gap, c.need));
    for (const t of e.technical) {
      let acc = technical.get(t.name);
      if (!acc)
        technical.set(t.name, (acc = { assessed: 0, short: 0, gapSum: 0, shortfallSum: 0 }));
      accumulate(acc, t.gap, t.need);
    }
  }
  const row = (
    competency: string,
    name: string,
    pillar: CompetencyNeed["pillar"],
    a: Accumulator
  ) => ({
    competency,
    name,
    pillar,
    assessed: a.assessed,
    short: a.short,
    meanShortfall: a.short === 0 ? 0 : a.shortfallSum / a.short,
    meanGap: a.assessed === 0 ? 0 : a.gapSum / a.assessed,
  });
  return [
    ...COMPETENCIES.map((c, i) => row(c.code, c.name, c.pillar, nine[i])),
    ...[...technical].map(([name, a]) => row(name, name, "teknis", a)),
  ];
}

export function summarize(employees: readonly EmployeeResult[], scheme: Scheme): PlanSummary {
  const categoryNames = CATEGORY_NAMES[scheme];
  const categoryCounts = new Map<string, number>(categoryNames.map((c) => [c, 0]));
  const units = new Map<string, EmployeeResult[]>();
  const methods = new Map<string, { activities: number; jp: number }>();
  const tracks = new Map<Track, number>([
    [70, 0],
    [20, 0],
    [10, 0],
  ]);
  let totalJp = 0;
  for (const e of employees) {
    totalJp += e.plan.totalJp;
    categoryCounts.set(e.category, (categoryCounts.get(e.category) ?? 0) + 1);
    const members = units.get(e.unit);
    if (members) members.push(e);
    else units.set(e.unit, [e]);
    for (const a of e.plan.activities) {
      const m = methods.get(a.method);
      if (m) {
        m.activities++;
        m.jp += a.jp;
      } else {
        methods.set(a.method, { activities: 1, jp: a.jp });
      }
      tracks.set(a.track, tracks.get(a.track)! + a.jp);
    }
  }
  return {
    employees: employees.length,
    totalJp,
    categories: categoryNames.map((c) => ({ category: c, count: categoryCounts.get(c)! })),
    needs: needsOf(employees),
    byUnit: [...units].map(([unit, members]) => ({
      unit,
      employees: members.length,
      needs: needsOf(members),
      totalJp: members.reduce((sum, e) => sum + e.plan.totalJp, 0),
    })),
    methods: [...methods.entries()]
      .sort((a, b) => a[0].localeCompare(b[0], "en", { numeric: true }))
      .map(([code, m]) => {
        const info = methodInfo(code);
        return {
          method: code,
          methodName: info.name,
          track: info.track,
          activities: m.activities,
          jp: m.jp,
        };
      }),
    tracks: [...tracks.entries()].map(([track, jp]) => ({ track, jp })),
  };
}

function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) => a.issue.row - b.issue.row || (a.issue.col ?? -1) - (b.issue.col ?? -1) || a.i - b.i
    )
    .map(({ issue }) => issue);
}

// ---------------------------------------------------------------------------------------------
// The run, step by step. Each step takes what the ones before it found and says what it noticed.

/**
 * The table a workbook holds, as the run finds it: the SKJ sheet's technical competencies, then the
 * detected table (on `sheet` when given). The pane shows this before it plans.
 */
export function findTable(
  workbook: WorkbookGrid,
  sheet?: string
):
  | { ok: true; detection: TableDetection; technicalNames: string[] }
  | { ok: false; message: Message; technicalNames: string[] } {
  const technicalNames = new StandardsIndex(readSkjSheet(workbook).skj).technicalNames;
  const outcome = detectTable(
    workbook,
    sheet !== undefined ? { sheet, technicalNames } : { technicalNames }
  );
  return outcome.ok
    ? { ok: true, detection: outcome.detection, technicalNames }
    : { ok: false, message: outcome.message, technicalNames };
}

/** Step 1: the table to plan — the one the caller adjusted, else the one detection finds. */
function locateTable(
  workbook: WorkbookGrid,
  technicalNames: readonly string[],
  options: RunOptions
):
  | { ok: true; detection: TableDetection; grid: SheetGrid }
  | { ok: false; message: Message; issues: Issue[] } {
  let detection = options.detection;
  if (!detection) {
    const detectOptions: DetectOptions = { technicalNames };
    if (options.sheet !== undefined) detectOptions.sheet = options.sheet;
    const outcome = detectTable(workbook, detectOptions);
    if (!outcome.ok) return outcome;
    detection = outcome.detection;
  }
  const grid = workbook.sheets.find((s) => s.name === detection.sheet);
  if (!grid) {
    const available = workbook.sheets.map((s) => s.name);
    return {
      ok: false,
      message: msg("sheet-not-found", { sheet: detection.sheet, available }),
      issues: [],
    };
  }
  return { ok: true, detection, grid };
}

/**
 * Step 2a: where the grades a table lacks come from (docs/domain.md §11): employee lists in the files the
 * user gave, then on the workbook's other sheets, joined by NIP; then the default grade. None of them: the
 * table's own rules alone.
 */
function gradeSources(
  workbook: WorkbookGrid,
  exclude: string[],
  options: RunOptions
): { supply?: EmployeeGrades; issues: Issue[] } {
  const issues: Issue[] = [];
  const lists: EmployeeList[] = [];
  for (const given of options.employeeLists ?? []) {
    const found = findEmployeeLists(given.workbook, [], given.file);
    if (found.length === 0)
      issues.push({
        sheet: exclude[0] ?? "",
        row: 0,
        column: "",
        severity: "warning",
        ...msg("people-list-not-found", { file: given.file }),
      });
    lists.push(...found);
  }
  lists.push(...findEmployeeLists(workbook, exclude));
  if (lists.length === 0 && options.defaultGrade === undefined) return { issues };
  return { supply: new EmployeeGrades(lists, options.defaultGrade), issues };
}

/** Step 3: only the employees of the chosen units; a unit not in the data is said, with those that are. */
function keepUnits(
  records: EmployeeRecord[],
  detection: TableDetection,
  units: string[] | undefined
): { records: EmployeeRecord[]; issues: Issue[] } {
  if (!units || units.length === 0) return { records, issues: [] };
  const wanted = new Set(units.map((u) => normalizeText(u)));
  const present = new Map(records.map((r) => [normalizeText(r.unit), r.unit]));
  const issues: Issue[] = [];
  // A unit typed with a typo would silently plan nobody of it: say so, with the units there are.
  const missing = units.filter((u) => !present.has(normalizeText(u)));
  if (missing.length) {
    const known = [...new Set(present.values())].filter((u) => u !== "");
    issues.push({
      sheet: detection.sheet,
      row: 0,
      column: headerText(detection, detection.mapping.unit, "Unit Kerja"),
      severity: "warning",
      ...msg("unit-not-found", { missing, known }),
    });
  }
  return { records: records.filter((r) => wanted.has(normalizeText(r.unit))), issues };
}

/** Step 4: the JPM method — the user's, else the one that reproduces the file's JPM column, else sum. */
function chooseJpmMethod(
  records: readonly EmployeeRecord[],
  standardsOf: (r: EmployeeRecord) => number[],
  detection: TableDetection,
  chosen: JpmMethod | undefined
): { choice: MethodChoice; issues: Issue[] } {
  if (chosen) {
    const choice: MethodChoice = { method: chosen, source: "user" };
    const inferred = inferJpmMethod(records, standardsOf);
    if (inferred?.agreement) {
      const matched = records.filter(
        (r) =>
          r.fileJpm !== undefined &&
          Math.abs(jpm(scoresOf(r), standardsOf(r), chosen) - r.fileJpm) <=
            JPM_MATCH_TOLERANCE + 1e-9
      ).length;
      choice.agreement = { compared: inferred.agreement.compared, matched };
    }
    return { choice, issues: [] };
  }
  const choice = inferJpmMethod(records, standardsOf) ?? {
    method: DEFAULT_JPM_METHOD,
    source: "default",
  };
  if (choice.source !== "default" || !choice.agreement) return { choice, issues: [] };
  const unmatched: Issue = {
    sheet: detection.sheet,
    row: 0,
    column: "JPM",
    severity: "warning",
    ...msg("jpm-method-unmatched", {}),
  };
  return { choice, issues: [unmatched] };
}

/** Step 5: the category scheme — the user's, else the file's category column, else its title, else pemetaan. */
function chooseScheme(
  records: readonly EmployeeRecord[],
  grid: SheetGrid,
  detection: TableDetection,
  chosen: Scheme | undefined
): { scheme: Scheme; source: ChoiceSource; basis?: "column" | "title" } {
  if (chosen) return { scheme: chosen, source: "user" };
  const fromColumn = inferScheme(records);
  if (fromColumn) return { scheme: fromColumn, source: "file", basis: "column" };
  const fromTitle = schemeOfTitle(grid, detection.headerRows[0] ?? 1);
  if (fromTitle) return { scheme: fromTitle, source: "file", basis: "title" };
  return { scheme: DEFAULT_SCHEME, source: "default" };
}

/** Step 7: where the file's own JPM and category disagree with the plan's, row by row. */
function compareWithFile(
  employees: readonly EmployeeResult[],
  records: readonly EmployeeRecord[],
  detection: TableDetection,
  jpmChoice: MethodChoice,
  planOptions: PlanOptions
): Issue[] {
  const issues: Issue[] = [];
  if (jpmChoice.agreement) {
    const jpmHeader = headerText(detection, detection.mapping.jpm, "JPM");
    const col = detection.mapping.jpm;
    for (const e of employees) {
      if (e.fileJpm === undefined || Math.abs(e.jpm - e.fileJpm) <= JPM_MATCH_TOLERANCE + 1e-9)
        continue;
      const address = col !== undefined ? { address: cellAddress(e.row - 1, col) } : {};
      issues.push({
        sheet: e.sheet,
        row: e.row,
        column: jpmHeader,
        ...(col !== undefined ? { col } : {}),
        severity: "warning",
        ...address,
        ...msg("jpm-differs", {
          row: e.row,
          column: jpmHeader,
          fileJpm: e.fileJpm,
          jpm: e.jpm,
          method: jpmChoice.method,
        }),
      });
    }
  }
  const categoryCol = detection.mapping.category;
  if (categoryCol !== undefined) {
    const fileCats = new Map(records.map((r) => [r.row, r.fileCategory]));
    for (const e of employees) {
      const written = fileCats.get(e.row);
      if (!written || schemeOfCategory(written) !== planOptions.scheme) continue;
      const mine = category(e.jpm, planOptions.scheme, planOptions.thresholds);
      if (canonicalCategory(written) === mine) continue;
      issues.push({
        sheet: e.sheet,
        row: e.row,
        column: headerText(detection, categoryCol, "Kategori"),
        col: categoryCol,
        address: cellAddress(e.row - 1, categoryCol),
        severity: "info",
        ...msg("category-differs", { row: e.row, written, jpm: e.jpm, category: mine }),
      });
    }
  }
  return issues;
}

/** The employees read, with where they came from. */
interface Employees {
  grid: SheetGrid;
  detection: TableDetection;
  records: EmployeeRecord[];
  issues: Issue[];
  unassessedRows: number[];
  /** Individual reports: the sheets read, one employee each. */
  personSheets?: string[];
}

/** Employees short in each competency (nine and technical), for the classroom cohorts. */
function shortCounts(
  records: readonly EmployeeRecord[],
  standards: ReadonlyMap<EmployeeRecord, EmployeeStandards>,
  tolerance: number
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of records) {
    const s = standards.get(r)!;
    for (const c of COMPETENCIES)
      if (isNeed(r.scores[c.code], s.competencies[c.code], tolerance)) add(c.code);
    for (const t of r.technical) {
      const std = s.technical.get(t.name);
      if (std !== undefined && isNeed(t.score, std, tolerance)) add(t.name);
    }
  }
  return counts;
}

/**
 * Step 1b: individual reports (one sheet per employee) are read instead of a table when no table is found,
 * or when the table found is one of them (docs/domain.md §11). A table the caller adjusted is kept.
 */
function personSheetsToRead(
  workbook: WorkbookGrid,
  technicalNames: readonly string[],
  tableSheet: string | null,
  options: RunOptions
): { read: PersonSheetLayout[]; unused: PersonSheetLayout[] } {
  if (options.detection) return { read: [], unused: [] };
  const found = findPersonSheets(workbook, technicalNames, options.sheet);
  if (tableSheet === null || found.some((p) => p.sheet === tableSheet))
    return { read: found, unused: [] };
  return { read: [], unused: found };
}

/**
 * The individual-report sheets a run reads, given where the table was found (null: nowhere), for a pane
 * that shows what it will plan before planning it.
 */
export function individualReports(
  workbook: WorkbookGrid,
  tableSheet: string | null,
  sheet?: string
): string[] {
  const technicalNames = new StandardsIndex(readSkjSheet(workbook).skj).technicalNames;
  const options = sheet !== undefined ? { sheet } : {};
  return personSheetsToRead(workbook, technicalNames, tableSheet, options).read.map((p) => p.sheet);
}

/** Step 2, individual reports: one employee per sheet; the plan points back to each sheet. */
function readPersonSheets(
  workbook: WorkbookGrid,
  layouts: PersonSheetLayout[],
  supply: EmployeeGrades | undefined,
  units: string[] | undefined
): Employees {
  const records: EmployeeRecord[] = [];
  const issues: Issue[] = [];
  for (const layout of layouts) {
    const grid = workbook.sheets.find((s) => s.name === layout.sheet)!;
    const read = readPersonSheet(grid, layout, supply?.forSheet(layout.sheet));
    issues.push(...read.issues);
    if (read.record) records.push(read.record);
  }
  const first = layouts[0];
  const headerRow = first.headerRow || first.identityRow;
  const detection: TableDetection = {
    sheet: first.sheet,
    layout: "long",
    headerRows: [headerRow],
    dataStartRow: headerRow + 1,
    headers: [],
    mapping: { competencies: {}, competencyStandards: {}, technical: [] },
    issues: [],
  };
  const kept = keepUnits(records, detection, units);
  issues.push(...kept.issues);
  const sheets = layouts.map((l) => l.sheet);
  issues.push({
    sheet: first.sheet,
    row: 0,
    column: "",
    severity: "info",
    ...msg("people-sheets", { count: sheets.length, sheets }),
  });
  return {
    grid: workbook.sheets.find((s) => s.name === first.sheet)!,
    // No table: the first report stands for the source (its title block, its competency header).
    detection,
    records: kept.records,
    issues,
    unassessedRows: [],
    personSheets: sheets,
  };
}

/** Step 2, a table: its employees, with the grades it lacks from the supply. */
function readTableEmployees(
  grid: SheetGrid,
  detection: TableDetection,
  technicalNames: readonly string[],
  supply: EmployeeGrades | undefined,
  options: RunOptions
): Employees {
  const extraction = extractRecords(grid, detection, technicalNames, supply?.forSheet(grid.name));
  const issues: Issue[] = [...detection.issues, ...extraction.issues];
  const kept = keepUnits(extraction.records, detection, options.units);
  issues.push(...kept.issues);
  const hiddenIssue = hiddenRowsIssue(grid, kept.records);
  if (hiddenIssue) issues.push(hiddenIssue);
  const uncached = uncachedIssue(grid, kept.records, extraction, issues);
  if (uncached) issues.push(uncached);
  return {
    grid,
    detection,
    records: kept.records,
    issues,
    unassessedRows: unassessedIn(grid, detection, extraction.unassessedRows, options.units),
  };
}

/**
 * Detect, read, assess and plan: the standards of the SKJ sheet, the table (or the individual reports), its
 * employees (of the chosen units), the JPM method and the scheme, each employee's assessment and plan, the
 * checks against the file's own figures, and the summary.
 */
export function runSkj(workbook: WorkbookGrid, options: RunOptions = {}): RunOutcome {
  const skjReading = readSkjSheet(workbook);
  const standards = new StandardsIndex(skjReading.skj, options.jfTable ?? DEFAULT_JF_TABLE);
  const skjSheets = skjReading.skj ? [skjReading.skj.sheet] : [];

  const located = locateTable(workbook, standards.technicalNames, options);
  const people = personSheetsToRead(
    workbook,
    standards.technicalNames,
    located.ok ? located.detection.sheet : null,
    options
  );
  if (!located.ok && people.read.length === 0)
    return { ...located, issues: [...skjReading.issues, ...located.issues] };

  // Step 2: the employees, with the grades the table lacks from employee lists (docs/domain.md §11).
  const sources = gradeSources(
    workbook,
    people.read.length > 0
      ? [...people.read.map((p) => p.sheet), ...skjSheets]
      : [located.ok ? located.detection.sheet : "", ...skjSheets],
    options
  );
  const read =
    people.read.length > 0 || !located.ok
      ? readPersonSheets(workbook, people.read, sources.supply, options.units)
      : readTableEmployees(
          located.grid,
          located.detection,
          standards.technicalNames,
          sources.supply,
          options
        );
  const { grid, detection } = read;
  // PNS or PPPK from a status column: a PPPK plan stays within 24 JP (docs/domain.md §7).
  const records = withEmployment(read.records, grid, detection);
  const issues: Issue[] = [...skjReading.issues, ...sources.issues, ...read.issues];
  if (sources.supply) issues.push(...sources.supply.notes(records, detection.sheet));
  if (people.unused.length > 0)
    issues.push({
      sheet: detection.sheet,
      row: 0,
      column: "",
      severity: "info",
      ...msg("people-sheets-unused", {
        sheets: people.unused.map((p) => p.sheet),
        table: detection.sheet,
      }),
    });

  // Standards are needed several times per employee (JPM method inference, assessment): compute them once.
  const standardsByRecord = new Map(records.map((r) => [r, standards.standardsFor(r)]));
  const nineStandards = new Map(
    records.map((r) => {
      const s = standardsByRecord.get(r)!.competencies;
      return [r, COMPETENCIES.map((c) => s[c.code])];
    })
  );
  const standardsOf = (r: EmployeeRecord) => nineStandards.get(r)!;

  const method = chooseJpmMethod(records, standardsOf, detection, options.jpmMethod);
  const jpmChoice = method.choice;
  issues.push(...method.issues);
  const scheme = chooseScheme(records, grid, detection, options.scheme);

  const planOptions: PlanOptions = {
    year: options.year ?? defaultYear(),
    scheme: scheme.scheme,
    jpmMethod: jpmChoice.method,
    tolerance: options.tolerance ?? 0,
    thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
    jpTarget: options.jpTarget ?? DEFAULT_JP_TARGET,
    ...(options.jpmRounded ? { jpmRounded: true } : {}),
  };

  // Step 6: each employee's assessment and plan; a competency enough employees lack gets a classroom
  // programme (docs/domain.md §13).
  const cohorts = cohortsOf(
    shortCounts(records, standardsByRecord, planOptions.tolerance),
    options.cohortThreshold
  );
  // The gap against a target position, for employees the table gives one (art. 206; docs/domain.md §16).
  const targets = readTargets(records, grid, detection, standards);
  issues.push(...targets.issues);
  const assessed = records.map((r) => {
    const e = assessEmployee(r, standardsByRecord.get(r)!, planOptions, cohorts);
    const target = targets.targets.get(r);
    return target ? { ...e, targetPosition: assessTarget(r, target, planOptions) } : e;
  });
  // Step 7: the nine-box, from the table's performance and potential columns.
  const talent = assessTalent(grid, detection.headers, assessed, {
    potentialFromJpm: options.potentialFromJpm,
    scheme: planOptions.scheme,
    thresholds: planOptions.thresholds,
  });
  issues.push(...talent.issues);
  const employees = assessed.map((e, i) => ({ ...e, talent: talent.talent[i] }));
  // Step 8: the agency's programmes, schedule and budget.
  const costSheet = readCostSheet(workbook);
  issues.push(...costSheet.issues);
  const programmePlan = planProgrammes(employees, {
    ...options,
    costTable: { ...costSheet.costs, ...options.costTable },
  });
  issues.push(...programmePlan.issues);
  const pppk = employees.filter((e) => e.employment === "PPPK").length;
  if (pppk > 0)
    issues.push({
      sheet: detection.sheet,
      row: 0,
      column: "",
      severity: "info",
      ...msg("pppk-capped", { count: pppk, ceiling: PPPK_JP_CEILING }),
    });

  issues.push(...compareWithFile(employees, records, detection, jpmChoice, planOptions));
  // The table's own signature block signs the plan unless the options name another (docs/domain.md §14).
  const signatory = findSigner(grid);
  if (signatory)
    issues.push({
      sheet: detection.sheet,
      row: 0,
      column: "",
      severity: "info",
      ...msg("signer-found", {
        title: signatory.title,
        name: signatory.name,
        address: signatory.address,
      }),
    });
  // Step 9: progress since last year, when anything of last year is known (docs/domain.md §18).
  const progress = progressOf(workbook, grid, detection, employees, planOptions, options, issues);

  return {
    ok: true,
    result: {
      source: {
        sheet: detection.sheet,
        headerRows: detection.headerRows,
        layout: detection.layout,
        dataStartRow: detection.dataStartRow,
        ...(read.personSheets ? { personSheets: read.personSheets } : {}),
        // Where each employee's cells are, for plan cells that follow the scores (docs/domain.md §22).
        ...(detection.layout === "wide" && !read.personSheets
          ? {
              cells: {
                scores: { ...detection.mapping.competencies },
                standards: { ...detection.mapping.competencyStandards },
                ...(detection.mapping.level !== undefined
                  ? { level: detection.mapping.level }
                  : {}),
                ...(detection.mapping.grade !== undefined
                  ? { grade: detection.mapping.grade }
                  : {}),
              },
            }
          : {}),
      },
      year: planOptions.year,
      scheme: scheme.scheme,
      schemeSource: scheme.source,
      ...(scheme.basis ? { schemeBasis: scheme.basis } : {}),
      jpmMethod: jpmChoice.method,
      jpmMethodSource: jpmChoice.source,
      ...(jpmChoice.agreement ? { jpmAgreement: jpmChoice.agreement } : {}),
      jpmRounded: planOptions.jpmRounded === true && jpmChoice.method === "mean",
      standards: standardsInForce(standards, records, standardsByRecord, options.jfTable),
      tolerance: planOptions.tolerance,
      thresholds: planOptions.thresholds,
      jpTarget: planOptions.jpTarget,
      employees,
      unassessedRows: read.unassessedRows,
      issues: sortIssues(issues),
      // Step 8: the summary.
      summary: summarize(employees, scheme.scheme),
      talent: talent.summary,
      targetPosition: hasTargetPosition(detection),
      programmes: programmePlan.programmes,
      individual: programmePlan.individual,
      grouping: {
        threshold: options.cohortThreshold ?? DEFAULT_COHORT_THRESHOLD,
        unitThreshold: options.unitCohortThreshold ?? null,
      },
      budget: programmePlan.budget,
      ...(progress ? { progress } : {}),
      ...(signatory ? { signatory } : {}),
    },
  };
}

/**
 * Last year's figures: a realisation column of this table, the latest earlier plan sheet of this workbook or of
 * last year's file, and last year's assessment in that file planned again (docs/domain.md §18).
 */
function progressOf(
  workbook: WorkbookGrid,
  grid: SheetGrid,
  detection: TableDetection,
  employees: EmployeeResult[],
  planOptions: PlanOptions,
  options: RunOptions,
  issues: Issue[]
): Progress | undefined {
  const column = findRealisationColumn(detection.headers);
  const realisation = column ? readRealisation(grid, column, employees) : undefined;
  if (realisation) issues.push(...realisation.issues);
  let planSheet: ProgressInputs["planSheet"] = readPlanSheet(workbook, planOptions.year);
  let previous: ProgressInputs["previous"];
  if (options.previous) {
    const { file, workbook: before } = options.previous;
    const fromFile = readPlanSheet(before, planOptions.year);
    if (fromFile) planSheet = { ...fromFile, file };
    const { detection: _d, sheet: _s, previous: _p, ...rest } = options;
    const outcome = runSkj(before, { ...rest, year: fromFile?.year ?? planOptions.year - 1 });
    if (outcome.ok) previous = { result: outcome.result, file };
    if (!outcome.ok && !fromFile)
      issues.push({
        sheet: detection.sheet,
        row: 0,
        column: "",
        severity: "warning",
        ...msg("progress-previous-empty", { file }),
      });
  }
  return assessProgress({
    current: { employees, jpTarget: planOptions.jpTarget, year: planOptions.year },
    ...(realisation && column
      ? { realisation: { column: column.text, realised: realisation.realised } }
      : {}),
    ...(planSheet ? { planSheet } : {}),
    ...(previous ? { previous } : {}),
  });
}
