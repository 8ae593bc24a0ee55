// `skj plan` end to end: a messy workbook built in the test with ExcelJS, the JSON it prints, the copy it
// writes, the exit codes and messages, and the input left untouched.
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { defaultOutput, main, SAMPLE } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { COMPETENCIES } from "../../src/skj/catalogue";
import { PlanResult } from "../../src/skj/types";
import { PROVIDERS, provides } from "../../src/skj/registry/providers";
import { ROOT } from "../helpers/build";
import { ensureCliBuild } from "../helpers/cliBuild";
import { NINE } from "../helpers/grid";
import { indonesianIn } from "../helpers/sheetWords";
import { renderMessage } from "../../src/skj/messages";
import { runCli, tempFolder } from "../helpers/cliRun";

const tmp = tempFolder("skj-cli-");
const run = runCli;

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** A BKPSDM-style workbook: titles, a merged two-row header, text scores, spaced NIPs, eselon grades,
 *  a blank row, totals and a signature footer. */
async function messyWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data Pegawai");
  ws.addRow(["DAFTAR HASIL PEMETAAN KOMPETENSI"]);
  ws.addRow(["BKPSDM KABUPATEN CONTOH"]);
  ws.addRow([]);
  ws.addRow(["No", "NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", "Kompetensi Manajerial"]);
  ws.addRow([null, null, null, null, null, null, ...NINE]);
  ws.mergeCells("A1:O1");
  ws.mergeCells("A2:O2");
  for (const c of ["A", "B", "C", "D", "E", "F"]) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells("G4:O4");
  ws.addRow([
    1,
    "19850101 201001 1 001",
    "Siti Aminah",
    "Kepala Subbagian Umum",
    "IV.a",
    "Sekretariat",
    "2,5",
    2,
    2,
    3,
    2,
    2,
    1.5,
    2,
    3,
  ]);
  ws.addRow([
    2,
    "198602022011012002",
    "Budi Santoso",
    "Kepala Bidang Mutasi",
    "Eselon III.b",
    "Bidang Mutasi",
    3,
    3,
    "2,5",
    3,
    3,
    2,
    3,
    3,
    3,
  ]);
  ws.addRow([]);
  ws.addRow([
    3,
    "198703032012013003",
    "Citra Dewi",
    "Analis SDM Aparatur Ahli Muda",
    "Non Eselon",
    "Bidang Mutasi",
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    4,
  ]);
  ws.addRow([
    4,
    "198804042013014004",
    "Dodi",
    "Pengadministrasi Umum",
    "-",
    "Sekretariat",
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    1,
    "x",
  ]);
  ws.addRow(["Jumlah", null, null, null, null, null, 9.5, 9, 8.5, 10, 9, 8, 8.5, 9, 11]);
  ws.addRow([]);
  ws.addRow([...new Array(11).fill(null), "Mengetahui,"]);
  ws.addRow([...new Array(11).fill(null), "Kepala BKPSDM"]);
  ws.addRow([...new Array(11).fill(null), "NIP. 197001011990031001"]);
  const other = wb.addWorksheet("Catatan");
  other.addRow(["Tidak ada tabel di sini", 42]);
  await wb.xlsx.writeFile(file);
}

