// `skj rekap` end to end (issue 18 part 3, docs/domain.md §19): four unit files made in the test (three
// workbooks written with ExcelJS, one CSV export without a unit column), one NIP in two of them, a text file
// that is not read. The rekap's workbook is read back: the per-unit counts are the files' own plans added up
// (the duplicate counted once), pooled programmes draw from several units, the Berkas sheet names every file
// and reports the duplicate, and one thread gives the same result as several.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import type { CellValue, PlanResult, SheetGrid } from "../../src/skj/types";
import { ensureCliBuild } from "../helpers/cliBuild";
import { runCli, tempFolder } from "../helpers/cliRun";
import { NINE, TABLE_HEADER } from "../helpers/grid";

const tmp = tempFolder("skj-rekap-");
const dir = path.join(tmp, "unit");
const out = path.join(tmp, "rekap.xlsx");

interface Person {
  nip: string;
  name: string;
  scores: number[];
}

/** Pengawas (standard 2) in every unit; every other one a level short in Komunikasi, some in Integritas. */
function staff(unit: number, count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    nip: `19800101200501${unit}${String(i).padStart(3, "0")}`,
    name: `Pegawai ${unit}-${i + 1}`,
    scores: NINE.map((_, k) => (k === 2 && i % 2 === 0 ? 1 : k === 0 && i % 3 === 0 ? 1.5 : 2)),
  }));
}

const FILES = {
  pendidikan: { file: "01-dinas-pendidikan.xlsx", unit: "Dinas Pendidikan", people: staff(1, 9) },
  kesehatan: { file: "02-dinas-kesehatan.xlsx", unit: "Dinas Kesehatan", people: staff(2, 8) },
  bappeda: { file: "03-bappeda.csv", unit: "03-bappeda", people: staff(3, 7) },
  kecamatan: { file: "04-kecamatan.xlsx", unit: "Kecamatan Kota", people: staff(4, 6) },
};
// The first employee of Dinas Pendidikan moved to Dinas Kesehatan and is in both files.
const MOVED = FILES.pendidikan.people[0];
FILES.kesehatan.people.push({ ...MOVED, scores: NINE.map(() => 2) });

async function writeXlsx(file: string, unit: string, people: Person[], badRow = false) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hasil Asesmen");
  ws.addRow(["REKAP HASIL ASESMEN KOMPETENSI"]);
  ws.addRow([]);
  ws.addRow([...TABLE_HEADER]);
  for (const p of people) ws.addRow([p.nip, p.name, "Kepala Seksi", "IV.a", unit, ...p.scores]);
  // A score written as a word: the row is left out of the file's plan.
  if (badRow) ws.addRow(["198001012005019999", "Salah Isi", "Kepala Seksi", "IV.a", unit, "baik"]);
  await wb.xlsx.writeFile(path.join(dir, file));
}

/** A SIMPEG-style CSV export without a unit column: the file name stands for the unit. */
function writeCsv(file: string, people: Person[]) {
  const header = TABLE_HEADER.filter((h) => h !== "Unit Kerja");
  const lines = [
    header.join(";"),
    ...people.map((p) =>
      [
        `'${p.nip}`,
        p.name,
        "Kepala Seksi",
        "IV.a",
        ...p.scores.map((s) => String(s).replace(".", ",")),
      ].join(";")
    ),
  ];
  fs.writeFileSync(path.join(dir, file), `${lines.join("\r\n")}\r\n`, "utf8");
}

