// The pane's logic in plain TypeScript: state, the calls into the engine and the host, and what the user
// sees after each step. React only renders `getState()` and calls these methods (useSyncExternalStore).
import { cellText } from "../skj/cells";
import { issueAddress } from "../skj/issues";
import { type Message, messageOf, msg } from "../skj/messages";
import { findEmployeeLists } from "../skj/employeeList";
import { findTable, individualReports, RunOptions } from "../skj/run";
import { SheetView } from "../skj/sheetView";
import { columnLetter } from "../skj/text";
import { isSkjSheetName } from "../skj/detect";
import { buildTemplate } from "../report/templateSheet";
import type { ReportModel } from "../report/model";
import type {
  CellRange,
  CellValue,
  CompetencyNeed,
  Issue,
  SheetGrid,
  TableDetection,
  WorkbookGrid,
} from "../skj/types";
import type { SelfTestReport } from "../excel/selfTest";
import { PaneTheme, SelectionRead, WorkbookHost, WriteOutcome } from "./host";
import type { BadFileKind, ErrorKind, Lang } from "./i18n";
import { MappingField, withColumn } from "./mapping";
import { defaultOptions, OptionsDraft, parseOptions } from "./options";
import type { Preview, Stage } from "./planJobs";
import { inlinePlanner, JobStopped, PlanOutcome, Planner } from "./planner";

export type { Preview, Stage } from "./planJobs";
export { leftOutRows, summarizeIssues } from "./planJobs";

export interface Busy {
  stage: Stage;
  /** 0..1 when the host reports it; absent while the amount of work is unknown. */
  fraction?: number;
}

export interface PaneError {
  kind: ErrorKind;
  /** The reason (engine, adapter or controller), rendered in the pane's language. */
  detail?: Message;
  /** A file that gave nothing to plan: what it holds, in plain words, and what to do. */
  badFile?: BadFileKind;
}

/** Host errors that mean the file is not a workbook the pane reads. */
const WRONG_TYPE_CODES = new Set(["file-xls", "file-not-xlsx", "file-unreadable"]);

export interface GenerateSummary {
  year: number;
  employees: number;
  totalJp: number;
  /** Competencies with at least one employee below standard, catalogue order. */
  needs: CompetencyNeed[];
  sheetNames: string[];
  fileName?: string;
  downloadUrl?: string;
  /** Features the host left out (older Excel), in Bahasa Indonesia. */
  notes: Message[];
  /** Rows of the table that were not planned: with data errors, and without any score yet. */
  leftOut: { errorRows: number[]; unassessedRows: number[] };
}

export interface PaneState {
  lang: Lang;
  hostKind: WorkbookHost["kind"];
  /** File mode: the chosen file's name. */
  fileName?: string;
  /** Where the table was looked for: the whole workbook or the user's selection (Excel). */
  source: "workbook" | "selection";
  /** What the selection was ("Data!A3:Q40", "tabel Hasil"), when source is the selection. */
  selectionLabel?: SelectionLabel;
  busy?: Busy;
  grid?: WorkbookGrid;
  detection?: TableDetection;
  /** Technical competency names from the workbook's SKJ sheet. */
  technicalNames: string[];
  preview?: Preview;
  options: OptionsDraft;
  error?: PaneError;
  result?: GenerateSummary;
  /** The mapping as detection found it, for "restore detection". */
  detected?: TableDetection;
  /** Individual reports (one employee per sheet) to plan instead of a table (docs/domain.md §11). */
  personSheets?: string[];
  /** The host can read a second workbook (the employee list). */
  canAddEmployeeList?: boolean;
  /** Employee lists the user added from other files, and how many NIPs each lists. */
  employeeLists?: { file: string; employees: number }[];
  /** Light, dark or high contrast, as the host says (Office theme, or the system in file mode). */
  theme: PaneTheme;
  /** The user stopped the last read or write. */
  cancelled?: boolean;
  /** Excel: last run's sheets of the same names are there; the pane asks before replacing them (§22). */
  replaceAsk?: { sheets: string[] };
  /** The entry template (docs/domain.md §21): being written, what was written, or why it failed. */
  template?: { running: boolean; written?: WriteOutcome; error?: Message };
  /** Excel: the self-test (help section): running, its report, or why it could not run. */
  selfTest?: { running: boolean; report?: SelfTestReport; error?: Message };
}

