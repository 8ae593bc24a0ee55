// Planning off the page: the pane's worker code run in-process behind a worker-shaped object (messages
// structured-cloned both ways, buffers transferred), driven through the file host and the Excel planner as
// the page drives them. The sample workbook is read, previewed, planned and written; the copy is read back.
import * as fs from "fs";
import * as path from "path";
import { PaneController } from "../../src/taskpane/controller";
import { FileHost } from "../../src/taskpane/hosts/fileHost";
import { handleRequest, WorkerMemory } from "../../src/taskpane/hosts/workerJobs";
import { WorkerPlanner } from "../../src/taskpane/hosts/workerPlanner";
import type {
  WorkerLike,
  WorkerRequest,
  WorkerResponse,
} from "../../src/taskpane/hosts/workerProtocol";
import { JobStopped } from "../../src/taskpane/planner";
import type { Stage } from "../../src/taskpane/planJobs";
import { runSkj } from "../../src/skj/run";
import type { WorkbookGrid } from "../../src/skj/types";
import { fakeHost, threeEmployees } from "./fakeHost";

const SAMPLE = path.resolve(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");
const TODAY = new Date(2026, 4, 1);

/** The worker's code in-process: requests and replies cross as a real worker's would (cloned, transferred). */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  requests: WorkerRequest["type"][] = [];
  replies: WorkerResponse[] = [];
  private readonly memory: WorkerMemory = {};
  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer: transfer as Transferable[] });
    this.requests.push(copy.type);
    // The job runs in a later task, as in a worker; a terminated worker answers nothing.
    setTimeout(() => {
      if (this.terminated) return;
      handleRequest(
        copy,
        (reply, moved) => {
          const data = structuredClone(reply, { transfer: moved ?? [] });
          this.replies.push(data);
          setTimeout(() => {
            if (!this.terminated) this.onmessage?.({ data } as MessageEvent<WorkerResponse>);
          }, 0);
        },
        this.memory
      );
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function sampleFile(): File {
  return new File([fs.readFileSync(SAMPLE)], "contoh-hasil-asesmen.xlsx");
}

function fileHostWithWorkers() {
  const workers: InProcessWorker[] = [];
  const blobs: Blob[] = [];
  const host = new FileHost({
    createWorker: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
    createObjectUrl: (blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectUrl: () => undefined,
  });
  return { host, workers, blobs };
}

test("file mode: the worker previews, plans and writes; the page gets figures and a download, never the model", async () => {
  const { host, workers, blobs } = fileHostWithWorkers();
  const controller = new PaneController(host, { today: () => TODAY, planner: host });
  const stages: string[] = [];
  controller.subscribe(() => {
    const busy = controller.getState().busy;
    if (busy) stages.push(`${busy.stage}${busy.fraction !== undefined ? busy.fraction : ""}`);
  });
  await controller.openFile(sampleFile());
  const state = controller.getState();
  expect(state.detection).toBeDefined();
  // The preview came from the worker and says what the engine says on the same rows.
  const engine = runSkj(state.grid!, { detection: state.detection! });
  if (!engine.ok) throw new Error(engine.message.code);
  expect(state.preview?.employees).toBe(engine.result.employees.length);
  expect(state.preview?.issues).toHaveLength(engine.result.issues.length);

  await controller.generate();
  const result = controller.getState().result!;
  expect(controller.getState().error).toBeUndefined();
  expect(result.employees).toBe(engine.result.summary.employees);
  expect(result.totalJp).toBe(engine.result.summary.totalJp);
  expect(result.sheetNames[0]).toBe("Rencana Pengembangan 2027");
  expect(result.downloadUrl).toBe("blob:test/1");
  // The stages showed in order, planning with its share of the work.
  expect(stages[0]).toBe("read");
  expect(stages).toContain("plan0.4");
  expect(stages.indexOf("plan0.4")).toBeLessThan(stages.indexOf("write0"));
  // The reading worker planned and wrote (it holds the package); the model stayed there.
  const reader = workers.find((w) => w.requests.includes("read"))!;
  expect(reader.requests).toEqual(["read", "plan"]);
  const done = reader.replies.find((r) => r.type === "plan-done")!;
  expect(done.type === "plan-done" && done.model).toBeUndefined();
  // The download is the sample with the report sheets added: read back, it holds the plan.
  const back = new InProcessWorker();
  const bytes = await blobs[0].arrayBuffer();
  const grid = await new Promise<WorkbookGrid>((resolve) => {
    back.onmessage = (e) => e.data.type === "read-done" && resolve(e.data.grid);
    back.postMessage({ type: "read", bytes }, [bytes]);
  });
  const names = grid.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(result.sheetNames));
  const plan = grid.sheets.find((s) => s.name === "Rencana Pengembangan 2027")!;
  const firstNip = engine.result.employees[0].nip;
  expect(plan.rows.some((row) => row.some((v) => v === firstNip))).toBe(true);
}, 60_000);

test("Excel: the planner's worker returns the model, which the page writes; a cancelled plan writes nothing", async () => {
  const workers: InProcessWorker[] = [];
  const planner = new WorkerPlanner({
    createWorker: () => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    },
  });
  const host = fakeHost(threeEmployees());
  const controller = new PaneController(host, { today: () => TODAY, planner });
  await controller.load();
  expect(controller.getState().preview).toMatchObject({ employees: 2, rowsWithErrors: 1 });
  // Previews reuse the idle worker.
  expect(workers).toHaveLength(1);

  // Cancelled while planning: the worker is ended, nothing is written, the pane says it stopped.
  const run = controller.generate();
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 20 && controller.getState().busy?.stage !== "plan"; i++)
    await new Promise((r) => setTimeout(r, 0));
  expect(controller.getState().busy?.stage).toBe("plan");
  controller.cancel();
  await run;
  expect(controller.getState().cancelled).toBe(true);
  expect(controller.getState().error).toBeUndefined();
  expect(host.writes).toHaveLength(0);
  expect(workers.some((w) => w.terminated)).toBe(true);

  // Made again: a fresh worker plans, the page writes the model it sent.
  await controller.generate();
  expect(controller.getState().result?.employees).toBe(2);
  expect(host.writes).toHaveLength(1);
  expect(host.writes[0].sheets[0].name).toBe("Rencana Pengembangan 2027");
});

