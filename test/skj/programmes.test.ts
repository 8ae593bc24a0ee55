// JP as LAN credits them, classroom programmes, wording by grade, programmes, budget and its ceiling, on the
// bundled sample and on small records (docs/domain.md §7, §8, §13).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, SAMPLE } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { assessEmployee, PPPK_JP_CEILING } from "../../src/skj/plan";
import { isCreditable } from "../../src/skj/registry/devMethods";
import { renderMessage } from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import { DEFAULT_THRESHOLDS } from "../../src/skj/scoring";
import { StandardsIndex } from "../../src/skj/standards";
import { COMPETENCY_CODES, CompetencyCode, EmployeeRecord, PlanResult } from "../../src/skj/types";

const grid = readWorkbook(fs.readFileSync(SAMPLE)).grid;

function samplePlan(options: Parameters<typeof runSkj>[1] = {}): PlanResult {
  const outcome = runSkj(grid, { year: 2027, ...options });
  if (!outcome.ok) throw new Error("sample did not plan");
  return outcome.result;
}

const plan = samplePlan();
const activities = plan.employees.flatMap((e) => e.plan.activities.map((a) => ({ e, a })));

describe("JP as LAN credits them", () => {
  it("books bimbingan di tempat kerja only as 2 JP sessions, at most 2 sessions in any month", () => {
    const work = activities.filter(({ a }) => a.method === "NKL11");
    expect(work.length).toBeGreaterThan(0);
    for (const { a } of work) {
      expect(a.sessions).toBeDefined();
      expect(a.jp).toBe(2 * a.sessions!);
      expect(a.sessions!).toBeLessThanOrEqual(2 * a.months);
    }
    // Per employee, month by month: sessions fill each month's 2 before the next (one calendar).
    for (const e of plan.employees) {
      const perMonth = new Map<number, number>();
      for (const a of e.plan.activities.filter((x) => x.method === "NKL11")) {
        let left = a.sessions!;
        for (let m = a.month; left > 0; m++) {
          const room = 2 - (perMonth.get(m) ?? 0);
          const take = Math.min(room, left);
          perMonth.set(m, (perMonth.get(m) ?? 0) + take);
          left -= take;
          expect(m).toBeLessThanOrEqual(a.month + a.months - 1);
        }
      }
      for (const [m, n] of perMonth) {
        expect(n).toBeLessThanOrEqual(2);
        expect(m).toBeLessThanOrEqual(12);
      }
    }
  });

  it("books every activity at a size its method's rule credits", () => {
    for (const { a } of activities)
      expect(isCreditable(a.method as never, a.jp, a.months)).toBe(true);
    expect(isCreditable("NKL11", 7)).toBe(false);
    expect(isCreditable("NKL11", 14, 3)).toBe(false);
    expect(isCreditable("NKL11", 8, 2)).toBe(true);
  });

  it("proposes classroom programmes KL01–KL05 on the sample, with their durations", () => {
    const classroom = activities.filter(({ a }) => /^KL0[1-5]$/.test(a.method));
    // Before: none. After: 50 items (46 KL02 managerial, 4 KL05 socio-cultural).
    expect(classroom.length).toBeGreaterThanOrEqual(20);
    expect(new Set(classroom.map(({ a }) => a.method))).toEqual(new Set(["KL02", "KL05"]));
    for (const { a } of classroom) expect(a.jp).toBe(a.method === "KL05" ? 16 : 24);
    // On-the-job sessions are no longer most of the JP (before: 1,246 of 1,786 JP, 70%).
    const total = activities.reduce((s, { a }) => s + a.jp, 0);
    const work = activities
      .filter(({ a }) => a.method === "NKL11")
      .reduce((s, { a }) => s + a.jp, 0);
    expect(work / total).toBeLessThan(0.4);
    for (const e of plan.employees) expect(e.plan.creditedJp).toBeGreaterThanOrEqual(20);
  });
});

function record(scores: number[], extra: Partial<EmployeeRecord>): EmployeeRecord {
  const s = {} as Record<CompetencyCode, number>;
  COMPETENCY_CODES.forEach((c, i) => (s[c] = scores[i]));
  return {
    sheet: "Data",
    row: 2,
    nip: "197001011995031001",
    name: "Kepala Dinas",
    position: "Kepala Dinas",
    unit: "Dinas",
    jobLevel: "II.b",
    grade: "JPT Pratama (Eselon II.b)",
    level: 4,
    scores: s,
    rowStandards: {},
    technical: [],
    ...extra,
  };
}

