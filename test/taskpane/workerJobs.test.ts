// What the file worker does, run in-process on the bundled sample workbook: read it, plan it, add the
// report sheets to a copy, and read the copy back.
import * as fs from "fs";
import * as path from "path";
import { buildReport } from "../../src/report/buildReport";
import { runSkj } from "../../src/skj/run";
import type { WorkbookGrid } from "../../src/skj/types";
import { handleRequest } from "../../src/taskpane/hosts/workerJobs";
import type { WorkerRequest, WorkerResponse } from "../../src/taskpane/hosts/workerProtocol";
import { renderMessage } from "../../src/skj/messages";

const SAMPLE = path.resolve(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function ask(request: WorkerRequest): WorkerResponse[] {
  const replies: WorkerResponse[] = [];
  handleRequest(request, (message) => replies.push(message));
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
