// The production build of the task pane in a real browser (Debian's Chromium through playwright-core), in
// file mode: the page reads an .xlsx in its Web Worker and offers the result as a download. What a user can
// see and get is checked against the engine and our own reader run on the same bytes in Node, and the
// download's zip parts against the input's. The network is recorded throughout: nothing may leave 127.0.0.1
// except Office.js, which a route answers from node_modules. One browser for the file, a context per test.
import { PLAN_COLUMNS } from "../../src/report/planSheet";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  gridValue,
  readWorkbook,
  ReadWorkbookResult,
  WorkbookReadError,
} from "../../src/file/read/readWorkbook";
import { readInput } from "../../src/file/read/input";
import { agencyStandards } from "../../src/report/standardsSheet";
import { detectTable } from "../../src/skj/detect";
import { runSkj } from "../../src/skj/run";
import { readSkjSheet } from "../../src/skj/skjSheet";
import type { CellValue, Issue, PlanResult, SheetGrid, WorkbookGrid } from "../../src/skj/types";
import { DEFAULT_MAX_BYTES } from "../../src/taskpane/hosts/fileHost";
import { Fixtures, fixtures } from "../fixtures/fixtures";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import {
  launchChromium,
  OFFICE_JS_PREFIX,
  openPane,
  PaneSession,
  requireChromium,
} from "../helpers/chromium";
import { serveDirectory, StaticServer } from "../helpers/staticServer";
import { unzip } from "../file/package/packageInspect";
import { renderMessage } from "../../src/skj/messages";

const SAMPLE = path.join(ROOT, "assets/sample/contoh-hasil-asesmen.xlsx");
const OUT = path.join(ROOT, "test-output/chromium");
const WIDTH = 360; // Excel's task pane width
const HEIGHT = 720;

/** The only package parts the writer may patch; everything else of the input must come back byte for byte. */
const MAY_CHANGE = [
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^\[Content_Types\]\.xml$/,
  /^xl\/styles\.xml$/,
  /^docProps\//,
];

/**
 * Office.js, loaded outside Office, adds a hidden telemetry iframe 3 s after it loads (Logger.ulsEndpoint in
 * o15apptofilemappingtable.js). The pane's CSP (frame-src 'self') blocks it before any request is made, and
 * Chromium logs the refusal as a console error. Whether it shows depends on how long a test keeps the page
 * open, so it is tolerated, but only in exactly this form; every other console error fails the test.
 */
const OFFICE_TELEMETRY_REFUSAL =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'self'"\. The request has been blocked\.\n?$/;

let browser: Browser;
let server: StaticServer;
let fx: Fixtures;
let tmp: string;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  requireChromium();
  ensureProductionBuild();
  fx = fixtures();
  fs.mkdirSync(OUT, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skj-chromium-"));
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
}, 10 * 60_000);

