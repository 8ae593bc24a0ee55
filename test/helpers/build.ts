// The production build (dist/) for tests that need it (functions.json, the Chromium suite): built once per
// change of the sources, shared by Jest workers through a lock directory.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp");
const LOCK = path.join(ROOT, "test-output", ".build-lock");

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) visit(path.join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"])
    visit(path.join(ROOT, p));
  return newest;
}

function fresh(): boolean {
  return fs.existsSync(STAMP) && fs.statSync(STAMP).mtimeMs >= newestSource();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Build dist/ with `webpack --mode production` unless it is newer than every source. */
export function ensureProductionBuild(): string {
  if (fresh()) return DIST;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than 10 minutes belongs to a killed run.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > 10 * 60_000)
        fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error("timed out waiting for another test's webpack build");
      sleep(500);
      if (fresh()) return DIST;
    }
  }
  try {
    if (!fresh()) {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
        {
          cwd: ROOT,
          stdio: "pipe",
          timeout: 8 * 60_000,
        }
      );
      fs.writeFileSync(STAMP, new Date().toISOString());
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}