export interface ControllerOptions {
  lang?: Lang;
  /** Today, for the default year and the report date (tests fix it). */
  today?: () => Date;
  /** Where previews and plans run: a worker in the page; in-process when none is given (tests). */
  planner?: Planner;
  /** Mapping and option changes within this time give one preview (default 250 ms). */
  previewDelayMs?: number;
}

/** The address to select for an issue: its cell, else its row, else its column's header cell. */
export function selectionOf(issue: Issue, detection?: TableDetection): string | undefined {
  return issueAddress(issue, { ...(detection ? { detection } : {}), wholeRow: true });
}

/** The header texts a detection was made on, to tell whether a re-read workbook still has that table. */
export function headerSignature(grid: WorkbookGrid, detection: TableDetection): string | null {
  const sheet = grid.sheets.find((s) => s.name === detection.sheet);
  if (!sheet) return null;
  const view = new SheetView(sheet);
  return detection.headers
    .map((h) =>
      detection.headerRows
        .map((r) => `${columnLetter(h.col)}${r}=${cellText(view.value(r - 1, h.col))}`)
        .join("|")
    )
    .join("\n");
}

/** The block of sheet cells a one-sheet grid covers (0-based, inclusive). */
export function extentOf(sheet: SheetGrid): { sheet: string; box: CellRange } {
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    sheet: sheet.name,
    box: { top, left, bottom: top + sheet.rows.length - 1, right: left + Math.max(width, 1) - 1 },
  };
}

/** The part of a sheet inside a box, as a grid of its own (merges clipped to the box). */
export function clipSheet(sheet: SheetGrid, box: CellRange): SheetGrid {
  const view = new SheetView(sheet);
  const rows: CellValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(view.raw(r, c));
    rows.push(row);
  }
  const merges = sheet.merges.filter(
    (m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left
  );
  return { ...sheet, rows, origin: { row: box.top, col: box.left }, merges };
}

/** The workbook with the selection's sheet standing in for the whole sheet (other sheets kept: the SKJ sheet). */
export function withSelection(
  workbook: WorkbookGrid | undefined,
  selection: WorkbookGrid
): WorkbookGrid {
  if (!workbook) return selection;
  const names = new Set(selection.sheets.map((s) => s.name));
  return {
    sheets: [...workbook.sheets.filter((s) => !names.has(s.name)), ...selection.sheets],
  };
}

/** Where a selection was read ("Data!A3:Q40") and the Excel table it is in; the pane words it. */
export interface SelectionLabel {
  where: string;
  table?: string;
}

