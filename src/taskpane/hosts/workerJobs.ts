// What the pane's worker does with a request: parse an .xlsx into a grid, preview a mapping, plan and build
// the report, add the report sheets to a copy.
// Kept apart from the worker entry so it can run (and be tested) without a Worker.
import { OpcPackage, openPackage } from "../../file/opc/package";
import { addReportSheets } from "../../file/package/addSheets";
import { isDelimitedText, readInput } from "../../file/read/input";
import { MessageError, messageOf, msg } from "../../skj/messages";
import type { ReportModel } from "../../report/model";
import { planJob, previewJob } from "../planJobs";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** An ArrayBuffer holding exactly the bytes of a view (a view may sit inside a larger buffer). */
function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

/** Progress is reported at most once per percent: a message per row would swamp the page. */
function throttled(post: Post): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const pct = Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
    if (pct <= last) return;
    last = pct;
    post({ type: "progress", fraction: pct / 100 });
  };
}

/** What a worker keeps between jobs: the package of the file its last job opened. */
export interface WorkerMemory {
  opened?: OpcPackage;
}

/** The package the sheets go into: the workbook itself, or the new one a CSV's data is written to. */
function openInput(bytes: Uint8Array, name = ""): OpcPackage {
  return isDelimitedText(bytes, name) ? readInput(bytes, name).package : openPackage(bytes);
}

export function handleRequest(request: WorkerRequest, post: Post, memory: WorkerMemory = {}): void {
  try {
    if (request.type === "read") {
      memory.opened = undefined;
      const read = readInput(new Uint8Array(request.bytes), request.name ?? "", {
        onProgress: throttled(post),
      });
      memory.opened = read.package;
      post({ type: "read-done", grid: read.grid });
    } else if (request.type === "preview") {
      post({ type: "preview-done", preview: previewJob(request.job) });
    } else if (request.type === "plan") {
      const outcome = planJob(request.job, (stage, fraction) =>
        post({ type: "stage", stage, ...(fraction !== undefined ? { fraction } : {}) })
      );
      if (!outcome.ok) {
        post({ type: "plan-refused", kind: outcome.kind, message: outcome.message });
      } else if (!request.write) {
        post({ type: "plan-done", summary: outcome.summary, model: outcome.model });
      } else {
        post({ type: "stage", stage: "write", fraction: 0 });
        const written = writeInto(request.write, outcome.model, memory);
        // Making a Blob copies the bytes (about 100 ms for 5,000 employees): here, not on the page.
        const blob = new Blob([written.bytes]);
        post({
          type: "plan-done",
          summary: outcome.summary,
          written: { blob, sheetNames: written.sheetNames },
        });
      }
    } else {
      const written = writeInto(request, request.model, memory);
      post({ type: "write-done", ...written }, [written.bytes]);
    }
  } catch (error) {
    post({ type: "error", error: messageOf(error) });
  }
}

/** Adds the model's sheets to `bytes`, or to the package this worker opened last. */
function writeInto(
  source: { bytes?: ArrayBuffer; name?: string },
  model: ReportModel,
  memory: WorkerMemory
): { bytes: ArrayBuffer; sheetNames: string[] } {
  const opened = source.bytes
    ? openInput(new Uint8Array(source.bytes), source.name)
    : memory.opened;
  if (!opened) throw new MessageError(msg("worker-needs-reread", {}));
  memory.opened = opened;
  const written = addReportSheets(opened, model);
  // With no sheet to add the result is the input itself, which the kept package still needs.
  const buffer =
    written.bytes === opened.zip.bytes
      ? exactBuffer(written.bytes.slice())
      : exactBuffer(written.bytes);
  return { bytes: buffer, sheetNames: written.sheetNames };
}
