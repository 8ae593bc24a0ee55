// One summary over many unit files (`skj rekap`, docs/domain.md §19): the per-unit needs sheet, the files
// sheet, duplicated NIPs across files and the command's own lines. Catalogues rekap.id.ts and rekap.en.ts.
import type { Message } from "../params";

export type RekapColumn =
  | "no"
  | "unit"
  | "competency"
  | "employees"
  | "short"
  | "share"
  | "meanGap"
  | "file"
  | "sheet"
  | "planned"
  | "leftOut"
  | "errors"
  | "warnings"
  | "issues";

export interface RekapMessageParams {
  /** `skj rekap --help`. */
  "rekap-usage": Record<string, never>;
  /** No .xlsx, .xlsm or .csv among the arguments (or in the folders given). */
  "rekap-no-files": { inputs: string[] };
  /** A file the rekap could not read or plan: it is named on the files sheet and left out. */
  "rekap-file-failed": { file: string; reason: Message };
  /** The same NIP in two files: the employee counts once, in the first file. */
  "rekap-duplicate-nip": {
    nip: string;
    name: string;
    firstFile: string;
    firstRow: number;
    file: string;
    row: number;
  };
  /** No file gave anybody to plan (exit 3). */
  "rekap-nobody": { files: number };
  /** The compiled worker module is missing (`npm run build:cli`). */
  "rekap-worker-missing": { file: string };
  /** A worker thread stopped without an answer. */
  "rekap-worker-failed": { detail: string };
  /** Progress on stderr: files planned so far. */
  "rekap-progress": { done: number; total: number; file: string };
  /** The command's closing lines on stdout. */
  "rekap-done": {
    files: number;
    failed: number;
    units: number;
    employees: number;
    duplicates: number;
    programmes: number;
    individual: number;
    workers: number;
  };
  "rekap-written": { output: string; sheets: string[] };

  /** The per-unit sheet. */
  "rekap-title": { year: number };
  "rekap-intro": {
    files: number;
    units: number;
    employees: number;
    duplicates: number;
    tolerance: number;
  };
  "rekap-header": { column: RekapColumn };
  "rekap-total": Record<string, never>;
  /** The AKPK sheet's source line in a rekap: the files pooled. */
  "rekap-source": { files: number; units: number; employees: number; duplicates: number };
  /** The files sheet. */
  "rekap-files-title": { year: number };
  "rekap-files-intro": { files: number; failed: number; employees: number; duplicates: number };
  /** "… and N more" after the first issues of a file. */
  "rekap-more-issues": { count: number };
}
