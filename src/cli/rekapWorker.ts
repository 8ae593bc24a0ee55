// A worker thread of `skj rekap`: plans the files it is sent, one message each (docs/domain.md §19).
import { parentPort } from "worker_threads";
import { type PlanJob, planFile } from "./rekapPlan";

parentPort?.on("message", (job: PlanJob) => {
  parentPort!.postMessage(planFile(job));
});
