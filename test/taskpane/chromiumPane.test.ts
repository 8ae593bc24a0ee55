// The pane's states in Chromium (production build, file mode): axe-core on each state in both languages,
// the flow with the keyboard alone, what the live regions say, and the longest task on the page while
// 5,000 employees are read and planned (recorded beside the 100 ms target; `npm run bench` prints it too).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { measurePaneLongTasks, LONG_TASK_TARGET_MS } from "../../bench/paneLongTask";
import { assessmentGrid, writeAssessmentXlsx } from "../../bench/generate";
import { runSkj } from "../../src/skj/run";
import { ensureProductionBuild, ROOT } from "../helpers/build";
import { launchChromium, openPane, PaneSession, requireChromium } from "../helpers/chromium";
import { serveDirectory, StaticServer } from "../helpers/staticServer";

const SAMPLE = path.join(ROOT, "assets/sample/contoh-hasil-asesmen.xlsx");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const OUT = path.join(ROOT, "test-output/chromium");

let browser: Browser;
let server: StaticServer;
let tmp: string;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  requireChromium();
  ensureProductionBuild();
  fs.mkdirSync(OUT, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skj-pane-"));
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
}, 10 * 60_000);

afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function pane(width = 350): Promise<PaneSession> {
  const s = await openPane(browser, server, { width, height: 720 });
  sessions.push(s);
  // Colours are checked at rest, not halfway through a button's transition.
  await s.page.emulateMedia({ reducedMotion: "reduce" });
  return s;
}

