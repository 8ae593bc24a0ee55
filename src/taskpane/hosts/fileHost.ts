// File mode: the pane as a plain web page working on an .xlsx the user opens. The file is parsed and the
// result written in a Web Worker, each job with a time limit; the result is offered as a download through an
// object URL. Nothing leaves the browser. The worker that read the file is kept for the writes that follow:
// it holds the opened package, so a run unzips the file once.
import type { ReportModel } from "../../report/model";
import { msg } from "../../skj/messages";
import type { WorkbookGrid } from "../../skj/types";
import { isDelimitedTextName } from "../../file/read/csv";
import { addReportSheets } from "../../file/package/addSheets";
import { emptyWorkbook } from "../../file/package/gridWorkbook";
import { TEMPLATE_FILE_NAME } from "../../skj/template";
import { HostError, PaneTheme, ProgressCallback, WorkbookHost, WriteOutcome } from "../host";
import type { PlanJob, Preview, PreviewJob, StageReport } from "../planJobs";
import type { PlanOutcome, Planner } from "../planner";
import { runOnWorker, WorkerPlanner } from "./workerPlanner";
import type { WorkerLike, WorkerRequest, WorkerResponse } from "./workerProtocol";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

export interface FileHostOptions {
  createWorker: () => WorkerLike;
  /** Larger files are refused: parsing them could exhaust the tab's memory. */
  maxBytes?: number;
  /** A job still running after this long is ended (its worker terminated). */
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
  createObjectUrl?: (blob: Blob) => string;
  revokeObjectUrl?: (url: string) => void;
}

export const DEFAULT_MAX_BYTES = 60 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 120_000;