describe("skj plan on a messy workbook", () => {
  const input = path.join(tmp, "data pegawai.xlsx");
  let json: PlanResult;
  let before: string;

  beforeAll(async () => {
    await messyWorkbook(input);
    before = sha(input);
    const r = await run("plan", input, "--json");
    expect(r).toMatchObject({ code: 0, err: "" });
    json = JSON.parse(r.out);
  });

  it("prints the documented JSON shape", () => {
    expect(json.source).toMatchObject({ sheet: "Data Pegawai", headerRows: [4, 5] });
    expect(json.year).toBe(2027);
    expect(json.jpmMethod).toBe("sum");
    expect(json.jpmMethodSource).toBe("default");
    expect(json.scheme).toBe("pemetaan");
    const siti = json.employees[0];
    expect(siti).toMatchObject({
      row: 6,
      nip: "198501012010011001",
      name: "Siti Aminah",
      position: "Kepala Subbagian Umum",
      unit: "Sekretariat",
      jobLevel: "IV.a",
    });
    expect(siti.competencies).toHaveLength(9);
    expect(siti.competencies[0]).toMatchObject({
      code: "INT",
      name: "Integritas",
      pillar: "manajerial",
      standard: 2,
      score: 2.5,
      gap: 0.5,
    });
    expect(siti.competencies.map((c) => c.code)).toEqual([
      "INT",
      "KS",
      "KOM",
      "OPH",
      "PP",
      "PDOL",
      "MP",
      "PK",
      "PB",
    ]);
    expect(siti.technical).toEqual([]);
    expect(siti.jpm).toBe(20 / 18);
    expect(siti.category).toBe("Optimal");
    expect(siti.plan.totalJp).toBe(siti.plan.activities.reduce((s, a) => s + a.jp, 0));
    for (const a of siti.plan.activities) {
      expect([70, 20, 10]).toContain(a.track);
      expect(a.quarter).toBeGreaterThanOrEqual(1);
      expect(a.method).toMatch(/^N?KL\d\d$/);
      expect((a as typeof a & { label: string }).label.length).toBeGreaterThan(10);
    }
  });

  it("plans the good rows, reports the bad one, ignores blank, totals and signature rows", () => {
    expect(json.employees.map((e) => e.row)).toEqual([6, 7, 9]);
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        row: 10,
        column: "Perekat Bangsa",
        severity: "error",
        params: expect.objectContaining({
          problem: { code: "score-not-number", params: { text: "x" } },
        }),
      }),
    ]);
  });

  it("with --json alone writes no file, and never touches the input", () => {
    expect(fs.existsSync(defaultOutput(input))).toBe(false);
    expect(sha(input)).toBe(before);
  });

  it("writes <input>-rencana.xlsx next to the input, with the original sheets and the report", async () => {
    const r = await run("plan", input, "--instansi", "BKPSDM Kabupaten Contoh");
    expect(r.code).toBe(0);
    const out = path.join(tmp, "data pegawai-rencana.xlsx");
    expect(r.out).toContain(`Hasil ditulis ke: ${out}`);
    expect(r.out).toMatch(/Pegawai direncanakan: 3; galat: 1/);
    expect(sha(input)).toBe(before);
    const { grid, info } = readWorkbook(fs.readFileSync(out));
    expect(info.sheets.map((s) => s.name)).toEqual([
      "Data Pegawai",
      "Catatan",
      "Rencana Pengembangan 2027",
      "Rekap Kebutuhan 2027",
      "AKPK 2027",
      "Standar Kompetensi 2027",
      "Data Rumus 2027",
      "Catatan Data",
    ]);
    const original = readWorkbook(fs.readFileSync(input)).grid;
    expect(grid.sheets[0]).toEqual(original.sheets[0]);
    expect(grid.sheets[1]).toEqual(original.sheets[1]);
    const planText = JSON.stringify(grid.sheets[2].rows);
    for (const e of json.employees) expect(planText).toContain(e.nip);
    expect(planText).toContain("BKPSDM Kabupaten Contoh");

    // Run again on the copy: its names are taken, so the new sheets get " (2)", and the summary says so.
    const again = await run("plan", out, "--out", path.join(tmp, "kedua.xlsx"));
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      "Sheet baru: Rencana Pengembangan 2027 (2), Rekap Kebutuhan 2027 (2), AKPK 2027 (2), Standar Kompetensi 2027 (2), Data Rumus 2027 (2), Catatan Data (2)"
    );
  });

  it("refuses to write over the input", async () => {
    const r = await run("plan", input, "--out", input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak boleh sama dengan berkas masukan/);
    expect(sha(input)).toBe(before);
  });
});

