// The layering of the architecture is enforced by ESLint: this proves the rule fires (and stays quiet on
// allowed imports), so a broken config cannot silently let the domain import Office or the adapters each other.
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

// ESLint loads its flat config with a dynamic import, which Jest's module sandbox does not allow: lint in a
// child Node process, all probes in one run.
const LINT = `
const { ESLint } = require("eslint");
const path = require("path");
const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const p of probes) {
    const [r] = await eslint.lintText(p.code, { filePath: path.join(process.cwd(), p.file) });
    out.push(r.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

const cache = new Map<string, string[]>();
function lintAll(probes: { file: string; code: string }[]): void {
  const results: string[][] = JSON.parse(
    execFileSync(process.execPath, ["-e", LINT], {
      cwd: ROOT,
      input: JSON.stringify(probes),
      encoding: "utf8",
    })
  );
  probes.forEach((p, i) => cache.set(p.file + "\n" + p.code, results[i]));
}

async function ruleIds(file: string, code: string): Promise<string[]> {
  const ids = cache.get(file + "\n" + code);
  if (!ids) throw new Error(`probe not linted: ${file}`);
  return ids;
}

const forbidden: [string, string][] = [
  [
    "src/skj/probe.ts",
    'import { SheetModel } from "../report/model";\nexport type X = SheetModel;\n',
  ],
  ["src/skj/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  ["src/skj/probe.ts", 'import { gap } from "../functions/functions";\nexport const x = gap;\n'],
  ["src/report/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  ["src/excel/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  ["src/file/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
  [
    "src/report/probe.ts",
    'import { writeReport } from "../excel/writeReport";\nexport const x = writeReport;\n',
  ],
  [
    "src/report/probe.ts",
    'import { addReportSheets } from "../file/package/addSheets";\nexport const x = addReportSheets;\n',
  ],
  [
    "src/excel/probe.ts",
    'import { addReportSheets } from "../file/package/addSheets";\nexport const x = addReportSheets;\n',
  ],
  [
    "src/file/probe.ts",
    'import { writeReport } from "../excel/writeReport";\nexport const x = writeReport;\n',
  ],
];

const libs = ["exceljs", "react", "@fluentui/react-components", "fflate", "office-addin-mock"];
const allowedFrom = [
  "src/report/probe.ts",
  "src/excel/probe.ts",
  "src/file/probe.ts",
  "src/cli/probe.ts",
];
const importGap = 'import { gap } from "../skj/scoring";\nexport const x = gap;\n';
const importLib = (lib: string) => `import * as x from "${lib}";\nexport const y = x;\n`;

beforeAll(() => {
  lintAll([
    ...forbidden.map(([file, code]) => ({ file, code })),
    ...libs.map((lib) => ({ file: "src/skj/probe.ts", code: importLib(lib) })),
    { file: "src/excel/probe.ts", code: importLib("fflate") },
    ...allowedFrom.map((file) => ({ file, code: importGap })),
  ]);
}, 120_000);

describe("layering lint rules", () => {
  it.each(forbidden)("rejects an upward import in %s", async (file, code) => {
    expect(await ruleIds(file, code)).toContain("import/no-restricted-paths");
  });

  it("rejects Office, UI and file libraries in the domain", async () => {
    for (const lib of libs) {
      const ids = await ruleIds("src/skj/probe.ts", importLib(lib));
      expect(ids).toContain("no-restricted-imports");
    }
  });

  it("rejects exceljs and file libraries in the Office.js adapter", async () => {
    const ids = await ruleIds("src/excel/probe.ts", importLib("fflate"));
    expect(ids).toContain("no-restricted-imports");
  });

  it("allows the domain to be imported from every layer", async () => {
    for (const file of allowedFrom) {
      const ids = await ruleIds(file, importGap);
      expect(ids).toEqual([]);
    }
  });
});
