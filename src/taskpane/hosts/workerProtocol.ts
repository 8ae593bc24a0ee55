// Messages between the file host (page) and the file worker. A job that fails or runs out of time ends its
// worker (a hung parse is stopped by terminating it). A worker whose job succeeded is kept for the next write
// of the same file: it still holds the package it opened, so the file is not unzipped again.
import type { ReportModel } from "../../report/model";
import type { Message } from "../../skj/messages";
import type { WorkbookGrid } from "../../skj/types";
import type { PlanJob, PlanSummary, Preview, PreviewJob, Stage } from "../planJobs";

export type WorkerRequest =
  /** `name` is the file's name: a .csv is read as delimited text. */
  | { type: "read"; bytes: ArrayBuffer; name?: string }
  /** Without `bytes`, the sheets go into the package this worker opened for its last job. */
  | { type: "write"; bytes?: ArrayBuffer; name?: string; model: ReportModel }
  /** The counts and issues of a mapping. */
  | { type: "preview"; job: PreviewJob }
  /**
   * Plan and build the report. With `write` (file mode) the sheets are added here too, into `bytes` or the
   * package this worker opened, and only the result's bytes come back: the model (about 20 MB of objects
   * for 5,000 employees) never crosses to the page.
   */
  | { type: "plan"; job: PlanJob; write?: { bytes?: ArrayBuffer; name?: string } };

export type WorkerResponse =
  | { type: "progress"; fraction: number }
  /** A stage of a plan job began or moved on. */
  | { type: "stage"; stage: Stage; fraction?: number }
  | { type: "preview-done"; preview: Preview }
  /** Excel mode: `model`, for the page to write; file mode: the written workbook. */
  | {
      type: "plan-done";
      summary: PlanSummary;
      model?: ReportModel;
      /** A Blob made in the worker: the page links it without copying the bytes again. */
      written?: { blob: Blob; sheetNames: string[] };
    }
  /** Nothing to write, and why (the page shows it as the pane's error of that kind). */
  | { type: "plan-refused"; kind: "noTable" | "nothing"; message: Message }
  | { type: "read-done"; grid: WorkbookGrid }
  | { type: "write-done"; bytes: ArrayBuffer; sheetNames: string[] }
  /** Errors cross as code and parameters; the page renders them in its language. */
  | { type: "error"; error: Message };

/** The part of a Worker the file host uses (a fake in tests, a real Worker in the page). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}
