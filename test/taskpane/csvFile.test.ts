// File mode on a CSV: the host accepts it, the worker (its jobs run in-process here) reads it as one sheet and
// writes a new workbook with that sheet and the report sheets; the download is named <name>-rencana.xlsx.
import { buildReport } from "../../src/report/buildReport";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { renderMessage } from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import { FileHost, outputFileName, XLSX_MIME } from "../../src/taskpane/hosts/fileHost";
import { handleRequest, WorkerMemory } from "../../src/taskpane/hosts/workerJobs";
import type {
  WorkerLike,
  WorkerRequest,
  WorkerResponse,
} from "../../src/taskpane/hosts/workerProtocol";
import { NINE } from "../helpers/grid";

/** A worker whose jobs are the real ones, answered asynchronously with structured clones. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly requests: WorkerRequest[] = [];
  private readonly memory: WorkerMemory = {};
  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    this.requests.push(message);
    const request = structuredClone(message, { transfer });
    const replies: WorkerResponse[] = [];
    handleRequest(request, (m) => replies.push(m), this.memory);
    queueMicrotask(() => {
      for (const data of replies) this.onmessage?.({ data } as MessageEvent<WorkerResponse>);
    });
  }
  terminate(): void {}
}

const NIP = ["198501012010011001", "198602022011012002"];
const CSV =
  "\uFEFF" +
  ["NIP", "Nama", "Jabatan", "Eselon", ...NINE].join(";") +
  "\r\n" +
  `'${NIP[0]};José Siregar;Kepala Subbagian Umum;IV.a;2,5;2;2;3;2;2;1,5;2;3\r\n` +
  `'${NIP[1]};Budi Santoso;Kepala Bidang Mutasi;III.b;3;3;2,5;3;3;2;3;3;3\r\n`;

test("a CSV's download is named <name>-rencana.xlsx", () => {
  expect(outputFileName("ekspor simpeg.csv")).toBe("ekspor simpeg-rencana.xlsx");
  expect(outputFileName("DATA.CSV")).toBe("DATA-rencana.xlsx");
});

test("open, read, plan and write a CSV in file mode", async () => {
  const workers: InProcessWorker[] = [];
  const blobs: Blob[] = [];
  const host = new FileHost({
    createWorker: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
    createObjectUrl: (blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectUrl: () => undefined,
  });
  const file = new File([new TextEncoder().encode(CSV)], "ekspor simpeg.csv", {
    type: "text/csv",
  });
  await expect(host.open(file)).resolves.toEqual({ name: "ekspor simpeg.csv" });
  const grid = await host.read(() => undefined);
  expect(workers[0].requests[0]).toMatchObject({ type: "read", name: "ekspor simpeg.csv" });
  expect(grid.sheets.map((s) => s.name)).toEqual(["ekspor simpeg"]);
  expect(grid.sheets[0].rows[1].slice(0, 5)).toEqual([
    NIP[0],
    "José Siregar",
    "Kepala Subbagian Umum",
    "IV.a",
    2.5,
  ]);

  const outcome = runSkj(grid, { year: 2027 });
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  expect(outcome.result.employees.map((e) => e.nip)).toEqual(NIP);
  const model = buildReport(outcome.result, {
    agency: "BKPSDM Contoh",
    signatory: { title: "", name: "", nip: "" },
  });
  const written = await host.write(model, () => undefined);
  expect(written.fileName).toBe("ekspor simpeg-rencana.xlsx");
  expect(blobs[0].type).toBe(XLSX_MIME);

  const back = readWorkbook(new Uint8Array(await blobs[0].arrayBuffer()));
  expect(back.grid.sheets.map((s) => s.name)).toEqual([
    "ekspor simpeg",
    "Rencana Pengembangan 2027",
    "Rekap Kebutuhan 2027",
    "AKPK 2027",
    "Data Rumus 2027",
  ]);
  expect(back.grid.sheets[0].rows).toEqual(grid.sheets[0].rows);
});

test("a write with the CSV's bytes (no kept worker) builds the same new workbook", () => {
  const bytes = new TextEncoder().encode(CSV);
  const replies: WorkerResponse[] = [];
  const read: WorkerResponse[] = [];
  handleRequest({ type: "read", bytes: bytes.slice().buffer, name: "data.csv" }, (m) =>
    read.push(m)
  );
  const done = read[read.length - 1];
  if (done.type !== "read-done") throw new Error(JSON.stringify(done));
  const outcome = runSkj(done.grid, { year: 2027 });
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  const model = buildReport(outcome.result, {
    agency: "",
    signatory: { title: "", name: "", nip: "" },
  });
  handleRequest({ type: "write", bytes: bytes.slice().buffer, name: "data.csv", model }, (m) =>
    replies.push(m)
  );
  const out = replies[replies.length - 1];
  if (out.type !== "write-done") throw new Error(JSON.stringify(out));
  const back = readWorkbook(new Uint8Array(out.bytes));
  expect(back.grid.sheets[0]).toMatchObject({ name: "data", rows: done.grid.sheets[0].rows });
  expect(back.grid.sheets).toHaveLength(5);
});
