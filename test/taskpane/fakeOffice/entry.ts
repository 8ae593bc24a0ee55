// A stand-in for office.js in the browser (the Chromium suite routes the CDN's office.js here): Office.onReady
// resolves with host Excel at once, Excel.run is the strict fake Excel's, and the fake stays reachable as
// window.__fakeExcel for the test to inspect. Bundled by fakeOffice/bundle.ts.
import { FakeExcel, type RunOptions } from "../../excel/fakeExcel";

const fake = new FakeExcel({ apiVersion: "1.13" }).addSheet("Data", {
  values: [["Daftar hadir rapat"], ["Nama", "Tanda tangan"], ["Ani", ""]],
});
const info = { host: "Excel", platform: "OfficeOnline" };

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

const g = globalThis as Record<string, unknown>;
g.__fakeExcel = fake;
g.Excel = {
  run: (a: RunOptions | Batch, b?: Batch) =>
    typeof a === "function" ? fake.run(a) : fake.run(a, b!),
};
g.Office = {
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    requirements: { isSetSupported: fake.isSetSupported },
    diagnostics: { platform: "OfficeOnline", version: "16.0.0.0 (fake)", host: "Excel" },
  },
};
