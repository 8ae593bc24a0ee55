// functions.json is generated from the JSDoc by the production build: every exported function is in it,
// with its parameters, types and optional flags, under ids Excel shows as SKJ.<ID>.
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as fns from "../../src/functions/functions";
import { ensureProductionBuild, ROOT } from "../helpers/build";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      type: string;
      dimensionality?: string;
      optional?: boolean;
      description: string;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

/** "KOTAK.SARAN" is exported as kotakSaran: a dot in an id starts a capital in the name. */
const exportName = (id: string) =>
  id.toLowerCase().replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

describe("functions.json", () => {
  let metadata: Metadata;
  let distDir = "";
  beforeAll(() => {
    const dist = ensureProductionBuild();
    distDir = dist;
    metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  }, 10 * 60_000);

  it("lists every exported custom function", () => {
    const exported = Object.keys(fns).filter(
      (k) => typeof (fns as Record<string, unknown>)[k] === "function"
    );
    expect(metadata.functions.map((f) => exportName(f.id)).sort()).toEqual(exported.sort());
    expect(metadata.functions.map((f) => f.id)).toEqual([
      "GAP",
      "STANDAR",
      "JPM",
      "KATEGORI",
      "LEVEL",
      "PRIORITAS",
      "REKOMENDASI",
      "KOTAK",
      "KOTAK.SARAN",
    ]);
  });

  it("gives each function its parameters, matrix parameters and optional ones", () => {
    const params = Object.fromEntries(
      metadata.functions.map((f) => [
        f.id,
        f.parameters.map(
          (p) => `${p.name}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "?" : ""}`
        ),
      ])
    );
    expect(params).toEqual({
      GAP: ["score", "jobLevel", "competency?"],
      STANDAR: ["jobLevel", "competency?"],
      JPM: ["scores[][]", "jobLevelOrStandards[][]", "method?"],
      KATEGORI: ["jpm", "scheme?"],
      LEVEL: ["level"],
      PRIORITAS: ["scores[][]", "jobLevelOrStandards[][]", "competencies[][]?"],
      REKOMENDASI: ["competency", "gap"],
      KOTAK: ["performance", "potential"],
      "KOTAK.SARAN": ["box"],
    });
    const arity = (fn: unknown) => (fn as (...args: unknown[]) => unknown).length;
    for (const f of metadata.functions) {
      const impl = (fns as Record<string, unknown>)[exportName(f.id)];
      expect(f.parameters.length).toBe(arity(impl));
    }
  });

  it("describes every function and parameter in Bahasa Indonesia", () => {
    for (const f of metadata.functions) {
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters) expect(p.description).toMatch(/\w/);
    }
    expect(metadata.functions.find((f) => f.id === "PRIORITAS")!.result.dimensionality).toBe(
      "matrix"
    );
  });

  it("registers every function with Excel from the built functions.js, and loads without Office too", () => {
    const code = fs.readFileSync(path.join(distDir, "functions.js"), "utf8");
    const associated: string[] = [];
    const inExcel = { CustomFunctions: { associate: (id: string) => associated.push(id) } };
    vm.runInNewContext(code, { globalThis: inExcel, ...inExcel });
    expect(associated).toEqual(metadata.functions.map((f) => f.id));
    // A plain web page without Office.js (file mode, offline): no CustomFunctions global, no error.
    expect(() => vm.runInNewContext(code, { globalThis: {} })).not.toThrow();
  });

  it("is generated without errors (the generator exits 0 even when it fails)", async () => {
    const out = await generateCustomFunctionsMetadata(
      path.join(ROOT, "src/functions/functions.ts"),
      false
    );
    expect(out.errors).toEqual([]);
  });
});
