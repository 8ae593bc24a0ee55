// File mode's host with a fake worker: size and type checks, jobs with a time limit, the worker that read a
// file kept for its writes, the download URL, and errors in Bahasa Indonesia.
import { msg, renderMessage } from "../../src/skj/messages";
import { HostError } from "../../src/taskpane/host";
import { FileHost, outputFileName } from "../../src/taskpane/hosts/fileHost";
import type {
  WorkerLike,
  WorkerRequest,
  WorkerResponse,
} from "../../src/taskpane/hosts/workerProtocol";
import type { ReportModel } from "../../src/report/model";
import { threeEmployees } from "./fakeHost";

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  terminated = false;
  /** What the worker answers to a request; nothing = it hangs. */
  constructor(private readonly answer?: (req: WorkerRequest) => WorkerResponse[]) {}
  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
    const replies = this.answer?.(message) ?? [];
    // Answer asynchronously, like a real worker.
    queueMicrotask(() => {
      for (const data of replies) this.onmessage?.({ data } as MessageEvent<WorkerResponse>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function xlsx(name = "data.xlsx", size = 4): File {
  return new File([new Uint8Array(size)], name);
}

const MODEL: ReportModel = { sheets: [] };

function hostWith(
  answer?: (req: WorkerRequest) => WorkerResponse[],
  extra: Partial<ConstructorParameters<typeof FileHost>[0]> = {}
) {
  const workers: FakeWorker[] = [];
  const urls: string[] = [];
  const revoked: string[] = [];
  const host = new FileHost({
    createWorker: () => {
      const w = new FakeWorker(answer);
      workers.push(w);
      return w;
    },
    createObjectUrl: (blob) => {
      const url = `blob:test/${urls.length + 1}#${blob.size}:${blob.type}`;
      urls.push(url);
      return url;
    },
    revokeObjectUrl: (url) => revoked.push(url),
    ...extra,
  });
  return { host, workers, urls, revoked };
}

test("the output is named <name>-rencana.xlsx (a macro workbook keeps .xlsm)", () => {
  expect(outputFileName("Hasil Asesmen 2026.xlsx")).toBe("Hasil Asesmen 2026-rencana.xlsx");
  expect(outputFileName("data.XLSM")).toBe("data-rencana.xlsm");
});

test("refuses files that are too big, empty, or not .xlsx, with a reason", async () => {
  const { host } = hostWith(undefined, { maxBytes: 10 });
  await expect(host.open(xlsx("besar.xlsx", 11))).rejects.toThrow(/melebihi batas/);
  await expect(host.open(xlsx("kosong.xlsx", 0))).rejects.toThrow(
    'File "kosong.xlsx" kosong (0 byte).'
  );
  await expect(host.open(xlsx("lama.xls"))).rejects.toThrow(/Excel 97-2003/);
  await expect(host.open(xlsx("data.ods"))).rejects.toThrow(/bukan file Excel \(\.xlsx\) atau CSV/);
  await expect(host.read(() => undefined)).rejects.toThrow(/Belum ada file yang dibuka/);
  await expect(host.open(xlsx("pas.xlsx", 10))).resolves.toEqual({ name: "pas.xlsx" });
});

test("read: the file's bytes go to a worker, progress comes back, the worker is kept for this file", async () => {
  const grid = threeEmployees();
  const { host, workers } = hostWith(() => [
    { type: "progress", fraction: 0.4 },
    { type: "read-done", grid },
  ]);
  await host.open(xlsx("data.xlsx", 7));
  const progress: number[] = [];
  await expect(host.read((f) => progress.push(f))).resolves.toBe(grid);
  expect(progress).toEqual([0.4]);
  expect(workers).toHaveLength(1);
  const req = workers[0].requests[0];
  expect(req.type).toBe("read");
  expect((req as { bytes: ArrayBuffer }).bytes.byteLength).toBe(7);
  expect(workers[0].terminated).toBe(false);
  // Reading again starts afresh; opening another file ends the kept worker.
  await host.read(() => undefined);
  expect(workers.map((w) => w.terminated)).toEqual([true, false]);
  await host.open(xlsx("lain.xlsx"));
  expect(workers.map((w) => w.terminated)).toEqual([true, true]);
});

test("write after read: the reading worker adds the sheets to the package it opened (no bytes sent)", async () => {
  const grid = threeEmployees();
  const out = new Uint8Array([1, 2, 3]).buffer;
  const { host, workers } = hostWith((req) =>
    req.type === "read"
      ? [{ type: "read-done", grid }]
      : [{ type: "write-done", bytes: out, sheetNames: ["Rencana"] }]
  );
  await host.open(xlsx("data.xlsx", 7));
  await host.read(() => undefined);
  await host.write(MODEL, () => undefined);
  await host.write(MODEL, () => undefined);
  expect(workers).toHaveLength(1);
  expect(workers[0].requests.map((r) => [r.type, "bytes" in r])).toEqual([
    ["read", true],
    ["write", false],
    ["write", false],
  ]);
  expect((workers[0].requests[1] as { model: ReportModel }).model).toBe(MODEL);
});

test("a kept worker whose write fails is ended; the next write starts a fresh one with the bytes", async () => {
  let failWrites = true;
  const { host, workers } = hostWith((req) =>
    req.type === "read"
      ? [{ type: "read-done", grid: threeEmployees() }]
      : failWrites
        ? [{ type: "error", error: msg("worker-unknown-reply", { job: "write" }) }]
        : [{ type: "write-done", bytes: new ArrayBuffer(1), sheetNames: [] }]
  );
  await host.open(xlsx("data.xlsx", 7));
  await host.read(() => undefined);
  const failure = await host.write(MODEL, () => undefined).catch((e: unknown) => e);
  expect((failure as HostError).coded).toEqual(msg("worker-unknown-reply", { job: "write" }));
  expect(workers[0].terminated).toBe(true);
  failWrites = false;
  await host.write(MODEL, () => undefined);
  expect(workers).toHaveLength(2);
  const req = workers[1].requests[0] as Extract<WorkerRequest, { type: "write" }>;
  expect(req.bytes?.byteLength).toBe(7);
});

test("write without a read: a fresh worker gets the original bytes and the model; the result is a download", async () => {
  const out = new Uint8Array([1, 2, 3]).buffer;
  const { host, workers, revoked } = hostWith((req) =>
    req.type === "write"
      ? [{ type: "write-done", bytes: out, sheetNames: ["Rencana Pengembangan 2027"] }]
      : []
  );
  await host.open(xlsx("Data Pegawai.xlsx", 5));
  const first = await host.write(MODEL, () => undefined);
  expect(first).toEqual({
    sheetNames: ["Rencana Pengembangan 2027"],
    fileName: "Data Pegawai-rencana.xlsx",
    downloadUrl: "blob:test/1#3:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const req = workers[0].requests[0] as Extract<WorkerRequest, { type: "write" }>;
  expect(req.model).toBe(MODEL);
  expect(req.bytes?.byteLength).toBe(5);
  // A second run replaces the first download and frees its memory; the same worker does it.
  const second = await host.write(MODEL, () => undefined);
  expect(second.downloadUrl).toMatch(/^blob:test\/2/);
  expect(revoked).toEqual([first.downloadUrl]);
  expect(workers).toHaveLength(1);
  expect(workers[0].requests[1]).toEqual({ type: "write", model: MODEL });
});

test("a worker's error crosses as code and parameters and reaches the user as is", async () => {
  const error = msg("read-error", { kind: "not-zip", found: msg("found-pdf", {}) });
  const { host, workers } = hostWith(() => [{ type: "error", error }]);
  await host.open(xlsx());
  const failure = await host.read(() => undefined).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(HostError);
  expect((failure as HostError).coded).toEqual(error);
  expect(renderMessage((failure as HostError).coded, "en")).toMatch(
    /^This file is not an Excel workbook \(\.xlsx\) \(it holds a PDF document\)/
  );
  expect(workers[0].terminated).toBe(true);
});

test("a worker that crashes is reported in Bahasa Indonesia", async () => {
  const { host, workers } = hostWith();
  await host.open(xlsx());
  const reading = host.read(() => undefined);
  // The job is posted once the file's bytes are in memory.
  while (workers.length === 0 || workers[0].requests.length === 0)
    await new Promise((r) => setTimeout(r, 0));
  workers[0].onerror?.({
    message: "out of memory",
    preventDefault: () => undefined,
  } as unknown as ErrorEvent);
  await expect(reading).rejects.toThrow("Pembaca file berhenti karena galat (out of memory).");
  expect(workers[0].terminated).toBe(true);
});

test("a parse that hangs is ended at the time limit with a clear message", async () => {
  jest.useFakeTimers();
  try {
    const { host, workers } = hostWith(undefined, { readTimeoutMs: 120_000 });
    await host.open(xlsx());
    const reading = host.read(() => undefined);
    const outcome = reading.then(
      () => "resolved",
      (e: Error) => e.message
    );
    // Let the file's bytes be read and the job be posted before the clock moves.
    await jest.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
    await jest.advanceTimersByTimeAsync(120_000);
    expect(await outcome).toBe(
      "Membaca file memakan waktu lebih dari 2 menit dan dihentikan. File mungkin rusak atau terlalu besar; buka di Excel, simpan ulang, lalu coba lagi."
    );
    expect(workers[0].terminated).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});

test("a browser without workers gets a message instead of a crash", async () => {
  const host = new FileHost({
    createWorker: () => {
      throw new Error("Worker is not defined");
    },
  });
  await host.open(xlsx());
  await expect(host.read(() => undefined)).rejects.toThrow(
    /Browser ini tidak dapat menjalankan pembaca file/
  );
});
