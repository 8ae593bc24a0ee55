// Web Worker entry of file mode: parsing and writing an .xlsx take seconds on big files and must not freeze
// the page. webpack bundles this file as its own chunk (new Worker(new URL(...)) in spawnWorker.ts).
import { handleRequest, WorkerMemory } from "./workerJobs";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

// The project compiles against the DOM lib; inside a worker `self` is the worker's global scope.
const scope = self as unknown as WorkerScope;

// The package of the file this worker last opened, for the write that follows a read.
const memory: WorkerMemory = {};

scope.onmessage = (event) => {
  handleRequest(
    event.data,
    (message, transfer) => scope.postMessage(message, transfer ?? []),
    memory
  );
};
