// Grades from the employee list (an export of the agency's staff system) for results rows that have none,
// joined by NIP; a default grade as the last resort. Rules: docs/domain.md §11.
import { matchCompetency } from "./catalogue";
import { cellText, isBlank, readNip } from "./cells";
import { GradeError, GradeReading, isGradeError, readGrade } from "./grades";
import { Message, msg } from "./messages/params";
import { SheetView } from "./sheetView";
import { normalizeText } from "./text";
import { CellValue, Issue, SheetGrid, WorkbookGrid } from "./types";

/** A grade read from elsewhere, with the text it was read from (the employee's jobLevel). */
export type SuppliedGrade = (GradeReading & { written: string }) | GradeError;

/** What the table reader asks for a row whose own grade cell is blank or absent. */
export interface GradeSupply {
  /**
   * The grade of the employee on `row` (1-based) with this NIP and position title; null to read the blank
   * cell by the usual rules (a filled grade column's "Non Eselon", a functional title).
   */
  gradeFor(
    row: number,
    nip: string,
    position: string,
    blankIsNonEselon: boolean
  ): SuppliedGrade | null;
}

export interface ListedEmployee {
  /** 1-based sheet row. */
  row: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
  /** The grade cell as written (eselon, jenjang, or the kind of position), null when blank. */
  grade: CellValue;
}

export interface EmployeeList {
  /** How messages name the list: the sheet, or "file › sheet" for another workbook. */
  label: string;
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  /** The list has a grade (eselon / jenjang) column that some rows fill. */
  gradeFilled: boolean;
  employees: ListedEmployee[];
}

/** Rows searched for the list's header. */
const HEADER_SCAN_ROWS = 30;

type ListField = "nip" | "name" | "position" | "unit" | "grade" | "kind";

/** Which field a header names; ranks (civil-service golongan/pangkat) say nothing about the grade (§2). */
function listField(header: string): ListField | null {
  const h = normalizeText(header);
  if (!h) return null;
  if (/\b(gol|golongan|pangkat|ruang|tmt|tanggal|tgl)\b/.test(h)) return null;
  if (
    /^(nip|nip baru|nip 18|nip pegawai|nomor induk pegawai|no induk pegawai|nip nrp)( baru)?$/.test(
      h
    )
  )
    return "nip";
  if (/^nip lama$/.test(h)) return "nip";
  if (/\b(eselon|esselon|jenjang)\b/.test(h)) return "grade";
  if (/^(jenis|kelompok|tipe|kategori|level|tingkat) jabatan$/.test(h)) return "kind";
  if (/^(jabatan|nama jabatan|jabatan terakhir|jabatan sekarang|jabatan saat ini)$/.test(h))
    return "position";
  if (/^(nama|nama pegawai|nama lengkap|nama asn|nama pns)$/.test(h)) return "name";
  if (
    /^(unit|unit kerja|unit organisasi|unor|satuan kerja|satker|opd|skpd|perangkat daerah)$/.test(h)
  )
    return "unit";
  return null;
}

const NIP_LIKE = /^(\d{18}|\d{9})$/;

/**
 * The employee list on a sheet: a header row with an NIP column and an eselon/jenjang, kind-of-position or
 * position column, and NIPs (18 or 9 digits) below it. Null for anything else, and for results tables
 * (three or more competency headers).
 */
export function readEmployeeList(grid: SheetGrid, label = grid.name): EmployeeList | null {
  const view = new SheetView(grid);
  const lastHeaderRow = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = view.firstRow; row <= lastHeaderRow; row++) {
    const cols: Partial<Record<ListField, number[]>> = {};
    let competencies = 0;
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const text = cellText(view.raw(row, col));
      if (!text) continue;
      if (matchCompetency(text)?.exact) competencies++;
      const field = listField(text);
      if (field) (cols[field] ??= []).push(col);
    }
    if (competencies >= 3) return null;
    if (!cols.nip || !(cols.grade || cols.kind || cols.position)) continue;
    const first = (f: ListField) => cols[f]?.[0];
    const employees: ListedEmployee[] = [];
    let gradeFilled = false;
    for (let r = row + 1; r <= view.lastRow; r++) {
      const nips = cols.nip.map((c) => readNip(view.value(r, c)).nip).filter((n) => n !== "");
      if (!nips.some((n) => NIP_LIKE.test(n) || n.length >= 15)) continue;
      // An eselon column wins; a blank one falls back to the kind of position ("Jabatan Pelaksana").
      const eselon = cols.grade?.map((c) => view.value(r, c)).find((v) => !isBlank(v)) ?? null;
      if (eselon !== null) gradeFilled = true;
      const kind = cols.kind?.map((c) => view.value(r, c)).find((v) => !isBlank(v)) ?? null;
      const cell = (f: ListField) => {
        const c = first(f);
        return c === undefined ? "" : cellText(view.value(r, c));
      };
      for (const nip of new Set(nips))
        employees.push({
          row: r + 1,
          nip,
          name: cell("name"),
          position: cell("position"),
          unit: cell("unit"),
          grade: eselon ?? kind,
        });
    }
    if (employees.length === 0) continue;
    return { label, sheet: grid.name, headerRow: row + 1, gradeFilled, employees };
  }
  return null;
}

/** Every employee list in a workbook, except on the sheets named in `exclude` (the results, the SKJ sheet). */
export function findEmployeeLists(
  workbook: WorkbookGrid,
  exclude: readonly string[] = [],
  file?: string
): EmployeeList[] {
  const lists: EmployeeList[] = [];
  for (const grid of workbook.sheets) {
    if (exclude.includes(grid.name)) continue;
    const list = readEmployeeList(grid, file ? `${file} › ${grid.name}` : grid.name);
    if (list) lists.push(list);
  }
  return lists;
}

