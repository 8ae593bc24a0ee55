// Input files and the command line around them: CSV exports, column mapping by argument, runs that plan nobody.
// Codes and their typed parameters; the catalogues are files.id.ts and files.en.ts.

/** Why a run with a table planned nobody. */
export type NobodyReason =
  /** The table has a header but no employee rows. */
  | "no-rows"
  /** Every employee row has no score yet (a template not filled in). */
  | "unassessed"
  /** Every row that has scores has an error. */
  | "errors"
  /** The table's columns are not all known (a competency missing): no row can be read. */
  | "mapping"
  /** No employee of the chosen units. */
  | "units";

export interface FilesMessageParams {
  /** How a CSV input was read (printed by the CLI). */
  "csv-read": {
    file: string;
    sheet: string;
    separator: "," | ";" | "\t" | "|";
    decimal: "," | ".";
    encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
    rows: number;
  };
  /** A table was found but nobody could be planned; `front` says where the mapping is changed. */
  "nobody-planned": {
    sheet: string;
    reason: NobodyReason;
    /** Rows without any score. */
    unassessed: number;
    /** Rows with an error. */
    errorRows: number;
    front: "cli" | "pane";
  };
  /** The CLI wrote no file because nobody was planned. */
  "cli-no-output": { output: string };
  "kolom-format": { arg: string };
  "kolom-field-unknown": { arg: string; field: string; fields: string[] };
  "kolom-column-unknown": { arg: string; column: string; headers: string[] };
  "kolom-no-header": { arg: string; sheet: string };
  /** Info in the notes: a column was mapped by the user's argument. */
  "kolom-applied": { arg: string; field: string; column: string; header: string };
}
