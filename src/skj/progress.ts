// Progress from one year to the next (docs/domain.md §18): JP planned last year against JP realised, and the
// competency needs closed and opened between two assessments. Pure: works on grids and plan results.
import { isBlank, parseNumber } from "./cells";
import { COMPETENCIES } from "./catalogue";
import { msg } from "./messages";
import { SheetView } from "./sheetView";
import { cellAddress, normalizeText } from "./text";
import type {
  CompetencyCode,
  EmployeeResult,
  HeaderColumn,
  Issue,
  PlanResult,
  SheetGrid,
  WorkbookGrid,
} from "./types";

/** One employee of this year's table, with last year's planned JP and the JP realised. */
export interface ProgressEmployee {
  nip: string;
  name: string;
  unit: string;
  /** JP planned for last year: from last year's plan sheet, else recomputed from last year's assessment. */
  plannedJp: number | null;
  realisedJp: number | null;
  /** Realised below the yearly target (20 JP). */
  belowTarget: boolean;
}

export interface ProgressUnit {
  unit: string;
  employees: number;
  plannedJp: number;
  realisedJp: number;
  /** Employees with a realisation below the target. */
  belowTarget: number;
}

/** Needs of one competency among employees assessed in both years (matched by NIP). */
export interface ProgressCompetency {
  code: CompetencyCode;
  name: string;
  compared: number;
  /** A need last year, none now. */
  closed: number;
  /** No need last year, a need now. */
  opened: number;
  /** A need in both years. */
  remaining: number;
}

export interface Progress {
  /** The year last year's figures are for. */
  previousYear: number;
  sources: {
    /** Last year's plan sheet, and the file that held it when not this workbook. */
    planSheet?: { sheet: string; file?: string };
    /** Planned JP recomputed from last year's assessment (no plan sheet found). */
    plannedRecomputed: boolean;
    /** The realisation column of this year's table. */
    realisation?: string;
    /** Last year's assessment (earlier scores). */
    previousAssessment?: { sheet: string; file?: string };
  };
  jpTarget: number;
  employees: ProgressEmployee[];
  units: ProgressUnit[];
  competencies: ProgressCompetency[];
}

// Header words of a realisation column, in normalised text (whole words).
const REALISATION_WORDS = ["realisasi", "terealisasi", "realisasi jp", "jp realisasi", "realised"];

function hasWords(text: string, words: readonly string[]): boolean {
  const padded = ` ${text} `;
  return words.some((w) => padded.includes(` ${w} `));
}

/** The realisation column among the table's headers ("JP Realisasi", "Realisasi Pengembangan"). */
export function findRealisationColumn(headers: readonly HeaderColumn[]): HeaderColumn | undefined {
  return headers.find((h) =>
    hasWords(normalizeText(`${h.group ?? ""} ${h.text}`), REALISATION_WORDS)
  );
}

/** Each employee's realised JP from the column; a cell that is not a number of JP is a warning. */
export function readRealisation(
  grid: SheetGrid,
  column: HeaderColumn,
  employees: readonly EmployeeResult[]
): { realised: Map<EmployeeResult, number>; issues: Issue[] } {
  const view = new SheetView(grid);
  const realised = new Map<EmployeeResult, number>();
  const issues: Issue[] = [];
  for (const e of employees) {
    const value = view.value(e.row - 1, column.col);
    if (isBlank(value)) continue;
    const n = parseNumber(value);
    if (n === null || n < 0) {
      issues.push({
        sheet: grid.name,
        row: e.row,
        column: column.text,
        col: column.col,
        address: cellAddress(e.row - 1, column.col),
        severity: "warning",
        ...msg("progress-realisation-unreadable", { value: String(value) }),
      });
      continue;
    }
    realised.set(e, n);
  }
  return { realised, issues };
}

// The names this product gives its plan sheet, in both languages (registry/reportSheets.ts), then the year.
const PLAN_SHEET = /^(rencana pengembangan|development plan) (\d{4})(?: \(\d+\))?$/;

/**
 * The latest plan sheet this product wrote for a year before `year`, read back by its labels: a header row
 * with "JP", each employee's "NIP" label and the block's "Total JP" row. Employee → planned JP by NIP.
 */
export function readPlanSheet(
  workbook: WorkbookGrid,
  year: number
): { sheet: string; year: number; planned: Map<string, number> } | undefined {
  const candidates = workbook.sheets
    .map((s) => ({ s, m: PLAN_SHEET.exec(normalizeText(s.name)) }))
    .filter((c) => c.m && Number(c.m[2]) < year)
    .sort((a, b) => Number(b.m![2]) - Number(a.m![2]));
  for (const { s, m } of candidates) {
    const planned = readPlanBlocks(s);
    if (planned.size > 0) return { sheet: s.name, year: Number(m![2]), planned };
  }
  return undefined;
}

