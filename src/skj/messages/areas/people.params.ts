// Who the employees are beyond the results table: employee lists joined by NIP, a default grade, one sheet
// per person. Codes and their typed parameters; the catalogues are people.id.ts and people.en.ts.
import type { Message } from "../params";
import type { Level } from "../../types";

export interface PeopleMessageParams {
  /** Note: the grades of `count` employees came from employee lists, joined by NIP. */
  "people-joined": { count: number; lists: string[] };
  /** Why a row has no grade (nested in grade-unknown): its NIP ("" when none) is in no employee list. */
  "people-not-listed": { nip: string; lists: string[] };
  /** Why a row has no grade: the list's grade for its NIP could not be read. */
  "people-list-grade": { list: string; row: number; reason: Message };
  /** The default grade (CLI --jenjang) was given to the employees on these rows. */
  "people-default-used": { grade: string; level: Level; count: number; rows: string[] };
  /** The default grade given is not a grade. */
  "people-default-invalid": { text: string; reason: Message };
  /** An employee-list file the user gave holds no sheet listing NIP with a grade or position. */
  "people-list-not-found": { file: string };
  /** Note: the employees were read from one sheet each (individual assessment reports). */
  "people-sheets": { count: number; sheets: string[] };
  /** Note: sheets of individual reports beside the table that was planned were not read. */
  "people-sheets-unused": { sheets: string[]; table: string };
  /** An individual report whose competency rows have no standard or score column header. */
  "people-sheet-no-scores": { sheet: string };
  /** The CLI's source line when the employees come from one sheet each. */
  "cli-people-source": { sheets: string[] };
  /** The pane's button that opens a second workbook with the employee list. */
  "pane-people-add": Record<string, never>;
  /** The pane: the employee list read from a second file. */
  "pane-people-added": { file: string; employees: number };
}
