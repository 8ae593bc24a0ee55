// The planner of the Excel add-in: previews and plans run in a worker of their own (the same bundle as file
// mode's), the model comes back for the page to write through Office.js, which lives only on the page.
// One job at a time: a new job, or a cancel, ends the worker of the running one (a plan cannot be
// interrupted from outside any other way); an idle worker is kept for the next job.
import { HostError } from "../host";
import { type Message, msg } from "../../skj/messages";
import type { PlanJob, Preview, PreviewJob, StageReport } from "../planJobs";
import { JobStopped, PlanOutcome, Planner } from "../planner";
import type { WorkerLike, WorkerRequest, WorkerResponse } from "./workerProtocol";

export interface WorkerPlannerOptions {
  createWorker: () => WorkerLike;
  /** A job still running after this long is ended. */
  timeoutMs?: number;
}

export class WorkerPlanner implements Planner {
  private idle?: WorkerLike;
  private stopRunning?: () => void;
  private readonly timeoutMs: number;

  constructor(private readonly options: WorkerPlannerOptions) {
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  async preview(job: PreviewJob): Promise<Preview> {
    const done = await this.run({ type: "preview", job }, () => undefined);
    if (done.type !== "preview-done") throw new HostError(msg("planner-unknown-reply", {}));
    return done.preview;
  }

  async plan(job: PlanJob, onStage: StageReport): Promise<PlanOutcome> {
    onStage("plan");
    const done = await this.run({ type: "plan", job }, onStage);
    if (done.type === "plan-refused") return { ok: false, kind: done.kind, message: done.message };
    if (done.type !== "plan-done" || !done.model)
      throw new HostError(msg("planner-unknown-reply", {}));
    return { ok: true, summary: done.summary, model: done.model };
  }

  cancel(): void {
    this.stopRunning?.();
  }

  /** Runs one job; the running one, if any, is stopped first. */
  private run(request: WorkerRequest, onStage: StageReport): Promise<WorkerResponse> {
    this.stopRunning?.();
    return runOnWorker({
      acquire: () => {
        const worker = this.idle ?? this.options.createWorker();
        this.idle = undefined;
        return worker;
      },
      request,
      transfer: [],
      timeoutMs: this.timeoutMs,
      onStage,
      timedOut: (minutes) => msg("planner-timeout", { minutes }),
      crashed: (detail) => msg("planner-crashed", { detail }),
      stopped: () => new JobStopped(),
      onStop: (stop) => (this.stopRunning = stop),
      release: (worker, succeeded) => {
        this.stopRunning = undefined;
        if (succeeded && !this.idle) this.idle = worker;
        else worker.terminate();
      },
    });
  }
}

/** One job on a worker, and what the host around it does with its events. */
export interface WorkerJob {
  /** The worker to run on (a kept one, or a new one); a throw is "worker unavailable". */
  acquire: () => WorkerLike;
  request: WorkerRequest;
  transfer: Transferable[];
  timeoutMs: number;
  onStage?: StageReport;
  onProgress?: (fraction: number) => void;
  /** What a timeout and a crash reject with (a HostError of this message). */
  timedOut: (minutes: number) => Message;
  crashed: (detail: string) => Message;
  /** What the job rejects with when stopped through `onStop`'s function. */
  stopped: () => Error;
  onStop: (stop: () => void) => void;
  /** Gets the worker back at the end: to keep (succeeded) or to terminate. */
  release: (worker: WorkerLike, succeeded: boolean) => void;
}

/**
 * Runs one job on a worker: resolves with its final reply, rejects with a HostError (crash, timeout, error
 * reply) or the job's `stopped` error. The planner and file mode's host share it.
 */
export function runOnWorker(job: WorkerJob): Promise<WorkerResponse> {
  return new Promise((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = job.acquire();
    } catch (error) {
      reject(new HostError(msg("worker-unavailable", { detail: (error as Error).message })));
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
      job.release(worker, succeeded);
      outcome();
    };
    const minutes = Math.max(1, Math.round(job.timeoutMs / 60000));
    const timer = setTimeout(
      () => finish(() => reject(new HostError(job.timedOut(minutes)))),
      job.timeoutMs
    );
    worker.onmessage = (event) => {
      const data = event.data;
      if (data.type === "progress") {
        if (!finished) job.onProgress?.(data.fraction);
        return;
      }
      if (data.type === "stage") {
        if (!finished) job.onStage?.(data.stage, data.fraction);
        return;
      }
      if (data.type === "error") finish(() => reject(new HostError(data.error)));
      else finish(() => resolve(data), true);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const detail = event.message ?? "";
      finish(() => reject(new HostError(job.crashed(detail))));
    };
    worker.onmessageerror = () => finish(() => reject(new HostError(msg("worker-bad-data", {}))));
    job.onStop(() => finish(() => reject(job.stopped())));
    try {
      worker.postMessage(job.request, job.transfer);
    } catch (error) {
      finish(() =>
        reject(new HostError(msg("worker-send-failed", { detail: (error as Error).message })))
      );
    }
  });
}