describe("skj plan failures", () => {
  it("exits 2 with a clear message for a missing file, a non-workbook and a workbook without a table", async () => {
    const missing = await run("plan", path.join(tmp, "tidak-ada.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/tidak ditemukan/);

    const junk = path.join(tmp, "junk.xlsx");
    fs.writeFileSync(junk, "ini bukan workbook");
    const bad = await run("plan", junk);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/tidak dapat dibaca/);
    expect(bad.err).not.toMatch(/at .*\.js:\d+/);

    const empty = path.join(tmp, "kosong.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["Nama", "Alamat"]);
    await wb.xlsx.writeFile(empty);
    const none = await run("plan", empty);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Tabel hasil asesmen tidak ditemukan/);
    expect(fs.existsSync(defaultOutput(empty))).toBe(false);
  });

  it("rejects bad options in Bahasa Indonesia", async () => {
    const r = await run("plan", "--scheme", "seleksi");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Skema harus pemetaan atau pengisian/);
    const y = await run("plan", "--year", "dua ribu");
    expect(y.err).toMatch(/Tahun harus berupa angka/);
  });

  it("says in Bahasa Indonesia what is wrong with the command line, and takes negative values", async () => {
    const unknown = await run("plan", "--bogus");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Pilihan tidak dikenal: --bogus\./);
    const missing = await run("plan", "--out");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Pilihan --out memerlukan nilai/);
    // "--toleransi -0.1" is read as the value -0.1, which the options then refuse in Indonesian.
    const negative = await run("plan", "--toleransi", "-0.1", "--json");
    expect(negative.code).toBe(2);
    expect(negative.err).toMatch(/^Pilihan tidak valid: .*Toleransi/);
  });

  it("speaks English with --lang en, even about the command line itself", async () => {
    const unknown = await run("plan", "--bogus", "--lang", "en");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Unknown option: --bogus\./);
    expect(unknown.err).toContain("Usage:");
    const missing = await run("plan", "--lang=en", "--out");
    expect(missing.err).toMatch(/^Option --out needs a value/);
    const bad = await run("plan", "--lang", "en", "--scheme", "x");
    expect(bad.err).toMatch(/^Invalid options: Scheme must be pemetaan or pengisian/);
    const lang = await run("plan", "--lang", "fr");
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/Bahasa harus id atau en/);
  });

  it("refuses an output name that is not a workbook's, before reading anything", async () => {
    const out = path.join(tmp, "hasil.csv");
    const r = await run("plan", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Berkas hasil ".*hasil\.csv" harus bernama \.xlsx/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("warns when a unit asked for is not in the data, naming the units there are", async () => {
    const r = await run("plan", "--unit", "Bidang Tidak Ada", "--json");
    // Nobody planned: exit 3, with the reason on stderr.
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/tidak ada pegawai yang dapat direncanakan di unit yang dipilih/);
    const plan = JSON.parse(r.out) as PlanResult;
    expect(plan.employees).toEqual([]);
    const w = plan.issues.find((i) => i.code === "unit-not-found");
    expect(renderMessage(w!)).toMatch(
      /^Unit kerja "Bidang Tidak Ada" tidak ada di data\. Unit yang ada: .*Sekretariat/
    );
  });

  it("keeps the macro-enabled extension", () => {
    expect(defaultOutput("/x/data.xlsm")).toBe("/x/data-rencana.xlsm");
    expect(defaultOutput("/x/data.XLSX")).toBe("/x/data-rencana.xlsx");
  });
});

describe("skj plan --penyusun-* (docs/domain.md §14.1)", () => {
  const PREPARER = [
    "Kepala Subbidang Pengembangan Kompetensi",
    "Rina Wulandari, S.Psi.",
    "198803102012122001",
  ];

  it("prints who prepared the plan beside the signature on the plan, the summary and the AKPK", async () => {
    const out = path.join(tmp, "disusun.xlsx");
    const r = await run(
      "plan",
      SAMPLE,
      "--out",
      out,
      "--penandatangan-nama",
      "Drs. Ahmad Fauzi, M.Si.",
      "--penyusun-jabatan",
      PREPARER[0],
      "--penyusun-nama",
      PREPARER[1],
      "--penyusun-nip",
      PREPARER[2]
    );
    expect(r.code).toBe(0);
    const { grid } = readWorkbook(fs.readFileSync(out));
    for (const name of ["Rencana Pengembangan 2027", "Rekap Kebutuhan 2027", "AKPK 2027"]) {
      const rows = grid.sheets.find((s) => s.name === name)!.rows;
      const r0 = rows.findIndex((row) => row.includes("Disusun oleh,"));
      expect(r0).toBeGreaterThan(0);
      const col = rows[r0].indexOf("Disusun oleh,");
      expect([1, 3, 4].map((k) => rows[r0 + k][col])).toEqual([
        PREPARER[0],
        PREPARER[1],
        `NIP. ${PREPARER[2]}`,
      ]);
      // The signatory's name on the same line, further right.
      expect(rows[r0 + 3].indexOf("Drs. Ahmad Fauzi, M.Si.")).toBeGreaterThan(col);
    }
  });

  it("leaves the block out without them, and refuses a preparer's NIP that is not 18 digits", async () => {
    const out = path.join(tmp, "tanpa-penyusun.xlsx");
    expect((await run("plan", SAMPLE, "--out", out)).code).toBe(0);
    const { grid } = readWorkbook(fs.readFileSync(out));
    expect(JSON.stringify(grid.sheets.map((s) => s.rows))).not.toContain("Disusun oleh");
    const bad = await run("plan", SAMPLE, "--penyusun-nama", "Rina", "--penyusun-nip", "1988");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("NIP penyusun harus 18 angka");
  });
});

