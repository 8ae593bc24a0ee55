// Benchmark: our .xlsx reader (both XML backends) against exceljs (readFile and the streaming reader) and, when
// installed somewhere outside the repo, SheetJS CE (@e965/xlsx), on a generated 20,000-employee assessment sheet.
// Each reader runs in its own child process, so that its peak RSS is its own. Prints a table.
//
//   node lib/bench/readers.js [--rows 20000] [--runs 3] [--file /tmp/x.xlsx] [--sheetjs /path/to/@e965/xlsx]
// The workbook is generated into the OS temp folder (never into the repo) and reused while it exists.
import { fork } from "node:child_process";
import { COMPETENCIES } from "../src/skj/catalogue";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../src/file/read/readWorkbook";

const SCORE_COLS = 9;
const FIRST_SCORE_COL = 6; // 0-based column G
const HEADER_ROWS = 6; // titles, blank, two-row header

type ReaderName =
  "ours-tokenizer" | "ours-saxes" | "exceljs-readFile" | "exceljs-stream" | "sheetjs";

interface ChildResult {
  reader: ReaderName;
  readMs: number;
  maxRssMb: number;
  rows: number;
  scoreSum: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The expected sum of all scores, so that every reader proves it read every row. */
function scoreOf(i: number, j: number): number {
  return 1 + ((i * 7 + j * 3) % 9) / 2; // 1 .. 5 in steps of 0.5
}

async function generate(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Penilaian");
  const names = COMPETENCIES.map((c) => c.name);
  // Header rows stay uncommitted until merged: the stream writer cannot merge committed rows.
  ws.addRow(["HASIL PEMETAAN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"]);
  ws.addRow(["BKPSDM KABUPATEN CONTOH"]);
  ws.addRow(["Tahun 2025"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Nama",
    "NIP",
    "Jabatan",
    "Eselon",
    "Unit Kerja",
    "KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL",
    ...Array(8).fill(null),
    "Rata-rata",
    "Tanggal Asesmen",
  ]);
  ws.addRow([null, null, null, null, null, null, ...names]);
  ws.mergeCells("A1:Q1");
  ws.mergeCells("G5:O5");
  for (const c of ["A", "B", "C", "D", "E", "F", "P", "Q"]) ws.mergeCells(`${c}5:${c}6`);
  const units = [
    "Sekretariat",
    "Bidang Mutasi",
    "Bidang Kinerja",
    "Bidang Pengembangan Kompetensi",
    "Dinas Kesehatan",
  ];
  const grades = ["Pelaksana", "IV.a", "III.a", "JF Ahli Pertama", "JF Ahli Muda"];
  for (let i = 0; i < rows; i++) {
    const scores = Array.from({ length: SCORE_COLS }, (_, j) => scoreOf(i, j));
    const r = HEADER_ROWS + i + 1;
    const row = ws.addRow([
      i + 1,
      `Pegawai Nomor ${i + 1}`,
      String(196801011990031000n + BigInt(i)),
      `Jabatan ${i % 40}`,
      grades[i % grades.length],
      units[i % units.length],
      ...scores,
      { formula: `AVERAGE(G${r}:O${r})`, result: scores.reduce((a, b) => a + b, 0) / SCORE_COLS },
      new Date(Date.UTC(2025, 2, 1 + (i % 28))),
    ]);
    row.getCell(17).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

function sumScoresFromRows(
  get: (row: number, col: number) => unknown,
  firstRow: number,
  lastRow: number
): number {
  let sum = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    for (let j = 0; j < SCORE_COLS; j++) {
      const v = get(r, FIRST_SCORE_COL + j);
      if (typeof v === "number") sum += v;
    }
  }
  return sum;
}

async function runReader(
  reader: ReaderName,
  file: string,
  sheetjsPath: string
): Promise<ChildResult> {
  const t0 = performance.now();
  let rows = 0;
  let scoreSum = 0;
  if (reader === "ours-tokenizer" || reader === "ours-saxes") {
    const bytes = fs.readFileSync(file);
    const { grid } = readWorkbook(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      {
        xmlBackend: reader === "ours-saxes" ? "saxes" : "tokenizer",
      }
    );
    const s = grid.sheets[0];
    rows = s.rows.length;
    scoreSum = sumScoresFromRows((r, c) => s.rows[r]?.[c], HEADER_ROWS, s.rows.length - 1);
  } else if (reader === "exceljs-readFile") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    rows = ws.rowCount;
    scoreSum = sumScoresFromRows(
      (r, c) => ws.getRow(r + 1).getCell(c + 1).value,
      HEADER_ROWS,
      ws.rowCount - 1
    );
  } else if (reader === "exceljs-stream") {
    const wr = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      styles: "cache",
    });
    for await (const ws of wr) {
      for await (const row of ws) {
        rows++;
        if (row.number > HEADER_ROWS) {
          const values = row.values as unknown[];
          for (let j = 0; j < SCORE_COLS; j++) {
            const v = values[FIRST_SCORE_COL + j + 1];
            if (typeof v === "number") scoreSum += v;
          }
        }
      }
      break;
    }
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require(sheetjsPath);
    const wb = XLSX.readFile(file, { cellDates: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const aoa: unknown[][] = XLSX.utils.sheet_to_json(ws, {
      header: 1,
      raw: true,
      blankrows: true,
    });
    rows = aoa.length;
    scoreSum = sumScoresFromRows((r, c) => aoa[r]?.[c], HEADER_ROWS, aoa.length - 1);
  }
  const readMs = performance.now() - t0;
  return { reader, readMs, maxRssMb: process.resourceUsage().maxRSS / 1024, rows, scoreSum };
}

function child(reader: ReaderName, file: string, sheetjsPath: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ["--child", reader, "--file", file, "--sheetjs", sheetjsPath], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: ChildResult | undefined;
    p.on("message", (m) => (result = m as ChildResult));
    p.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`${reader} exited with ${code}`))
    );
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const file = arg("file", path.join(os.tmpdir(), "skj-bench-20000.xlsx"));
  const sheetjsPath = arg(
    "sheetjs",
    process.env.SHEETJS_PATH ?? "/tmp/sheetjs/node_modules/@e965/xlsx"
  );
  if (process.argv.includes("--child")) {
    const reader = arg("child", "") as ReaderName;
    const r = await runReader(reader, file, sheetjsPath);
    process.send?.(r);
    return;
  }
  const rows = Number(arg("rows", "20000"));
  const runs = Number(arg("runs", "3"));
  if (!fs.existsSync(file)) {
    const t = performance.now();
    try {
      await generate(file, rows);
    } catch (e) {
      fs.rmSync(file, { force: true });
      throw e;
    }
    console.log(`generated ${file} (${rows} employees) in ${Math.round(performance.now() - t)} ms`);
  }
  const size = fs.statSync(file).size;
  const readers: ReaderName[] = [
    "ours-tokenizer",
    "ours-saxes",
    "exceljs-readFile",
    "exceljs-stream",
  ];
  let sheetjsAvailable = false;
  try {
    require.resolve(sheetjsPath);
    sheetjsAvailable = true;
    readers.push("sheetjs");
  } catch {
    console.log(
      `SheetJS not found at ${sheetjsPath}: skipped (npm install --prefix /tmp/sheetjs @e965/xlsx)`
    );
  }
  let expectedSum = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < SCORE_COLS; j++) expectedSum += scoreOf(i, j);

  console.log(
    `file: ${file} (${(size / 1024 / 1024).toFixed(1)} MB), ${runs} runs each, one process per run`
  );
  const table: string[][] = [
    ["reader", "read ms (median)", "min", "peak RSS MB (median)", "rows", "scores ok"],
  ];
  for (const reader of readers) {
    const results: ChildResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await child(reader, file, sheetjsPath));
    table.push([
      reader,
      median(results.map((r) => r.readMs)).toFixed(0),
      Math.min(...results.map((r) => r.readMs)).toFixed(0),
      median(results.map((r) => r.maxRssMb)).toFixed(0),
      String(results[0].rows),
      Math.abs(results[0].scoreSum - expectedSum) < 1e-6 ? "yes" : `NO (${results[0].scoreSum})`,
    ]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const [i, r] of table.entries()) {
    console.log(
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  if (!sheetjsAvailable) console.log("(SheetJS row missing: not installed)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
