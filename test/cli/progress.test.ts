// Progress across two generated years (docs/domain.md §18): year 1 is planned by `skj plan`; year 2 is a new
// assessment with changed scores and a realisation column, planned with `--sebelumnya` year 1's output. The
// Progres sheet and the JSON are checked against figures computed here from the generated data alone.
import ExcelJS from "exceljs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { msg, renderMessage } from "../../src/skj/messages";
import type { PlanResult } from "../../src/skj/types";
import { NINE } from "../helpers/grid";
import { runCli, tempFolder } from "../helpers/cliRun";
import * as fs from "fs";

const tmp = tempFolder("skj-progress-");
const UNITS = ["Bidang Mutasi", "Bidang Pengembangan", "Sekretariat"];
// Administrator (Eselon III) needs level 3 in each of the nine; Pengawas (Eselon IV) level 2 (PermenPANRB 38/2017).
const GRADES = [
  { written: "III.a", standard: 3 },
  { written: "IV.a", standard: 2 },
];
const N = 30;

interface Person {
  nip: string;
  name: string;
  unit: string;
  grade: (typeof GRADES)[number];
  year1: number[];
  year2: number[];
  realised: number | null;
}

/** A deterministic spread of scores 1–4 in steps of 0.5. */
function score(i: number, k: number, year: number): number {
  return 1 + ((i * 7 + k * 3 + year * 5) % 7) * 0.5;
}

const people: Person[] = Array.from({ length: N }, (_, i) => ({
  nip: `19${String(800101 + i).padStart(6, "0")}2010011${String(i).padStart(3, "0")}`,
  name: `Pegawai ${String.fromCharCode(65 + (i % 26))}${i}`,
  unit: UNITS[i % UNITS.length],
  grade: GRADES[i % GRADES.length],
  year1: NINE.map((_, k) => score(i, k, 1)),
  year2: NINE.map((_, k) => score(i, k, 2)),
  // Some realised the target, some did not, one has no figure yet.
  realised: i === 4 ? null : [24, 12, 20, 8, 30][i % 5],
}));

async function assessment(file: string, year: 1 | 2): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hasil Asesmen");
  ws.addRow([`REKAPITULASI HASIL ASESMEN KOMPETENSI TAHUN ${2025 + year}`]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "NIP",
    "Nama",
    "Jabatan",
    "Eselon",
    "Unit Kerja",
    ...NINE,
    ...(year === 2 ? ["JP Realisasi 2027"] : []),
  ]);
  people.forEach((p, i) =>
    ws.addRow([
      i + 1,
      p.nip,
      p.name,
      p.grade.standard === 3 ? "Kepala Bidang" : "Kepala Subbidang",
      p.grade.written,
      p.unit,
      ...(year === 1 ? p.year1 : p.year2),
      ...(year === 2 ? [p.realised] : []),
    ])
  );
  ws.getColumn(2).numFmt = "@";
  await wb.xlsx.writeFile(file);
}