test("rapid mapping changes give one preview, after the pause", async () => {
  const previews: number[] = [];
  const host = fakeHost(threeEmployees());
  const inner = new WorkerPlanner({ createWorker: () => new InProcessWorker() });
  const planner = {
    preview: (job: Parameters<typeof inner.preview>[0]) => {
      previews.push(Date.now());
      return inner.preview(job);
    },
    plan: inner.plan.bind(inner),
    cancel: inner.cancel.bind(inner),
  };
  const controller = new PaneController(host, { today: () => TODAY, planner, previewDelayMs: 50 });
  await controller.load();
  expect(previews).toHaveLength(1);
  const komunikasi = controller.getState().detection!.mapping.competencies.KOM!;
  for (const col of [komunikasi + 1, komunikasi + 2, komunikasi])
    controller.setMapping({ kind: "competency", code: "KOM" }, col);
  // Nothing yet: the changes wait for the pause.
  expect(previews).toHaveLength(1);
  await new Promise((r) => setTimeout(r, 150));
  expect(previews).toHaveLength(2);
  expect(controller.getState().preview).toMatchObject({ employees: 2, rowsWithErrors: 1 });
});

test("a newer preview stops the running one; its result never lands", async () => {
  const planner = new WorkerPlanner({ createWorker: () => new InProcessWorker() });
  const grid = threeEmployees();
  const first = planner.preview({ grid, run: {} });
  const second = planner.preview({ grid, run: { units: ["Sekretariat"] } });
  await expect(first).rejects.toBeInstanceOf(JobStopped);
  await expect(second).resolves.toMatchObject({ employees: 1, units: ["Sekretariat"] });
  const stages: Stage[] = [];
  const planned = await planner.plan(
    {
      grid,
      run: {},
      report: { agency: "BKPSDM Contoh", signatory: { title: "", name: "", nip: "" } },
      unitsChosen: false,
    },
    (s) => stages.push(s)
  );
  expect(planned.ok).toBe(true);
  expect(stages[0]).toBe("plan");
});
