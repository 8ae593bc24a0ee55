// Every message the product shows, as a code with typed parameters. Front ends and report sheets render
// them through a catalogue per language; no code reads a message's text.
import type { InputMessageParams } from "./areas/input.params";
import type { FilesMessageParams } from "./areas/files.params";
import type { PlanMessageParams } from "./areas/plan.params";
import type { HostMessageParams } from "./areas/host.params";
import type { SheetMessageParams } from "./areas/sheets.params";
import type { AkpkMessageParams } from "./areas/akpk.params";
import type { TalentMessageParams } from "./areas/talent.params";
import type { ProgressMessageParams } from "./areas/progress.params";
import type { PlannerMessageParams } from "./areas/planner.params";
import type { RekapMessageParams } from "./areas/rekap.params";
import type { TemplateMessageParams } from "./areas/template.params";
import type { LiveMessageParams } from "./areas/live.params";
import type { DocumentMessageParams } from "./areas/document.params";
import type { SigningMessageParams } from "./areas/signing.params";
import type { IdpMessageParams } from "./areas/idp.params";
import type { PeopleMessageParams } from "./areas/people.params";
import type { StandardsMessageParams } from "./areas/standards.params";
import type { RankMessageParams } from "./areas/rank.params";
import type { TrustMessageParams } from "./areas/trust.params";
import type { ChoiceSource, JpmMethod, Level, Scheme, Severity, Track } from "../types";

/** Why a workbook file could not be read (the file reader's error kinds). */
export type ReadErrorKind =
  /** Not a zip at all: random bytes, an empty file, HTML or CSV saved under an Excel name. */
  | "not-zip"
  /** A zip whose end is missing (an interrupted download or copy). */
  | "truncated"
  /** A zip or OLE file that is not an Excel workbook (.docx, .pptx, .ods, .xlsb, .doc, …). */
  | "not-workbook"
  /** A password-protected workbook (an OLE file holding an EncryptionInfo stream). */
  | "encrypted"
  /** A legacy Excel 97–2003 binary workbook (an OLE file holding a Workbook/Book stream). */
  | "xls"
  /** More data than is safe to unpack or hold (zip bomb guard, cell limit). */
  | "too-large"
  /** A part the reader needs is damaged (malformed XML, bad compressed data). */
  | "corrupt"
  /** Node only: the path does not exist. */
  | "not-found"
  /** Node only: the path exists but cannot be read (a folder, no permission). */
  | "unreadable";

/** A kind of write step of the spreadsheet host, named in messages when Excel refuses it. */
export type WriteStepId =
  | "create-sheet"
  | "values"
  | "formulas"
  | "number-format"
  | "column-width"
  | "row-height"
  | "cell-format"
  | "merge"
  | "conditional-format"
  | "data-validation"
  | "freeze"
  | "filter"
  | "table"
  | "chart"
  | "print-scale"
  | "page-breaks"
  | "print-setup"
  | "calculate"
  | "tab-color"
  | "activate";

/** What a user can do about an Excel refusal caused by the state of its window. */
export type ExcelHint = "cell-edit" | "other-workbook";

/** Print settings Excel did not apply when read back. */
export type PrintMissing = "landscape" | "portrait" | "a4" | "fit-wide";

/** An argument of a custom function, as named in its errors. */
export type FunctionArg =
  "score" | "standard" | "grade" | "level" | "jpm" | "gap" | "performance" | "potential" | "box";

/** What the pane or host was doing on a sheet when Excel refused. */
export type SheetAction = "open" | "select";

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** Where a cell issue sits, for the "Baris 5, kolom Integritas (F5)" lead. */
export interface CellAt {
  /** 1-based sheet row. */
  row: number;
  /** The column's header text as written. */
  column: string;
  /** A1 address. */
  address: string;
}

/** Where a row issue sits; the column is named when the issue is about one. */
export interface RowAt {
  row: number;
  column?: string;
  address?: string;
}

