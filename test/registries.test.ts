// Every entry of the vocabulary registries reaches every place that names it: the option schema, the task
// pane's choices, the CLI's help and accepted values, and the custom functions' argument parsing and their
// JSDoc. The tests iterate the registries, so a new entry is covered without touching this file.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, USAGE } from "../src/cli/main";
import * as fns from "../src/functions/functions";
import { msg } from "../src/skj/messages";
import { choiceKey } from "../src/skj/registry/entries";
import { JPM_METHODS } from "../src/skj/registry/jpmMethods";
import { SCHEMES } from "../src/skj/registry/schemes";
import { runOptionsSchema } from "../src/skj/schemas";
import { category, jpm as jpmOf } from "../src/skj/scoring";
import { PlanResult } from "../src/skj/types";
import { jpmChoices, schemeChoices } from "../src/taskpane/i18n";
import {
  defaultOptions,
  JPM_CHOICES,
  optionProblems,
  SCHEME_CHOICES,
  THRESHOLD_FIELDS,
} from "../src/taskpane/options";
import { NINE } from "./helpers/grid";

const FUNCTIONS_SOURCE = fs.readFileSync(
  path.join(__dirname, "..", "src", "functions", "functions.ts"),
  "utf8"
);

/** The JSDoc line of a custom function's optional parameter (what the generated metadata shows users). */
function paramDoc(name: string): string {
  const line = FUNCTIONS_SOURCE.split("\n").find((l) => l.includes(`@param [${name}]`));
  if (!line) throw new Error(`no JSDoc for [${name}]`);
  return line;
}

/** Every word an entry is accepted by: its id, its aliases, and a case/spacing variant of the id. */
function wordsOf(entry: { id: string; aliases: readonly string[] }): string[] {
  return [entry.id, ...entry.aliases, ` ${entry.id.toUpperCase()} `];
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skj-registries-"));
const input = path.join(tmp, "hasil.xlsx");
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addRow(["NIP", "Nama", "Eselon", ...NINE]);
  ws.addRow(["198001012005011001", "Ani", "III.a", 4, 4, 3, 3, 3, 3, 3, 3, 2]);
  await wb.xlsx.writeFile(input);
});

async function cliPlan(
  ...flags: string[]
): Promise<{ code: number; plan?: PlanResult; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["plan", input, "--json", ...flags], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    today: new Date("2026-11-22T08:00:00Z"),
  });
  return { code, plan: code === 0 ? (JSON.parse(out) as PlanResult) : undefined, err };
}

