// `skj` in-process for the CLI tests: its output, its exit code, and a temporary folder per test file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

/** Runs `skj ARGS…` as on 22 November 2026 (the plan year is then 2027). */
export async function runCli(
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    today: new Date("2026-11-22T08:00:00Z"),
  });
  return { code, out, err };
}

/** A temporary folder removed after the test file. */
export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
