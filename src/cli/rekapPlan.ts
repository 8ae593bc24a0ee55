// One unit file of a rekap, read and planned: what each worker thread does (docs/domain.md §19). Plain data
// in and out, so that the answer crosses the thread boundary by structured clone.
import * as fs from "fs";
import * as path from "path";
import { readInput } from "../file/read/input";
import { type Message, messageOf, msg } from "../skj/messages";
import { type RunOptions, runSkj } from "../skj/run";
import type { PlanResult } from "../skj/types";
import { columnDetection } from "./columns";
import { nodeCompression } from "./compression";

export interface PlanJob {
  index: number;
  /** The file's path. */
  path: string;
  options: RunOptions;
  /** --kolom CODE=COLUMN arguments, applied to every file. */
  columns?: string[];
}

export interface PlanAnswer {
  index: number;
  /** The file's name (no folder). */
  file: string;
  plan?: PlanResult;
  /** Why the file has no plan. */
  failure?: Message;
}

export function planFile(job: PlanJob): PlanAnswer {
  const file = path.basename(job.path);
  const failed = (failure: Message): PlanAnswer => ({ index: job.index, file, failure });
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(job.path);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? "";
    return failed(msg("cli-input-unreadable", { file, errno }));
  }
  try {
    const read = readInput(bytes, file, { compression: nodeCompression });
    const options: RunOptions = { ...job.options };
    if (job.columns?.length) {
      const mapped = columnDetection(read.grid, job.columns, options.sheet);
      if (!mapped.ok) return failed(mapped.message);
      options.detection = mapped.detection;
    }
    const outcome = runSkj(read.grid, options);
    if (!outcome.ok) return failed(outcome.message);
    return { index: job.index, file, plan: outcome.result };
  } catch (error) {
    return failed(messageOf(error));
  }
}
