// Runs LibreOffice (soffice) and poppler's pdftotext/pdfinfo for tests that check a real program opens
// our files. Each Jest worker uses its own LibreOffice profile directory (two soffice processes on
// one profile block each other), and calls within a worker are serialised for the same reason.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`${cmd} failed: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      }
    );
  });
}

let profileDir: string | undefined;
function profile(): string {
  if (!profileDir) profileDir = mkdtempSync(join(tmpdir(), `lo-profile-${process.pid}-`));
  return profileDir;
}

// Jest workers are not always given the chance to run "exit" handlers: remove the profile after
// the importing test file instead (this module is loaded per test file).
if (typeof afterAll === "function") {
  afterAll(async () => {
    await queue;
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    profileDir = undefined;
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one soffice conversion, after any other conversion of this worker has finished. */
function soffice(file: string, format: string, outDir: string): Promise<RunResult> {
  const task = queue.then(() =>
    run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile()}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        file,
      ],
      180_000
    )
  );
  queue = task.catch(() => undefined);
  return task;
}

function failure(file: string, format: string, r: RunResult, why: string): Error {
  return new Error(`soffice --convert-to ${format} ${file}: ${why}\n${r.stdout}\n${r.stderr}`);
}

/**
 * Converts `file` with LibreOffice (`format` as for `--convert-to`, e.g. "pdf", "csv", or with
 * filter options) into `outDir` and returns the output path. Rejects unless soffice exits 0 and the
 * output file exists.
 */
export async function convert(file: string, format: string, outDir: string): Promise<string> {
  const r = await soffice(file, format, outDir);
  const out = join(outDir, `${basename(file, extname(file))}.${format.split(":")[0]}`);
  if (r.code !== 0) throw failure(file, format, r, `exit ${r.code}`);
  if (!existsSync(out)) throw failure(file, format, r, `no output ${out}`);
  return out;
}

/**
 * Every sheet of `file` as CSV (the values LibreOffice computes, formulas recalculated), by sheet
 * name. Uses the CSV filter's sheet option -1 (LibreOffice ≥ 7.2): one file per sheet.
 */
export async function csvPerSheet(file: string, outDir: string): Promise<Map<string, string>> {
  const format = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const r = await soffice(file, format, outDir);
  if (r.code !== 0) throw failure(file, format, r, `exit ${r.code}`);
  const sheets = new Map<string, string>();
  for (const m of `${r.stdout}\n${r.stderr}`.matchAll(/^Writing sheet (.*) -> (.*)$/gm)) {
    if (!existsSync(m[2])) throw failure(file, format, r, `no output ${m[2]}`);
    sheets.set(m[1], readFileSync(m[2], "utf8"));
  }
  if (sheets.size === 0) throw failure(file, format, r, "no sheet written");
  return sheets;
}

/** The text of a PDF (pdftotext, reading order kept with -layout). */
export async function pdfText(pdf: string): Promise<string> {
  const r = await run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], 60_000);
  if (r.code !== 0) throw new Error(`pdftotext ${pdf}: exit ${r.code}\n${r.stderr}`);
  return r.stdout;
}

/** The number of pages of a PDF (pdfinfo). */
export async function pdfPages(pdf: string): Promise<number> {
  const r = await run("pdfinfo", [pdf], 60_000);
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (r.code !== 0 || !m) throw new Error(`pdfinfo ${pdf}: exit ${r.code}\n${r.stderr}`);
  return Number(m[1]);
}

/** A fresh temporary directory for a test's files. */
export function tempDir(prefix = "skj-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
