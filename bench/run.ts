// `npm run bench`: speed, memory, Office.js request and bundle-size figures beside their targets.
// Prints tables and writes bench/results.json. Figures, not pass/fail: targets are shown, not enforced.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { functionThroughput } from "./engine";
import { writeAssessmentXlsx } from "./generate";
import { benchPaneLongTasks, LONG_TASK_TARGET_MS } from "./paneLongTask";

const ROOT = path.resolve(__dirname, "../..");
const CHILD = path.join(__dirname, "child.js");

function child(scenario: string, arg: string): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", CHILD, scenario, arg],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  if (r.status !== 0) throw new Error(`${scenario} ${arg} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) =>
    r.map((c) => (typeof c === "number" ? c.toLocaleString("en-US") : c))
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  console.log(header.map((h, i) => h.padStart(widths[i])).join("  "));
  for (const r of cells) console.log(r.map((c, i) => String(c).padStart(widths[i])).join("  "));
}

const MB = (x: unknown) => Number(x).toFixed(2);

const RESULTS = path.join(ROOT, "bench", "results.json");

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
  };
  // `npm run bench -- --only=pane`: only the pane's long tasks (on the dist/ already built), merged into
  // the figures of the last full run.
  if (args.has("--only=pane")) {
    const previous = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, "utf8")) : {};
    await paneFigures(results);
    fs.writeFileSync(RESULTS, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
    console.log(`\nFigures written to bench/results.json`);
    return;
  }

  // 1. The engine: detection, reading, assessment, plans and summary for N employees.
  const engine = [1_000, 10_000, 100_000].map((n) => child("engine", String(n)));
  results.engine = engine;
  table(
    "Engine: runSkj on a generated table (detect, read, assess, plan, summarise)",
    ["employees", "ms", "employees/s", "planned", "heap MB", "peak RSS MB"],
    engine.map((e) => [
      e.employees as number,
      e.ms as number,
      e.perSecond as number,
      e.planned as number,
      e.heapMB as number,
      e.peakMB as number,
    ])
  );

  // 2. Custom functions, called as Excel calls them.
  const fns = functionThroughput();
  results.functions = fns;
  table(
    "Custom functions",
    ["function", "evaluations", "evaluations/s"],
    fns.map((f) => [f.fn, f.evaluations, f.perSecond])
  );

  // 3. The Office.js adapter against the strict fake: syncs and request bytes of the real report.
  const excel = [1_000, 2_000, 10_000, 50_000].map((n) => child("excel", String(n)));
  results.excel = excel;
  // Requests as Office.js would send them (the fake counts its per-object actions and chunks).
  results.excelWrite = excel.map((e) => ({
    employees: e.employees,
    syncs: e.syncs,
    largestRequestBytes: e.largestRequestBytes,
  }));
  table(
    "Office.js writer vs the in-memory Excel fake (target: constant syncs until ~4 MB a request, never > 5 MB)",
    [
      "employees",
      "plan rows",
      "merges",
      "styled ranges",
      "syncs",
      "total MB",
      "largest MB",
      "ms (fake)",
    ],
    excel.map((e) => [
      e.employees as number,
      e.planRows as number,
      e.merges as number,
      e.styledRanges as number,
      e.syncs as number,
      MB(e.totalMB),
      MB(e.largestMB),
      e.ms as number,
    ])
  );

  // 3b. IDP pages (one A4 page per employee) through both writers; charts up to 300 employees.
  const idp = [300, 5_000].map((n) => child("idp", String(n)));
  results.idp = idp;
  table(
    "IDP pages: package writer (on the sample workbook) and Office.js writer (fake)",
    [
      "employees",
      "sheets",
      "charts",
      "rows",
      "package ms",
      "output MB",
      "Office.js ms",
      "syncs",
      "largest MB",
      "peak RSS MB",
    ],
    idp.map((e) => [
      e.employees as number,
      e.sheets as number,
      e.charts as number,
      e.rows as number,
      e.packageMs as number,
      MB(e.outputMB),
      e.officeMs as number,
      e.syncs as number,
      MB(e.largestMB),
      e.peakMB as number,
    ])
  );

  // 4. The CLI end to end on a 20,000-employee workbook, beside ExcelJS alone reading and writing it.
  const file = path.join(os.tmpdir(), "skj-bench-20000-employees.xlsx");
  if (!fs.existsSync(file)) {
    // Written under another name first, so that an interrupted run leaves no broken file to reuse.
    const partial = `${file}.${process.pid}.partial`;
    await writeAssessmentXlsx(partial, 20_000);
    fs.renameSync(partial, file);
  }
  const cli = child("cli", file);
  const exceljs = child("exceljs", file);
  const ratio = Number(cli.ms) / Number(exceljs.ms);
  results.cli = {
    file: path.basename(file),
    inputMB: fs.statSync(file).size / 1e6,
    skj: cli,
    exceljs,
    ratio,
  };
  table(
    "CLI: skj plan on 20,000 employees vs ExcelJS read + write of the same file (target ratio ≤ 2×)",
    ["run", "ms", "peak RSS MB"],
    [
      ["skj plan (read, plan, write the copy)", cli.ms as number, cli.peakMB as number],
      ["exceljs readFile + writeFile", exceljs.ms as number, exceljs.peakMB as number],
      ["ratio", ratio.toFixed(2), ""],
    ]
  );

  // 5. Production bundles, gzip.
  if (!args.has("--no-build")) {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
      { cwd: ROOT, stdio: "pipe" }
    );
  }
  const dist = path.join(ROOT, "dist");
  const sizes = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const bytes = fs.readFileSync(path.join(dist, f));
      return {
        file: f,
        KB: bytes.length / 1024,
        gzipKB: gzipSync(bytes, { level: 9 }).length / 1024,
      };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
  results.bundles = sizes;
  table(
    "Production bundles (targets: taskpane.js ≤ 300 KB gzip, functions.js ≤ 40 KB gzip; other chunks load on demand)",
    ["file", "KB", "gzip KB"],
    sizes.map((s) => [s.file, s.KB.toFixed(1), s.gzipKB.toFixed(1)])
  );

  await paneFigures(results);

  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to bench/results.json`);
}

/** The pane's page while 5,000 employees are read, planned and written (Chromium's long-task observer). */
async function paneFigures(results: Record<string, unknown>): Promise<void> {
  const paneFile = path.join(os.tmpdir(), `skj-bench-pane-${process.pid}.xlsx`);
  await writeAssessmentXlsx(paneFile, 5000);
  const pane = await benchPaneLongTasks(ROOT, paneFile);
  fs.rmSync(paneFile, { force: true });
  results.paneLongTasks = pane ?? "not measured: Chromium or dist/ missing (npm run build)";
  table(
    `Task pane page, 5,000 employees (target: no task > ${LONG_TASK_TARGET_MS} ms)`,
    ["longest task ms", "most CPU a task, ms", "tasks > 50 ms", "stages shown", "outcome"],
    pane
      ? [
          [
            pane.longestTaskMs,
            pane.longestTaskCpuMs ?? "–",
            pane.longTasks,
            pane.stagesSeen.join(", "),
            pane.outcome.slice(0, 60),
          ],
        ]
      : [["–", "–", "–", "–", "not measured"]]
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
