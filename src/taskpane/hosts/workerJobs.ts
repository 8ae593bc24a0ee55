// What the file worker does with a request: parse an .xlsx into a grid, or add the report sheets to a copy.
// Kept apart from the worker entry so it can run (and be tested) without a Worker.
import { addReportSheets } from "../../file/package/addSheets";
import { readWorkbook } from "../../file/read/readWorkbook";
import { messageOf } from "../../skj/messages";
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

export function handleRequest(request: WorkerRequest, post: Post): void {
  try {
    if (request.type === "read") {
      const { grid } = readWorkbook(new Uint8Array(request.bytes), {
        onProgress: throttled(post),
      });
      post({ type: "read-done", grid });
    } else {
      const written = addReportSheets(new Uint8Array(request.bytes), request.model);
      const buffer = exactBuffer(written.bytes);
      post({ type: "write-done", bytes: buffer, sheetNames: written.sheetNames }, [buffer]);
    }
  } catch (error) {
    post({ type: "error", error: messageOf(error) });
  }
}
