// `skj plan` on files as agencies have them (docs/domain.md §11): results without grades plus the staff
// system's employee list (another sheet, or another file given with --pegawai), the --jenjang default, and a
// workbook of individual reports. Fixtures are written with ExcelJS and openpyxl; outputs are read back.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as path from "path";
import { ISSUES_SHEET_NAME, reportSheetEntry } from "../../src/skj/registry/reportSheets";
import { PlanResult } from "../../src/skj/types";
import { NINE } from "../helpers/grid";
import { runCli, tempFolder } from "../helpers/cliRun";

const tmp = tempFolder("skj-people-");
const run = runCli;

function python(script: string): void {
  execFileSync("/usr/bin/python3", ["-c", script], { stdio: "pipe" });
}

const NIPS = [
  "198501012010011001",
  "198602022011012002",
  "199003032015031003",
  "199104042019032004",
];

/** A results template as a BKPSDM system exports it: title rows, no grade column, NIPs as text. */
async function resultsWorkbook(file: string, withList: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hasil Asesmen");
  ws.addRow(["REKAPITULASI HASIL ASESMEN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"]);
  ws.addRow(["Tahun 2026"]);
  ws.addRow([]);
  ws.addRow(["No", "NIP", "Nama", "Jabatan", "Unit Kerja", ...NINE, "JPM"]);
  const names = ["Siti Aminah", "Budi Santoso", "Ani Lestari", "Dewi Sartika"];
  const positions = [
    "Kepala Bidang Mutasi",
    "Kepala Seksi Data",
    "Pengadministrasi Umum",
    "Pengelola Arsip",
  ];
  NIPS.forEach((nip, i) =>
    ws.addRow([
      i + 1,
      i === 1 ? "19860202 201101 2 002" : nip,
      names[i],
      positions[i],
      "BKPSDM",
      ...[3, 3, 2.5, 3, 3, 2, 3, 3, 3],
      null,
    ])
  );
  if (withList) {
    const list = wb.addWorksheet("Data Pegawai SIMPEG");
    list.addRow(["DAFTAR PEGAWAI NEGERI SIPIL"]);
    list.addRow(["NIP", "NAMA", "JABATAN", "ESELON", "UNIT KERJA", "GOLONGAN"]);
    list.addRow([`'${NIPS[0]}`, "Siti Aminah", "Kepala Bidang Mutasi", "III.a", "BKPSDM", "III/d"]);
    list.addRow([NIPS[1], "Budi Santoso", "Kepala Seksi Data", "IV.a", "BKPSDM", "III/c"]);
    list.addRow([NIPS[2], "Ani Lestari", "Pengadministrasi Umum", null, "BKPSDM", "II/c"]);
  }
  await wb.xlsx.writeFile(file);
}

/** The staff system's export, written by openpyxl: a title block, NIPs as text, a blank eselon for staff. */
function staffFile(file: string): void {
  python(`
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DUK"
ws.append(["DAFTAR URUT KEPANGKATAN"])
ws.append(["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM"])
ws.merge_cells("A1:G1")
ws.append([])
ws.append(["NO", "NIP", "NAMA", "JABATAN", "JENJANG/ESELON", "UNIT KERJA", "GOL/RUANG"])
rows = [
  ("${NIPS[0]}", "Siti Aminah", "Kepala Bidang Mutasi", "III.a", "III/d"),
  ("1986.0202.2011.01.2002", "Budi Santoso", "Kepala Seksi Data", "IV.a", "III/c"),
  ("${NIPS[2]}", "Ani Lestari", "Pengadministrasi Umum", None, "II/c"),
]
for i, (nip, name, pos, es, gol) in enumerate(rows):
  ws.append([i + 1, nip, name, pos, es, "BKPSDM", gol])
  ws.cell(row=ws.max_row, column=2).number_format = "@"
wb.save(${JSON.stringify(file)})
`);
}

/** Every text in a sheet of a written workbook. */
async function sheetTexts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  // Sheets made per year carry the year: match by the start of the name.
  const ws = wb.worksheets.find((w) => w.name === sheet || w.name.startsWith(`${sheet} `));
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
  return texts;
}