/** Megabytes to one decimal (the catalogue writes the decimal mark of the language). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** "data.xlsx" -> "data-rencana.xlsx"; a macro workbook keeps .xlsm (its macros are kept); a CSV gives .xlsx. */
export function outputFileName(input: string): string {
  const m = /^(.*?)(\.xlsx|\.xlsm|\.csv|\.tsv|\.txt)?$/i.exec(input)!;
  const ext = m[2] && m[2].toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${m[1] || "hasil"}-rencana${ext}`;
}

export class FileHost implements WorkbookHost, Planner {
  readonly kind = "file" as const;
  private file?: File;
  /** The worker whose last job on `file` succeeded; it still holds the package it opened. */
  private kept?: { worker: WorkerLike; file: File };
  private lastUrl?: string;
  private readonly maxBytes: number;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly createObjectUrl: (blob: Blob) => string;
  private templateUrl?: string;
  private readonly revokeObjectUrl: (url: string) => void;
  /** Previews run in a worker of their own: the kept worker holds the package for the write. */
  private readonly previewer: WorkerPlanner;

  constructor(private readonly options: FileHostOptions) {
    this.previewer = new WorkerPlanner({ createWorker: options.createWorker });
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.createObjectUrl = options.createObjectUrl ?? ((blob) => URL.createObjectURL(blob));
    this.revokeObjectUrl = options.revokeObjectUrl ?? ((url) => URL.revokeObjectURL(url));
  }

  async open(file: File): Promise<{ name: string }> {
    this.check(file);
    this.release();
    this.file = file;
    return { name: file.name };
  }

  /** A second workbook (the employee list) in a worker of its own, which is not kept. */
  async readOtherWorkbook(file: File): Promise<WorkbookGrid> {
    this.check(file);
    const bytes = await this.bytesOf(file);
    const done = await this.runJob(
      { type: "read", bytes },
      [bytes],
      this.readTimeoutMs,
      () => undefined,
      "read",
      file
    );
    if (done.type !== "read-done")
      throw new HostError(msg("worker-unknown-reply", { job: "read" }));
    return done.grid;
  }

  /** Only .xlsx/.xlsm files of a size the page can hold. */
  private check(file: File): void {
    if (/\.xls$/i.test(file.name)) {
      throw new HostError(msg("file-xls", { file: file.name }));
    }
    if (!/\.(xlsx|xlsm)$/i.test(file.name) && !isDelimitedTextName(file.name)) {
      throw new HostError(msg("file-not-xlsx", { file: file.name }));
    }
    if (file.size === 0) throw new HostError(msg("file-empty", { file: file.name }));
    if (file.size > this.maxBytes) {
      throw new HostError(
        msg("file-too-large", {
          file: file.name,
          megabytes: megabytes(file.size),
          limit: megabytes(this.maxBytes),
        })
      );
    }
  }

  /** Stops the job that runs now (its worker is ended); its promise rejects. */
  private abortJob?: () => void;

  cancel(): void {
    this.abortJob?.();
  }

  /** The bundled sample workbook (webpack copies it next to the page). */
  async sample(): Promise<File> {
    const name = "contoh-hasil-asesmen.xlsx";
    const response = await fetch(`assets/sample/${name}`);
    if (!response.ok) throw new HostError(msg("file-unreadable", { file: name }));
    return new File([await response.blob()], name, { type: XLSX_MIME });
  }

  /** The system's colours: forced colours (high contrast) first, then dark or light. */
  theme(): PaneTheme {
    const media = (query: string) => typeof matchMedia === "function" && matchMedia(query).matches;
    if (media("(forced-colors: active)")) return "highContrast";
    return media("(prefers-color-scheme: dark)") ? "dark" : "light";
  }

  /** Ends the kept worker, if any (a new file, or a new read of the same one). */
  private release(): void {
    this.kept?.worker.terminate();
    this.kept = undefined;
  }

  async read(onProgress: ProgressCallback): Promise<WorkbookGrid> {
    const file = this.requireFile();
    this.release();
    const bytes = await this.bytesOf(file);
    const done = await this.runJob(
      { type: "read", bytes, name: file.name },
      [bytes],
      this.readTimeoutMs,
      onProgress,
      "read",
      file
    );
    if (done.type !== "read-done")
      throw new HostError(msg("worker-unknown-reply", { job: "read" }));
    return done.grid;
  }

  async write(model: ReportModel, onProgress: ProgressCallback): Promise<WriteOutcome> {
    const file = this.requireFile();
    // The sheets are always added to the original package: a second run never stacks on the first output.
    // A kept worker already holds it; a fresh one gets the file's bytes.
    const kept = this.kept?.file === file ? this.kept.worker : undefined;
    this.kept = undefined;
    const bytes = kept ? undefined : await this.bytesOf(file);
    const done = await this.runJob(
      bytes ? { type: "write", bytes, name: file.name, model } : { type: "write", model },
      bytes ? [bytes] : [],
      this.writeTimeoutMs,
      onProgress,
      "write",
      file,
      kept
    );
    if (done.type !== "write-done")
      throw new HostError(msg("worker-unknown-reply", { job: "write" }));
    return this.offer(file, done.bytes, done.sheetNames);
  }

  preview(job: PreviewJob): Promise<Preview> {
    return this.previewer.preview(job);
  }

  /**
   * Plan, build the report and write it in one worker job: the model stays in the worker (README, "What runs
   * where"). Runs on the worker that read the file when it is kept, like write().
   */
  async plan(job: PlanJob, onStage: StageReport): Promise<PlanOutcome> {
    const file = this.requireFile();
    onStage("plan");
    const kept = this.kept?.file === file ? this.kept.worker : undefined;
    this.kept = undefined;
    const bytes = kept ? undefined : await this.bytesOf(file);
    const done = await this.runJob(
      { type: "plan", job, write: bytes ? { bytes, name: file.name } : {} },
      bytes ? [bytes] : [],
      this.writeTimeoutMs,
      (fraction) => onStage("write", fraction),
      "write",
      file,
      kept,
      onStage
    );
    if (done.type === "plan-refused") return { ok: false, kind: done.kind, message: done.message };
    if (done.type !== "plan-done" || !done.written)
      throw new HostError(msg("worker-unknown-reply", { job: "write" }));
    return {
      ok: true,
      summary: done.summary,
      written: this.offer(file, done.written.blob, done.written.sheetNames),
    };
  }

  /** A new workbook of the template's sheets alone, offered as a download (small: built on the page). */
  async writeTemplate(model: ReportModel): Promise<WriteOutcome> {
    const written = addReportSheets(emptyWorkbook(), model);
    if (this.templateUrl) this.revokeObjectUrl(this.templateUrl);
    this.templateUrl = this.createObjectUrl(
      new Blob([written.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME })
    );
    return {
      sheetNames: written.sheetNames,
      fileName: TEMPLATE_FILE_NAME,
      downloadUrl: this.templateUrl,
    };
  }

  /** The written workbook as a download under the output name (the previous one's URL is freed). */
  private offer(file: File, bytes: ArrayBuffer | Blob, sheetNames: string[]): WriteOutcome {
    const fileName = outputFileName(file.name);
    const mime = fileName.endsWith(".xlsm") ? XLSM_MIME : XLSX_MIME;
    if (this.lastUrl) this.revokeObjectUrl(this.lastUrl);
    this.lastUrl = this.createObjectUrl(new Blob([bytes], { type: mime }));
    return { sheetNames, fileName, downloadUrl: this.lastUrl };
  }

  private requireFile(): File {
    if (!this.file) throw new HostError(msg("file-none-open", {}));
    return this.file;
  }

  private async bytesOf(file: File): Promise<ArrayBuffer> {
    try {
      return await file.arrayBuffer();
    } catch {
      throw new HostError(msg("file-unreadable", { file: file.name }));
    }
  }

  /**
   * Runs a job on `reuse` or a new worker. A worker whose job fails or runs out of time is terminated; one
   * whose job succeeds is kept for the next write of `file`, unless another file was opened meanwhile.
   */
  private runJob(
    request: WorkerRequest,
    transfer: Transferable[],
    timeoutMs: number,
    onProgress: ProgressCallback,
    what: "read" | "write",
    file: File,
    reuse?: WorkerLike,
    onStage?: StageReport
  ): Promise<WorkerResponse> {
    return runOnWorker({
      acquire: () => reuse ?? this.options.createWorker(),
      request,
      transfer,
      timeoutMs,
      onProgress,
      ...(onStage ? { onStage } : {}),
      timedOut: (minutes) => msg("worker-timeout", { job: what, minutes }),
      crashed: (detail) => msg("worker-crashed", { job: what, detail }),
      stopped: () => new Error("cancelled"),
      onStop: (stop) => (this.abortJob = stop),
      release: (worker, succeeded) => {
        this.abortJob = undefined;
        if (succeeded && this.file === file && !this.kept) this.kept = { worker, file };
        else worker.terminate();
      },
    });
  }
}

export function createFileHost(options: FileHostOptions): FileHost {
  return new FileHost(options);
}