afterEach(async () => {
  // A failed test must not leave its context (and its downloads) open for the next one.
  while (sessions.length) await sessions.pop()!.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function pane(): Promise<PaneSession> {
  const s = await openPane(browser, server, { width: WIDTH, height: HEIGHT });
  sessions.push(s);
  return s;
}

// --- engine side ----------------------------------------------------------------------------------

function readFile(file: string): { bytes: Uint8Array; wb: ReadWorkbookResult } {
  const bytes = new Uint8Array(fs.readFileSync(file));
  return { bytes, wb: readWorkbook(bytes) };
}

/** What the pane's three counters mean: planned employees, distinct rows with an error, warnings. */
function counts(plan: PlanResult): { ready: number; errors: number; warnings: number } {
  const errorRows = new Set(
    plan.issues
      .filter((i: Issue) => i.severity === "error" && i.row > 0)
      .map((i) => `${i.sheet}\u0000${i.row}`)
  );
  return {
    ready: plan.employees.length,
    errors: errorRows.size,
    warnings: plan.issues.filter((i) => i.severity === "warning").length,
  };
}

function planOf(grid: WorkbookGrid, options: Parameters<typeof runSkj>[1] = {}): PlanResult {
  const outcome = runSkj(grid, options);
  if (!outcome.ok) throw new Error(`runSkj failed: ${outcome.message}`);
  return outcome.result;
}

function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${grid.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

interface PlanBlock {
  no: CellValue;
  name: CellValue;
  nip: CellValue;
  unit: CellValue;
  /** The "Total JP" cell (a SUM formula; its cached value). */
  totalJp: CellValue;
  /** The JP column of the block's activity rows, added up here. */
  activityJp: number;
}

/**
 * The employee blocks of a plan sheet as the clerk prints it: identity rows ("Nama", "NIP", "Unit Kerja"
 * in column B, the value in C), activity rows with their planned JP, then a "Total JP" row.
 */
function planBlocks(sheet: SheetGrid): PlanBlock[] {
  const height = (sheet.origin?.row ?? 0) + sheet.rows.length;
  const at = (r: number, c: number) => gridValue(sheet, r, c);
  const blocks: PlanBlock[] = [];
  let current: Partial<PlanBlock> | undefined;
  let inActivities = false;
  for (let r = 0; r < height; r++) {
    const label = at(r, 1);
    if (label === "Nama") {
      current = { no: at(r, 0), name: at(r, 2), activityJp: 0 };
      inActivities = false;
    } else if (current && label === "NIP") current.nip = at(r, 2);
    else if (current && label === "Unit Kerja") {
      current.unit = at(r, 2);
      inActivities = true;
    } else if (current && at(r, 0) === "Total JP") {
      current.totalJp = at(r, PLAN_COLUMNS.jp);
      blocks.push(current as PlanBlock);
      current = undefined;
      inActivities = false;
    } else if (current && inActivities) {
      const jp = at(r, PLAN_COLUMNS.jp);
      if (typeof jp === "number") current.activityJp! += jp;
    }
  }
  return blocks;
}

/** Input parts that are missing or differ in the output, except the workbook-level parts the writer patches. */
function partChanges(input: Uint8Array, output: Uint8Array) {
  const before = unzip(input);
  const after = unzip(output);
  const missing: string[] = [];
  const changed: string[] = [];
  const patched: string[] = [];
  for (const [name, bytes] of Object.entries(before)) {
    if (name.endsWith("/")) continue;
    const now = after[name];
    if (!now) missing.push(name);
    else if (!Buffer.from(now).equals(Buffer.from(bytes))) {
      if (MAY_CHANGE.some((re) => re.test(name))) patched.push(name);
      else changed.push(name);
    }
  }
  const added = Object.keys(after).filter((n) => !(n in before) && !n.endsWith("/"));
  return { before, after, missing, changed, patched, added };
}

function expectOriginalSheetsKept(input: WorkbookGrid, output: WorkbookGrid): void {
  for (const sheet of input.sheets) expect(sheetOf(output, sheet.name)).toEqual(sheet);
}

function readerError(bytes: Uint8Array): WorkbookReadError {
  try {
    readWorkbook(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("our reader accepted a file the page is expected to refuse");
}

// --- page side ------------------------------------------------------------------------------------

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? "").trim();
}

/** Choose a file in the hidden input; resolves once the pane shows the detected table. */
async function openAndDetect(page: Page, file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("count-ready").waitFor();
}

/** Generate, then take the download; it is kept under `dir` (the artifacts folder unless told). */
async function generateAndDownload(page: Page, fileName: string, dir = OUT): Promise<Uint8Array> {
  await page.getByTestId("generate").click();
  const link = page.getByTestId("download-link");
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.url()).toMatch(new RegExp(`^blob:${server.origin}/`));
  expect(download.suggestedFilename()).toBe(fileName);
  const target = path.join(dir, fileName);
  await download.saveAs(target);
  return new Uint8Array(fs.readFileSync(target));
}

/** The pane at the task pane's width: what fits on screen, and the whole pane (footer at its real place). */
async function screenshots(page: Page, name: string): Promise<void> {
  // The pointer stays where the last click was; moved off the pane so no hover state is captured.
  await page.mouse.move(WIDTH - 1, 0);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: "disabled" });
  // A full-page capture keeps the sticky footer where the viewport ended; grow the viewport instead.
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: WIDTH, height: full });
  await page.screenshot({ path: path.join(OUT, `${name}-full.png`), animations: "disabled" });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
}