describe("results without grades and the employee list in another file (--pegawai)", () => {
  const results = path.join(tmp, "hasil.xlsx");
  const staff = path.join(tmp, "pegawai.xlsx");
  beforeAll(async () => {
    await resultsWorkbook(results, false);
    staffFile(staff);
  });

  it("joins the grades by NIP, plans those employees and names the one in no list", async () => {
    const out = path.join(tmp, "hasil-rencana.xlsx");
    const { code, out: json } = await run(
      "plan",
      results,
      "--pegawai",
      staff,
      "--json",
      "--out",
      out
    );
    expect(code).toBe(0);
    const plan = JSON.parse(json) as PlanResult;
    expect(plan.employees.map((e) => [e.nip, e.level])).toEqual([
      [NIPS[0], 3],
      [NIPS[1], 2],
      [NIPS[2], 1],
    ]);
    const errors = plan.issues.filter((i) => i.severity === "error");
    expect(errors.map((e) => [e.row, e.code])).toEqual([[8, "grade-unknown"]]);
    // The written report says it, in the issues sheet.
    const texts = await sheetTexts(out, ISSUES_SHEET_NAME);
    expect(texts).toContain(
      'Jenjang 3 pegawai diambil dari daftar pegawai "pegawai.xlsx › DUK" (dicocokkan menurut NIP).'
    );
    expect(texts.some((t) => t.includes(`NIP ${NIPS[3]} tidak ada di daftar pegawai`))).toBe(true);
    // The staff member's blank eselon in the list is Non Eselon: Pelaksana, with the usual warning.
    expect(texts.some((t) => t.includes("Jenjang kosong dibaca sebagai Pelaksana (level 1)"))).toBe(
      true
    );
  });

  it("gives the --jenjang default to the one left, and counts it in the notes", async () => {
    const { code, out } = await run(
      "plan",
      results,
      "--pegawai",
      staff,
      "--jenjang",
      "Pelaksana",
      "--out",
      path.join(tmp, "dengan-bawaan.xlsx")
    );
    expect(code).toBe(0);
    expect(out).toContain("Pegawai direncanakan: 4; galat: 0;");
    expect(out).toContain(
      'Jenjang bawaan "Pelaksana" (level 1) dipakai untuk 1 pegawai yang jenjangnya tidak ada di tabel maupun daftar pegawai: 8.'
    );
    const texts = await sheetTexts(path.join(tmp, "dengan-bawaan.xlsx"), ISSUES_SHEET_NAME);
    expect(
      texts.some((t) => t.startsWith('Jenjang bawaan "Pelaksana" (level 1) dipakai untuk 1'))
    ).toBe(true);
  });

  it("refuses a --jenjang that is no grade, before reading anything", async () => {
    const { code, err } = await run("plan", results, "--jenjang", "Golongan III/a", "--json");
    expect(code).toBe(2);
    expect(err).toContain('Jenjang bawaan "Golongan III/a" tidak dapat dipakai');
  });

  it("says when the --pegawai file is missing", async () => {
    const { code, err } = await run("plan", results, "--pegawai", path.join(tmp, "tidak-ada.xlsx"));
    expect(code).toBe(2);
    expect(err).toContain("tidak-ada.xlsx");
  });
});

describe("results without grades and the employee list on another sheet", () => {
  it("finds the list itself and plans everyone on it", async () => {
    const file = path.join(tmp, "satu-berkas.xlsx");
    await resultsWorkbook(file, true);
    const { code, out } = await run("plan", file, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanResult;
    expect(plan.summary.employees).toBe(3);
    expect(plan.issues.find((i) => i.code === "people-joined")!.params).toEqual({
      count: 3,
      lists: ["Data Pegawai SIMPEG"],
    });
  });
});

describe("a workbook of individual reports (openpyxl)", () => {
  const file = path.join(tmp, "laporan-individu.xlsx");
  beforeAll(() =>
    python(`
import openpyxl
NINE = ${JSON.stringify(NINE)}
people = [
  ("Siti Aminah", "${NIPS[0]}", "Kepala Bidang Mutasi", "III.a", 3, [3, 3, 2, 3, 3, 2, 3, 3, 3]),
  ("Budi Santoso", "${NIPS[1]}", "Analis SDM Aparatur Ahli Pertama", "Ahli Pertama", 2, [2, 2, 2, 1, 2, 2, 2, 2, 2]),
  ("Ani Lestari", "${NIPS[2]}", "Pengadministrasi Umum", "Pelaksana", 1, [1] * 9),
]
wb = openpyxl.Workbook()
wb.remove(wb.active)
for name, nip, pos, grade, std, scores in people:
  ws = wb.create_sheet(name.split()[0])
  ws.append(["LAPORAN HASIL PENILAIAN KOMPETENSI INDIVIDU"])
  ws.merge_cells("A1:F1")
  ws.append([])
  for label, value in [("Nama", name), ("NIP", nip), ("Jabatan", pos), ("Jenjang", grade), ("Unit Kerja", "BKPSDM")]:
    ws.append([label, ":", value])
  ws.append([])
  ws.append(["No", "Kompetensi", "Level Standar", "Level Capaian", "Gap", "Keterangan"])
  for i, comp in enumerate(NINE):
    ws.append([i + 1, comp, std, scores[i], scores[i] - std, "Memenuhi" if scores[i] >= std else "Belum"])
  ws.append([])
  ws.append([None, None, None, "Asesor,"])
wb.save(${JSON.stringify(file)})
`)
  );

  it("plans three employees, each pointing back to its sheet", async () => {
    const { code, out } = await run("plan", file, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanResult;
    expect(plan.employees.map((e) => [e.sheet, e.row, e.name, e.level])).toEqual([
      ["Siti", 3, "Siti Aminah", 3],
      ["Budi", 3, "Budi Santoso", 2],
      ["Ani", 3, "Ani Lestari", 1],
    ]);
    expect(plan.source.personSheets).toEqual(["Siti", "Budi", "Ani"]);
  });

  it("says so in the summary and writes the report", async () => {
    const output = path.join(tmp, "laporan-individu-rencana.xlsx");
    const { code, out } = await run("plan", file, "--out", output);
    expect(code).toBe(0);
    expect(out).toContain('Laporan per pegawai: 3 sheet ("Siti", "Budi", "Ani")');
    // The summary sheet names the report sheets as the source, not one of them as a table.
    const texts = await sheetTexts(output, reportSheetEntry("summary").name.id);
    expect(texts).toContain(
      'Sumber data: 3 sheet laporan per pegawai ("Siti", "Budi", "Ani"); 3 pegawai direncanakan.'
    );
  });
});
