// `skj plan` on CSV exports in the shapes agencies have (Excel in an Indonesian locale, an old Windows-1252
// system, a plain comma file), the exit codes (3 when a table was found but nobody planned) and --kolom.
// The written workbooks are read back by openpyxl: another program must see the data as the CSV held it.
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { PlanResult } from "../../src/skj/types";
import { ROOT } from "../helpers/build";
import { ensureCliBuild } from "../helpers/cliBuild";
import { NINE } from "../helpers/grid";
import { runCli, tempFolder } from "../helpers/cliRun";

const tmp = tempFolder("skj-csv-");
const run = runCli;

interface SheetDump {
  sheets: string[];
  rows: (string | number | null)[][];
  /** openpyxl's data type per cell of the first sheet ("s" text, "n" number). */
  types: string[][];
  formats: string[][];
}

/** The first sheet of a workbook as openpyxl reads it. */
function openpyxl(file: string): SheetDump {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c.value for c in r] for r in ws.iter_rows()]
types = [[c.data_type for c in r] for r in ws.iter_rows()]
formats = [[c.number_format for c in r] for r in ws.iter_rows()]
print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "types": types, "formats": formats}))
`;
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }));
}

const BOM = "\uFEFF";
const NIP = ["198501012010011001", "198602022011012002", "198703032012013003"];

/** Excel "CSV (semicolon)" in an Indonesian locale: BOM, CRLF, title rows, decimal commas, 'NIP. */
function indonesianExport(): string {
  const lines = [
    "DAFTAR HASIL PEMETAAN KOMPETENSI;;;;",
    "",
    ["No", "NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE, "JPM"].join(";"),
    [1, `'${NIP[0]}`, "José Siregar", "Kepala Subbagian Umum", "IV.a", "Sekretariat"]
      .concat(["2,5", "2", "2", "3", "2", "2", "1,5", "2", "3", "83,33%"])
      .join(";"),
    [2, `'${NIP[1]}`, "Budi; Santoso", '"Kepala Bidang\r\nMutasi"', "III.b", "Bidang Mutasi"]
      .map((v, i) => (i === 2 ? `"${v}"` : v))
      .concat(["3", "3", "2,5", "3", "3", "2", "3", "3", "3", "85,19%"])
      .join(";"),
    [3, `'${NIP[2]}`, "Citra Dewi", "Analis SDM Aparatur Ahli Muda", "Non Eselon", "Bidang Mutasi"]
      .concat(["3", "3", "3", "3", "3", "3", "3", "3", "4", "103,7%"])
      .join(";"),
  ];
  return BOM + lines.join("\r\n") + "\r\n";
}

const SCORES_A: (number | string)[][] = [
  [2.5, 2, 2, 3, 2, 2, 1.5, 2, 3],
  [3, 3, 2.5, 3, 3, 2, 3, 3, 3],
  [3, 3, 3, 3, 3, 3, 3, 3, 4],
];

describe("an Excel export in an Indonesian locale", () => {
  const input = path.join(tmp, "ekspor simpeg.csv");
  let r: { code: number; out: string; err: string };
  let dump: SheetDump;

  beforeAll(async () => {
    fs.writeFileSync(input, indonesianExport(), "utf8");
    r = await run("plan", input, "--json", "--out", path.join(tmp, "ekspor simpeg-rencana.xlsx"));
    dump = openpyxl(path.join(tmp, "ekspor simpeg-rencana.xlsx"));
  });

  it("plans every employee from the CSV's values", () => {
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as PlanResult;
    expect(plan.source.sheet).toBe("ekspor simpeg");
    expect(plan.employees.map((e) => e.nip)).toEqual(NIP);
    expect(plan.employees.map((e) => e.competencies.map((c) => c.score))).toEqual(SCORES_A);
    expect(plan.employees[1].name).toBe("Budi; Santoso");
  });

  it("writes a new workbook: the data sheet as the CSV held it, then the report sheets", () => {
    expect(dump.sheets).toEqual([
      "ekspor simpeg",
      "Rencana Pengembangan 2027",
      "Rekap Kebutuhan 2027",
      "AKPK 2027",
      "Standar Kompetensi 2027",
      "Data Rumus 2027",
      "Catatan Data",
    ]);
    expect(dump.rows[0][0]).toBe("DAFTAR HASIL PEMETAAN KOMPETENSI");
    expect(dump.rows[0].slice(1).every((v) => v === null)).toBe(true);
    const header = dump.rows[2];
    expect(header.slice(0, 7)).toEqual([
      "No",
      "NIP",
      "Nama",
      "Jabatan",
      "Eselon",
      "Unit Kerja",
      NINE[0],
    ]);
    const data = dump.rows.slice(3, 6);
    expect(data.map((row) => row[1])).toEqual(NIP);
    expect(data.map((row) => row.slice(6, 15))).toEqual(SCORES_A);
    expect(data[1][3]).toBe("Kepala Bidang\nMutasi");
    expect(data.map((row) => row[15])).toEqual([0.8333, 0.8519, 1.037]);
    // NIPs are text cells formatted as Text; scores are numbers.
    expect(dump.types.slice(3, 6).map((t) => t[1])).toEqual(["s", "s", "s"]);
    expect(dump.formats[3][1]).toBe("@");
    expect(dump.types[3][6]).toBe("n");
    // The JPM written as "83,33%" keeps a percent format.
    expect(dump.formats[3][15]).toBe("0.00%");
    expect(dump.formats[3][6]).toBe("General");
  });
});

