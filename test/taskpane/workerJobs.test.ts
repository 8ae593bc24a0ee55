// What the file worker does, run in-process on the bundled sample workbook: read it, plan it, add the
// report sheets to a copy, and read the copy back.
import * as fs from "fs";
import * as path from "path";
import { buildReport } from "../../src/report/buildReport";
import { runSkj } from "../../src/skj/run";
import type { WorkbookGrid } from "../../src/skj/types";
import * as opcPackage from "../../src/file/opc/package";
import { handleRequest, WorkerMemory } from "../../src/taskpane/hosts/workerJobs";
import type { WorkerRequest, WorkerResponse } from "../../src/taskpane/hosts/workerProtocol";
import { renderMessage } from "../../src/skj/messages";

const SAMPLE = path.resolve(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function ask(request: WorkerRequest, memory: WorkerMemory = {}): WorkerResponse[] {
  const replies: WorkerResponse[] = [];
  // Transferred buffers are detached, as postMessage does.
  handleRequest(
    request,
    (message, transfer) =>
      replies.push(transfer ? structuredClone(message, { transfer }) : message),
    memory
  );
  return replies;
}

test("read, write and read back the sample workbook", async () => {
  const original = new Uint8Array(fs.readFileSync(SAMPLE));
  const read = ask({ type: "read", bytes: arrayBufferOf(original) });
  const done = read[read.length - 1];
  expect(done.type).toBe("read-done");
  // Progress, when reported, only grows and stays within 0..1.
  const fractions = read.flatMap((r) => (r.type === "progress" ? [r.fraction] : []));
  expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);

  const grid = (done as { grid: WorkbookGrid }).grid;
  const outcome = runSkj(grid, { year: 2027 });
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  const model = buildReport(outcome.result, {
    agency: "BKPSDM Contoh",
    signatory: { title: "", name: "", nip: "" },
  });

  const written = ask({ type: "write", bytes: arrayBufferOf(original), model });
  const out = written[written.length - 1];
  if (out.type !== "write-done") throw new Error(JSON.stringify(out));
  expect(out.sheetNames[0]).toBe("Rencana Pengembangan 2027");

  const back = ask({ type: "read", bytes: out.bytes });
  const again = back[back.length - 1] as { type: string; grid: WorkbookGrid };
  expect(again.type).toBe("read-done");
  const names = again.grid.sheets.map((s) => s.name);
  expect(names).toEqual([...grid.sheets.map((s) => s.name), ...out.sheetNames]);
});

test("a write after a read uses the package the read opened: the file is opened once", () => {
  const original = new Uint8Array(fs.readFileSync(SAMPLE));
  const memory: WorkerMemory = {};
  const opens = jest.spyOn(opcPackage, "openPackage");
  try {
    const read = ask({ type: "read", bytes: arrayBufferOf(original) }, memory);
    const grid = (read[read.length - 1] as { grid: WorkbookGrid }).grid;
    const outcome = runSkj(grid, { year: 2027 });
    if (!outcome.ok) throw new Error(renderMessage(outcome.message));
    const model = buildReport(outcome.result, {
      agency: "BKPSDM Contoh",
      signatory: { title: "", name: "", nip: "" },
    });
    const first = ask({ type: "write", model }, memory);
    const second = ask({ type: "write", model }, memory);
    expect(opens).toHaveBeenCalledTimes(1);
    const a = first[first.length - 1];
    const b = second[second.length - 1];
    if (a.type !== "write-done" || b.type !== "write-done") throw new Error("no result");
    expect(a.sheetNames).toEqual(b.sheetNames);
    // Both writes add to the original: the second does not stack on the first.
    expect(Math.abs(a.bytes.byteLength - b.bytes.byteLength)).toBeLessThan(64);
    // With nothing to add, the answer is a copy: the kept package keeps its bytes.
    const none = ask({ type: "write", model: { sheets: [] } }, memory);
    expect(none[none.length - 1].type).toBe("write-done");
    expect(memory.opened!.zip.bytes.byteLength).toBe(original.byteLength);
  } finally {
    opens.mockRestore();
  }
});

test("a write without bytes to a worker that read nothing asks for the file again", () => {
  const replies = ask({ type: "write", model: { sheets: [] } });
  expect(replies).toEqual([{ type: "error", error: { code: "worker-needs-reread", params: {} } }]);
});

test("a file that is not a workbook comes back as an error message, not a crash", async () => {
  const replies = ask({
    type: "read",
    bytes: new TextEncoder().encode("bukan xlsx").buffer as ArrayBuffer,
  });
  expect(replies).toHaveLength(1);
  expect(replies[0].type).toBe("error");
  const reply = replies[0] as Extract<(typeof replies)[number], { type: "error" }>;
  expect(reply.error).toMatchObject({ code: "read-error", params: { kind: "not-zip" } });
  expect(renderMessage(reply.error)).toMatch(/^Berkas ini bukan buku kerja Excel/);
});
