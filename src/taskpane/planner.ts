// Where the pane's engine work runs. The page hands the planner plain data (grid, options) and gets plain
// data back; in the add-in and the web page a worker does the work, so no task on the page grows with the
// number of employees. The in-process planner is the fallback where no worker can exist (tests under
// jsdom with a fake host); it runs the same jobs (planJobs.ts).
import type { ReportModel } from "../report/model";
import type { Message } from "../skj/messages";
import type { WriteOutcome } from "./host";
import {
  planJob,
  PlanJob,
  PlanSummary,
  Preview,
  PreviewJob,
  previewJob,
  StageReport,
} from "./planJobs";

export type PlanOutcome =
  /** Excel: the model, for the page to write through Office.js. */
  | { ok: true; summary: PlanSummary; model: ReportModel }
  /** File mode: the planner wrote the workbook too. */
  | { ok: true; summary: PlanSummary; written: WriteOutcome }
  | { ok: false; kind: "noTable" | "nothing"; message: Message };

export interface Planner {
  /** The counts and issues of a mapping. A newer preview supersedes a running one (it rejects). */
  preview(job: PreviewJob): Promise<Preview>;
  plan(job: PlanJob, onStage: StageReport): Promise<PlanOutcome>;
  /** Stop the running plan; its promise rejects. */
  cancel(): void;
}

/** Thrown for a job that was cancelled or superseded: not an error to show. */
export class JobStopped extends Error {
  constructor() {
    super("stopped");
    this.name = "JobStopped";
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The jobs on the page's own thread, each after a macrotask so the stage paints first. */
export function inlinePlanner(): Planner {
  let generation = 0;
  const stopped = (mine: number) => {
    if (mine !== generation) throw new JobStopped();
  };
  return {
    async preview(job) {
      const mine = ++generation;
      await macrotask();
      stopped(mine);
      return previewJob(job);
    },
    async plan(job, onStage) {
      const mine = ++generation;
      onStage("plan");
      await macrotask();
      stopped(mine);
      return planJob(job, onStage);
    },
    cancel() {
      generation++;
    },
  };
}
