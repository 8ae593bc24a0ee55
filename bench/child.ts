// One benchmark scenario per process, so that its peak memory (maxRSS) is its own. Prints one JSON line.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { writeReport } from "../src/excel/writeReport";
import { addReportSheets } from "../src/file/package/addSheets";
import { buildReport } from "../src/report/buildReport";
import { runSkj } from "../src/skj/run";
import { FakeExcel } from "../test/excel/fakeExcel";
import { engineRun } from "./engine";
import { assessmentGrid } from "./generate";
import { renderMessage } from "../src/skj/messages";

const REPORT = {
  agency: "Pemerintah Provinsi Contoh",
  signatory: { title: "", name: "", nip: "" },
  date: "2026-11-22",
};

function peakMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function excel(n: number) {
  const out = runSkj(assessmentGrid(n), { year: 2027 });
  if (!out.ok) throw new Error(renderMessage(out.message));
  const model = buildReport(out.result, REPORT);
  const fake = new FakeExcel().addSheet("Data Asesmen", { values: [["NIP", "Nama"]] });
  const t0 = performance.now();
  const result = await fake.run((context) =>
    writeReport(context, model, { isSetSupported: fake.isSetSupported })
  );
  const ms = performance.now() - t0;
  const bytes = fake.syncs.map((s) => s.requestBytes);
  return {
    employees: n,
    syncs: result.syncs,
    totalMB: bytes.reduce((a, b) => a + b, 0) / 1e6,
    largestMB: Math.max(...bytes) / 1e6,
    largestRequestBytes: Math.max(...bytes),
    perSyncMB: bytes.map((b) => Math.round(b / 1e4) / 100),
    planRows: model.sheets[0].values.length,
    merges: model.sheets.reduce((s, m) => s + m.merges.length, 0),
    styledRanges: model.sheets.reduce((s, m) => s + m.styles.length, 0),
    ms: Math.round(ms),
  };
}

/** IDP pages for n employees through both writers: the package writer on the sample, the fake Office.js. */
async function idp(n: number) {
  const out = runSkj(assessmentGrid(n), { year: 2027 });
  if (!out.ok) throw new Error(renderMessage(out.message));
  const full = buildReport(out.result, { ...REPORT, idp: true });
  const model = { sheets: full.sheets.filter((s) => s.kind === "idp") };
  const host = fs.readFileSync(
    path.join(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx")
  );
  let t0 = performance.now();
  const written = addReportSheets(new Uint8Array(host), model);
  const packageMs = performance.now() - t0;
  const fake = new FakeExcel().addSheet("Data Asesmen", { values: [["NIP", "Nama"]] });
  t0 = performance.now();
  const result = await fake.run((context) =>
    writeReport(context, model, { isSetSupported: fake.isSetSupported })
  );
  const officeMs = performance.now() - t0;
  const bytes = fake.syncs.map((s) => s.requestBytes);
  return {
    employees: n,
    sheets: model.sheets.length,
    charts: model.sheets.reduce((s, m) => s + m.charts.length, 0),
    rows: model.sheets.reduce((s, m) => s + m.values.length, 0),
    packageMs: Math.round(packageMs),
    outputMB: written.bytes.length / 1e6,
    officeMs: Math.round(officeMs),
    syncs: result.syncs,
    largestMB: Math.max(...bytes) / 1e6,
    totalMB: bytes.reduce((a, b) => a + b, 0) / 1e6,
  };
}

async function cli(file: string) {
  const out = path.join(os.tmpdir(), `skj-bench-cli-${process.pid}.xlsx`);
  let err = "";
  const t0 = performance.now();
  const code = await main(["plan", file, "--out", out], {
    stdout: () => undefined,
    stderr: (t) => (err += t),
  });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`skj plan exited ${code}: ${err}`);
  const size = fs.statSync(out).size;
  fs.rmSync(out, { force: true });
  return { ms: Math.round(ms), outputMB: size / 1e6 };
}

/** `skj rekap` over a folder of unit files on `workers` threads ("FOLDER::WORKERS"). */
async function rekap(arg: string) {
  const [dir, workers] = arg.split("::");
  const out = path.join(os.tmpdir(), `skj-bench-rekap-${process.pid}.xlsx`);
  let err = "";
  let stdout = "";
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await main(["rekap", dir, "--out", out, "--paralel", workers], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (err += t),
  });
  const ms = performance.now() - t0;
  // The process's CPU time, worker threads included: on a busy machine it says more than the wall clock.
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`skj rekap exited ${code}: ${err}`);
  const size = fs.statSync(out).size;
  fs.rmSync(out, { force: true });
  return {
    workers: Number(workers),
    files: fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    outputMB: size / 1e6,
    summary: stdout.trim().split("\n")[0],
  };
}

async function exceljs(file: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs");
  const out = path.join(os.tmpdir(), `skj-bench-exceljs-${process.pid}.xlsx`);
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.addWorksheet("Rencana Pengembangan 2027").addRow(["x"]);
  await wb.xlsx.writeFile(out);
  const ms = performance.now() - t0;
  fs.rmSync(out, { force: true });
  return { ms: Math.round(ms) };
}

async function run(): Promise<unknown> {
  const [scenario, arg] = process.argv.slice(2);
  switch (scenario) {
    case "engine":
      return engineRun(Number(arg));
    case "excel":
      return excel(Number(arg));
    case "cli":
      return cli(arg);
    case "idp":
      return idp(Number(arg));
    case "exceljs":
      return exceljs(arg);
    case "rekap":
      return rekap(arg);
    case "node":
      // The cost of starting Node itself, subtracted from nothing: shown for scale.
      return {
        ms: 0,
        version: execFileSync(process.execPath, ["--version"], { encoding: "utf8" }).trim(),
      };
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

run().then(
  (result) => console.log(JSON.stringify({ ...(result as object), peakMB: peakMB() })),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
