// The longest task on the pane's page (Chromium's long-task observer) while a workbook is read, planned and
// written in file mode. Shared by `npm run bench` and the Chromium suite, which records it beside the target.
import type { Page } from "playwright-core";

/** Issue 19: no task on the page longer than this for 5,000 employees. */
export const LONG_TASK_TARGET_MS = 100;

export interface LongTaskFigures {
  longestTaskMs: number;
  longTasks: number;
  targetMs: number;
  /** The stages the pane showed ("read", "plan", "write"). */
  stagesSeen: string[];
  employees: number;
  /** "result", or the error the pane showed. */
  outcome: string;
}

export async function measurePaneLongTasks(page: Page, file: string): Promise<LongTaskFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; stages: string[] };
    w.longTasks = [];
    w.stages = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
    const region = document.querySelector('[data-testid="announce"]')!;
    new MutationObserver(() => {
      const text = region.textContent ?? "";
      const stage = /^(Membaca|Menyusun|Menulis)/.exec(text)?.[1];
      const name =
        stage === "Membaca" ? "read" : stage === "Menyusun" ? "plan" : stage ? "write" : "";
      if (name && !w.stages.includes(name)) w.stages.push(name);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("count-ready").waitFor({ timeout: 120_000 });
  await page.getByTestId("generate").click();
  await page
    .locator('[data-testid="result"], [data-testid="error-bar"]')
    .first()
    .waitFor({ timeout: 240_000 });
  // The page's work is measured either way; a write the engine refused is reported with the figures.
  const outcome = (await page.getByTestId("result").count())
    ? "result"
    : `error: ${await page.getByTestId("error-bar").textContent()}`;
  const employees = Number(await page.getByTestId("count-ready").textContent());
  const { longTasks, stages } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; stages: string[] };
    return { longTasks: w.longTasks, stages: w.stages };
  });
  return {
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    longTasks: longTasks.length,
    targetMs: LONG_TASK_TARGET_MS,
    stagesSeen: stages,
    employees,
    outcome,
  };
}
