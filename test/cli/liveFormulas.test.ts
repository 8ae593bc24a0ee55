// Plan cells that follow the scores (issue "A living workbook", docs/domain.md §22). The written copy's formulas
// are recalculated by LibreOffice: first unchanged (every formula gives the value written with it), then after
// another program (openpyxl) corrected scores in the source sheet, where the plan's gaps, JPM, categories and
// the summary's counts must equal what `skj plan` computes from the corrected source on its own.
import { execFileSync } from "child_process";
import * as path from "path";
import { PlanResult } from "../../src/skj/types";
import { SAMPLE } from "../../src/cli/main";
import { runCli, tempFolder } from "../helpers/cliRun";
import { convert } from "../helpers/libreoffice";

const tmp = tempFolder("skj-live-");
const PLAN = "Rencana Pengembangan 2027";
const SUMMARY = "Rekap Kebutuhan 2027";
const LIVE = "Data Rumus 2027";

function python(script: string): string {
  return execFileSync("/usr/bin/python3", ["-W", "ignore", "-c", script], { encoding: "utf8" });
}

/** Score corrections in the sample's "Data Asesmen" sheet: cell → new score. */
const CORRECTIONS: Record<string, number | string> = {
  // Siti Aminah (row 9): Kerja Sama 2.5 → 5, Integritas 4 → 1.
  I9: 5,
  H9: 1,
  // Budi Prasetyo (row 10): every competency to 5.
  ...Object.fromEntries("HIJKLMNOP".split("").map((c) => [`${c}10`, 5])),
  // Row 12: Komunikasi to 1, and the grade "IV a" retyped as "Administrator" (a catalogue name: level 3).
  J12: 1,
  F12: "Administrator",
  // Budi's grade "III.a" retyped as "IV.a", a text the table already holds (level 2).
  F10: "IV.a",
};

function correct(from: string, to: string): void {
  python(`
import openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(from)})
ws = wb["Data Asesmen"]
for cell, value in ${JSON.stringify(CORRECTIONS)}.items():
    ws[cell] = value
wb.save(${JSON.stringify(to)})
`);
}

interface LiveRow {
  nip: string;
  row: number;
  standards: number[];
  jpm: number;
  category: string;
  needs: number;
  gaps: number[];
}

/** The formula data's rows and the summary's first needs table, as computed values. */
function computed(file: string): {
  live: LiveRow[];
  short: Record<string, number[]>;
  planJpm: number;
  standards: Record<string, number[]>;
} {
  return JSON.parse(
    python(`
import json, openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(file)}, data_only=True)
ws = wb[${JSON.stringify(LIVE)}]
live = []
for row in ws.iter_rows(min_row=3, values_only=True):
    if row[0] is None: break
    live.append(dict(nip=row[0], row=row[3], standards=list(row[4:13]), gaps=list(row[22:31]), jpm=row[40], category=row[41], needs=row[42]))
summary = wb[${JSON.stringify(SUMMARY)}]
short = {}
for row in summary.iter_rows(values_only=True):
    if isinstance(row[0], int) and isinstance(row[3], (int, float)) and row[1] not in short and len(short) < 9:
        short[row[1]] = [row[3], row[4]]
plan = wb[${JSON.stringify(PLAN)}]
print(json.dumps(dict(live=live, short=short, planJpm=plan["J7"].value, standards={r["nip"]: r["standards"] for r in live})))
`)
  );
}