describe("the skj command", () => {
  beforeAll(() => ensureCliBuild(), 120_000);

  it("plans the bundled sample when no file is given, following its JPM column", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/skj.js"), "plan", "--json", "--year", "2027"],
      {
        cwd: tmp,
        encoding: "utf8",
      }
    );
    expect(r.status).toBe(0);
    const plan: PlanResult = JSON.parse(r.stdout);
    expect(plan.source.sheet).toBe("Data Asesmen");
    expect(plan.jpmMethod).toBe("capped");
    expect(plan.jpmMethodSource).toBe("file");
    expect(plan.employees.length).toBeGreaterThan(30);
  });

  it("exits 2 on an unreadable file", () => {
    const junk = path.join(tmp, "junk2.xlsx");
    fs.writeFileSync(junk, Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/skj.js"), "plan", junk], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tidak dapat dibaca/);
  });

  it("prints no Indonesian sentence with --lang en, and writes the notes sheet in English", () => {
    const out = path.join(tmp, "sample-en.xlsx");
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/skj.js"), "plan", SAMPLE, "--lang", "en", "--out", out],
      { encoding: "utf8" }
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Employees planned: 36");
    expect(r.stdout).toContain("Data notes:");
    // Domain terms stay as the regulation and the workbook name them: competency names, quoted cell
    // values and sheet names, header texts ("column 3. KOMUNIKASI"), grade names.
    const prose = `${r.stdout}\n${r.stderr}`
      .replace(/"[^"]*"/g, "")
      .replace(/column [^(]*\(/g, "column (")
      .replace(new RegExp(COMPETENCIES.map((c) => c.name).join("|"), "g"), "")
      .replace(/New sheets: .*/, "")
      .replace(
        /JF [A-Z][a-z]+( [A-Z][a-z]+)?|Pelaksana|Non Eselon|Cukup Optimal|Kurang Optimal/g,
        ""
      );
    const indonesian = prose.match(
      /\b(tidak|baris|pegawai|dan|yang|dengan|untuk|dari|kolom|berkas|nilai|dibaca|sebagai|bukan|lainnya|catatan|galat|peringatan)\b/gi
    );
    expect(indonesian).toBeNull();
    // The notes sheet (the last one written) is in English too.
    const grid = readWorkbook(new Uint8Array(fs.readFileSync(out))).grid;
    const notes = grid.sheets[grid.sheets.length - 1];
    expect(notes.rows[0][0]).toBe("DATA NOTES");
    const text = notes.rows
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("is not recognised");
    expect(text).not.toMatch(/\b(tidak|baris ini|direncanakan)\b/);
  });

  it("writes the plan and the summary in English with --lang en, and in Bahasa Indonesia by default", () => {
    const write = (out: string, ...extra: string[]) =>
      spawnSync(
        process.execPath,
        [path.join(ROOT, "bin/skj.js"), "plan", SAMPLE, "--out", out, ...extra],
        {
          encoding: "utf8",
        }
      );
    const en = path.join(tmp, "sample-sheets-en.xlsx");
    const id = path.join(tmp, "sample-sheets-id.xlsx");
    expect(write(en, "--lang", "en").status).toBe(0);
    expect(write(id).status).toBe(0);
    const input = readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE))).grid;
    const added = (file: string) =>
      readWorkbook(new Uint8Array(fs.readFileSync(file))).grid.sheets.slice(input.sheets.length);
    const english = added(en);
    expect(english.map((s) => s.name)).toEqual([
      "Development plan 2027",
      "Needs summary 2027",
      "Competency plan 2027",
      "Competency standards 2027",
      "Formula data 2027",
      "Data notes",
    ]);
    expect(added(id).map((s) => s.name)).toEqual([
      "Rencana Pengembangan 2027",
      "Rekap Kebutuhan 2027",
      "AKPK 2027",
      "Standar Kompetensi 2027",
      "Data Rumus 2027",
      "Catatan Data",
    ]);
    // Data: every text of the input workbook. Activity texts are written in the sheet's language too.
    const data = new Set(input.sheets.flatMap((s) => s.rows.flat()).map((v) => String(v ?? "")));
    for (const sheet of english) expect(indonesianIn(sheet.rows, data)).toEqual([]);
    // The same check finds the Indonesian sheets' words.
    const [rencana, rekap] = added(id);
    expect(indonesianIn(rencana.rows, data).length).toBeGreaterThan(10);
    expect(indonesianIn(rekap.rows, data).length).toBeGreaterThan(10);
  });

  it("prints its help", () => {
    expect(
      execFileSync(process.execPath, [path.join(ROOT, "bin/skj.js"), "--help"], {
        encoding: "utf8",
      })
    ).toMatch(/skj plan/);
  });
});

