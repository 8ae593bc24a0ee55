// The production build opened as the Excel pane in Chromium: office.js is answered by a small fake Office
// (fakeOffice/entry.ts: Office.onReady says Excel, Excel.run is the strict fake Excel, bundled here with
// webpack), and a click on "Uji kemampuan Excel" must show every feature of the registry with its status,
// leave the fake workbook as it was, and copy the table as text.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { SELF_TEST_FEATURES } from "../../src/skj/registry/selfTestFeatures";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import { launchChromium, openPane, PaneSession, requireChromium } from "../helpers/chromium";
import { serveDirectory, StaticServer } from "../helpers/staticServer";
import { bundleFakeOffice } from "./fakeOffice/bundle";

const OUT = path.join(ROOT, "test-output/chromium-self-test");

let browser: Browser;
let server: StaticServer;
let fakeOffice: string;
let bundleMs = 0;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  requireChromium();
  ensureProductionBuild();
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  fakeOffice = await bundleFakeOffice(OUT);
  bundleMs = Date.now() - started;
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
}, 10 * 60_000);

afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the Excel pane's self-test shows every feature with its status, and the workbook is left as it was", async () => {
  // Measured for the record: bundling the fake for the browser (webpack + ts-loader, no type check).
  fs.writeFileSync(path.join(OUT, "bundle-ms.txt"), `${bundleMs}\n`);
  const s = await openPane(browser, server, {
    officeJsFile: fakeOffice,
    // As Office opens the pane: the page waits for Office instead of starting in file mode.
    query: "?_host_Info=Excel$Web$16.01$id-ID$$$$0",
    readyTestId: "help-section",
  });
  sessions.push(s);
  await s.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: server.origin,
  });
  const { page } = s;
  expect(s.officeJsServed).toHaveLength(1);
  // Excel mode: no file input; the workbook was read (it has no assessment table).
  expect(await page.getByTestId("open-file").count()).toBe(0);
  await page.getByTestId("error-bar").waitFor();

  await page.getByRole("button", { name: "Bantuan dan tentang" }).click();
  const run = page.getByRole("button", { name: "Uji kemampuan Excel" });
  const table = page.getByTestId("self-test-table");
  // On a loaded CI machine a click has twice produced no run at all (no spinner, no table, 60 s); the
  // cause is not found yet. The click is repeated while nothing runs, at most three times.
  for (let attempt = 0; attempt < 3; attempt++) {
    await run.click();
    const started = await page
      .getByTestId("self-test-table")
      .or(page.getByText("Menguji Excel…"))
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (started) break;
  }
  // Every probe is a request to the fake Excel in the page: on a busy CI machine this has taken over 15 s.
  await table.waitFor({ timeout: 60_000 });
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      cells: [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()),
      status: tr.getAttribute("data-status"),
    }))
  );
  expect(rows).toEqual(
    SELF_TEST_FEATURES.map((f) => ({ cells: [f.label.id, "OK"], status: "ok" }))
  );
  expect(await page.getByTestId("self-test-platform").textContent()).toBe(
    "Platform: OfficeOnline · Versi: 16.0.0.0 (fake) · ExcelApi yang didukung: 1.1–1.13"
  );
  // The scratch sheet and its table are gone from the fake workbook.
  expect(
    await page.evaluate(() => {
      const fake = (window as unknown as Record<string, unknown>).__fakeExcel as {
        sheetNames(): string[];
        tables(): unknown[];
      };
      return { sheets: fake.sheetNames(), tables: fake.tables().length };
    })
  ).toEqual({ sheets: ["Data"], tables: 0 });

  await page.getByRole("button", { name: "Salin hasil" }).click();
  await page.getByText("Hasil disalin.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n").slice(0, 6)).toEqual([
    "Uji kemampuan Excel",
    "Platform: OfficeOnline",
    "Versi: 16.0.0.0 (fake)",
    "ExcelApi yang didukung: 1.1–1.13",
    "",
    "Fitur\tHasil",
  ]);
  for (const f of SELF_TEST_FEATURES) expect(copied).toContain(`${f.label.id}\tOK\n`);
  await page.screenshot({ path: path.join(OUT, "self-test.png"), fullPage: true });

  expect(s.pageErrors).toEqual([]);
  expect(s.consoleErrors).toEqual([]);
  expect(s.aborted).toEqual([]);
}, 120_000);