describe("plan cells that follow the scores (LibreOffice recalculation)", () => {
  const out = path.join(tmp, "rencana.xlsx");

  beforeAll(async () => {
    const { code } = await runCli("plan", SAMPLE, "--out", out);
    expect(code).toBe(0);
  });

  it("unchanged, every formula recalculates to the value written with it", async () => {
    const recalculated = await convert(out, "xlsx", path.join(tmp, "lo-same"));
    const result = JSON.parse(
      python(`
import json, openpyxl
mine = openpyxl.load_workbook(${JSON.stringify(out)}, data_only=True)
formulas = openpyxl.load_workbook(${JSON.stringify(out)})
lo = openpyxl.load_workbook(${JSON.stringify(recalculated)}, data_only=True)
count, differ = {}, []
for name in [${JSON.stringify(PLAN)}, ${JSON.stringify(SUMMARY)}, ${JSON.stringify(LIVE)}]:
    count[name] = 0
    for row in formulas[name].iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                count[name] += 1
                a, b = mine[name][c.coordinate].value, lo[name][c.coordinate].value
                same = a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 1e-9)
                if not same: differ.append([name, c.coordinate, c.value, a, b])
print(json.dumps(dict(count=count, differ=differ[:10], hidden=formulas[${JSON.stringify(LIVE)}].sheet_state)))
`)
    ) as { count: Record<string, number>; differ: unknown[]; hidden: string };
    expect(result.differ).toEqual([]);
    expect(result.hidden).toBe("hidden");
    // Per employee: standards, scores, gaps and needs of the nine, JPM, category, needs count.
    expect(result.count[LIVE]).toBeGreaterThanOrEqual(36 * 30);
    expect(result.count[PLAN]).toBeGreaterThan(36 * 3);
    expect(result.count[SUMMARY]).toBeGreaterThan(9 * 5);
  });

  it("after scores are corrected in the source, gaps, JPM, categories and counts follow", async () => {
    const changed = path.join(tmp, "dikoreksi.xlsx");
    correct(out, changed);
    const recalculated = await convert(changed, "xlsx", path.join(tmp, "lo-changed"));
    const got = computed(recalculated);

    // What the product computes from the corrected source on its own.
    const source = path.join(tmp, "sumber-dikoreksi.xlsx");
    correct(SAMPLE, source);
    const { code, out: json } = await runCli("plan", source, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(json) as PlanResult;
    // By source row: the sample has one NIP twice (a data error the plan reports).
    const byRow = new Map(plan.employees.map((e) => [e.row, e]));
    const byNip = new Map(plan.employees.map((e) => [e.nip, e]));

    expect(got.live).toHaveLength(plan.employees.length);
    for (const row of got.live) {
      const e = byRow.get(row.row)!;
      expect([row.nip, row.jpm]).toEqual([e.nip, expect.closeTo(e.jpm, 9)]);
      expect([row.nip, row.category, row.needs]).toEqual([e.nip, e.category, e.priorities.length]);
      expect(row.gaps).toEqual(e.competencies.map((c) => expect.closeTo(c.gap, 9)));
      expect([row.nip, row.standards]).toEqual([e.nip, e.competencies.map((c) => c.standard)]);
    }
    // The corrections did change something: Budi's JPM rose, Siti has a new need.
    const before = JSON.parse((await runCli("plan", SAMPLE, "--json")).out) as PlanResult;
    const was = new Map(before.employees.map((e) => [e.nip, e]));
    expect(byNip.get("198205232009092002")!.jpm).toBeGreaterThan(
      was.get("198205232009092002")!.jpm
    );
    expect(got.live.find((r) => r.nip === "198205232009092002")!.jpm).toBeCloseTo(
      byNip.get("198205232009092002")!.jpm,
      9
    );
    // The plan's first identity cell shows the first employee's JPM.
    expect(got.planJpm).toBeCloseTo(got.live[0].jpm, 9);
    // The summary's counts: assessed and below standard per competency.
    const expected = Object.fromEntries(
      plan.summary.needs.slice(0, 9).map((n) => [n.name, [n.assessed, n.short]])
    );
    expect(got.short).toEqual(expected);
    // The retyped grades changed the standards through the grade list.
    expect(got.standards["198205232009092002"]).toEqual(Array(9).fill(2));
    expect(byNip.get("198205232009092002")!.competencies.map((c) => c.standard)).toEqual(
      Array(9).fill(2)
    );
    expect(plan.summary.needs.some((n, i) => n.short !== before.summary.needs[i].short)).toBe(true);
  });
});
