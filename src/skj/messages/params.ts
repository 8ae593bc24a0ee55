// Every message the product shows, as a code with typed parameters. Front ends and report sheets render
// them through a catalogue per language; no code reads a message's text.
import type { JpmMethod, Level, Scheme } from "../types";

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
  | "optimal"
  | "cukup"
  | "ms"
  | "mms"
  | "agency"
  | "signatoryTitle"
  | "signatoryName"
  | "signatoryNip"
  | "place"
  | "date"
  | "sheet"
  | "units";

export interface MessageParams {
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
  "table-not-found": { scanRows: number };

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
}

export type MessageCode = keyof MessageParams;

/** A message: its code and that code's parameters, checked together. */
export type Message = { [K in MessageCode]: { code: K; params: MessageParams[K] } }[MessageCode];

/** A catalogue renders every code; the compiler proves it is complete. */
export type Catalogue = { [K in MessageCode]: (p: MessageParams[K]) => string };

/** Build a message with its parameters checked against its code. */
export function msg<K extends MessageCode>(code: K, params: MessageParams[K]): Message {
  return { code, params } as Message;
}