/** axe-core's violations on the page as it is now (evaluated, not injected: the page's CSP stays). */
async function axeViolations(page: Page, state: string): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as {
      violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    };
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join(", ")}`
    );
  });
  return found.map((f) => `${state}: ${f}`);
}

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

async function setLang(page: Page, lang: "id" | "en"): Promise<void> {
  const on = await page.getByTestId("lang-switch").isChecked();
  if (on !== (lang === "en")) await page.getByTestId("lang-switch").click();
}

test.each(["id", "en"] as const)(
  "axe-core finds nothing on any state of the pane (%s)",
  async (lang) => {
    const { page } = await pane();
    await setLang(page, lang);
    const violations: string[] = [];
    violations.push(...(await axeViolations(page, "start")));

    // Each bad file: wrong type, empty file, a workbook without the table.
    const bad = {
      wrongType: writeFile("foto.png", Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      empty: writeFile("kosong.csv", ""),
      noTable: writeFile("daftar-hadir.csv", "Daftar hadir rapat\nNama;Tanda tangan\nAni;x\n"),
    };
    for (const [kind, file] of Object.entries(bad)) {
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("bad-file").waitFor();
      violations.push(...(await axeViolations(page, `error ${kind}`)));
      // Focus is on the error, not the page body; the file name is gone.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
        "error-bar"
      );
      // The old file is not offered as open: the pane is back at its first run.
      await page.getByTestId("steps").waitFor();
    }

    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("detected-sheet").waitFor();
    violations.push(...(await axeViolations(page, "file read")));

    await page.getByTestId("issues-header").click();
    violations.push(...(await axeViolations(page, "issues open")));

    await page.getByRole("button", { name: lang === "id" ? "Pilihan" : "Options" }).click();
    violations.push(...(await axeViolations(page, "options open")));

    const mapping = page.getByRole("button", {
      name: lang === "id" ? "Pemetaan kolom" : "Column mapping",
    });
    if ((await mapping.getAttribute("aria-expanded")) !== "true") await mapping.click();
    violations.push(...(await axeViolations(page, "mapping open")));
    // A Fluent floating list (outside the landmarks) open too.
    await page.getByRole("combobox").first().click();
    await page.getByRole("listbox").first().waitFor();
    violations.push(...(await axeViolations(page, "mapping list open")));
    await page.keyboard.press("Escape");

    // Hold the plan job (planned and written in the worker) at the worker's door, so the working state
    // stays still while axe looks at it.
    await page.evaluate(() => {
      const w = window as unknown as { release?: () => void };
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const message = args[0] as { type?: string };
        if (message?.type !== "plan") return send.apply(this, args as [unknown]);
        w.release = () => send.apply(this, args as [unknown]);
      } as typeof send;
    });
    await page.getByTestId("generate").click();
    await page.getByTestId("cancel").waitFor();
    await page.waitForFunction(() => !!(window as unknown as { release?: () => void }).release);
    violations.push(...(await axeViolations(page, "working")));
    await page.evaluate(() => (window as unknown as { release: () => void }).release());
    await page.getByTestId("result").waitFor();
    violations.push(...(await axeViolations(page, "result")));

    expect(violations).toEqual([]);
  },
  240_000
);

test("the flow with the keyboard alone, and what the live regions say", async () => {
  const { page } = await pane();
  // Record every text the live region takes.
  await page.evaluate(() => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    const region = document.querySelector('[data-testid="announce"]')!;
    new MutationObserver(() => {
      const text = region.textContent ?? "";
      if (text && w.said[w.said.length - 1] !== text) w.said.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  const tabTo = async (testId: string) => {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
      if (at === testId) return;
    }
    throw new Error(`Tab never reached ${testId}`);
  };
  await tabTo("try-sample");
  await page.keyboard.press("Enter");
  await page.getByTestId("detected-sheet").waitFor();
  await tabTo("generate");
  await page.keyboard.press("Enter");
  await page.getByTestId("result").waitFor();
  // Focus went to the result's next step (the download), still by keyboard.
  const focused = await page.evaluate(
    () => document.activeElement?.closest('[data-testid="result"]') !== null
  );
  expect(focused).toBe(true);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said).toContain("Menyusun rencana…");
  expect(said.some((s) => s.startsWith("Menulis sheet rencana…"))).toBe(true);
  // The rows left out follow, when there are any.
  expect(said[said.length - 1]).toMatch(
    /^Rencana selesai: \d+ pegawai direncanakan\.( .+ tidak dapat direncanakan .+\.)?$/
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ROOT, "docs/panel-hasil.png") });
}, 180_000);

test("NIP mapped to the Nama column: the create button refuses, the alert says why", async () => {
  const { page } = await pane();
  await page.getByTestId("try-sample").click();
  await page.getByTestId("detected-sheet").waitFor();
  const mapping = page.getByRole("button", { name: "Pemetaan kolom" });
  if ((await mapping.getAttribute("aria-expanded")) !== "true") await mapping.click();
  await page.getByTestId("map-nip").click();
  await page.getByRole("option", { name: "B — NAMA" }).click();
  // Marked at the dropdown before anything is written.
  const nipField = page.locator(".fui-Field", { has: page.getByTestId("map-nip") });
  await expect(nipField.textContent()).resolves.toMatch(/NIP dan Nama/);

  await page.getByTestId("generate").click();
  const bar = page.getByTestId("error-bar");
  await bar.waitFor();
  const barText = (await bar.textContent()) ?? "";
  expect(barText).toContain("Pemetaan kolom perlu diperbaiki");
  expect(barText).toMatch(/dibaca untuk NIP dan Nama sekaligus/);
  // The assertive live region says the title and the reason; focus is on the refusal.
  const alert = (await page.getByTestId("announce-alert").textContent()) ?? "";
  expect(alert).toMatch(/^Pemetaan kolom perlu diperbaiki\. .*dibaca untuk NIP dan Nama sekaligus/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
    "error-bar"
  );
  // Nothing was planned or offered for download.
  expect(await page.getByTestId("result").count()).toBe(0);
  expect(await axeViolations(page, "duplicate mapping refused")).toEqual([]);

  // Back to what detection found: the plan is made.
  await page.getByTestId("mapping-reset").click();
  await page.getByTestId("generate").click();
  await page.getByTestId("result").waitFor();
}, 120_000);

test("threshold fields stay level when one shows its error", async () => {
  const { page } = await pane();
  await page.getByTestId("try-sample").click();
  await page.getByTestId("detected-sheet").waitFor();
  await page.getByRole("button", { name: "Pilihan" }).click();
  const top = (testId: string) =>
    page.getByTestId(testId).evaluate((e) => Math.round(e.getBoundingClientRect().top));
  await page.getByTestId("option-optimal").fill("abc");
  const field = page.locator(".fui-Field", { has: page.getByTestId("option-optimal") });
  await field.locator('[role="alert"], .fui-Field__validationMessage').first().waitFor();
  expect(await top("option-cukup")).toBe(await top("option-optimal"));
  await page.getByTestId("option-mms").fill("200");
  await page
    .locator(".fui-Field", { has: page.getByTestId("option-mms") })
    .locator(".fui-Field__validationMessage")
    .waitFor();
  expect(await top("option-ms")).toBe(await top("option-mms"));
}, 120_000);

test("first run at 350 px: no horizontal overflow at 200% zoom, and its picture", async () => {
  const { page } = await pane();
  await page.getByTestId("try-sample").waitFor();
  await page.screenshot({ path: path.join(ROOT, "docs/panel-mulai.png"), fullPage: true });
  // 200% zoom of a 350 px pane is a 175 CSS px viewport.
  await page.setViewportSize({ width: 175, height: 360 });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map(
        (e) =>
          `${e.tagName} ${e.getAttribute("data-testid") ?? ""} ${Math.round(e.getBoundingClientRect().right)}`
      )
  );
  expect(overflowing).toEqual([]);
  await page.setViewportSize({ width: 350, height: 720 });
  await page.getByTestId("try-sample").click();
  await page.getByTestId("detected-sheet").waitFor();
  await page.screenshot({ path: path.join(ROOT, "docs/panel-deteksi.png"), fullPage: true });
}, 120_000);

test("5,000 employees: the stages show and no task's work on the page reaches the target", async () => {
  const file = path.join(tmp, "5000.xlsx");
  await writeAssessmentXlsx(file, 5000);
  const { page } = await pane();
  const figures = await measurePaneLongTasks(page, file);
  fs.writeFileSync(path.join(OUT, "long-task.json"), JSON.stringify(figures, null, 2));
  expect(figures.targetMs).toBe(LONG_TASK_TARGET_MS);
  expect(figures.longestTaskMs).toBeGreaterThan(0);
  // The work each task does stays under the target. Asserted on CPU time: the wall-clock figure (recorded
  // beside it) also counts the time other programs held the cores, several times the work on a busy machine.
  expect(figures.longestTaskCpuMs).toBeGreaterThan(0);
  expect(figures.longestTaskCpuMs).toBeLessThan(LONG_TASK_TARGET_MS);
  // Planning shows as its own stage, then writing, each with a percentage.
  expect(figures.stagesSeen).toEqual(["read", "plan", "write"]);
  expect(figures.stagesWithPercent).toEqual(["read", "plan", "write"]);
  // The pane planned what the engine plans from the same rows.
  const engine = runSkj(assessmentGrid(5000));
  if (!engine.ok) throw new Error(engine.message.code);
  expect(figures.employees).toBe(engine.result.employees.length);
}, 300_000);