/** A NIP as the join compares it: digits only; one that Excel stored as a number keeps its first 15. */
function joinKeys(nip: string): string[] {
  const digits = nip.replace(/\D/g, "");
  if (!digits) return [];
  return digits.length === 18 ? [digits, `~${digits.slice(0, 15)}`] : [digits];
}

interface Found {
  list: EmployeeList;
  employee: ListedEmployee;
}

/**
 * The grades of rows that have none, from employee lists (in the order given: lists the user chose first)
 * and then, as a last resort, a default grade. Remembers which rows it served, for the notes.
 */
export class EmployeeGrades implements GradeSupply {
  private readonly byNip = new Map<string, Found>();
  private readonly byPrefix = new Map<string, Found | null>();
  /** 1-based rows (per sheet) joined to a list (with the list's label), and given the default. */
  private readonly joined = new Map<string, Map<number, string>>();
  private readonly defaulted = new Map<string, Map<number, string>>();
  private readonly defaultReading?: GradeReading;

  constructor(
    readonly lists: readonly EmployeeList[],
    readonly defaultGrade?: string,
    private readonly sheet = ""
  ) {
    for (const list of lists) {
      for (const employee of list.employees) {
        for (const key of joinKeys(employee.nip)) {
          if (key.startsWith("~")) {
            // A 15-digit prefix joins only when one employee has it (the last 3 digits are lost).
            const seen = this.byPrefix.get(key);
            if (seen === undefined) this.byPrefix.set(key, { list, employee });
            else if (seen && seen.employee.nip !== employee.nip) this.byPrefix.set(key, null);
          } else if (!this.byNip.has(key)) this.byNip.set(key, { list, employee });
        }
      }
    }
    if (defaultGrade !== undefined) {
      const reading = readGrade(defaultGrade);
      if (!isGradeError(reading)) this.defaultReading = reading;
    }
  }

  /** The rows' sheet for the tallies (one supply may serve several one-person sheets). */
  forSheet(sheet: string): GradeSupply {
    return {
      gradeFor: (row, nip, position, blankIsNonEselon) =>
        this.lookup(sheet, row, nip, position, blankIsNonEselon),
    };
  }

  gradeFor(
    row: number,
    nip: string,
    position: string,
    blankIsNonEselon: boolean
  ): SuppliedGrade | null {
    return this.lookup(this.sheet, row, nip, position, blankIsNonEselon);
  }

  private find(nip: string): Found | undefined {
    const keys = joinKeys(nip);
    for (const key of keys) {
      const found = key.startsWith("~") ? this.byPrefix.get(key) : this.byNip.get(key);
      if (found) return found;
    }
    return undefined;
  }

  private lookup(
    sheet: string,
    row: number,
    nip: string,
    position: string,
    blankIsNonEselon: boolean
  ): SuppliedGrade | null {
    const found = this.find(nip);
    if (found) {
      const { list, employee } = found;
      const title = employee.position || position;
      const reading = readGrade(employee.grade, title, { blankIsNonEselon: list.gradeFilled });
      if (isGradeError(reading))
        return {
          error: msg("people-list-grade", {
            list: list.label,
            row: employee.row,
            reason: reading.error,
          }),
        };
      tally(this.joined, sheet, row, list.label);
      return { ...reading, written: cellText(employee.grade) };
    }
    // Not listed: the row's own rules first (a filled grade column, a functional title).
    if (!isGradeError(readGrade(null, position, { blankIsNonEselon }))) return null;
    if (this.defaultReading) {
      tally(this.defaulted, sheet, row, "");
      return { ...this.defaultReading, written: this.defaultGrade ?? "" };
    }
    if (this.lists.length === 0) return null;
    return { error: msg("people-not-listed", { nip, lists: this.lists.map((l) => l.label) }) };
  }

  /**
   * The notes for the rows that were planned: how many were joined to a list, and who got the default
   * grade (a warning: it is a guess).
   */
  notes(planned: readonly { sheet: string; row: number }[], tableSheet: string): Issue[] {
    const joined = planned.filter((p) => this.joined.get(p.sheet)?.has(p.row));
    const defaulted = planned.filter((p) => this.defaulted.get(p.sheet)?.has(p.row));
    const issues: Issue[] = [];
    const sheetIssue = (severity: Issue["severity"], message: Message): Issue => ({
      sheet: tableSheet,
      row: 0,
      column: "",
      severity,
      ...message,
    });
    if (joined.length > 0) {
      const used = new Set(joined.map((p) => this.joined.get(p.sheet)!.get(p.row)!));
      issues.push(
        sheetIssue("info", msg("people-joined", { count: joined.length, lists: [...used] }))
      );
    }
    if (defaulted.length > 0 && this.defaultReading) {
      const single = new Set(defaulted.map((p) => p.sheet)).size === 1;
      issues.push(
        sheetIssue(
          "warning",
          msg("people-default-used", {
            grade: this.defaultGrade ?? "",
            level: this.defaultReading.level,
            count: defaulted.length,
            rows: defaulted.map((p) =>
              single && p.sheet === tableSheet ? String(p.row) : `${p.sheet}!${p.row}`
            ),
          })
        )
      );
    }
    return issues;
  }
}

function tally(
  map: Map<string, Map<number, string>>,
  sheet: string,
  row: number,
  label: string
): void {
  let rows = map.get(sheet);
  if (!rows) map.set(sheet, (rows = new Map()));
  rows.set(row, label);
}

/** Why a default grade cannot be used, or null when it reads as a grade. */
export function checkDefaultGrade(text: string): Message | null {
  const reading = readGrade(text);
  return isGradeError(reading)
    ? msg("people-default-invalid", { text, reason: reading.error })
    : null;
}