describe("JPM methods", () => {
  const scores = [4, 4, 3, 3, 3, 3, 3, 3, 2];
  const standards = [3, 3, 3, 3, 3, 4, 4, 3, 2];

  it("no two methods share an accepted word", () => {
    const keys = JPM_METHODS.flatMap((m) => [m.id, ...m.aliases].map(choiceKey));
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(JPM_METHODS.map((m) => [m.id, m] as const))("%s", (id, entry) => {
    it("is a value of the option schema", () => {
      expect(runOptionsSchema.safeParse({ jpmMethod: id }).success).toBe(true);
    });

    it("is a choice of the pane, labelled with its name and formula in both languages", () => {
      expect(JPM_CHOICES).toContain(id);
      expect(jpmChoices("id")[id].toLowerCase()).toContain(entry.name.id.toLowerCase());
      expect(jpmChoices("id")[id]).toContain(entry.formula.id);
      expect(jpmChoices("en")[id].toLowerCase()).toContain(entry.name.en.toLowerCase());
      expect(jpmChoices("en")[id]).toContain(entry.formula.en);
    });

    it("is listed in the CLI help with its formula, and accepted by --jpm under every word", async () => {
      const line = USAGE.split("\n").find((l) => l.trimStart().startsWith("--jpm"))!;
      expect(line.split(/[\s|()]+/)).toContain(id);
      expect(USAGE).toContain(entry.formula.id);
      for (const word of wordsOf(entry)) {
        const { code, plan, err } = await cliPlan("--jpm", word);
        expect([word, code, err]).toEqual([word, 0, ""]);
        expect([word, plan!.jpmMethod, plan!.jpmMethodSource]).toEqual([word, id, "user"]);
      }
    });

    it("is accepted by =SKJ.JPM under every word, and named in its JSDoc", () => {
      const expected = jpmOf(scores, standards, id);
      for (const word of wordsOf(entry)) {
        expect([word, fns.jpm([scores], [standards], word)]).toEqual([word, expected]);
      }
      expect(paramDoc("method")).toContain(`"${id}"`);
    });
  });

  it("the CLI and =SKJ.JPM reject an unknown method, naming every method", async () => {
    const { code, err } = await cliPlan("--jpm", "median");
    expect(code).toBe(2);
    expect(() => fns.jpm([scores], [standards], "median")).toThrow(/tidak dikenal/);
    for (const m of JPM_METHODS) {
      expect(err).toContain(m.id);
      expect(() => fns.jpm([scores], [standards], "median")).toThrow(`"${m.id}"`);
    }
  });
});

describe("category schemes", () => {
  it("no two schemes share an accepted word", () => {
    const keys = SCHEMES.flatMap((s) => [s.id, ...s.aliases].map(choiceKey));
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(SCHEMES.map((s) => [s.id, s] as const))("%s", (id, entry) => {
    it("is a value of the option schema and a choice of the pane", () => {
      expect(runOptionsSchema.safeParse({ scheme: id }).success).toBe(true);
      expect(SCHEME_CHOICES).toContain(id);
      expect(schemeChoices("id")[id].toLowerCase()).toContain(entry.name.id);
      expect(schemeChoices("en")[id].toLowerCase()).toContain(entry.name.en);
    });

    it("is in the CLI help with a --batas flag and default per threshold, and accepted by --scheme", async () => {
      const line = USAGE.split("\n").find((l) => l.trimStart().startsWith("--scheme"))!;
      expect(line.split(/[\s|()]+/)).toContain(id);
      for (const t of entry.thresholds) expect(USAGE).toContain(`--batas-${t.key} PERSEN`);
      for (const word of wordsOf(entry)) {
        const { code, plan } = await cliPlan("--scheme", word);
        expect([word, code, plan?.scheme, plan?.schemeSource]).toEqual([word, 0, id, "user"]);
      }
    });

    it("each threshold is a field of the pane, checked for order and marked on itself", () => {
      const today = new Date(2026, 4, 1);
      entry.thresholds.forEach((t, i) => {
        const field = THRESHOLD_FIELDS.find((f) => f.key === t.key);
        expect(field?.label).toBe(`${entry.categories[i].code} ≥`);
        expect(defaultOptions(today)[t.key]).toBe(String(Math.round(t.default * 10000) / 100));
        const above = entry.thresholds[i - 1];
        if (!above) return;
        const problems = optionProblems({ ...defaultOptions(today), [t.key]: "100" }, today);
        expect(problems).toEqual({ [t.key]: msg("threshold-order", { scheme: entry.id }) });
      });
    });

    it("each --batas flag sets its threshold, the others keep their defaults", async () => {
      for (const t of entry.thresholds) {
        // One point below the default keeps the thresholds in order.
        const percent = Math.round(t.default * 100) - 1;
        const { plan, err } = await cliPlan("--scheme", id, `--batas-${t.key}`, String(percent));
        expect(err).toBe("");
        expect(plan!.thresholds[id]).toEqual({
          ...Object.fromEntries(entry.thresholds.map((x) => [x.key, x.default])),
          [t.key]: percent / 100,
        });
      }
    });

    it("is accepted by =SKJ.KATEGORI under every word, and named in its JSDoc", () => {
      for (const word of wordsOf(entry)) {
        expect([word, fns.kategori(0.8, word)]).toEqual([word, category(0.8, id)]);
      }
      expect(paramDoc("scheme")).toContain(`"${id}"`);
    });
  });
});