function expectNoPageTrouble(s: PaneSession): void {
  expect(s.pageErrors).toEqual([]);
  expect(s.consoleErrors.filter((m) => !OFFICE_TELEMETRY_REFUSAL.test(m))).toEqual([]);
}

// --- tests ----------------------------------------------------------------------------------------

test("the sample through the file input: detection, an edited mapping, and a download that keeps the workbook", async () => {
  const { bytes: input, wb } = readFile(SAMPLE);
  const s = await pane();
  const { page } = s;

  await openAndDetect(page, SAMPLE);
  const plain = planOf(wb.grid);
  const expected = counts(plain);
  expect(await text(page, "detected-sheet")).toBe("Data Asesmen");
  expect(await text(page, "detected-header-rows")).toBe("7–8");
  expect({
    ready: Number(await text(page, "count-ready")),
    errors: Number(await text(page, "count-errors")),
    warnings: Number(await text(page, "count-warnings")),
  }).toEqual(expected);
  expect(expected.ready).toBeGreaterThan(0);
  await screenshots(page, "01-detected");

  // Unit Kerja -> column D ("GOL"): the plan must now carry each employee's GOL value as the unit.
  const technicalNames = readSkjSheet(wb.grid).skj?.technicalNames ?? [];
  const detected = detectTable(wb.grid, { technicalNames });
  if (!detected.ok) throw new Error(renderMessage(detected.message));
  const gol = detected.detection.headers.find((h) => h.text === "GOL");
  expect(gol?.col).toBe(3);
  expect(detected.detection.mapping.unit).not.toBe(3);
  const unit = page.getByRole("combobox", { name: "Unit Kerja" });
  await unit.click();
  await page.getByRole("option", { name: "D — GOL" }).click();
  expect(await text(page, "map-unit")).toBe("D — GOL");

  const edited = {
    ...detected.detection,
    mapping: { ...detected.detection.mapping, unit: 3 },
  };
  const plan = planOf(wb.grid, { detection: edited });
  const output = await generateAndDownload(page, "contoh-hasil-asesmen-rencana.xlsx");
  expect(Number(await text(page, "result-employees"))).toBe(plan.employees.length);
  // Indonesian digit grouping: 1786 shows as "1.786".
  expect(await text(page, "result-jp")).toBe(
    new Intl.NumberFormat("id-ID").format(plan.summary.totalJp)
  );
  await screenshots(page, "02-generated");

  const back = readWorkbook(output);
  const planName = `Rencana Pengembangan ${plan.year}`;
  expect(back.grid.sheets.map((x) => x.name)).toEqual([
    ...wb.grid.sheets.map((x) => x.name),
    planName,
    `Rekap Kebutuhan ${plan.year}`,
    `AKPK ${plan.year}`,
    ...(agencyStandards(plan) ? [`Standar Kompetensi ${plan.year}`] : []),
    `Data Rumus ${plan.year}`,
    "Catatan Data",
  ]);

  const data = sheetOf(wb.grid, "Data Asesmen");
  const employees = [...plan.employees].sort((a, z) => a.row - z.row);
  const blocks = planBlocks(sheetOf(back.grid, planName));
  expect(
    blocks.map((b) => ({ nip: b.nip, name: b.name, unit: b.unit, totalJp: b.totalJp }))
  ).toEqual(
    employees.map((e) => ({
      nip: e.nip,
      name: e.name,
      // Straight from the input's GOL cell, not from the engine.
      unit: String(gridValue(data, e.row - 1, 3)).trim(),
      totalJp: e.plan.totalJp,
    }))
  );
  // The total is a SUM formula: its cached value must be the sum of the JP cells above it.
  for (const b of blocks) expect(b.totalJp).toBe(b.activityJp);
  // The change mattered: with the detected mapping the unit column holds other values.
  const originalUnits = employees.map((e) =>
    gridValue(data, e.row - 1, detected.detection.mapping.unit!)
  );
  expect(blocks.map((b) => b.unit)).not.toEqual(originalUnits);

  expectOriginalSheetsKept(wb.grid, back.grid);
  const parts = partChanges(input, output);
  expect({ missing: parts.missing, changed: parts.changed }).toEqual({ missing: [], changed: [] });
  expect(parts.patched).toContain("xl/workbook.xml");
  expect(parts.added.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))).toHaveLength(
    5 + (agencyStandards(plan) ? 1 : 0)
  );
  expectNoPageTrouble(s);
});

