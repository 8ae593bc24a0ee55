// The compiled CLI (lib/) for tests that run `bin/skj.js` as a user would: rebuilt when a source is newer.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./build";

const ENTRY = path.join(ROOT, "lib/src/cli/main.js");
const LOCK = path.join(ROOT, "test-output", ".cli-build-lock");

function newest(dir: string): number {
  let t = 0;
  for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, f.name);
    t = Math.max(t, f.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  if (!fs.existsSync(ENTRY)) return false;
  const built = fs.statSync(ENTRY).mtimeMs;
  return ["skj", "report", "file", "cli"].every((d) => newest(path.join(ROOT, "src", d)) <= built);
}

export function ensureCliBuild(): void {
  if (fresh()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (i > 600) throw new Error("timed out waiting for the CLI build");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      if (fresh()) return;
    }
  }
  try {
    if (!fresh()) {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        {
          cwd: ROOT,
          stdio: "pipe",
        }
      );
      // tsc leaves unchanged outputs untouched; mark the build so the next check sees it as fresh.
      const now = new Date();
      fs.utimesSync(ENTRY, now, now);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
