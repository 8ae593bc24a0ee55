// The plan of an agency of 200 employees (issue 16, "Done when"), written as a staffing system exports it
// with ExcelJS and planned by `skj plan --json`: classroom programmes for every competency ten or more
// employees lack, JP credited by each method's rule, every employee at the target in credited JP (PPPK at
// most 24), and a budget ceiling that defers programmes with their cost (docs/domain.md §7, §8, §13, §15).
import ExcelJS from "exceljs";
import * as path from "path";
import { PPPK_JP_CEILING } from "../../src/skj/plan";
import { creditRule, DevMethodCode } from "../../src/skj/registry/devMethods";
import { PlanResult } from "../../src/skj/types";
import { NINE } from "../helpers/grid";
import { runCli, tempFolder } from "../helpers/cliRun";

const tmp = tempFolder("skj-agency200-");

/** A deterministic stream of numbers in [0, 1): the same workbook on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const UNITS = [
  "Sekretariat",
  "Bidang Pengadaan dan Mutasi",
  "Bidang Pengembangan Kompetensi",
  "Bidang Penilaian Kinerja",
  "Bidang Informasi Kepegawaian",
];

interface Person {
  nip: string;
  name: string;
  position: string;
  eselon: string | null;
  unit: string;
  status: "PNS" | "PPPK";
  scores: number[];
}

/**
 * 1 JPT, 4 Administrators, 15 Pengawas, 60 expert and 40 skilled functional officials, 80 staff; 40 of the
 * functional officials and staff are PPPK. Scores sit at the standard of the grade (docs/domain.md §2) for most
 * competencies, a level below for about one in seven, two below for a few, one above for some.
 */
function people(): Person[] {
  const next = random(2026);
  const out: Person[] = [];
  for (let i = 0; i < 200; i++) {
    const unit = i === 0 ? UNITS[0] : UNITS[i % UNITS.length];
    let position: string;
    let eselon: string | null = null;
    let standard: number;
    if (i === 0) [position, eselon, standard] = ["Kepala Badan", "II.b", 4];
    else if (i < 5) [position, eselon, standard] = [`Kepala ${unit}`, "III.a", 3];
    else if (i < 20) [position, eselon, standard] = [`Kepala Subbidang ${i}`, "IV.a", 2];
    else if (i < 80)
      [position, standard] =
        i % 2 ? ["Analis SDM Aparatur Ahli Muda", 3] : ["Analis SDM Aparatur Ahli Pertama", 2];
    else if (i < 120)
      [position, standard] = i % 2 ? ["Pranata Komputer Mahir", 2] : ["Arsiparis Terampil", 2];
    else [position, standard] = [i % 3 ? "Pengadministrasi Perkantoran" : "Pengolah Data", 1];
    const status = i >= 100 && i < 140 ? "PPPK" : "PNS";
    const scores = NINE.map(() => {
      const r = next();
      const score =
        r < 0.02 ? standard - 2 : r < 0.16 ? standard - 1 : r > 0.85 ? standard + 1 : standard;
      return Math.min(5, Math.max(1, score));
    });
    const year = 1970 + (i % 30);
    out.push({
      nip: `${year}0${(i % 9) + 1}1${i % 2}20${String(10 + (i % 15)).padStart(2, "0")}01${i % 2 ? 1 : 2}${String(i).padStart(3, "0")}`,
      name: `Pegawai ${String(i + 1).padStart(3, "0")}`,
      position,
      eselon,
      unit,
      status,
      scores,
    });
  }
  return out;
}

/** The staffing system's export: a title block, NIPs as text, a status column, the nine, then JPM. */
async function writeWorkbook(file: string, staff: Person[], costs = false): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hasil Asesmen");
  ws.addRow(["REKAPITULASI HASIL ASESMEN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"]);
  ws.addRow(["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  ws.addRow(["Tahun 2026"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "NIP",
    "Nama",
    "Jabatan",
    "Eselon",
    "Unit Kerja",
    "Status Kepegawaian",
    ...NINE,
  ]);
  staff.forEach((p, i) =>
    ws.addRow([i + 1, p.nip, p.name, p.position, p.eselon, p.unit, p.status, ...p.scores])
  );
  if (costs) {
    // The agency's own unit costs, with one row the reader must refuse.
    const biaya = wb.addWorksheet("Biaya");
    biaya.addRow(["Kode", "Metode", "Biaya", "Satuan", "Sumber Dana"]);
    biaya.addRow(["KL02", "Pelatihan manajerial", "Rp 100.000", "per peserta per JP", "APBD"]);
    biaya.addRow(["KL05", "Pelatihan sosial kultural", 1_500_000, "per peserta", "APBD"]);
    biaya.addRow(["KL99", "Pelatihan lain", 1_000_000, "per peserta", "APBD"]);
  }
  await wb.xlsx.writeFile(file);
}