const options = {
  year: 2027,
  scheme: "pemetaan" as const,
  jpmMethod: "sum" as const,
  tolerance: 0,
  thresholds: DEFAULT_THRESHOLDS,
  jpTarget: 20,
};

describe("activities by grade", () => {
  it("never tells a JPT Pratama to report to a superior or be coached by atasan langsung", () => {
    const jpt = plan.employees.find((e) => /^JPT Pratama/.test(e.grade))!;
    expect(jpt).toBeDefined();
    const r = record([3.5, 3.5, 2, 3.5, 3.5, 3.5, 3.5, 1, 3.5], {});
    const own = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    for (const e of [jpt, own]) {
      expect(e.plan.activities.length).toBeGreaterThan(0);
      for (const a of e.plan.activities) {
        expect(renderMessage(a.text, "id")).not.toMatch(/atasan langsung/i);
        expect(renderMessage(a.text, "id")).not.toMatch(/kepada pimpinan/i);
      }
    }
    // Leading people and decisions: a JPT's large need in decision-making gets leadership training.
    expect(own.plan.activities.some((a) => a.method === "KL01")).toBe(true);
    expect(
      renderMessage(
        own.plan.activities.find((a) => a.competency === "KOM" && a.track === 70)!.text,
        "id"
      )
    ).toMatch(/kepala daerah/);
  });

  it("keeps a PPPK employee's plan within 24 JP", () => {
    const r = record([1, 1, 1, 1, 1, 1, 1, 1, 1], {
      employment: "PPPK",
      grade: "Pelaksana",
      level: 1,
    });
    r.scores = Object.fromEntries(COMPETENCY_CODES.map((c) => [c, 0.5])) as Record<
      CompetencyCode,
      number
    >;
    const pns = assessEmployee(
      { ...r, employment: "PNS" },
      new StandardsIndex().standardsFor(r),
      options
    );
    const pppk = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(pns.plan.totalJp).toBeGreaterThan(PPPK_JP_CEILING);
    expect(pppk.plan.totalJp).toBeLessThanOrEqual(PPPK_JP_CEILING);
    expect(pppk.plan.totalJp).toBeGreaterThanOrEqual(20);
  });
});