test("network: only 127.0.0.1 and the locally served Office.js; no page errors", async () => {
  const s = await pane();
  await openAndDetect(s.page, SAMPLE);
  await generateAndDownload(s.page, "contoh-hasil-asesmen-rencana.xlsx", tmp);

  const records = s.requestRecords();
  const outside = records.filter((r) => !r.url.startsWith(`${server.origin}/`));
  // Office.js (office.js and the host table it loads) came from the route, fulfilled from node_modules.
  expect(s.officeJsServed.length).toBeGreaterThan(0);
  expect(s.officeJsServed).toContain(`${OFFICE_JS_PREFIX}office.js`);
  expect(outside.map((r) => r.url).sort()).toEqual([...s.officeJsServed].sort());
  for (const url of s.officeJsServed) expect(url.startsWith(OFFICE_JS_PREFIX)).toBe(true);
  // Nothing else was attempted: the route aborts any other non-local request and none came.
  expect(s.aborted).toEqual([]);
  expect(records.filter((r) => r.failure)).toEqual([]);
  // The worker and its chunks were loaded from the local server.
  expect(records.some((r) => /\/skj-file\.[0-9a-f]+\.js$/.test(r.url))).toBe(true);
  expectNoPageTrouble(s);
});

test("a CDN that never answers: the file-mode page works at once", async () => {
  const started = Date.now();
  const s = await openPane(browser, server, { width: WIDTH, height: HEIGHT, officeJs: "hang" });
  sessions.push(s);
  // openPane returns once the file input is on screen; office.js is still pending.
  expect(Date.now() - started).toBeLessThan(5_000);
  await openAndDetect(s.page, SAMPLE);
  expect(Number(await text(s.page, "count-ready"))).toBeGreaterThan(0);
  expect(s.officeJsServed).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});

test("CSP: the meta tag is there and blocks a fetch and a script to another origin", async () => {
  const s = await pane();
  const { page } = s;
  const csp = await page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content") ?? null
  );
  expect(csp).not.toBeNull();
  const directives = new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values])
  );
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(directives.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);

  const outcome = await page.evaluate(async () => {
    const violations: { blockedURI: string; directive: string; disposition: string }[] = [];
    const wanted = new Set(["https://example.com/x", "https://example.com/x.js"]);
    const bothSeen = new Promise<void>((resolve) => {
      document.addEventListener("securitypolicyviolation", (e) => {
        violations.push({
          blockedURI: e.blockedURI,
          directive: e.effectiveDirective,
          disposition: e.disposition,
        });
        if ([...wanted].every((u) => violations.some((v) => v.blockedURI === u))) resolve();
      });
    });
    let fetchError = "";
    try {
      await fetch("https://example.com/x");
    } catch (e) {
      fetchError = String(e);
    }
    const script = document.createElement("script");
    script.src = "https://example.com/x.js";
    const scriptOutcome = await new Promise<string>((resolve) => {
      script.onload = () => resolve("load");
      script.onerror = () => resolve("error");
      document.head.appendChild(script);
    });
    // Violation events are queued as tasks; give up after 5 s rather than hang the test.
    await Promise.race([bothSeen, new Promise((r) => setTimeout(r, 5000))]);
    return { violations, fetchError, scriptOutcome };
  });

  expect(outcome.fetchError).toMatch(/TypeError/);
  expect(outcome.scriptOutcome).toBe("error");
  const exampleViolations = outcome.violations
    .filter((v) => v.blockedURI.startsWith("https://example.com/"))
    .sort((a, z) => a.blockedURI.localeCompare(z.blockedURI));
  expect(exampleViolations).toEqual([
    { blockedURI: "https://example.com/x", directive: "connect-src", disposition: "enforce" },
    {
      blockedURI: "https://example.com/x.js",
      directive: "script-src-elem",
      disposition: "enforce",
    },
  ]);
  // Nothing for example.com reached the network layer: the route (which sees every non-local request
  // that gets past the renderer) saw none. Chromium may still report the script as a request that
  // failed with "csp", which is the renderer refusing it.
  expect(s.aborted.filter((u) => u.includes("example.com"))).toEqual([]);
  for (const r of s.requestRecords().filter((x) => x.url.includes("example.com")))
    expect(r).toEqual({ url: r.url, failure: "csp" });
  expect(s.pageErrors).toEqual([]);
});

