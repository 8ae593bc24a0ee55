// File mode: the pane as a plain web page working on an .xlsx the user opens. The file is parsed and the
// result written in a Web Worker, each job with a time limit; the result is offered as a download through an
// object URL. Nothing leaves the browser. The worker that read the file is kept for the writes that follow:
// it holds the opened package, so a run unzips the file once.
import type { ReportModel } from "../../report/model";
import type { WorkbookGrid } from "../../skj/types";
import { HostError, ProgressCallback, WorkbookHost, WriteOutcome } from "../host";
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

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");
}

/** "data.xlsx" -> "data-rencana.xlsx"; a macro workbook keeps .xlsm (its macros are kept). */
export function outputFileName(input: string): string {
  const m = /^(.*?)(\.xlsx|\.xlsm)?$/i.exec(input)!;
  const ext = m[2] && m[2].toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${m[1] || "hasil"}-rencana${ext}`;
}

export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  private file?: File;
  /** The worker whose last job on `file` succeeded; it still holds the package it opened. */
  private kept?: { worker: WorkerLike; file: File };
  private lastUrl?: string;
  private readonly maxBytes: number;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly createObjectUrl: (blob: Blob) => string;
  private readonly revokeObjectUrl: (url: string) => void;

  constructor(private readonly options: FileHostOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.createObjectUrl = options.createObjectUrl ?? ((blob) => URL.createObjectURL(blob));
    this.revokeObjectUrl = options.revokeObjectUrl ?? ((url) => URL.revokeObjectURL(url));
  }

  async open(file: File): Promise<{ name: string }> {
    if (/\.xls$/i.test(file.name)) {
      throw new HostError(
        `"${file.name}" berformat Excel 97-2003 (.xls). Buka di Excel, simpan sebagai Excel Workbook (.xlsx), lalu buka file .xlsx-nya di sini.`
      );
    }
    if (!/\.(xlsx|xlsm)$/i.test(file.name)) {
      throw new HostError(
        `"${file.name}" bukan file Excel (.xlsx). Pilih file hasil asesmen berformat .xlsx.`
      );
    }
    if (file.size === 0) throw new HostError(`File "${file.name}" kosong (0 byte).`);
    if (file.size > this.maxBytes) {
      throw new HostError(
        `File "${file.name}" berukuran ${megabytes(file.size)} MB, melebihi batas ${megabytes(this.maxBytes)} MB untuk dibuka di browser. ` +
          `Hapus sheet yang tidak perlu (gambar, data lain) atau pakai add-in di Excel.`
      );
    }
    this.release();
    this.file = file;
    return { name: file.name };
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
      { type: "read", bytes },
      [bytes],
      this.readTimeoutMs,
      onProgress,
      "read",
      file
    );
    if (done.type !== "read-done") throw new HostError("Jawaban pembaca file tidak dikenal.");
    return done.grid;
  }

  async write(model: ReportModel, onProgress: ProgressCallback): Promise<WriteOutcome> {
    const file = this.requireFile();
    // The sheets are always added to the original package: a second run never stacks on the first output.
    // A kept worker already holds it; a fresh one gets the file's bytes.
    const kept = this.kept?.file === file ? this.kept.worker : undefined;
    this.kept = undefined;
    let done: WorkerResponse;
    if (kept) {
      done = await this.runJob(
        { type: "write", model },
        [],
        this.writeTimeoutMs,
        onProgress,
        "write",
        file,
        kept
      );
    } else {
      const bytes = await this.bytesOf(file);
      done = await this.runJob(
        { type: "write", bytes, model },
        [bytes],
        this.writeTimeoutMs,
        onProgress,
        "write",
        file
      );
    }
    if (done.type !== "write-done") throw new HostError("Jawaban penulis file tidak dikenal.");
    const fileName = outputFileName(file.name);
    const mime = fileName.endsWith(".xlsm") ? XLSM_MIME : XLSX_MIME;
    if (this.lastUrl) this.revokeObjectUrl(this.lastUrl);
    this.lastUrl = this.createObjectUrl(new Blob([done.bytes], { type: mime }));
    return { sheetNames: done.sheetNames, fileName, downloadUrl: this.lastUrl };
  }

  private requireFile(): File {
    if (!this.file)
      throw new HostError("Belum ada file yang dibuka. Klik \u201cBuka file .xlsx\u201d.");
    return this.file;
  }

  private async bytesOf(file: File): Promise<ArrayBuffer> {
    try {
      return await file.arrayBuffer();
    } catch {
      throw new HostError(
        `File "${file.name}" tidak dapat dibaca dari disk; mungkin sudah dipindah atau sedang dibuka program lain. Pilih file itu lagi.`
      );
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
    reuse?: WorkerLike
  ): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      let worker: WorkerLike;
      try {
        worker = reuse ?? this.options.createWorker();
      } catch (error) {
        reject(
          new HostError(
            `Browser ini tidak dapat menjalankan pembaca file (${(error as Error).message}). Pakai Chrome, Edge atau Firefox versi terbaru.`
          )
        );
        return;
      }
      let finished = false;
      const finish = (outcome: () => void, succeeded = false) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
        if (succeeded && this.file === file && !this.kept) this.kept = { worker, file };
        else worker.terminate();
        outcome();
      };
      const minutes = Math.max(1, Math.round(timeoutMs / 60000));
      const timer = setTimeout(() => {
        finish(() =>
          reject(
            new HostError(
              what === "read"
                ? `Membaca file memakan waktu lebih dari ${minutes} menit dan dihentikan. File mungkin rusak atau terlalu besar; buka di Excel, simpan ulang, lalu coba lagi.`
                : `Menulis file hasil memakan waktu lebih dari ${minutes} menit dan dihentikan. Coba lagi, atau kurangi data (filter unit kerja).`
            )
          )
        );
      }, timeoutMs);
      worker.onmessage = (event) => {
        const data = event.data;
        if (data.type === "progress") {
          if (!finished) onProgress(data.fraction);
          return;
        }
        if (data.type === "error") finish(() => reject(new HostError(data.message)));
        else finish(() => resolve(data), true);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        const detail = event.message ? ` (${event.message})` : "";
        finish(() =>
          reject(
            new HostError(
              what === "read"
                ? `Pembaca file berhenti karena galat${detail}. File mungkin rusak atau terlalu besar untuk browser ini.`
                : `Penulis file berhenti karena galat${detail}.`
            )
          )
        );
      };
      worker.onmessageerror = () =>
        finish(() =>
          reject(new HostError("Data dari pembaca file tidak dapat diterima oleh halaman."))
        );
      try {
        worker.postMessage(request, transfer);
      } catch (error) {
        finish(() =>
          reject(
            new HostError(`File tidak dapat dikirim ke pembaca file: ${(error as Error).message}`)
          )
        );
      }
    });
  }
}

export function createFileHost(options: FileHostOptions): FileHost {
  return new FileHost(options);
}