describe("progress across two years", () => {
  let plan: PlanResult;
  let out2: string;
  let year1Plan: PlanResult;

  beforeAll(async () => {
    const in1 = path.join(tmp, "asesmen-2026.xlsx");
    const out1 = path.join(tmp, "rencana-2027.xlsx");
    const in2 = path.join(tmp, "asesmen-2027.xlsx");
    out2 = path.join(tmp, "rencana-2028.xlsx");
    await assessment(in1, 1);
    await assessment(in2, 2);
    const first = await runCli("plan", in1, "--year", "2027", "--out", out1, "--json");
    expect(first.code).toBe(0);
    year1Plan = JSON.parse(first.out);
    const second = await runCli(
      "plan",
      in2,
      "--year",
      "2028",
      "--sebelumnya",
      out1,
      "--out",
      out2,
      "--json"
    );
    expect(second.code).toBe(0);
    plan = JSON.parse(second.out);
  });

  test("the JSON counts needs closed and opened per competency as the generated scores say", () => {
    const progress = plan.progress!;
    expect(progress.previousYear).toBe(2027);
    expect(progress.sources.previousAssessment?.file).toBe("rencana-2027.xlsx");
    NINE.forEach((_, k) => {
      const was = people.map((p) => p.year1[k] < p.grade.standard);
      const is = people.map((p) => p.year2[k] < p.grade.standard);
      const c = progress.competencies[k];
      expect(c.compared).toBe(N);
      expect(c.closed).toBe(people.filter((_, i) => was[i] && !is[i]).length);
      expect(c.opened).toBe(people.filter((_, i) => !was[i] && is[i]).length);
      expect(c.remaining).toBe(people.filter((_, i) => was[i] && is[i]).length);
    });
    // The generated scores do change the picture.
    expect(progress.competencies.some((c) => c.closed > 0)).toBe(true);
    expect(progress.competencies.some((c) => c.opened > 0)).toBe(true);
  });

  test("planned JP is read back from last year's plan sheet; realised JP from the column", () => {
    const progress = plan.progress!;
    expect(progress.sources.planSheet).toEqual({
      sheet: "Rencana Pengembangan 2027",
      file: "rencana-2027.xlsx",
    });
    expect(progress.sources.realisation).toBe("JP Realisasi 2027");
    for (const p of people) {
      const row = progress.employees.find((e) => e.nip === p.nip)!;
      const planned = year1Plan.employees.find((e) => e.nip === p.nip)!.plan.totalJp;
      expect(row.plannedJp).toBe(planned);
      expect(row.realisedJp).toBe(p.realised);
      expect(row.belowTarget).toBe(p.realised !== null && p.realised < 20);
    }
    for (const unit of UNITS) {
      const mine = people.filter((p) => p.unit === unit);
      const u = progress.units.find((x) => x.unit === unit)!;
      expect(u.employees).toBe(mine.length);
      expect(u.realisedJp).toBe(mine.reduce((s, p) => s + (p.realised ?? 0), 0));
      expect(u.belowTarget).toBe(mine.filter((p) => p.realised !== null && p.realised < 20).length);
    }
  });

  test("the written Progres sheet holds the same figures and names those under 20 JP", () => {
    const book = readWorkbook(fs.readFileSync(out2)).grid;
    const sheet = book.sheets.find((s) => s.name === "Progres 2028")!;
    expect(sheet).toBeDefined();
    const rows = sheet.rows;
    const cell = (r: number, c: number) => rows[r]?.[c];
    for (const p of people) {
      const r = rows.findIndex((row) => row[2] === p.nip);
      expect(r).toBeGreaterThan(0);
      expect(cell(r, 1)).toBe(p.name);
      expect(cell(r, 5) ?? null).toBe(p.realised);
      expect(cell(r, 6)).toBe(p.realised === null ? "–" : p.realised >= 20 ? "Ya" : "Belum");
    }
    const text = rows
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    const below = people.filter((p) => p.realised !== null && p.realised < 20);
    expect(text).toContain(`${below.length} pegawai dengan realisasi di bawah 20 JP`);
    for (const p of below) expect(text).toContain(`${p.name} (${p.nip})`);
    // Per competency: the name, then compared, closed, opened, remaining.
    const progress = plan.progress!;
    for (const c of progress.competencies) {
      const row = rows.find((x) => x[1] === c.name && typeof x[2] === "number")!;
      expect(row.slice(2, 6)).toEqual([c.compared, c.closed, c.opened, c.remaining]);
    }
  });

  test("without last year's file the same workbook's earlier plan sheet is used", async () => {
    // Year 2 planned inside year 1's output: the plan sheet of 2027 is in the workbook itself.
    const again = await runCli(
      "plan",
      path.join(tmp, "rencana-2027.xlsx"),
      "--year",
      "2028",
      "--json"
    );
    const progress = (JSON.parse(again.out) as PlanResult).progress!;
    expect(progress.sources.planSheet).toEqual({ sheet: "Rencana Pengembangan 2027" });
    expect(progress.sources.previousAssessment).toBeUndefined();
    expect(progress.employees.every((e) => e.plannedJp !== null)).toBe(true);
  });

  test("in English the sheet speaks English", async () => {
    const out = path.join(tmp, "progress-en.xlsx");
    const en = await runCli(
      "plan",
      path.join(tmp, "asesmen-2027.xlsx"),
      "--year",
      "2028",
      "--sebelumnya",
      path.join(tmp, "rencana-2027.xlsx"),
      "--lang",
      "en",
      "--out",
      out
    );
    expect(en.code).toBe(0);
    const sheet = readWorkbook(fs.readFileSync(out)).grid.sheets.find(
      (s) => s.name === "Progress 2028"
    )!;
    const texts = new Set(sheet.rows.flat().filter((v): v is string => typeof v === "string"));
    const columns = ["planned", "realised", "met", "closed", "opened", "remaining"] as const;
    for (const column of columns) {
      expect(texts).toContain(renderMessage(msg("progress-sheet-header", { column }), "en"));
      expect(texts).not.toContain(renderMessage(msg("progress-sheet-header", { column }), "id"));
    }
    expect([...texts].join(" ")).toContain("employees realised less than 20 JP");
  });

  test("a plan with nothing of last year has no progress and no Progres sheet", async () => {
    const alone = await runCli("plan", path.join(tmp, "asesmen-2026.xlsx"), "--json");
    expect((JSON.parse(alone.out) as PlanResult).progress).toBeUndefined();
  });
});