test("a workbook with charts, a chart sheet and an image: every original part comes back byte for byte", async () => {
  const { bytes: input, wb } = readFile(fx.kitchenSink);
  const s = await pane();
  const { page } = s;
  await openAndDetect(page, fx.kitchenSink);
  const plan = planOf(wb.grid);
  expect(await text(page, "detected-sheet")).toBe(fx.expected.dataSheet);
  expect(Number(await text(page, "count-ready"))).toBe(counts(plan).ready);

  const output = await generateAndDownload(page, "kitchen-sink-rencana.xlsx");
  const result = page.getByTestId("result");
  // The summary sheet's new chart cannot be seen in the browser: the pane says where it will appear.
  expect(await result.innerText()).toContain(
    "Grafik pada sheet Rekap Kebutuhan tampil saat file dibuka di Excel. Sheet, grafik, gambar dan komentar workbook asli tetap utuh."
  );

  const parts = partChanges(input, output);
  const drawingParts = Object.keys(parts.before).filter((n) =>
    /^xl\/(charts|chartsheets|drawings|media)\//.test(n)
  );
  expect(drawingParts.some((n) => n.startsWith("xl/charts/chart"))).toBe(true);
  expect(drawingParts.some((n) => n.startsWith("xl/chartsheets/"))).toBe(true);
  expect(drawingParts.some((n) => n.startsWith("xl/media/"))).toBe(true);
  for (const name of drawingParts)
    expect([
      name,
      Buffer.from(parts.after[name] ?? []).equals(Buffer.from(parts.before[name])),
    ]).toEqual([name, true]);
  expect({ missing: parts.missing, changed: parts.changed }).toEqual({ missing: [], changed: [] });

  const back = readWorkbook(output);
  expectOriginalSheetsKept(wb.grid, back.grid);
  // The input's charts plus the one on the new summary sheet.
  expect(back.info.contents.charts).toBe(wb.info.contents.charts + 1);
  expect(back.info.contents.images).toBe(wb.info.contents.images);
  expectNoPageTrouble(s);
});