const staff = people();
const input = path.join(tmp, "asesmen-200.xlsx");
let plan: PlanResult;

beforeAll(async () => {
  await writeWorkbook(input, staff);
  const run = await runCli("plan", input, "--json");
  expect(run.code).toBe(0);
  plan = JSON.parse(run.out) as PlanResult;
}, 120_000);

/** JP a method's rule credits for an activity of `jp` booked over `months` months. */
function creditedByRule(method: string, jp: number, sessions: number | undefined, months: number) {
  const rule = creditRule(method as DevMethodCode);
  switch (rule.kind) {
    case "session":
      // Whole sessions, at most `perMonth` a month over the months it runs.
      return sessions !== undefined &&
        jp === sessions * rule.jp &&
        (rule.perMonth === undefined || sessions <= rule.perMonth * months)
        ? jp
        : 0;
    case "day":
      return sessions !== undefined && jp <= sessions * rule.jp ? jp : jp <= rule.jp ? jp : 0;
    case "event":
      return jp === rule.jp ? jp : 0;
    case "programme":
      return jp > 0 && jp % 8 === 0 ? jp : 0;
    case "agency":
      return 0;
  }
}

describe("an agency of 200 employees", () => {
  it("plans all 200, reading PPPK from the status column", () => {
    expect(plan.employees).toHaveLength(200);
    const pppk = plan.employees.filter((e) => e.employment === "PPPK");
    expect(pppk).toHaveLength(40);
  });

  it("proposes a classroom programme for every competency ten or more employees lack", () => {
    const lacking = new Map<string, number>();
    for (const e of plan.employees)
      for (const c of e.competencies)
        if (c.need) lacking.set(c.code, (lacking.get(c.code) ?? 0) + 1);
    const common = [...lacking].filter(([, n]) => n >= 10).map(([code]) => code);
    expect(common.length).toBeGreaterThanOrEqual(5);
    for (const code of common) {
      const classroom = plan.programmes.filter(
        (p) => p.competency === code && p.route === "klasikal" && /^KL0[1-5]$/.test(p.method)
      );
      expect({ code, classroom: classroom.length > 0 }).toEqual({ code, classroom: true });
      for (const p of classroom) expect(p.participants.length).toBeGreaterThanOrEqual(10);
    }
  });

  it("credits every activity by its method's rule and brings everyone to the target", () => {
    let activities = 0;
    for (const e of plan.employees) {
      for (const a of e.plan.activities) {
        activities++;
        expect({ m: a.method, jp: a.creditedJp }).toEqual({
          m: a.method,
          jp: creditedByRule(a.method, a.jp, a.sessions, a.months),
        });
      }
      const credited = e.plan.activities.reduce((s, a) => s + a.creditedJp, 0);
      expect(e.plan.creditedJp).toBe(credited);
      if (e.employment === "PPPK") {
        expect(credited).toBeLessThanOrEqual(PPPK_JP_CEILING);
        expect(credited).toBeGreaterThanOrEqual(20);
      } else expect(credited).toBeGreaterThanOrEqual(20);
    }
    expect(activities).toBeGreaterThan(500);
  });

  it("forms no programme below the threshold: smaller groups are individual development", () => {
    expect(plan.grouping).toEqual({ threshold: 10, unitThreshold: null });
    for (const p of plan.programmes) expect(p.participants.length).toBeGreaterThanOrEqual(10);
    for (const p of plan.individual) expect(p.participants.length).toBeLessThan(10);
    expect(plan.individual.length).toBeGreaterThan(0);
  });

  it("writes the keys the issue lists in the JSON", () => {
    for (const p of plan.programmes) {
      for (const key of ["id", "competency", "method", "route", "participants", "provider"])
        expect(p).toHaveProperty(key);
      for (const key of ["month", "jp", "cost", "funding", "deferred"])
        expect(p).toHaveProperty(key);
      expect(["klasikal", "nonklasikal"]).toContain(p.route);
      expect(p.month).toBeGreaterThanOrEqual(1);
      expect(p.month).toBeLessThanOrEqual(12);
    }
    expect(Object.keys(plan.budget)).toEqual(
      expect.arrayContaining(["ceiling", "total", "deferredTotal"])
    );
    const ids = new Set(plan.programmes.map((p) => p.id));
    for (const e of plan.employees) {
      expect(e.plan).toHaveProperty("creditedJp");
      for (const a of e.plan.activities) {
        for (const key of ["provider", "month", "cost", "creditedJp"])
          expect(a).toHaveProperty(key);
        if (a.programme !== undefined) expect(ids.has(a.programme)).toBe(true);
        else expect(a.individual).toMatch(/^IND-/);
      }
    }
  });

  it("keeps --anggaran's total within the ceiling and lists what it defers with its cost", async () => {
    const ceiling = Math.round(plan.budget.required / 3);
    const run = await runCli("plan", input, "--json", "--anggaran", String(ceiling));
    expect(run.code).toBe(0);
    const capped = JSON.parse(run.out) as PlanResult;
    expect(capped.budget.ceiling).toBe(ceiling);
    expect(capped.budget.total).toBeLessThanOrEqual(ceiling);
    const lines = [...capped.programmes, ...capped.individual];
    const deferred = lines.filter((p) => p.deferred);
    expect(capped.programmes.some((p) => p.deferred)).toBe(true);
    for (const p of deferred) expect(p.cost).toBeGreaterThan(0);
    expect(capped.budget.deferredTotal).toBe(deferred.reduce((s, p) => s + p.cost, 0));
    expect(capped.budget.total + capped.budget.deferredTotal).toBe(plan.budget.required);
    // A deferred line's activities stay listed but credit nothing this year.
    const deferredIds = new Set(deferred.map((p) => p.id));
    for (const e of capped.employees)
      for (const a of e.plan.activities)
        expect(a.creditedJp === 0).toBe(deferredIds.has(a.programme ?? a.individual ?? ""));
  });

  it("forms a unit's own programme with --ambang-unit where enough of one unit share a line", async () => {
    const run = await runCli("plan", input, "--json", "--ambang-kelas", "40", "--ambang-unit", "5");
    expect(run.code).toBe(0);
    const byUnit = JSON.parse(run.out) as PlanResult;
    expect(byUnit.grouping).toEqual({ threshold: 40, unitThreshold: 5 });
    const unitProgrammes = byUnit.programmes.filter((p) => p.unit !== undefined);
    expect(unitProgrammes.length).toBeGreaterThan(0);
    const unitOf = new Map(byUnit.employees.map((e) => [e.nip, e.unit]));
    for (const p of byUnit.programmes) {
      if (p.unit === undefined) {
        expect(p.participants.length).toBeGreaterThanOrEqual(40);
        continue;
      }
      expect(p.participants.length).toBeGreaterThanOrEqual(5);
      for (const nip of p.participants) expect(unitOf.get(nip)).toBe(p.unit);
    }
    for (const p of byUnit.individual) expect(p.participants.length).toBeLessThan(40);
  });

  it("takes unit costs and funding from the workbook's Biaya sheet; --biaya still wins", async () => {
    const withCosts = path.join(tmp, "asesmen-200-biaya.xlsx");
    await writeWorkbook(withCosts, staff, true);
    const run = await runCli("plan", withCosts, "--json");
    expect(run.code).toBe(0);
    const costed = JSON.parse(run.out) as PlanResult;
    expect(costed.budget.unitCosts.KL02).toEqual({
      basis: "participant-jp",
      amount: 100_000,
      funding: "APBD",
      source: "sheet",
    });
    const kl02 = costed.programmes.filter((p) => p.method === "KL02");
    expect(kl02.length).toBeGreaterThan(0);
    for (const p of kl02) {
      expect(p.funding).toBe("APBD");
      expect(p.cost).toBe(p.participants.length * 24 * 100_000);
    }
    expect(costed.issues.find((i) => i.code === "cost-sheet-method-unknown")).toMatchObject({
      sheet: "Biaya",
      row: 4,
      address: "A4",
    });
    const option = await runCli("plan", withCosts, "--json", "--biaya", "KL02=90000");
    const overridden = JSON.parse(option.out) as PlanResult;
    expect(overridden.budget.unitCosts.KL02).toMatchObject({ amount: 90_000, source: "option" });
  });
});
