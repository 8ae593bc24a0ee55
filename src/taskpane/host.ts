// The task pane's only door to a workbook. Components and the controller talk to this interface; the Excel
// host (Office.js) and the file host (an .xlsx chosen by the user, parsed in a Web Worker) implement it, and
// tests fake it. Nothing behind it is imported by a component.
import type { SelfTestReport } from "../excel/selfTest";
import type { ReportModel } from "../report/model";
import { MessageError, type Message } from "../skj/messages";
import type { WorkbookGrid } from "../skj/types";

/** Progress of a read or write, as a fraction 0..1. */
export type ProgressCallback = (fraction: number) => void;

export interface WriteOutcome {
  /** The names the new sheets got, in model order (a taken name gets " (2)"). */
  sheetNames: string[];
  /** File mode: the name the result is offered under ("data-rencana.xlsx"). */
  fileName?: string;
  /** File mode: an object URL of the result, for a download link. */
  downloadUrl?: string;
  /** What this Excel could not do (features its API version lacks), as coded messages. */
  notes?: Message[];
}

/** A selection read (Excel): one sheet, and where it came from. */
export interface SelectionRead extends WorkbookGrid {
  /** Sheet-relative A1 address that was read ("A3:Q40"). */
  address?: string;
  /** The Excel table the selection is in, when it is in one. */
  table?: string;
}

export interface WorkbookHost {
  kind: "excel" | "file";
  /** File mode: the user chose a workbook. Rejects with a HostError when it cannot be used. */
  open?(file: File): Promise<{ name: string }>;
  /** A second workbook the user chose (the employee list), read without touching the open one. */
  readOtherWorkbook?(file: File): Promise<WorkbookGrid>;
  /** The whole workbook (every sheet's used range) as values and merges. */
  read(onProgress: ProgressCallback): Promise<WorkbookGrid>;
  /** Excel: only the selected range (or the Excel table the selection is in), as one sheet. */
  readSelection?(): Promise<SelectionRead>;
  /** Excel: select a cell or range ("F9", "9:9") of a sheet so the user sees it. */
  selectCell?(sheet: string, address: string): Promise<void>;
  /** Add the report sheets: into the open workbook (Excel) or into a copy offered as a download (file). */
  write(model: ReportModel, onProgress: ProgressCallback): Promise<WriteOutcome>;
  /**
   * The entry template (docs/domain.md §21): Excel adds its sheets to the open workbook; file mode offers a new
   * workbook holding only them as a download.
   */
  writeTemplate?(model: ReportModel): Promise<WriteOutcome>;
  /** Excel: delete each `old` sheet and give its name to `new` (refreshing last run's plan sheets). */
  replaceSheets?(pairs: readonly { old: string; new: string }[]): Promise<void>;
  /** Excel: bring a sheet to the front. */
  activateSheet?(name: string): Promise<void>;
  /** File mode: the bundled sample workbook, for a first try without data of one's own. */
  sample?(): Promise<File>;
  /** Stop the running read or write (file mode ends its worker); its promise then rejects. */
  cancel?(): void;
  /** The colours the pane should use: Office's theme in Excel, the system's preference in file mode. */
  theme?(): PaneTheme;
  /** Call `onChange` when the theme changes while the pane is open; returns the way to stop. */
  watchTheme?(onChange: (theme: PaneTheme) => void): () => void;
  /** Excel: try every feature the writer uses in a scratch sheet (deleted after), and say what Excel did. */
  selfTest?(): Promise<SelfTestReport>;
}

export type PaneTheme = "light" | "dark" | "highContrast";

/** An error fit for the user: a coded message the pane renders in its language. */
export class HostError extends MessageError {
  constructor(coded: Message) {
    super(coded);
    this.name = "HostError";
  }
}