test("a CSV export (semicolons, decimal commas, BOM, 'NIP): a new workbook with its data and the report", async () => {
  const names = [
    "Integritas",
    "Kerja Sama",
    "Komunikasi",
    "Orientasi pada Hasil",
    "Pelayanan Publik",
  ]
    .concat(["Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan"])
    .concat(["Perekat Bangsa"]);
  const csv = path.join(tmp, "ekspor simpeg.csv");
  fs.writeFileSync(
    csv,
    "\uFEFF" +
      ["NIP", "Nama", "Jabatan", "Eselon", ...names].join(";") +
      "\r\n'198501012010011001;José Siregar;Kepala Subbagian Umum;IV.a;2,5;2;2;3;2;2;1,5;2;3" +
      "\r\n'198602022011012002;Budi Santoso;Kepala Bidang Mutasi;III.b;3;3;2,5;3;3;2;3;3;3\r\n",
    "utf8"
  );
  const read = readInput(new Uint8Array(fs.readFileSync(csv)), csv);
  const plan = planOf(read.grid);
  const s = await pane();
  const { page } = s;
  await openAndDetect(page, csv);
  expect(await text(page, "detected-sheet")).toBe("ekspor simpeg");
  expect(Number(await text(page, "count-ready"))).toBe(plan.employees.length);
  const output = await generateAndDownload(page, "ekspor simpeg-rencana.xlsx", tmp);
  const back = readWorkbook(output);
  expect(back.grid.sheets.map((x) => x.name)).toEqual([
    "ekspor simpeg",
    `Rencana Pengembangan ${plan.year}`,
    `Rekap Kebutuhan ${plan.year}`,
    `AKPK ${plan.year}`,
    ...(agencyStandards(plan) ? [`Standar Kompetensi ${plan.year}`] : []),
    `Data Rumus ${plan.year}`,
  ]);
  expect(back.grid.sheets[0].rows).toEqual(read.grid.sheets[0].rows);
  expect(back.grid.sheets[0].rows[1][0]).toBe("198501012010011001");
  expectNoPageTrouble(s);
});

/** Deterministic "random" bytes (xorshift32), so a failure can be reproduced. */
function noise(length: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test("files the page refuses, each with its own message, and the page still works afterwards", async () => {
  const sample = fs.readFileSync(SAMPLE);
  const truncated = path.join(tmp, "terpotong.xlsx");
  fs.writeFileSync(truncated, sample.subarray(0, Math.floor(sample.length / 2)));
  const random = path.join(tmp, "acak.xlsx");
  fs.writeFileSync(random, noise(64 * 1024));
  // Sparse: the size is what the page checks, the disk holds (almost) nothing.
  const big = path.join(tmp, "besar.xlsx");
  const bigSize = DEFAULT_MAX_BYTES + 1024 * 1024;
  const fd = fs.openSync(big, "w");
  fs.ftruncateSync(fd, bigSize);
  fs.closeSync(fd);
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(".", ",");

  const reader = (file: string, code: string) => {
    const e = readerError(new Uint8Array(fs.readFileSync(file)));
    expect(e.code).toBe(code);
    return e.message;
  };
  const cases: { file: string; message: string }[] = [
    {
      file: fx.legacyXls,
      message: `"legacy.xls" berformat Excel 97-2003 (.xls). Buka di Excel, simpan sebagai Excel Workbook (.xlsx), lalu buka file .xlsx-nya di sini.`,
    },
    { file: fx.encrypted, message: reader(fx.encrypted, "encrypted") },
    { file: truncated, message: reader(truncated, "truncated") },
    { file: random, message: reader(random, "not-zip") },
    {
      file: big,
      message: `File "besar.xlsx" berukuran ${mb(bigSize)} MB, melebihi batas ${mb(DEFAULT_MAX_BYTES)} MB untuk dibuka di browser.`,
    },
  ];

  const s = await pane();
  const { page } = s;
  for (const c of cases) {
    await page.getByTestId("file-input").setInputFiles(c.file);
    const bar = page.getByTestId("error-bar");
    await bar.waitFor();
    const shown = await bar.innerText();
    expect([path.basename(c.file), shown]).toEqual([
      path.basename(c.file),
      expect.stringContaining("Workbook tidak dapat dibaca"),
    ]);
    expect([path.basename(c.file), shown]).toEqual([
      path.basename(c.file),
      expect.stringContaining(c.message),
    ]);
    if (c.file === big) await screenshots(page, "05-refused-too-large");
    // Not frozen: the work has ended, nothing half-read is shown and the pane takes the next file.
    expect(await page.getByTestId("progress").count()).toBe(0);
    expect(await page.getByTestId("detection").count()).toBe(0);
    expect(await page.getByTestId("open-file").isEnabled()).toBe(true);
    await page.getByRole("button", { name: "Tutup" }).click();
    await bar.waitFor({ state: "detached" });
  }

  await openAndDetect(page, SAMPLE);
  expect(await text(page, "detected-sheet")).toBe("Data Asesmen");
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  expectNoPageTrouble(s);
});