test("the default output of a CSV is <name>-rencana.xlsx next to it; the CLI says how the CSV was read", async () => {
  const input = path.join(tmp, "hasil.csv");
  fs.writeFileSync(input, indonesianExport(), "utf8");
  const r = await run("plan", input);
  expect(r.code).toBe(0);
  expect(r.out).toContain(
    `Berkas CSV "${input}" dibaca sebagai sheet "hasil": 6 baris, pemisah titik koma (;), desimal koma, pengodean UTF-8.`
  );
  expect(fs.existsSync(path.join(tmp, "hasil-rencana.xlsx"))).toBe(true);
  // A CSV holds no macros: an .xlsm name would give a file Excel refuses.
  const bad = await run("plan", input, "--out", path.join(tmp, "hasil.xlsm"));
  expect(bad.code).toBe(2);
  expect(fs.existsSync(path.join(tmp, "hasil.xlsm"))).toBe(false);
});

test("a Windows-1252 export keeps é and ñ in names and in the data sheet", async () => {
  const text =
    "NIP;Nama;Jabatan;Eselon;" +
    NINE.join(";") +
    "\r\n" +
    `${NIP[0]};Andr\xe9 Mu\xf1oz;Kepala Seksi Pelayanan;IV.a;3;3;3;3;3;2,5;3;3;3\r\n` +
    `${NIP[1]};Fran\xe7oise Pe\xf1a;Kepala Bidang Umum;III.b;3;3;3;3;3;3;3;3;3\r\n`;
  const input = path.join(tmp, "lama.csv");
  fs.writeFileSync(input, Buffer.from(text, "latin1"));
  const out = path.join(tmp, "lama-rencana.xlsx");
  const r = await run("plan", input, "--json", "--out", out);
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out) as PlanResult;
  expect(plan.employees.map((e) => e.name)).toEqual(["André Muñoz", "Françoise Peña"]);
  const dump = openpyxl(out);
  expect(dump.rows.slice(1).map((row) => [row[0], row[1], row[9]])).toEqual([
    [NIP[0], "André Muñoz", 2.5],
    [NIP[1], "Françoise Peña", 3],
  ]);
});

test("a plain comma-separated UTF-8 file with point decimals and quoted commas", async () => {
  const text =
    ["NIP", "Nama", "Jabatan", "Eselon", ...NINE].join(",") +
    "\n" +
    `${NIP[0]},"Siti Aminah, S.E.",Kepala Subbagian Umum,IV.a,2.5,2,2,3,2,2,1.5,2,3\n` +
    `${NIP[1]},"Budi ""Ucok"" Santoso",Kepala Bidang Mutasi,III.b,3,3,2.5,3,3,2,3,3,3\n`;
  const input = path.join(tmp, "koma.csv");
  fs.writeFileSync(input, text, "utf8");
  const out = path.join(tmp, "koma-rencana.xlsx");
  const r = await run("plan", input, "--json", "--out", out);
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out) as PlanResult;
  expect(plan.employees.map((e) => [e.nip, e.name])).toEqual([
    [NIP[0], "Siti Aminah, S.E."],
    [NIP[1], 'Budi "Ucok" Santoso'],
  ]);
  const dump = openpyxl(out);
  expect(dump.rows[1].slice(0, 5)).toEqual([
    NIP[0],
    "Siti Aminah, S.E.",
    "Kepala Subbagian Umum",
    "IV.a",
    2.5,
  ]);
  expect(dump.types[1][0]).toBe("s");
});