function sheetOf(grid: { sheets: SheetGrid[] }, name: string): CellValue[][] {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${grid.sheets.map((x) => x.name).join(", ")}`);
  return s.rows;
}

/** Rows below the header row whose first cell is `first`. */
function listBelow(rows: CellValue[][], first: string): CellValue[][] {
  const header = rows.findIndex((r) => r[0] === first);
  expect(header).toBeGreaterThanOrEqual(0);
  return rows.slice(header + 1).filter((r) => r.some((v) => v !== null && v !== ""));
}

let run: { code: number; out: string; err: string };
let json: {
  rekap: {
    files: {
      file: string;
      planned: number;
      counted: number;
      issues: { code: string; message: string }[];
    }[];
    units: { unit: string; employees: number }[];
    duplicates: {
      nip: string;
      first: { file: string; row: number };
      again: { file: string; row: number };
    }[];
    programmes: { programmes: { id: string; participants: string[] }[] };
    budget: { required: number; ceiling: number | null; deferredTotal: number };
  };
};
let grid: { sheets: SheetGrid[] };
const plans = new Map<string, PlanResult>();

beforeAll(async () => {
  // The worker threads run the compiled CLI.
  ensureCliBuild();
  fs.mkdirSync(dir, { recursive: true });
  await writeXlsx(FILES.pendidikan.file, FILES.pendidikan.unit, FILES.pendidikan.people);
  await writeXlsx(FILES.kesehatan.file, FILES.kesehatan.unit, FILES.kesehatan.people);
  writeCsv(FILES.bappeda.file, FILES.bappeda.people);
  await writeXlsx(FILES.kecamatan.file, FILES.kecamatan.unit, FILES.kecamatan.people, true);
  fs.writeFileSync(path.join(dir, "catatan.txt"), "bukan data\n");
  for (const f of Object.values(FILES)) {
    const r = await runCli("plan", path.join(dir, f.file), "--json");
    expect(r.code).toBe(0);
    plans.set(f.file, JSON.parse(r.out) as PlanResult);
  }
  run = await runCli("rekap", dir, "--out", out, "--json", "--anggaran", "Rp 5.000.000");
  json = JSON.parse(run.out);
  grid = readWorkbook(new Uint8Array(fs.readFileSync(out))).grid;
}, 240_000);

describe("skj rekap over a folder of unit files", () => {
  it("reads every .xlsx and .csv of the folder, in name order, and writes one new workbook", () => {
    expect(run.code).toBe(0);
    expect(json.rekap.files.map((f) => f.file)).toEqual(Object.values(FILES).map((f) => f.file));
    // A new workbook holding only the rekap's sheets, not a copy of a unit file.
    expect(grid.sheets.map((s) => s.name)).toEqual(["Rekap per Unit 2027", "AKPK 2027", "Berkas"]);
  });

  it("counts per unit and competency what the files' own plans count, the duplicate once", () => {
    const rows = listBelow(sheetOf(grid, "Rekap per Unit 2027"), "No");
    const total = "Total instansi";
    // Expected: each file's own plan, by the file's unit column or (CSV) its name, less the moved employee's
    // second row.
    const expected = new Map<string, { employees: number; short: number }>();
    for (const f of Object.values(FILES)) {
      const plan = plans.get(f.file)!;
      for (const e of plan.employees) {
        if (f.file === FILES.kesehatan.file && e.nip === MOVED.nip) continue;
        const unit = e.unit || path.basename(f.file, path.extname(f.file));
        for (const c of e.competencies)
          for (const key of [`${unit}|${c.name}`, `${total}|${c.name}`]) {
            const x = expected.get(key) ?? { employees: 0, short: 0 };
            x.employees++;
            if (c.need) x.short++;
            expected.set(key, x);
          }
      }
    }
    const written = new Map(
      rows.map((r) => [`${r[1]}|${r[2]}`, { employees: r[3] as number, short: r[4] as number }])
    );
    expect(written).toEqual(expected);
    // The sum over the files' plans, less one duplicate.
    const planned = [...plans.values()].reduce((s, p) => s + p.employees.length, 0);
    expect(written.get(`${total}|Integritas`)!.employees).toBe(planned - 1);
    expect(written.get(`${FILES.bappeda.unit}|Komunikasi`)).toEqual({ employees: 7, short: 4 });
    // Share and mean gap beside the counts.
    const komunikasi = rows.find((r) => r[1] === total && r[2] === "Komunikasi")!;
    expect(komunikasi[5]).toBeCloseTo((komunikasi[4] as number) / (komunikasi[3] as number), 6);
    // The mean gap of those short: one level below the standard each.
    expect(komunikasi[6]).toBeCloseTo(-1, 6);
    const kerjaSama = rows.find((r) => r[1] === total && r[2] === "Kerja Sama")!;
    expect(kerjaSama[4]).toBe(0);
    expect(kerjaSama[6] ?? "").toBe("");
  });

  it("pools the programmes across units: participants come from several files", () => {
    const unitOfNip = new Map<string, string>();
    for (const f of Object.values(FILES))
      for (const p of f.people) if (!unitOfNip.has(p.nip)) unitOfNip.set(p.nip, f.unit);
    const pooled = json.rekap.programmes.programmes.filter(
      (p) => new Set(p.participants.map((n) => unitOfNip.get(n))).size > 1
    );
    expect(pooled.length).toBeGreaterThan(0);
    // No file alone has ten employees short in Komunikasi; together they make a programme.
    for (const plan of plans.values())
      expect(plan.programmes.some((p) => p.competency === "KOM")).toBe(false);
    const rows = listBelow(sheetOf(grid, "AKPK 2027"), "No");
    const kom = rows.filter((r) => String(r[0]).startsWith("PRG-") && r[1] === "Komunikasi");
    expect(
      kom.some((r) => String(r[2]).includes("Pegawai 1-") && String(r[2]).includes("Pegawai 3-"))
    ).toBe(true);
    // The budget of the pooled programmes against the agency's ceiling, on the AKPK sheet only.
    expect(json.rekap.budget.ceiling).toBe(5_000_000);
    expect(json.rekap.budget.required).toBeGreaterThan(0);
    const akpk = sheetOf(grid, "AKPK 2027").flat();
    expect(akpk).toContain(json.rekap.budget.required);
  });

  it("names each file on the Berkas sheet with what was read and its notes", () => {
    const rows = listBelow(sheetOf(grid, "Berkas"), "No");
    expect(rows.map((r) => r[1])).toEqual(Object.values(FILES).map((f) => f.file));
    const byFile = new Map(rows.map((r) => [r[1], r]));
    const kecamatan = byFile.get(FILES.kecamatan.file)!;
    expect(kecamatan[2]).toBe("Kecamatan Kota");
    expect(kecamatan[3]).toBe("Hasil Asesmen");
    expect(kecamatan[4]).toBe(6);
    expect(kecamatan[5]).toBe(1);
    expect(kecamatan[6]).toBeGreaterThanOrEqual(1);
    expect(String(kecamatan[8])).toMatch(/^\[Galat\] .*baik/);
    const csv = byFile.get(FILES.bappeda.file)!;
    expect(csv[2]).toBe("03-bappeda");
    expect(csv[4]).toBe(7);
    expect(rows.some((r) => String(r[1]).endsWith(".txt"))).toBe(false);
  });

  it("reports the duplicated NIP with both files and rows, on the Berkas sheet and on stderr", () => {
    expect(json.rekap.duplicates).toEqual([
      {
        nip: MOVED.nip,
        name: MOVED.name,
        first: { file: FILES.pendidikan.file, sheet: "Hasil Asesmen", row: 4 },
        again: { file: FILES.kesehatan.file, sheet: "Hasil Asesmen", row: 12 },
      },
    ]);
    const text =
      `NIP ${MOVED.nip} (${MOVED.name}) ada di berkas "${FILES.pendidikan.file}" baris 4 dan di berkas ` +
      `"${FILES.kesehatan.file}" baris 12; pegawai ini dihitung sekali, dari berkas pertama ("${FILES.pendidikan.file}").`;
    expect(run.err).toContain(text);
    const kesehatan = listBelow(sheetOf(grid, "Berkas"), "No").find(
      (r) => r[1] === FILES.kesehatan.file
    )!;
    expect(String(kesehatan[8])).toContain(`[Peringatan] ${text}`);
    expect(kesehatan[7]).toBeGreaterThanOrEqual(1);
    const files = json.rekap.files.find((f) => f.file === FILES.kesehatan.file)!;
    expect(files).toMatchObject({ planned: 9, counted: 8 });
  });

  it("gives the same rekap on one thread as on several", async () => {
    const one = await runCli(
      "rekap",
      dir,
      "--json",
      "--paralel",
      "1",
      "--anggaran",
      "Rp 5.000.000"
    );
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out)).toEqual(json);
  }, 120_000);
});

describe("skj rekap's command line", () => {
  it("is listed by skj --help and has its own help", async () => {
    const help = await runCli("--help");
    expect(help.out).toContain("skj plan [berkas.xlsx|berkas.csv]");
    expect(help.out).toContain("skj rekap FOLDER|BERKAS…");
    const own = await runCli("rekap", "--help", "--lang", "en");
    expect(own.code).toBe(0);
    expect(own.out).toContain("skj rekap FOLDER|FILE… [--out rekap.xlsx]");
  });

  it("writes the sheets in English with --lang en", async () => {
    const en = path.join(tmp, "rekap-en.xlsx");
    const r = await runCli(
      "rekap",
      path.join(dir, FILES.bappeda.file),
      path.join(dir, FILES.kecamatan.file),
      "--out",
      en,
      "--lang",
      "en",
      "--penyusun-nama",
      "Rina Kartika"
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Summary: 2 files (0 failed), 2 units, 13 employees");
    const sheets = readWorkbook(new Uint8Array(fs.readFileSync(en))).grid.sheets;
    expect(sheets.map((s) => s.name)).toEqual([
      "Units summary 2027",
      "Competency plan 2027",
      "Files",
    ]);
    expect(sheets[0].rows.flat()).toContain("Agency total");
    // The pooled AKPK signs like one plan's, with the preparer the options name.
    expect(sheets[1].rows.flat()).toContain("Rina Kartika");
  });

  it("stops with exit 2 when no file can be read and with exit 3 when nobody is planned", async () => {
    const empty = path.join(tmp, "kosong");
    fs.mkdirSync(empty);
    const none = await runCli("rekap", empty, "--out", path.join(tmp, "x.xlsx"));
    expect(none.code).toBe(2);
    expect(none.err).toContain("Tidak ada berkas .xlsx, .xlsm atau .csv");
    fs.writeFileSync(path.join(empty, "bukan.csv"), "a;b\n1;2\n");
    const nobody = await runCli("rekap", empty, "--out", path.join(tmp, "x.xlsx"));
    expect(nobody.code).toBe(3);
    expect(nobody.err).toContain('Berkas "bukan.csv" tidak dapat direkap');
    expect(fs.existsSync(path.join(tmp, "x.xlsx"))).toBe(false);
    const wrong = await runCli("rekap", dir, "--out", path.join(tmp, "x.csv"));
    expect(wrong.code).toBe(2);
  });
});
