// File mode's second workbook (the employee list): read in a worker of its own that is not kept, without
// disturbing the open file's kept worker; the same checks as the main file.
import { FileHost } from "../../src/taskpane/hosts/fileHost";
import { HostError } from "../../src/taskpane/host";
import type {
  WorkerLike,
  WorkerRequest,
  WorkerResponse,
} from "../../src/taskpane/hosts/workerProtocol";
import { threeEmployees } from "./fakeHost";

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  requests: WorkerRequest[] = [];
  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
    queueMicrotask(() =>
      this.onmessage?.({
        data: { type: "read-done", grid: threeEmployees() },
      } as MessageEvent<WorkerResponse>)
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

test("reads the list in its own worker and keeps the open file's worker", async () => {
  const workers: FakeWorker[] = [];
  const host = new FileHost({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  await host.open(new File([new Uint8Array(4)], "hasil.xlsx"));
  await host.read(() => undefined);
  const grid = await host.readOtherWorkbook(new File([new Uint8Array(4)], "pegawai.xlsx"));
  expect(grid.sheets[0].name).toBe("Data Pegawai");
  expect(workers).toHaveLength(2);
  expect(workers.map((w) => w.terminated)).toEqual([false, true]);
  expect(workers[1].requests.map((r) => r.type)).toEqual(["read"]);
  await expect(
    host.readOtherWorkbook(new File([new Uint8Array(4)], "pegawai.xls"))
  ).rejects.toThrow(HostError);
  expect(workers).toHaveLength(2);
});
