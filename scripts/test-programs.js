#!/usr/bin/env node
// `npm test` runs real programs (Chromium, LibreOffice, poppler, Python's openpyxl and Pillow) to check what
// other programs make of our output. On a fresh Debian/Ubuntu machine this installs them when it can (root, or
// sudo without a password); otherwise it stops at once and prints the one command to run, instead of letting
// dozens of suites fail one by one.
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");

/** Debian package -> how to tell it is there. */
const NEEDS = [
  { pkg: "chromium", ok: () => fs.existsSync("/usr/bin/chromium") },
  { pkg: "libreoffice-calc-nogui", ok: () => onPath("soffice") },
  { pkg: "python3-uno", ok: () => python("import uno") },
  { pkg: "poppler-utils", ok: () => onPath("pdftoppm") && onPath("pdftotext") },
  { pkg: "python3-openpyxl", ok: () => python("import openpyxl") },
  { pkg: "python3-pil", ok: () => python("import PIL") },
  { pkg: "fonts-dejavu-core", ok: () => fs.existsSync("/usr/share/fonts/truetype/dejavu") },
];

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function python(code) {
  // Debian's python3 (the packages above install into it), not a pyenv or venv one first on PATH.
  const exe = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  return spawnSync(exe, ["-c", code], { stdio: "ignore" }).status === 0;
}

const missing = NEEDS.filter((n) => !n.ok()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
const hasApt = onPath("apt-get");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const sudo =
  !isRoot && onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;

if (hasApt && (isRoot || sudo)) {
  console.log(`Installing what the real-program tests need: ${missing.join(", ")}`);
  const prefix = isRoot ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    const run = (args) =>
      execFileSync(
        prefix[0] ?? args[0],
        prefix[0] ? [...prefix.slice(1), ...args] : args.slice(1),
        { stdio: "inherit", env }
      );
    run(["apt-get", "update", "-q"]);
    run(["apt-get", "install", "-y", "-q", "--no-install-recommends", ...missing]);
  } catch {
    console.error(`\nInstalling failed. Run this, then npm test again:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
  const still = NEEDS.filter((n) => !n.ok()).map((n) => n.pkg);
  if (still.length === 0) process.exit(0);
  console.error(`\nStill missing after installing: ${still.join(", ")}.`);
  process.exit(1);
}

console.error(
  `The tests check our files in real programs, and these are missing: ${missing.join(", ")}.\n` +
    (hasApt
      ? `Run this once, then npm test again:\n\n  sudo ${command}\n`
      : `Install Chromium (at /usr/bin/chromium), LibreOffice Calc, poppler-utils and Python 3 with openpyxl and Pillow, then run npm test again.\n`)
);
process.exit(1);