/** A user-entered option, as named in messages. */
export type OptionField =
  | "year"
  | "scheme"
  | "jpmMethod"
  | "tolerance"
  | "jpTarget"
  | "budgetCeiling"
  | "cohortThreshold"
  | "unitCohortThreshold"
  | "jfTable"
  | "costs"
  | "optimal"
  | "cukup"
  | "ms"
  | "mms"
  | "agency"
  | "signatoryTitle"
  | "signatoryName"
  | "signatoryNip"
  | "preparerTitle"
  | "preparerName"
  | "preparerNip"
  | "place"
  | "date"
  | "sheet"
  | "units"
  | "workers"
  | "lang";

export interface MessageParams
  extends
    InputMessageParams,
    PlanMessageParams,
    HostMessageParams,
    SheetMessageParams,
    TalentMessageParams,
    ProgressMessageParams,
    PlannerMessageParams,
    RekapMessageParams,
    DocumentMessageParams,
    SigningMessageParams,
    IdpMessageParams,
    AkpkMessageParams,
    FilesMessageParams,
    PeopleMessageParams,
    StandardsMessageParams,
    TemplateMessageParams,
    LiveMessageParams,
    RankMessageParams,
    TrustMessageParams {
  // -- Sub-messages: why a score cell or a grade cell could not be read (nested in issues).
  "score-blank": Record<string, never>;
  "score-cell-error": { error: string };
  "score-date": Record<string, never>;
  "score-boolean": { value: boolean };
  "score-not-number": { text: string; roman?: number };
  "score-out-of-range": { value: number };
  "grade-eselon-v": Record<string, never>;
  "grade-blank-no-title": Record<string, never>;
  "grade-not-level": { value: number };
  "grade-unrecognised": { text: string };
  /** `written` is "" for a blank grade cell. */
  "grade-from-title": { written: string; title: string; grade: string; level: Level };
  "grade-pelaksana": { written: string };
  "grade-functional-from-title": { written: string; grade: string; level: Level };

  // -- Issues about rows and cells of the assessment table.
  "nip-precision": CellAt & { digits: string };
  "nip-duplicate": CellAt & { nip: string; firstRow: number };
  "level-invalid": CellAt & { text: string; gradeUsed: boolean };
  "grade-unknown": RowAt & { reason: Message; hasGradeColumn: boolean };
  "grade-assumed": RowAt & { reading: Message };
  /** `competency` names it in a long layout; `skipped` says what is left out. */
  "score-invalid": CellAt & { problem: Message; competency?: string; skipped: "row" | "employee" };
  "standard-invalid": CellAt & { text: string };
  "technical-invalid": CellAt & { problem: Message };
  "nip-missing": RowAt;
  "name-missing": RowAt;
  "competency-unknown": CellAt & { text: string };
  "competency-duplicate": CellAt & { competency: string; firstRow: number };
  "competency-missing": RowAt & { competencies: string[] };

  // -- Issues about the table as a whole.
  "header-typo": { readAs: string; address: string; competency: string };
  "duplicate-competency-column": { competency: string; column: string };
  "competencies-missing": { sheet: string; competencies: string[] };
  /** Long layout: the competency or the score column is not mapped. */
  "long-columns-missing": { sheet: string };
  /** One column mapped to several competencies. */
  "mapping-duplicate": { column: string; competencies: string[] };
  "identity-missing": { sheet: string };
  "grade-missing": { sheet: string };
  "other-tables": { sheets: string[]; chosen: string };
  "skj-level-invalid": CellAt & { sheet: string; text: string };
  "skj-sheet-unreadable": { sheet: string };
  "unit-not-found": { missing: string[]; known: string[] };
  "hidden-rows": { rows: number[] };
  "formulas-without-values": { count: number; address: string };
  "jpm-method-unmatched": Record<string, never>;
  "jpm-differs": RowAt & { fileJpm: number; jpm: number; method: JpmMethod };
  "category-differs": RowAt & { written: string; jpm: number; category: string };

  // -- Why no table could be planned.
  "sheet-not-found": { sheet: string; available: string[] };
  "table-not-found-in-sheet": { sheet: string; scanRows: number };
  "workbook-empty": Record<string, never>;
  /** `reasonOnly`: without the lead "no table found" (where a title already says it). */
  "table-not-found": { scanRows: number; reasonOnly?: boolean };

  // -- Option validation.
  "option-not-number": { field: OptionField };
  "option-not-integer": { field: OptionField };
  "option-min": { field: OptionField; min: number };
  "option-max": { field: OptionField; max: number };
  "option-choice": { field: OptionField; choices: string[] };
  "option-too-long": { field: OptionField; max: number };
  "option-invalid": { field: OptionField };
  "threshold-order": { scheme: Scheme };
  "signatory-nip-invalid": Record<string, never>;
  /** Several problems at once, each its own message. */
  "options-invalid": { problems: Message[] };

  // -- Reading a workbook file; `found` says what was found instead.
  "read-error": { kind: ReadErrorKind; found?: Message };
  "found-word": Record<string, never>;
  "found-powerpoint": Record<string, never>;
  "found-xlsb": Record<string, never>;
  "found-opendocument": Record<string, never>;
  "found-old-word": Record<string, never>;
  "found-old-powerpoint": Record<string, never>;
  "found-old-office": Record<string, never>;
  "found-xml-2003": Record<string, never>;
  "found-html": Record<string, never>;
  "found-empty": Record<string, never>;
  "found-pdf": Record<string, never>;
  "found-part-missing": { part: string };
  "found-no-workbook-part": Record<string, never>;
  "found-part-unreadable": { part: string; sheet?: string };
  "found-entry-count": { count: number };
  "found-zip-directory": Record<string, never>;
  "found-part-size": { part: string; megabytes: number };
  "found-part-misplaced": { part: string };
  "found-part-compression": { part: string };
  "found-part-unopenable": { part: string };
  "found-too-many-cells": { limit: number; sheet: string };
  "found-sheet-span": { sheet: string; cells: number };
  "found-archive-size": { megabytes: number };
  "found-path": { path: string };
  /** A sheet listed in the workbook whose part is missing: read as empty. */
  "sheet-part-missing": { sheet: string };

  // -- Custom functions (the cell's error message).
  "fn-blank": { what: FunctionArg };
  "fn-cell-error": { what: FunctionArg; error: string };
  "fn-not-number": { what: FunctionArg; text: string };
  "fn-out-of-range": { what: FunctionArg; value: number };
  "fn-grade-unknown": { reason: Message };
  "fn-competency-unknown": { text: string };
  "fn-scores-count": { count: number };
  "fn-range-size": { what: "competencies" | "standards"; cells: number; count: number };
  "fn-competency-twice": { code: string };
  "fn-scheme-unknown": { text: string };
  "fn-method-unknown": { text: string };
  "fn-level-not-integer": { value: number };
  "report-too-large": { limit: number };
  "date-invalid": { date: string };

  // -- Writing the report into a copy of the workbook.
  "package-part-encoding": { part: string };
  "package-no-workbook": Record<string, never>;
  "package-workbook-unknown": { part: string };
  "package-no-sheets": Record<string, never>;
  "package-no-content-types": Record<string, never>;
  "package-content-types-unknown": Record<string, never>;
  "package-too-large": { reason: "entries" | "size" };
  "found-folder": { path: string };

  // -- The spreadsheet host.
  "excel-read-failed": {
    what: "sheets" | "contents" | "size" | "selection";
    detail: string;
    hint?: ExcelHint;
  };
  "excel-read-table-failed": { table: string; detail: string };
  "excel-selection-empty": { address: string; sheet: string };
  "excel-selection-not-cells": Record<string, never>;
  "excel-sheet-action-failed": {
    action: SheetAction;
    sheet: string;
    address?: string;
    detail: string;
  };
  "excel-sheet-missing": { sheet: string };
  "excel-sheet-hidden": { sheet: string };
  "excel-bad-address": { action: SheetAction; sheet: string; address?: string };
  "workbook-protected": Record<string, never>;
  /** `step` when Excel's error location tells which kind of step failed. */
  "excel-write-failed": {
    step?: WriteStepId;
    sheets: string[];
    request?: { index: number; of: number };
    detail: string;
    hint?: ExcelHint;
    cleanup: Message;
  };
  "cleanup-nothing-added": Record<string, never>;
  "cleanup-removed": { sheets: string[] };
  "cleanup-failed": { sheets: string[]; detail: string };
  "excel-step-refused": {
    step: WriteStepId;
    sheets: string[];
    detail: string;
    hint?: ExcelHint;
  };
  "excel-step-unsupported": { step: WriteStepId; api: string };
  "excel-chart-skipped": { sheet: string };

  // -- The file host (browser page) and its worker.
  "file-xls": { file: string };
  "file-not-xlsx": { file: string };
  "file-empty": { file: string };
  "file-too-large": { file: string; megabytes: number; limit: number };
  "file-none-open": Record<string, never>;
  "file-unreadable": { file: string };
  "worker-unavailable": { detail: string };
  "worker-timeout": { job: "read" | "write"; minutes: number };
  "worker-crashed": { job: "read" | "write"; detail: string };
  "worker-bad-data": Record<string, never>;
  "worker-send-failed": { detail: string };
  "worker-needs-reread": Record<string, never>;
  "worker-unknown-reply": { job: "read" | "write" };
  "pane-table-changed": Record<string, never>;
  "pane-nothing-in-units": Record<string, never>;
  "pane-nothing-planned": Record<string, never>;
  /** An error without a code (a bug, or a library's own error): its text as it came. */
  unexpected: { detail: string };

  // -- The CLI.
  "cli-usage": Record<string, never>;
  "cli-unknown-option": { option: string };
  "cli-option-needs-value": { option: string };
  "cli-options-unreadable": { detail: string };
  "cli-zone-unknown": { zone: string; zones: string[] };
  "cli-unknown-command": { command: string };
  "cli-too-many-files": { files: string[] };
  "cli-not-a-number": { field: OptionField; value: string };
  "cli-options-invalid": { problems: Message };
  "cli-same-file": { input: string };
  "cli-output-is-folder": { output: string };
  "cli-output-extension": { output: string; expected: string; found: string };
  "cli-output-macro": { output: string; from: string; to: string };
  "cli-folder-failed": { file: string; reason: Message };
  "cli-write-failed": { file: string; reason: Message };
  "cli-input-missing": { file: string };
  "cli-input-unreadable": { file: string; errno: string };
  "cli-read-failed": { file: string; reason: Message };
  "cli-reading": { file: string; percent: number };
  "cli-writing": Record<string, never>;
  "cli-unexpected": { detail: string };
  "fs-error": { errno: string; detail: string };
  "cli-title": { year: number; input: string };
  "cli-table": { sheet: string; headerRows: number[]; dataStartRow: number; long: boolean };
  "cli-jpm-method": {
    method: JpmMethod;
    source: ChoiceSource;
    agreement?: { matched: number; compared: number };
  };
  "cli-scheme": {
    scheme: Scheme;
    source: ChoiceSource;
    fromTitle: boolean;
    tolerance: number;
    jpTarget: number;
  };
  "cli-counts": { employees: number; errors: number; warnings: number };
  "cli-unassessed": { rows: number[] };
  "cli-categories": { categories: { category: string; count: number }[] };
  "cli-needs-heading": Record<string, never>;
  "cli-total-jp": { total: number; tracks: { track: Track; jp: number }[] };
  "cli-issues-heading": Record<string, never>;
  "cli-issues-more": { count: number; sheet: string };
  "cli-written": { output: string };
  "cli-new-sheets": { sheets: string[] };
  severity: { severity: Severity };

  // -- The report's Catatan Data sheet.
  "issues-sheet-title": Record<string, never>;
  "issues-sheet-intro": {
    sheet: string;
    total: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  "issues-sheet-header": {
    column: "no" | "sheet" | "row" | "column" | "cell" | "severity" | "message";
  };
  "severity-name": { severity: Severity };
  /** Employees on rows with no competency score at all (not planned). */
  "unassessed-rows": { rows: number[] };
}

export type MessageCode = keyof MessageParams;

/** A message: its code and that code's parameters, checked together. */
export type Message = { [K in MessageCode]: { code: K; params: MessageParams[K] } }[MessageCode];

/** The catalogue of one area's codes (areas/*.params.ts), spread into a language's catalogue. */
export type AreaCatalogue<P> = { [K in keyof P]: (p: P[K]) => string };

/** A catalogue renders every code; the compiler proves it is complete. */
export type Catalogue = { [K in MessageCode]: (p: MessageParams[K]) => string };

/** Build a message with its parameters checked against its code. */
export function msg<K extends MessageCode>(code: K, params: MessageParams[K]): Message {
  return { code, params } as Message;
}