describe("report date in the agency's time zone (docs/domain.md §10)", () => {
  async function dateTexts(
    today: Date,
    ...extra: string[]
  ): Promise<{ code: number; texts: string[] }> {
    const out = path.join(tmp, `zone-${extra.join("") || "wib"}.xlsx`);
    const code = await main(["plan", "--out", out, "--tempat", "Sukamaju", ...extra], {
      stdout: () => undefined,
      stderr: () => undefined,
      today,
    });
    if (code !== 0) return { code, texts: [] };
    // Our own reader: ExcelJS cannot open a workbook with a chart (the summary sheet has one).
    const { grid } = readWorkbook(new Uint8Array(fs.readFileSync(out)));
    const texts = grid.sheets
      .filter((sheet) => sheet.name.startsWith("Rencana Pengembangan"))
      .flatMap((sheet) =>
        sheet.rows.flat().filter((v): v is string => typeof v === "string" && /Sukamaju, /.test(v))
      );
    return { code, texts };
  }

  test("a plan made at 06:30 WIB carries that day, not UTC's yesterday", async () => {
    const { code, texts } = await dateTexts(new Date("2026-11-21T23:30:00Z"));
    expect(code).toBe(0);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toContain("22 November 2026");
  });

  test("--zona WIT moves the day at 15:00 UTC; an unknown zone is refused with the accepted ones", async () => {
    const wit = await dateTexts(new Date("2026-11-22T15:30:00Z"), "--zona", "WIT");
    expect(wit.texts[0]).toContain("23 November 2026");
    const wib = await dateTexts(new Date("2026-11-22T15:30:00Z"));
    expect(wib.texts[0]).toContain("22 November 2026");
    const bad = await run("plan", "--zona", "GMT", "--json");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("WIB, WITA, WIT");
  });
});

describe("skj plan --penyelenggara (docs/domain.md §13)", () => {
  it("names the provider of a method's programmes, and refuses one that does not deliver it", async () => {
    const base = JSON.parse((await runCli("plan", SAMPLE, "--json")).out) as PlanResult;
    const programme = base.programmes.find((p) =>
      PROVIDERS.some((x) => x.id !== p.provider && provides(x.id, p.method))
    )!;
    const other = PROVIDERS.find(
      (x) => x.id !== programme.provider && provides(x.id, programme.method)
    )!;
    const { code, out } = await runCli(
      "plan",
      SAMPLE,
      "--json",
      "--penyelenggara",
      `${programme.method.toLowerCase()}=${other.id}`
    );
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanResult;
    const same = plan.programmes.filter((p) => p.method === programme.method);
    expect(same.length).toBeGreaterThan(0);
    expect(same.every((p) => p.provider === other.id)).toBe(true);

    const wrong = PROVIDERS.find((x) => !provides(x.id, programme.method))!;
    const refused = await runCli(
      "plan",
      SAMPLE,
      "--json",
      "--penyelenggara",
      `${programme.method}=${wrong.id}`
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      `Penyelenggara "${wrong.id}" tidak menyelenggarakan ${programme.method}`
    );
    const garbled = await runCli("plan", SAMPLE, "--penyelenggara", "pusdiklat");
    expect(garbled.code).toBe(2);
    expect(garbled.err).toContain("tulis KODE=PENYELENGGARA");
  });
});
