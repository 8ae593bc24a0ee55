// The one place that names the worker file, in the form webpack 5 recognises and bundles as a worker chunk.
// Jest never imports this module (import.meta needs ES modules); tests give the file host a fake worker.
import type { WorkerLike } from "./workerProtocol";

export function spawnFileWorker(): WorkerLike {
  return new Worker(new URL("./fileWorker.ts", import.meta.url), {
    name: "skj-file",
  }) as unknown as WorkerLike;
}
