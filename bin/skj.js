#!/usr/bin/env node
// The `skj` command: runs the compiled CLI (lib/ is built by `npm install` through the prepare script).
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "SKJ belum dibangun: jalankan `npm run build:cli` (atau `npm install`) lebih dulu.\n"
  );
  process.exit(2);
}
const { main } = require(entry);
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then((code) => {
  process.exitCode = code;
});