function readPlanBlocks(grid: SheetGrid): Map<string, number> {
  const planned = new Map<string, number>();
  const seen = new Set<string>();
  let jpCol = -1;
  let nip: string | undefined;
  for (const row of grid.rows) {
    const texts = row.map((v) => normalizeText(v));
    if (jpCol < 0) {
      // The header row: the plain "JP" column (planned JP), beside the competency column.
      if (texts.some((t) => t === "kompetensi" || t === "competency")) jpCol = texts.indexOf("jp");
      continue;
    }
    const nipAt = texts.indexOf("nip");
    if (nipAt >= 0) {
      const value = row.slice(nipAt + 1).find((v) => !isBlank(v));
      nip = value === undefined ? undefined : String(value).replace(/\s/g, "");
      continue;
    }
    if (nip && /^(total|jumlah) jp\b/.test(texts.find((t) => t !== "") ?? "")) {
      const n =
        parseNumber(row[jpCol]) ??
        [...row]
          .reverse()
          .map(parseNumber)
          .find((x) => x !== null);
      // A NIP written twice (a data error last year) names no one for sure: left out.
      if (seen.has(nip)) planned.delete(nip);
      else if (n !== null && n !== undefined) planned.set(nip, n);
      seen.add(nip);
      nip = undefined;
    }
  }
  return planned;
}

/** NIPs held by more than one employee of the list: such employees are matched by NIP and name. */
function repeatedNips(list: readonly { nip: string }[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { nip } of list) (seen.has(nip) ? repeated : seen).add(nip);
  return repeated;
}

export interface ProgressInputs {
  current: Pick<PlanResult, "employees" | "jpTarget" | "year">;
  /** Realisation per employee of this year's table, and the column it came from. */
  realisation?: { column: string; realised: Map<EmployeeResult, number> };
  /** Last year's plan sheet read back (this workbook or last year's file). */
  planSheet?: { sheet: string; year: number; planned: Map<string, number>; file?: string };
  /** Last year's assessment planned again: earlier scores, and planned JP when no plan sheet is found. */
  previous?: { result: PlanResult; file?: string };
}

/** Progress, or undefined when nothing of last year is known (no plan sheet, realisation or assessment). */
export function assessProgress(inputs: ProgressInputs): Progress | undefined {
  const { current, realisation, planSheet, previous } = inputs;
  if (!realisation && !planSheet && !previous) return undefined;
  const before = previous?.result.employees ?? [];
  const repeated = new Set([...repeatedNips(current.employees), ...repeatedNips(before)]);
  const key = (e: { nip: string; name: string }) =>
    e.nip && !repeated.has(e.nip) ? e.nip : `${e.nip}|${normalizeText(e.name)}`;
  const previousByKey = new Map(before.map((e) => [key(e), e]));
  const target = current.jpTarget;

  const employees = current.employees.map((e): ProgressEmployee => {
    const last = previousByKey.get(key(e));
    const fromSheet = repeated.has(e.nip) ? undefined : planSheet?.planned.get(e.nip);
    const plannedJp = fromSheet ?? (planSheet ? null : (last?.plan.totalJp ?? null));
    const realisedJp = realisation?.realised.get(e) ?? null;
    return {
      nip: e.nip,
      name: e.name,
      unit: e.unit,
      plannedJp,
      realisedJp,
      belowTarget: realisedJp !== null && realisedJp < target,
    };
  });

  const units = new Map<string, ProgressUnit>();
  for (const p of employees) {
    let u = units.get(p.unit);
    if (!u) {
      u = { unit: p.unit, employees: 0, plannedJp: 0, realisedJp: 0, belowTarget: 0 };
      units.set(p.unit, u);
    }
    u.employees++;
    u.plannedJp += p.plannedJp ?? 0;
    u.realisedJp += p.realisedJp ?? 0;
    if (p.belowTarget) u.belowTarget++;
  }

  const competencies = COMPETENCIES.map((c): ProgressCompetency => {
    const out = { code: c.code, name: c.name, compared: 0, closed: 0, opened: 0, remaining: 0 };
    for (const e of current.employees) {
      const then = previousByKey.get(key(e))?.competencies.find((x) => x.code === c.code);
      const now = e.competencies.find((x) => x.code === c.code);
      if (!then || !now) continue;
      out.compared++;
      if (then.need && !now.need) out.closed++;
      else if (!then.need && now.need) out.opened++;
      else if (then.need && now.need) out.remaining++;
    }
    return out;
  });

  const previousYear = planSheet?.year ?? previous?.result.year ?? current.year - 1;
  return {
    previousYear,
    sources: {
      ...(planSheet
        ? {
            planSheet: {
              sheet: planSheet.sheet,
              ...(planSheet.file ? { file: planSheet.file } : {}),
            },
          }
        : {}),
      plannedRecomputed: !planSheet && Boolean(previous),
      ...(realisation ? { realisation: realisation.column } : {}),
      ...(previous
        ? {
            previousAssessment: {
              sheet: previous.result.source.sheet,
              ...(previous.file ? { file: previous.file } : {}),
            },
          }
        : {}),
    },
    jpTarget: target,
    employees,
    units: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit)),
    competencies,
  };
}