describe("exit code 3: a table, but nobody planned", () => {
  const template =
    ["NIP", "Nama", "Jabatan", "Eselon", ...NINE].join(";") +
    "\r\n" +
    `'${NIP[0]};Siti Aminah;Kepala Subbagian Umum;IV.a${";".repeat(9)}\r\n` +
    `'${NIP[1]};Budi Santoso;Kepala Bidang Mutasi;III.b${";".repeat(9)}\r\n`;

  it("a template with no scores: the reason, and no file unless --out", async () => {
    const input = path.join(tmp, "templat.csv");
    fs.writeFileSync(input, BOM + template, "utf8");
    const r = await run("plan", input);
    expect(r.code).toBe(3);
    expect(r.err).toContain("2 baris pegawainya belum berisi nilai kompetensi");
    expect(r.err).toContain("tidak ditulis");
    expect(r.out).toContain("Pegawai direncanakan: 0");
    expect(fs.existsSync(path.join(tmp, "templat-rencana.xlsx"))).toBe(false);

    const out = path.join(tmp, "templat-tetap.xlsx");
    const forced = await run("plan", input, "--out", out);
    expect(forced.code).toBe(3);
    expect(forced.err).not.toContain("tidak ditulis");
    expect(fs.existsSync(out)).toBe(true);
    expect(openpyxl(out).sheets[0]).toBe("templat");
  });

  it("an .xlsx template with headers only", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hasil").addRow(["NIP", "Nama", "Jabatan", "Eselon", ...NINE]);
    const input = path.join(tmp, "kosong.xlsx");
    await wb.xlsx.writeFile(input);
    const r = await run("plan", input, "--lang", "en");
    expect(r.code).toBe(3);
    expect(r.err).toContain('The table on sheet "Hasil" was found, but there are no employee rows');
    expect(fs.existsSync(path.join(tmp, "kosong-rencana.xlsx"))).toBe(false);
  });

  it("rows that all have errors: exit 3, naming the fix", async () => {
    const input = path.join(tmp, "salah.csv");
    fs.writeFileSync(
      input,
      ["NIP", "Nama", "Jabatan", "Eselon", ...NINE].join(";") +
        `\n${NIP[0]};Siti;Kepala Subbagian Umum;IV.a;x;x;x;x;x;x;x;x;x\n`
    );
    const r = await run("plan", input);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/1 baris berisi kesalahan .*--kolom KODE=KOLOM/);
  });
});

