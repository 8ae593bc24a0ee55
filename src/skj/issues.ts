// Where an issue points in the workbook: one rule for the report's Sel column and the pane's links.
import { cellAddress } from "./text";
import { Issue, TableDetection } from "./types";

export interface IssueAddressOptions {
  /** The table, so that a column-only issue on its sheet points at the column's header cell. */
  detection?: TableDetection;
  /** A row-only issue points at the whole row ("9:9"), for selecting; else it has no address. */
  wholeRow?: boolean;
}

/** The address an issue is about: its cell, else (when asked) its row, else its column's header cell. */
export function issueAddress(issue: Issue, options: IssueAddressOptions = {}): string | undefined {
  if (issue.address) return issue.address;
  if (issue.row > 0 && issue.col !== undefined) return cellAddress(issue.row - 1, issue.col);
  if (issue.row > 0) return options.wholeRow ? `${issue.row}:${issue.row}` : undefined;
  const d = options.detection;
  if (issue.col !== undefined && d && d.sheet === issue.sheet) {
    return cellAddress(d.headerRows[d.headerRows.length - 1] - 1, issue.col);
  }
  return undefined;
}