export function selectionLabel(selection: SelectionRead): SelectionLabel | undefined {
  const sheet = selection.sheets[0]?.name;
  if (!sheet) return undefined;
  const where = selection.address ? `${sheet}!${selection.address}` : sheet;
  return selection.table ? { where, table: selection.table } : { where };
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private readonly today: () => Date;
  /** The full workbook as last read (a selection replaces one of its sheets in `state.grid`). */
  private workbook?: WorkbookGrid;
  private readSeq = 0;
  /** The cells the selection covered when it was read: a later re-read keeps to them. */
  private selectionExtent?: { sheet: string; box: CellRange };
  /** Workbooks holding the employee list, added by the user (docs/domain.md §11). */
  private employeeLists: NonNullable<RunOptions["employeeLists"]> = [];
  /** The sheet the user chose when individual reports are planned (all of them otherwise). */
  private reportsSheet?: string;
  private readonly planner: Planner;
  private readonly previewDelayMs: number;
  /** Only the latest preview may land. */
  private previewSeq = 0;
  private previewTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: WorkbookHost,
    options: ControllerOptions = {}
  ) {
    this.today = options.today ?? (() => new Date());
    this.planner = options.planner ?? inlinePlanner();
    this.previewDelayMs = options.previewDelayMs ?? 250;
    this.state = {
      lang: options.lang ?? "id",
      hostKind: host.kind,
      source: "workbook",
      technicalNames: [],
      options: defaultOptions(this.today()),
      theme: host.theme?.() ?? "light",
      ...(host.readOtherWorkbook ? { canAddEmployeeList: true } : {}),
    };
  }

  // --- store plumbing (useSyncExternalStore) ------------------------------------------------------

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private fail(kind: ErrorKind, detail?: Message, badFile?: BadFileKind): void {
    if (this.cancelRequested) {
      // A stop the user asked for is not an error.
      this.cancelRequested = false;
      this.set({ busy: undefined, cancelled: true });
      return;
    }
    const error: PaneError = {
      kind,
      ...(detail ? { detail } : {}),
      ...(badFile ? { badFile } : {}),
    };
    this.set({ busy: undefined, error });
  }

  private cancelRequested = false;

  // --- reading ------------------------------------------------------------------------------------

  setLang(lang: Lang): void {
    this.set({ lang });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  /** The host's theme changed (Office theme, or the system's colour preference). */
  setTheme(theme: PaneTheme): void {
    if (theme !== this.state.theme) this.set({ theme });
  }

  /** Stop the running read or write; the pane goes back to where it was before it. */
  cancel(): void {
    const busy = this.state.busy;
    if (!busy) return;
    if (busy.stage === "plan") {
      this.cancelRequested = true;
      this.planner.cancel();
    } else if (this.host.cancel) {
      this.cancelRequested = true;
      this.host.cancel();
    }
  }

  /** File mode: open the bundled sample workbook. */
  async openSample(): Promise<void> {
    if (!this.host.sample || this.state.busy) return;
    let file: File;
    try {
      file = await this.host.sample();
    } catch (error) {
      this.fail("read", messageOf(error));
      return;
    }
    await this.openFile(file);
  }

  /** File mode: the user chose a file; read it. */
  async openFile(file: File): Promise<void> {
    if (!this.host.open || this.state.busy) return;
    this.cancelRequested = false;
    this.set({
      busy: { stage: "read" },
      error: undefined,
      result: undefined,
      cancelled: undefined,
    });
    try {
      const opened = await this.host.open(file);
      this.set({
        fileName: opened.name,
        grid: undefined,
        detection: undefined,
        preview: undefined,
      });
    } catch (error) {
      this.workbook = undefined;
      this.set({ grid: undefined, detection: undefined, preview: undefined, fileName: undefined });
      const detail = messageOf(error);
      const badFile: BadFileKind | undefined = WRONG_TYPE_CODES.has(detail.code)
        ? "wrongType"
        : detail.code === "file-empty"
          ? "empty"
          : undefined;
      this.fail("read", detail, badFile);
      return;
    }
    await this.load();
    // A file that gave nothing to plan is not "the open file": the pane goes back to its first run.
    if (this.state.error && !this.state.detection && !this.state.personSheets) {
      this.workbook = undefined;
      this.set({ fileName: undefined, grid: undefined });
    }
  }

  /**
   * The user added a second workbook with the employee list: grades the table lacks are joined from it by
   * NIP (an employee list on a sheet of the open workbook is found without this).
   */
  async addEmployeeList(file: File): Promise<void> {
    if (!this.host.readOtherWorkbook || this.state.busy) return;
    this.set({ busy: { stage: "read" }, error: undefined, result: undefined });
    let grid: WorkbookGrid;
    try {
      grid = await this.host.readOtherWorkbook(file);
    } catch (error) {
      this.fail("read", messageOf(error));
      return;
    }
    const lists = findEmployeeLists(grid, [], file.name);
    if (lists.length === 0) {
      this.fail("read", msg("people-list-not-found", { file: file.name }));
      return;
    }
    // The same file added again replaces its earlier reading.
    this.employeeLists = [
      ...this.employeeLists.filter((l) => l.file !== file.name),
      { file: file.name, workbook: grid },
    ];
    const employees = lists.reduce((n, l) => n + l.employees.length, 0);
    this.set({
      busy: undefined,
      employeeLists: [
        ...(this.state.employeeLists ?? []).filter((l) => l.file !== file.name),
        { file: file.name, employees },
      ],
    });
    await this.refreshPreview();
  }

  /** The run's options for the employee lists added, and for the table or the individual reports. */
  private sourceOptions(detection?: TableDetection): RunOptions {
    return {
      ...(this.employeeLists.length > 0 ? { employeeLists: this.employeeLists } : {}),
      ...(detection
        ? { detection }
        : this.reportsSheet !== undefined
          ? { sheet: this.reportsSheet }
          : {}),
    };
  }

  /** Read the whole workbook and find the table in it. */
  async load(): Promise<void> {
    if (this.state.busy && this.state.busy.stage !== "read") return;
    // Only the latest read may land (a second load, e.g. a remount, supersedes the first).
    const seq = ++this.readSeq;
    this.set({ busy: { stage: "read" }, error: undefined, result: undefined });
    let grid: WorkbookGrid;
    try {
      grid = await this.host.read((fraction) => {
        if (seq === this.readSeq) this.set({ busy: { stage: "read", fraction } });
      });
    } catch (error) {
      if (seq === this.readSeq) this.fail("read", messageOf(error));
      return;
    }
    if (seq !== this.readSeq) return;
    this.workbook = grid;
    this.set({ selectionLabel: undefined });
    await this.detectIn(grid, "workbook");
  }

  /** Excel: find the table in the selected range (or the Excel table it is in). */
  async useSelection(): Promise<void> {
    if (!this.host.readSelection || this.state.busy) return;
    this.set({ busy: { stage: "read" }, error: undefined, result: undefined });
    let selection: SelectionRead;
    try {
      if (!this.workbook) this.workbook = await this.host.read(() => undefined);
      selection = await this.host.readSelection();
    } catch (error) {
      this.fail("selection", messageOf(error));
      return;
    }
    this.selectionExtent = selection.sheets[0] ? extentOf(selection.sheets[0]) : undefined;
    this.set({ selectionLabel: selectionLabel(selection) });
    await this.detectIn(
      withSelection(this.workbook, selection),
      "selection",
      selection.sheets[0]?.name
    );
  }

  /** The user chose the sheet the table is on (agencies keep one sheet per eselon or per unit). */
  chooseSheet(name: string): void {
    const grid = this.workbook ?? this.state.grid;
    if (!grid || this.state.busy || !grid.sheets.some((s) => s.name === name)) return;
    this.selectionExtent = undefined;
    this.set({ error: undefined, result: undefined, selectionLabel: undefined });
    void this.detectIn(grid, "workbook", name);
  }

  /** Finds the table; resolves when its preview has landed. */
  private async detectIn(
    grid: WorkbookGrid,
    source: PaneState["source"],
    sheet?: string
  ): Promise<void> {
    const outcome = findTable(grid, sheet);
    const technicalNames = outcome.technicalNames;
    const reports = individualReports(grid, outcome.ok ? outcome.detection.sheet : null, sheet);
    this.reportsSheet = sheet;
    if (reports.length > 0) {
      this.set({
        grid,
        source,
        technicalNames,
        detection: undefined,
        personSheets: reports,
        busy: undefined,
        options: { ...this.state.options, units: [] },
      });
      await this.refreshPreview();
      return;
    }
    this.set({ personSheets: undefined });
    if (!outcome.ok) {
      this.set({ grid, source, technicalNames, detection: undefined, preview: undefined });
      this.fail("noTable", outcome.message, isEmptyWorkbook(grid) ? "empty" : "noTable");
      return;
    }
    this.set({
      grid,
      source,
      technicalNames,
      detection: outcome.detection,
      detected: outcome.detection,
      busy: undefined,
      options: { ...this.state.options, units: [] },
    });
    await this.refreshPreview();
  }

  // --- editing ------------------------------------------------------------------------------------

  /** Put every field back where detection found it. */
  resetMapping(): void {
    const detected = this.state.detected;
    if (!detected || this.state.busy) return;
    this.set({ detection: detected, result: undefined });
    this.schedulePreview();
  }

  /** The user moved a field to another column (undefined: the table has no such column). */
  setMapping(field: MappingField, col: number | undefined): void {
    const detection = this.state.detection;
    if (!detection || this.state.busy) return;
    this.set({ detection: withColumn(detection, field, col), result: undefined });
    this.schedulePreview();
  }

  setOption<K extends keyof OptionsDraft>(key: K, value: OptionsDraft[K]): void {
    this.set({ options: { ...this.state.options, [key]: value }, result: undefined });
    // Only these change what the preview shows (the JPM message, counts); text fields would just cost time.
    if (key === "jpmMethod" || key === "scheme") this.schedulePreview();
  }

  /**
   * A preview after the user paused: picking columns one after another plans once, not once per change
   * (README, "What runs where": each preview of 5,000 employees is about 0.7 s of work, in the worker).
   */
  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      // A plan runs on the same planner: the preview waits for it rather than stopping it.
      if (this.state.busy) this.schedulePreview();
      else void this.refreshPreview();
    }, this.previewDelayMs);
  }

  /** Run the engine on the current mapping (in the planner) for the counts, the issues and the JPM message. */
  private async refreshPreview(): Promise<void> {
    clearTimeout(this.previewTimer);
    this.previewTimer = undefined;
    const { grid, detection } = this.state;
    if (!grid || (!detection && !this.state.personSheets)) return;
    const parsed = parseOptions({ ...this.state.options, units: [] }, this.today());
    // A half-typed option must not hide the data's state: preview with the defaults for it.
    const run = parsed.ok ? parsed.run : {};
    const seq = ++this.previewSeq;
    try {
      const preview = await this.planner.preview({
        grid,
        run: { ...run, ...this.sourceOptions(detection) },
      });
      if (seq === this.previewSeq) this.set({ preview });
    } catch (error) {
      // A newer preview or a plan took the planner: the newer one lands instead.
      if (error instanceof JobStopped || seq !== this.previewSeq) return;
      this.set({ preview: undefined });
      this.fail("unexpected", messageOf(error));
    }
  }

  /** Resolves when no preview is waiting or running (tests, and the pane before a plan). */
  async previewSettled(): Promise<void> {
    if (this.previewTimer !== undefined) await this.refreshPreview();
  }

  // --- generating ---------------------------------------------------------------------------------

  async generate(): Promise<void> {
    if (this.state.busy || (!this.state.detection && !this.state.personSheets)) return;
    const parsed = parseOptions(this.state.options, this.today());
    if (!parsed.ok) {
      this.fail("options", parsed.message);
      return;
    }
    // One column read as NIP or Nama and as another field would name the wrong people: refused.
    const shared = this.state.detection?.issues.find(
      (i) => i.code === "mapping-field-shared" && i.severity === "error"
    );
    if (shared) {
      this.fail("mapping", shared);
      return;
    }
    const first: Stage = this.host.kind === "excel" ? "read" : "plan";
    this.cancelRequested = false;
    this.pendingWrite = undefined;
    this.set({
      error: undefined,
      result: undefined,
      cancelled: undefined,
      replaceAsk: undefined,
      busy: { stage: first },
    });

    // In Excel the clerk may have fixed cells since the pane read them: plan on what the sheet holds now.
    let grid = this.state.grid!;
    const detection = this.state.detection;
    if (this.host.kind === "excel") {
      try {
        const fresh = await this.host.read((fraction) =>
          this.set({ busy: { stage: "read", fraction } })
        );
        let next = fresh;
        // The selection has likely moved since (clicking an issue selects a cell): keep to the cells
        // that were selected when the table was found.
        const extent = this.selectionExtent;
        const selected = extent && fresh.sheets.find((sh) => sh.name === extent.sheet);
        if (this.state.source === "selection" && extent && selected)
          next = withSelection(fresh, { sheets: [clipSheet(selected, extent.box)] });
        const before = detection && headerSignature(grid, detection);
        if (detection && headerSignature(next, detection) !== before) {
          this.workbook = fresh;
          await this.detectIn(next, this.state.source, detection.sheet);
          this.fail("changed", msg("pane-table-changed", {}));
          return;
        }
        this.workbook = fresh;
        grid = next;
        this.set({ grid });
        // Keep the counts and issues in step with the data being planned.
        await this.refreshPreview();
      } catch (error) {
        this.fail("read", messageOf(error));
        return;
      }
    }

    this.set({ busy: { stage: "plan" } });
    // The plan and its report model are made in the planner (a worker in the page); in file mode the worker
    // writes the workbook too, so the model never crosses to the page (README, "What runs where").
    let stage = "plan" as Stage;
    const onStage = (next: Stage, fraction?: number) => {
      stage = next;
      if (this.state.busy && !this.cancelRequested)
        this.set({ busy: { stage: next, ...(fraction !== undefined ? { fraction } : {}) } });
    };
    let outcome: PlanOutcome;
    try {
      outcome = await this.planner.plan(
        {
          grid,
          run: { ...parsed.run, ...this.sourceOptions(detection) },
          report: parsed.report,
          unitsChosen: parsed.run.units !== undefined,
        },
        onStage
      );
    } catch (error) {
      this.fail(stage === "write" ? "write" : "unexpected", messageOf(error));
      return;
    }
    if (!outcome.ok) {
      this.fail(outcome.kind, outcome.message);
      return;
    }
    if ("written" in outcome) {
      this.finish(outcome, outcome.written);
      return;
    }
    // Last run's sheets of the same names (a sheet the user renamed is not one of them): ask first.
    const present = new Set((this.workbook?.sheets ?? grid.sheets).map((s) => s.name));
    const existing = this.host.replaceSheets
      ? outcome.model.sheets.map((s) => s.name).filter((n) => present.has(n))
      : [];
    if (existing.length > 0) {
      this.pendingWrite = { outcome, existing };
      this.set({ busy: undefined, replaceAsk: { sheets: existing } });
      return;
    }
    await this.writeModel(outcome, []);
  }

  /** The answer to "replace last run's sheets?": replace them, keep both (" (2)"), or stop. */
  async answerReplace(answer: "replace" | "keep" | "cancel"): Promise<void> {
    const pending = this.pendingWrite;
    this.pendingWrite = undefined;
    this.set({ replaceAsk: undefined });
    if (!pending) return;
    if (answer === "cancel") {
      this.set({ cancelled: true });
      return;
    }
    await this.writeModel(pending.outcome, answer === "replace" ? pending.existing : []);
  }

  private pendingWrite?: {
    outcome: Extract<PlanOutcome, { model: ReportModel }>;
    existing: string[];
  };

  /** Writes the model into Excel; then gives last run's names to the new sheets that replace them. */
  private async writeModel(
    outcome: Extract<PlanOutcome, { model: ReportModel }>,
    replace: readonly string[]
  ): Promise<void> {
    this.set({ busy: { stage: "write" } });
    let written: WriteOutcome;
    try {
      written = await this.host.write(outcome.model, (fraction) =>
        this.set({ busy: { stage: "write", fraction } })
      );
    } catch (error) {
      this.fail("write", messageOf(error));
      return;
    }
    const pairs = outcome.model.sheets.flatMap((s, i) =>
      replace.includes(s.name) && written.sheetNames[i] && written.sheetNames[i] !== s.name
        ? [{ old: s.name, new: written.sheetNames[i] }]
        : []
    );
    if (pairs.length > 0 && this.host.replaceSheets) {
      try {
        await this.host.replaceSheets(pairs);
        const renamed = new Map(pairs.map((p) => [p.new, p.old]));
        written = { ...written, sheetNames: written.sheetNames.map((n) => renamed.get(n) ?? n) };
      } catch (error) {
        // The new plan stands under its " (2)" names: said, not rolled back.
        written = { ...written, notes: [...(written.notes ?? []), messageOf(error)] };
      }
    }
    this.finish(outcome, written);
  }

  private finish(outcome: Extract<PlanOutcome, { ok: true }>, written: WriteOutcome): void {
    const result: GenerateSummary = {
      ...outcome.summary,
      sheetNames: written.sheetNames,
      notes: written.notes ?? [],
      ...(written.fileName ? { fileName: written.fileName } : {}),
      ...(written.downloadUrl ? { downloadUrl: written.downloadUrl } : {}),
    };
    this.set({ busy: undefined, result });
  }

  // --- workbook navigation (Excel) ----------------------------------------------------------------

  async selectIssue(issue: Issue): Promise<void> {
    if (!this.host.selectCell) return;
    const address = selectionOf(issue, this.state.detection);
    if (!address) return;
    try {
      await this.host.selectCell(issue.sheet, address);
    } catch (error) {
      this.fail("select", messageOf(error));
    }
  }

  /** The host can write the entry template. */
  get canWriteTemplate(): boolean {
    return this.host.writeTemplate !== undefined;
  }

  /**
   * "Buat Template": the entry template in the report language. An SKJ sheet is left out when the workbook has
   * one already (its name is the one the reader looks for). Not while the pane reads or writes.
   */
  async createTemplate(): Promise<void> {
    if (!this.host.writeTemplate || this.state.busy || this.state.template?.running) return;
    this.set({ template: { running: true } });
    const hasSkj = this.state.grid?.sheets.some((s) => isSkjSheetName(s.name)) ?? false;
    try {
      const model = buildTemplate(this.state.options.sheetLang, { skjSheet: !hasSkj });
      this.set({ template: { running: false, written: await this.host.writeTemplate(model) } });
    } catch (error) {
      this.set({ template: { running: false, error: messageOf(error) } });
    }
  }

  /** Excel: run the self-test; not while the pane reads or writes the workbook. */
  async runSelfTest(): Promise<void> {
    if (!this.host.selfTest || this.state.busy || this.state.selfTest?.running) return;
    this.set({ selfTest: { running: true } });
    try {
      this.set({ selfTest: { running: false, report: await this.host.selfTest() } });
    } catch (error) {
      this.set({ selfTest: { running: false, error: messageOf(error) } });
    }
  }

  /** Excel: bring the new plan sheet to the front. */
  async openResult(): Promise<void> {
    const name = this.state.result?.sheetNames[0];
    if (!name || !this.host.activateSheet) return;
    try {
      await this.host.activateSheet(name);
    } catch (error) {
      this.fail("select", messageOf(error));
    }
  }
}

/** No sheet holds a single non-blank cell. */
export function isEmptyWorkbook(grid: WorkbookGrid): boolean {
  return grid.sheets.every((sheet) =>
    sheet.rows.every((row) => row.every((v) => v === null || v === undefined || cellText(v) === ""))
  );
}