describe("--kolom", () => {
  // A results template with short codes, one of which ("pdl2") no matcher knows.
  const header = [
    "no",
    "nip",
    "nama",
    "jabatan",
    "eselon",
    "int",
    "ks",
    "kom",
    "oph",
    "pp",
    "pdl2",
    "mp",
    "pk",
    "pb",
  ];
  const rows = [
    [1, NIP[0], "Siti", "Kepala Subbagian Umum", "IV.a", 3, 3, 3, 3, 3, 1, 3, 3, 3],
    [2, NIP[1], "Budi", "Kepala Bidang Mutasi", "III.b", 3, 3, 3, 3, 3, 2, 3, 3, 3],
  ];
  const input = path.join(tmp, "kode.csv");
  beforeAll(() => {
    fs.writeFileSync(input, [header, ...rows].map((r) => r.join(",")).join("\n"));
  });

  it("a competency missing altogether: exit 3, and the message points to --kolom", async () => {
    const eight = path.join(tmp, "delapan.csv");
    fs.writeFileSync(
      eight,
      [header.filter((h) => h !== "pdl2"), ...rows.map((r) => r.filter((_, i) => i !== 10))]
        .map((r) => r.join(","))
        .join("\n")
    );
    const r = await run("plan", eight);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/kolomnya belum lengkap terbaca .*--kolom PDOL=K/);
  });

  async function planWith(...args: string[]): Promise<PlanResult> {
    const r = await run("plan", input, "--json", ...args);
    expect(r).toMatchObject({ code: 0, err: "" });
    return JSON.parse(r.out) as PlanResult;
  }

  it("by letter and by header, the column is read for the competency and the notes say so", async () => {
    for (const arg of ["PDOL=K", "PDO=pdl2", "pdol=k"]) {
      const plan = await planWith("--kolom", arg);
      expect(
        plan.employees.map((e) => e.competencies.find((c) => c.code === "PDOL")!.score)
      ).toEqual([1, 2]);
      const note = plan.issues.find((i) => i.code === "kolom-applied");
      expect(note).toMatchObject({ severity: "info", col: 10 });
    }
  });

  it("maps identity fields too, and the user's column is taken from the field that read it", async () => {
    const plan = await planWith("--kolom", "PDOL=K", "--kolom", "NAMA=D");
    expect(plan.employees.map((e) => e.name)).toEqual([
      "Kepala Subbagian Umum",
      "Kepala Bidang Mutasi",
    ]);
  });

  it("bad values name the argument", async () => {
    const cases: [string, RegExp][] = [
      ["PDOL", /--kolom "PDOL" tidak dapat dibaca: tulis KODE=KOLOM/],
      [
        "XYZ=K",
        /--kolom "XYZ=K": "XYZ" bukan kode yang dikenal\. Kode yang dapat dipakai: INT, KS/,
      ],
      ["PDOL=Tidak Ada", /--kolom "PDOL=Tidak Ada": tidak ada kolom berjudul "Tidak Ada"/],
    ];
    for (const [arg, message] of cases) {
      const r = await run("plan", input, "--kolom", arg);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
});

test("--kolom on a table no header of which names a competency: the nine given by header text", async () => {
  const codes = ["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"];
  const input = path.join(tmp, "nomor.csv");
  fs.writeFileSync(
    input,
    [
      ["NIP", "Nama", "Jabatan", "Eselon", ...codes].join(";"),
      [`'${NIP[0]}`, "Siti", "Kepala Subbagian Umum", "IV.a", 3, 3, 3, 3, 3, 1, 3, 3, 2].join(";"),
    ].join("\r\n")
  );
  const order = ["INT", "KS", "KOM", "OPH", "PP", "PDOL", "MP", "PK", "PB"];
  const args = order.flatMap((code, i) => ["--kolom", `${code}=${codes[i]}`]);
  const r = await run("plan", input, "--json", ...args);
  expect(r.code).toBe(0);
  const plan = JSON.parse(r.out) as PlanResult;
  expect(plan.source).toMatchObject({ sheet: "nomor", headerRows: [1], dataStartRow: 2 });
  expect(plan.employees[0].nip).toBe(NIP[0]);
  expect(plan.employees[0].competencies.map((c) => [c.code, c.score])).toEqual(
    order.map((code, i) => [code, [3, 3, 3, 3, 3, 1, 3, 3, 2][i]])
  );
  expect(plan.issues.filter((i) => i.code === "kolom-applied")).toHaveLength(9);
});

describe("the skj command on CSV", () => {
  beforeAll(() => ensureCliBuild(), 120_000);

  it("exits 0 on a planned CSV and 3 on an empty template, as a script sees it", () => {
    const good = path.join(tmp, "proses.csv");
    fs.writeFileSync(good, indonesianExport(), "utf8");
    const ok = spawnSync(process.execPath, [path.join(ROOT, "bin/skj.js"), "plan", good], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(fs.existsSync(path.join(tmp, "proses-rencana.xlsx"))).toBe(true);

    const empty = path.join(tmp, "proses-kosong.csv");
    fs.writeFileSync(empty, ["NIP", "Nama", "Eselon", ...NINE].join(";") + "\r\n", "utf8");
    const none = spawnSync(process.execPath, [path.join(ROOT, "bin/skj.js"), "plan", empty], {
      encoding: "utf8",
    });
    expect(none.status).toBe(3);
    expect(none.stderr).toMatch(/tidak ada baris pegawai/);
    expect(fs.existsSync(path.join(tmp, "proses-kosong-rencana.xlsx"))).toBe(false);
  });
});

test("the help names CSV input, --kolom and the exit codes", async () => {
  const r = await run("--help");
  expect(r.out).toContain("skj plan [berkas.xlsx|berkas.csv]");
  expect(r.out).toMatch(/--kolom KODE=KOLOM +baca KODE/);
  expect(r.out).toMatch(
    /Kode keluar: 0 bila ada pegawai yang direncanakan; 3 bila tabel ditemukan/
  );
  const en = await run("--help", "--lang", "en");
  expect(en.out).toMatch(/Exit codes: 0 when at least one employee was planned; 3 when/);
});