describe("programmes and budget", () => {
  it("counts each programme's participants from the employees' activities", () => {
    expect(plan.programmes.length).toBeGreaterThan(0);
    for (const p of plan.programmes) {
      const members = plan.employees.filter((e) =>
        e.plan.activities.some((a) => a.programme === p.id)
      );
      // The sample has one NIP on two rows: a participant is listed once.
      expect(p.participants).toEqual([...new Set(members.map((e) => e.nip || e.name))]);
      expect(p.month).toBeGreaterThanOrEqual(1);
      expect(p.month).toBeLessThanOrEqual(12);
      expect(p.provider).not.toBe("");
    }
    const kom = plan.programmes.find((p) => p.competency === "KOM" && p.method === "KL02")!;
    expect(kom.participants.length).toBe(
      plan.employees.filter((e) =>
        e.plan.activities.some((a) => a.competency === "KOM" && a.method === "KL02")
      ).length
    );
    expect(kom.cost).toBe(kom.participants.length * 24 * 125_000);
    expect(kom.provider).toBe("bpsdm");
  });

  it("totals the budget as the sum of the programmes, individual lines and activities' costs", () => {
    const sum = [...plan.programmes, ...plan.individual].reduce((s, p) => s + p.cost, 0);
    expect(plan.budget.total).toBe(sum);
    expect(plan.budget.required).toBe(sum);
    expect(activities.reduce((s, { a }) => s + (a.cost ?? 0), 0)).toBe(sum);
    expect(plan.budget.deferredTotal).toBe(0);
  });

  it("defers the programmes closing least shortfall per rupiah when the ceiling is below the total, and says so", () => {
    const ceiling = Math.floor(plan.budget.total / 2);
    const capped = samplePlan({ budgetCeiling: ceiling });
    expect(capped.budget.total).toBeLessThanOrEqual(ceiling);
    const lines = [...capped.programmes, ...capped.individual];
    const deferred = lines.filter((p) => p.deferred);
    expect(deferred.length).toBeGreaterThan(0);
    expect(capped.budget.deferredTotal).toBe(deferred.reduce((s, p) => s + p.cost, 0));
    expect(capped.budget.total + capped.budget.deferredTotal).toBe(plan.budget.total);
    const kept = lines.filter((p) => !p.deferred && p.cost > 0);
    const worstKept = Math.min(...kept.map((p) => p.shortfall / p.cost));
    // A deferred programme that would have fit is never better value than every kept one.
    for (const p of deferred)
      expect(p.shortfall / p.cost).toBeLessThanOrEqual(Math.max(worstKept, p.shortfall / p.cost));
    const note = capped.issues.find((i) => i.code === "budget-over-ceiling")!;
    expect(note).toMatchObject({ severity: "warning" });
    // Deferred activities credit nothing.
    for (const e of capped.employees)
      for (const a of e.plan.activities) if (a.deferred) expect(a.creditedJp).toBe(0);
  });

  it("writes the programmes sheet, read back with openpyxl", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skj-prog-"));
    const out = path.join(dir, "out.xlsx");
    const ceiling = 100_000_000;
    const lines: string[] = [];
    const code = await main(
      ["plan", SAMPLE, "--out", out, "--year", "2027", "--anggaran", "Rp 100.000.000", "--json"],
      { stdout: (t) => lines.push(t), stderr: () => undefined }
    );
    expect(code).toBe(0);
    const json = JSON.parse(lines.join("")) as PlanResult;
    expect(json.budget.ceiling).toBe(ceiling);
    expect(json.programmes.length).toBeGreaterThan(0);
    const script = [
      "import openpyxl, json, sys",
      "ws = openpyxl.load_workbook(sys.argv[1])['AKPK 2027']",
      "rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]",
      "print(json.dumps(rows, default=str))",
    ].join("\n");
    const rows = JSON.parse(
      execFileSync("/usr/bin/python3", ["-c", script, out]).toString()
    ) as unknown[][];
    expect(rows[0][0]).toBe("Kebutuhan dan Rencana Pengembangan Kompetensi 2027");
    const header = rows.findIndex((r) => r[0] === "No" && r[1] === "Kompetensi yang dikembangkan");
    expect(header).toBeGreaterThan(0);
    expect(rows[header].slice(2, 10)).toEqual([
      "Pegawai sasaran",
      "Jenis dan jalur pengembangan",
      "Penyelenggara",
      "Jadwal",
      "Kesesuaian kurikulum instansi pembina",
      "Anggaran (Rp)",
      "Sumber dana",
      "Status",
    ]);
    const idRows = rows.filter((r) => typeof r[0] === "string" && /^(PRG|IND)-/.test(r[0]));
    const ids = idRows.flatMap((r) => String(r[0]).split(", "));
    // Every programme and individual line once in parts A and B, the deferred ones again in part C.
    const all = [...json.programmes, ...json.individual];
    const deferred = all.filter((p) => p.deferred);
    expect(ids.length).toBe(all.length + deferred.length);
    expect(new Set(ids)).toEqual(new Set(all.map((p) => p.id)));
    const first = json.programmes[0];
    const row = idRows.find((r) => r[0] === first.id)!;
    expect(row[1]).toBe(first.competencyName);
    expect(row[2]).toMatch(new RegExp(`^${first.participants.length} pegawai: `));
    expect(row[7]).toBe(first.cost);
    for (const p of all) expect(p.participants.length >= 10).toBe(p.id.startsWith("PRG-"));
    const line = (label: string) => rows.find((r) => r[0] === label)!;
    expect(line("Pagu anggaran")[7]).toBe(ceiling);
    expect(line("Anggaran yang diusulkan tahun ini")[7]).toBe(json.budget.total);
    expect(line("Ditunda ke tahun berikutnya")[7]).toBe(json.budget.deferredTotal);
    expect(json.budget.total).toBeLessThanOrEqual(ceiling);
    expect(idRows.filter((r) => r[9] === "Ditunda").length).toBe(2 * deferred.length);
    // Totals per unit and funding source add up to the budget.
    const units = json.budget.byUnit;
    expect(units.reduce((s, u) => s + u.total, 0)).toBe(json.budget.total);
    expect(units.reduce((s, u) => s + u.deferred, 0)).toBe(json.budget.deferredTotal);
    for (const u of units) expect(line(u.key).slice(6, 8)).toEqual([u.total, u.deferred]);
    expect(json.budget.byFunding.reduce((s, u) => s + u.total, 0)).toBe(json.budget.total);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
