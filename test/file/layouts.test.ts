// Layouts agencies' systems export (issue "Real workbooks"), as real .xlsx files: each workbook is built here
// with ExcelJS, written to bytes, read back with our own reader and planned (with runSkj, or through the CLI
// for the flags). Expected numbers come from the data written here (JPMs computed in the test from the scores
// and standards), never from the engine.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { RunOptions, runSkj } from "../../src/skj/run";
import { columnLetter } from "../../src/skj/text";
import { Issue, JpmMethod, PlanResult } from "../../src/skj/types";
import { NINE } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skj-layouts-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Value = ExcelJS.CellValue;

// --- the domain's arithmetic, written out here so that the engine is checked against it ----------------------
const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const JPM: Record<JpmMethod, (scores: number[], standards: number[]) => number> = {
  sum: (s, t) => total(s) / total(t),
  mean: (s, t) => total(s.map((x, i) => x / t[i])) / s.length,
  capped: (s, t) => total(s.map((x, i) => Math.min(x, t[i]))) / total(t),
  "capped-total": (s, t) => Math.min(1, total(s) / total(t)),
};
/** Pemetaan: ≥ 90% Optimal, ≥ 78% Cukup Optimal, else Kurang Optimal (docs/domain.md §4). */
function pemetaan(jpm: number, optimal = 0.9, cukup = 0.78): string {
  return jpm >= optimal - 1e-9
    ? "Optimal"
    : jpm >= cukup - 1e-9
      ? "Cukup Optimal"
      : "Kurang Optimal";
}
/** Pengisian: ≥ 80% MS, ≥ 68% MMS, else KMS. */
function pengisian(jpm: number): string {
  return jpm >= 0.8 - 1e-9 ? "MS" : jpm >= 0.68 - 1e-9 ? "MMS" : "KMS";
}
const percentText = (ratio: number) => `${(ratio * 100).toFixed(2).replace(".", ",")}%`;
const percentNumber = (ratio: number) => Math.round(ratio * 10000) / 100;

// --- workbooks ----------------------------------------------------------------------------------------------
// Plain functions, so that the Office.js lint rules do not take exceljs cells for Office.js ranges.
function put(ws: ExcelJS.Worksheet, row: number, values: Value[], firstCol = 1): void {
  const r = ws.getRow(row);
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) r.getCell(firstCol + i).value = v;
  });
}

function sheetOf(wb: ExcelJS.Workbook, name: string, rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((r, i) => put(ws, i + 1, r));
  return ws;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Written by ExcelJS, read by our reader, planned by the engine. */
async function plan(wb: ExcelJS.Workbook, options: RunOptions = {}): Promise<PlanResult> {
  const out = runSkj(readWorkbook(await bytesOf(wb)).grid, { year: 2027, ...options });
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

let files = 0;
/** Written to a file and planned by `skj plan --json` with the given flags. */
async function cli(
  wb: ExcelJS.Workbook,
  ...args: string[]
): Promise<{ code: number; err: string; plan?: PlanResult }> {
  const file = path.join(tmp, `tata-letak-${++files}.xlsx`);
  await wb.xlsx.writeFile(file);
  let out = "";
  let err = "";
  const code = await main(["plan", file, "--json", ...args], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    today: new Date("2026-11-22T08:00:00Z"),
  });
  return code === 0 ? { code, err, plan: JSON.parse(out) as PlanResult } : { code, err };
}

const issuesOf = (p: PlanResult, code: string): Issue[] => p.issues.filter((i) => i.code === code);
const scoresOf = (e: PlanResult["employees"][number]) => e.competencies.map((c) => c.score);
const standardsOf = (e: PlanResult["employees"][number]) => e.competencies.map((c) => c.standard);
const blank = (n: number): Value[] => new Array(n).fill(null);

describe("a 20-row title block and a two-row header, merged down and grouped", () => {
  // Numbered, all-caps, trailing-space, line-break and one-typo headers, as assessment centres write them.
  const competencyHeaders = [
    "1. INTEGRITAS ",
    "2. KERJASAMA",
    "Komunkasi",
    "4. ORIENTASI PADA\nHASIL",
    "5. PELAYANAN PUBLIK",
    "6. PENGEMBANGAN DIRI & ORANG LAIN",
    "7. MENGELOLA PERUBAHAN",
    "8. PENGAMBILAN KEPUTUSAN",
    "SK.1 Perekat Bangsa",
  ];
  // Columns: A No, B Nama, C NIP Lama, D NIP Baru, E Gol, F Jabatan, G Eselon, H Unit Kerja, I–Q the nine,
  // R JPM (%), S Kategori, T–U Indikator Talent Box (Kinerja, Potensi), V Keterangan.
  const people = [
    { name: "Ani", nip: "198501012010012001", grade: "III.a", level: 3, title: "Kepala Bidang" },
    { name: "Bayu", nip: "198601012010011002", grade: "IV-B", level: 2, title: "Kepala Seksi" },
    {
      name: "Cahya",
      nip: "198701012010012003",
      grade: "NON ESELON",
      level: 2,
      title: "Pranata Komputer Ahli Pertama",
    },
    { name: "Dedi", nip: "197801012000031004", grade: "II.a", level: 4, title: "Kepala Dinas" },
  ];
  const scores = [
    [3, 3, 3, 3, 3, 3, 3, 3, 3],
    [2, 2, 1.5, 2, 2, 2, 2, 2, 2],
    [2, 2, 2, 2, 2, 1, 2, 2, 2],
    [3, 3, 3, 3, 3, 3, 3, 3, 4],
  ];
  const jpms = people.map((p, i) => JPM.sum(scores[i], new Array(9).fill(p.level)));
  let result: PlanResult;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hasil Asesmen");
    put(ws, 1, ["LAPORAN HASIL PEMETAAN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"]);
    put(ws, 2, ["PEMERINTAH KABUPATEN CONTOH"]);
    put(ws, 3, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
    for (const r of [1, 2, 3]) ws.mergeCells(`A${r}:V${r}`);
    put(ws, 5, ["TUJUAN PENILAIAN : PEMETAAN"]);
    ws.mergeCells("A5:H5");
    const info: [string, string][] = [
      ["Tanggal Asesmen", ": 10 - 14 Maret 2025"],
      ["Tempat", ": UPT Penilaian Kompetensi"],
      ["Metode", ": Assessment Center (wawancara, LGD, in-tray)"],
      ["Kompetensi yang dinilai", ": Integritas, Kerja Sama, Komunikasi, dan enam lainnya"],
      ["Jumlah Peserta", ": 4 orang"],
    ];
    info.forEach(([label, value], i) => {
      put(ws, 7 + i, [label, null, null, value]);
      ws.mergeCells(`A${7 + i}:C${7 + i}`);
      ws.mergeCells(`D${7 + i}:H${7 + i}`);
    });
    put(ws, 13, ["Keterangan level: 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli"]);
    put(ws, 18, ["Dicetak dari Sistem Informasi Asesmen"]);
    const top: Value[] = [
      "NO",
      "NAMA",
      "NIP LAMA",
      "NIP BARU",
      "GOL",
      "JABATAN",
      "ESELON",
      "UNIT KERJA",
      "KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL",
      ...blank(8),
      "JPM (%)",
      "KATEGORI",
      "Indikator Talent Box",
      null,
      "KETERANGAN",
    ];
    put(ws, 21, top);
    put(ws, 22, [...blank(8), ...competencyHeaders, null, null, "Kinerja", "Potensi"]);
    for (const c of ["A", "B", "C", "D", "E", "F", "G", "H", "R", "S", "V"])
      ws.mergeCells(`${c}21:${c}22`);
    ws.mergeCells("I21:Q21");
    ws.mergeCells("T21:U21");
    people.forEach((p, i) => {
      put(ws, 23 + i, [
        i + 1,
        p.name,
        `01020304${i}`,
        p.nip,
        "III/a",
        p.title,
        p.grade,
        "Dinas Kominfo",
        ...scores[i],
        percentNumber(jpms[i]),
        pemetaan(jpms[i]),
        "Baik",
        "Tinggi",
        "-",
      ]);
    });
    result = await plan(wb);
  });

  it("finds the header under the title block at rows 21–22 and the data from row 23", () => {
    expect(result.source).toMatchObject({
      sheet: "Hasil Asesmen",
      headerRows: [21, 22],
      layout: "wide",
      dataStartRow: 23,
    });
    // Columns I–Q (0-based 8–16): where the plan's formulas find the scores (docs/domain.md §22).
    expect(Object.values(result.source.cells!.scores)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it("reads every employee: NIP Baru over NIP Lama, the eselon and not the rank (Gol), the scores", () => {
    expect(result.employees.map((e) => [e.row, e.nip, e.name, e.jobLevel, e.level])).toEqual(
      people.map((p, i) => [23 + i, p.nip, p.name, p.grade, p.level])
    );
    result.employees.forEach((e, i) => {
      expect(scoresOf(e)).toEqual(scores[i]);
      expect(standardsOf(e)).toEqual(new Array(9).fill(people[i].level));
      expect(e.jpm).toBeCloseTo(jpms[i], 12);
      expect(e.category).toBe(pemetaan(jpms[i]));
    });
  });

  it("warns once about the misspelt header, naming its cell", () => {
    expect(issuesOf(result, "header-typo")).toEqual([
      expect.objectContaining({
        row: 0,
        column: "Komunkasi",
        col: 10,
        code: "header-typo",
        params: { readAs: "Komunkasi", address: "K22", competency: "Komunikasi" },
      }),
    ]);
    expect(renderMessage(issuesOf(result, "header-typo")[0])).toBe(
      'Kolom "Komunkasi" (K22) dibaca sebagai Komunikasi.'
    );
  });

  it("reads the non-eselon Ahli Pertama from the title, with a warning on that row only", () => {
    expect(issuesOf(result, "grade-assumed")).toEqual([
      expect.objectContaining({ row: 25, column: "ESELON", address: "G25", severity: "warning" }),
    ]);
    expect(result.employees[2].grade).toBe("JF Ahli Pertama");
  });

  it("follows the file's JPM (%) column and category column, and nothing else is an issue", () => {
    expect([result.jpmMethod, result.jpmMethodSource, result.jpmAgreement]).toEqual([
      "sum",
      "file",
      { compared: 4, matched: 4 },
    ]);
    expect([result.scheme, result.schemeSource]).toEqual(["pemetaan", "file"]);
    expect(result.issues.map((i) => i.code).sort()).toEqual(["grade-assumed", "header-typo"]);
  });
});

describe("look-alike columns", () => {
  const header = [
    "No",
    "NIP",
    "Nama Pegawai",
    "Pangkat/Golongan",
    "Jenjang Jabatan",
    "M.1 Integritas",
    "M.2 Kerjasama",
    "M.3 Komunikasi",
    "M.4 Orientasi pada Hasil",
    "M.5 Pelayanan Publik",
    "M.6 Pengembangan Diri dan Orang Lain",
    "M.7 Mengelola Perubahan",
    "M.8 Pengambilan Keputusan",
    "SK.1 Perekat Bangsa",
    "JPM",
    "IKK",
    "Total",
    "Skor",
    "Kategori",
    "Status Kompetensi",
    "Kuadran",
    "Kotak Talenta",
    "SKP",
    "Keterangan",
    "Rekomendasi",
    "Saran Pengembangan",
  ];
  const rows = [
    { grade: "Pengawas", level: 2, scores: [2, 2, 2, 2, 2, 2, 2, 2, 2] },
    { grade: "Administrator", level: 3, scores: [3, 2, 3, 2, 3, 3, 2, 3, 2] },
    { grade: "JPT Pratama", level: 4, scores: [3, 3, 2, 3, 2, 3, 2, 2, 3] },
  ];
  let result: PlanResult;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Rekap", [
      header,
      ...rows.map((r, i) => {
        const jpm = JPM.sum(r.scores, new Array(9).fill(r.level));
        return [
          i + 1,
          `19850101201001200${i}`,
          `Pegawai ${i}`,
          "Penata Muda III/a",
          r.grade,
          ...r.scores,
          jpm,
          `${percentNumber(1 - jpm)}%`,
          total(r.scores),
          total(r.scores) / 9,
          pengisian(jpm),
          "Kompeten",
          "K5",
          5,
          88.5,
          "Memenuhi",
          "Dipromosikan",
          "Pelatihan kepemimpinan",
        ];
      }),
    ]);
    result = await plan(wb);
  });

  it("takes the grade from Jenjang Jabatan, never from Pangkat/Golongan", () => {
    expect(result.employees.map((e) => [e.jobLevel, e.level])).toEqual(
      rows.map((r) => [r.grade, r.level])
    );
  });

  it("reads the nine coded headers and no look-alike column as a score", () => {
    result.employees.forEach((e, i) => {
      expect(e.competencies.map((c) => c.code)).toEqual([
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
      expect(scoresOf(e)).toEqual(rows[i].scores);
      expect(e.technical).toEqual([]);
    });
    expect(result.issues).toEqual([]);
  });

  it("follows JPM (a ratio) and Kategori (MS / MMS / KMS) rather than IKK, Total, Skor or Status", () => {
    expect([result.jpmMethod, result.jpmMethodSource, result.jpmAgreement]).toEqual([
      "sum",
      "file",
      { compared: 3, matched: 3 },
    ]);
    expect([result.scheme, result.schemeSource]).toEqual(["pengisian", "file"]);
    result.employees.forEach((e, i) => {
      const jpm = JPM.sum(rows[i].scores, new Array(9).fill(rows[i].level));
      expect(e.fileJpm).toBeCloseTo(jpm, 12);
      expect(e.category).toBe(pengisian(jpm));
    });
  });
});

describe("a Level SKJ column without any grade column, and an SKJ sheet", () => {
  const data = [
    { title: "Analis Kebijakan", level: 3, scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
    { title: "Pengelola Data", level: 2, scores: [2, 2, 1, 2, 2, 2, 2, 2, 2] },
    { title: "analis  kebijakan", level: 3, scores: [4, 3, 4, 3, 3, 3, 3, 3, 3] },
  ];
  // The SKJ sheet raises Komunikasi to 4 for Analis Kebijakan; a blank keeps the level.
  const override = (title: string, level: number) =>
    NINE.map((_, j) =>
      j === 2 && /analis kebijakan/i.test(title.replace(/\s+/g, " ")) ? 4 : level
    );
  let result: PlanResult;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Data", [
      ["NIP", "Nama", "Jabatan", "Level SKJ", ...NINE],
      ...data.map((d, i) => [`19900101201501100${i}`, `P${i}`, d.title, d.level, ...d.scores]),
    ]);
    sheetOf(wb, "SKJ", [
      ["Jabatan", ...NINE],
      ["Analis Kebijakan", null, null, 4, null, null, null, null, null, null],
      ["Pengelola Data", null, null, null, null, null, null, null, null, null],
    ]);
    result = await plan(wb);
  });

  it("takes the required level per employee, overridden per competency by the SKJ sheet's position row", () => {
    expect(result.source.sheet).toBe("Data");
    result.employees.forEach((e, i) => {
      expect([e.level, e.grade]).toEqual([data[i].level, `Level SKJ ${data[i].level}`]);
      expect(standardsOf(e)).toEqual(override(data[i].title, data[i].level));
      const jpm = JPM.sum(data[i].scores, override(data[i].title, data[i].level));
      expect(e.jpm).toBeCloseTo(jpm, 12);
    });
  });

  it("plans the gaps against those standards, and does not miss a grade column", () => {
    expect(result.employees[0].priorities.map((p) => [p.competency, p.gap])).toEqual([["KOM", -1]]);
    expect(result.employees[1].priorities.map((p) => [p.competency, p.gap])).toEqual([["KOM", -1]]);
    expect(result.employees[2].priorities).toEqual([]);
    expect(result.issues).toEqual([]);
  });
});

describe("eselon spellings and functional titles", () => {
  const rows: [Value, string, number | null, boolean][] = [
    // grade as written, position title, expected level (null: cannot be planned), assumed (warning)
    ["II-A", "Kepala Dinas", 4, false],
    ["III-B", "Sekretaris", 3, false],
    ["IV a", "Kepala Subbagian", 2, false],
    ["IV/a", "Kepala Seksi", 2, false],
    ["III.b", "Kepala Bidang", 3, false],
    ["Non Eselon", "Analis Kepegawaian Ahli Madya", 4, true],
    ["NON ESELON", "Pengadministrasi Umum", 1, true],
    ["-", "Arsiparis Terampil", 2, true],
    [null, "Perencana Ahli Utama", 5, true],
    // Blank in a column the other rows fill: Non Eselon, so Pelaksana (docs/domain.md §11).
    [null, "Pengelola Data", 1, true],
  ];
  let result: PlanResult;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Data", [
      ["NIP", "Nama", "Jabatan", "Eselon / Jenjang", ...NINE],
      ...rows.map(([g, t], i) => [String(100 + i), `P${i}`, t, g, ...new Array(9).fill(3)]),
    ]);
    result = await plan(wb);
  });

  it("reads each spelling as its level; non-eselon and blank grades from the JF title", () => {
    const planned = rows.map((r, i) => [i + 2, r[2]]).filter((r) => r[1] !== null);
    expect(result.employees.map((e) => [e.row, e.level])).toEqual(planned);
    result.employees.forEach((e) => expect(standardsOf(e)).toEqual(new Array(9).fill(e.level)));
  });

  it("warns on each assumed grade, a blank one in the filled column as Non Eselon", () => {
    const assumedRows = rows.map((r, i) => (r[3] ? i + 2 : 0)).filter((r) => r > 0);
    expect(issuesOf(result, "grade-assumed").map((i) => i.row)).toEqual(assumedRows);
    expect(issuesOf(result, "grade-assumed").find((i) => i.row === 11)).toMatchObject({
      column: "Eselon / Jenjang",
      address: "D11",
      params: { reading: { code: "grade-pelaksana", params: { written: "" } } },
    });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("NIPs as agencies' exports write them", () => {
  const forms: [Value, string][] = [
    [150123456, "150123456"], // a NIP Lama typed as a number
    ["198501012010011001", "198501012010011001"],
    ["19850101 201001 1 002", "198501012010011002"],
    ["19850101.201001.1.003", "198501012010011003"],
    ["'198501012010011004", "198501012010011004"],
    ["  198501012010011005\u00a0", "198501012010011005"],
  ];

  it.each(["NIP", "N.I.P", "N.I.P.", "NIP Baru"])(
    "under %p: number, text, spaces, dots, apostrophe",
    async (h) => {
      const wb = new ExcelJS.Workbook();
      sheetOf(wb, "Data", [
        [h, "Nama", "Eselon", ...NINE],
        ...forms.map(([nip], i) => [nip, `P${i}`, "II.a", ...new Array(9).fill(4)]),
      ]);
      const result = await plan(wb);
      expect(result.employees.map((e) => e.nip)).toEqual(forms.map((f) => f[1]));
      expect(result.issues).toEqual([]);
    }
  );
});

describe("one row per employee and competency", () => {
  const header = ["NIP", "Nama", "Jabatan", "Jenjang", "Kompetensi", "Standar", "Nilai"];
  // Standards written on the rows; different per competency for A.
  const stdA = [3, 3, 4, 3, 3, 3, 4, 3, 2];
  const scoreA = [3, 2, 3, 3, 4, 3, 3, 3, 2];
  const stdB = new Array(9).fill(2);
  const scoreB = [2, 2, 2, 1.5, 2, 2, 2, 2, 3];
  const rowsOf = (nip: string, name: string, std: number[], score: number[]) =>
    NINE.map((c, j) => [nip, name, "Analis", "Administrator", c, std[j], score[j]]);
  let result: PlanResult;
  let sheetRowOf: (nip: string, competency: string) => number;
  let lastRowOf: (nip: string, competency: string) => number;

  beforeAll(async () => {
    const a = rowsOf("1001", "A", stdA, scoreA);
    const b = rowsOf("1002", "B", stdB, scoreB);
    // C lacks Perekat Bangsa; D has Integritas twice.
    const c = rowsOf("1003", "C", stdB, stdB).slice(0, 8);
    const d = [
      ...rowsOf("1004", "D", stdB, stdB),
      ["1004", "D", "Analis", "Administrator", "Integritas", 2, 1],
    ];
    // Interleaved, as a sorted-by-competency export gives them.
    const body: Value[][] = [];
    for (let j = 0; j < 10; j++) for (const g of [b, a, d, c]) if (g[j]) body.push(g[j]);
    sheetRowOf = (nip, competency) =>
      2 + body.findIndex((r) => r[0] === nip && r[4] === competency);
    lastRowOf = (nip, competency) => {
      let last = -1;
      body.forEach((r, i) => {
        if (r[0] === nip && r[4] === competency) last = i;
      });
      return 2 + last;
    };
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Ekspor", [header, ...body]);
    result = await plan(wb);
  });

  it("groups the rows by NIP, in order of first appearance, and reports each employee at its first row", () => {
    expect(result.source.layout).toBe("long");
    expect(result.employees.map((e) => [e.nip, e.row])).toEqual([
      ["1002", 2],
      ["1001", 3],
    ]);
  });

  it("takes the standards from the rows, so JPM and gaps follow them", () => {
    const [b, a] = result.employees;
    expect(standardsOf(a)).toEqual(stdA);
    expect(scoresOf(a)).toEqual(scoreA);
    expect(a.jpm).toBeCloseTo(JPM.sum(scoreA, stdA), 12);
    expect(a.competencies.map((c) => c.gap)).toEqual(scoreA.map((s, j) => s - stdA[j]));
    expect(standardsOf(b)).toEqual(stdB);
    expect(b.jpm).toBeCloseTo(JPM.sum(scoreB, stdB), 12);
  });

  it("refuses the employee missing a competency and the one with a competency twice, at the right rows", () => {
    const errors = result.issues.filter((i) => i.severity === "error");
    const missingAt = sheetRowOf("1003", "Integritas"); // C's first row
    const firstD = sheetRowOf("1004", "Integritas");
    const secondD = lastRowOf("1004", "Integritas");
    expect(secondD).toBeGreaterThan(firstD);
    expect(errors.map((i) => [i.row, i.code])).toEqual(
      [
        [missingAt, "competency-missing"],
        [secondD, "competency-duplicate"],
      ].sort((x, y) => (x[0] as number) - (y[0] as number))
    );
    const missing = issuesOf(result, "competency-missing")[0];
    expect(renderMessage(missing)).toMatch(/kompetensi Perekat Bangsa tidak ada untuk pegawai ini/);
    const twice = issuesOf(result, "competency-duplicate")[0];
    expect(twice.address).toBe(`E${secondD}`);
    expect(renderMessage(twice)).toMatch(
      new RegExp(`Integritas sudah tercatat di baris ${firstD} `)
    );
  });
});

describe("a sheet of the pre-2017 competency model", () => {
  const old = [
    [
      "NIP",
      "Nama",
      "Eselon",
      "Integritas",
      "Kerjasama",
      "Komunikasi",
      "Kepemimpinan",
      "Inovasi",
      "Berpikir Konseptual",
    ],
    ["1", "A", "III.a", 3, 3, 3, 3, 3, 3],
  ];
  const current = [
    ["NIP", "Nama", "Eselon", ...NINE],
    ["2", "B", "III.a", 3, 3, 2, 3, 3, 3, 3, 3, 3],
  ];

  it("next to a sheet of the SKJ model: the SKJ one is taken, though it comes second", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Model Lama", old);
    sheetOf(wb, "Pemetaan 2024", current);
    const result = await plan(wb);
    expect(result.source.sheet).toBe("Pemetaan 2024");
    expect(result.employees.map((e) => [e.nip, e.jpm])).toEqual([["2", 26 / 27]]);
    expect(result.issues).toEqual([]);
  });

  it("alone: one issue for the whole sheet naming the six missing competencies, nobody planned", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Model Lama", old);
    const result = await plan(wb);
    expect(result.employees).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        sheet: "Model Lama",
        row: 0,
        severity: "error",
        code: "competencies-missing",
      }),
    ]);
    expect(renderMessage(result.issues[0])).toMatch(
      /Orientasi pada Hasil, Pelayanan Publik, Pengembangan Diri dan Orang Lain, Mengelola Perubahan, Pengambilan Keputusan, Perekat Bangsa/
    );
  });
});

describe("a JPM column computed by each method, written in each form", () => {
  // Standards differ per competency (SKJ sheet), and every person has scores above and below them, so
  // that the three formulas give three different values on every row.
  const standards = [3, 3, 3, 3, 3, 4, 4, 3, 2];
  const people = [
    [3, 3, 2, 3, 3, 3, 3, 3, 3],
    [4, 3, 3, 3, 2, 3, 4, 3, 3],
    [2, 2, 2, 3, 3, 3, 3, 3, 3],
    [3, 4, 3, 3, 3, 3, 3, 2, 2],
    [4, 4, 4, 4, 4, 2, 2, 4, 1],
  ];
  const forms: Record<string, (ratio: number) => Value> = {
    ratio: (r) => r,
    "percent number": (r) => percentNumber(r),
    'text "87,04%"': (r) => percentText(r),
  };

  function workbook(jpmOf: (scores: number[], i: number) => Value): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Data", [
      ["NIP", "Nama", "Jabatan", "Eselon", ...NINE, "JPM"],
      ...people.map((s, i) => [String(i + 1), `P${i}`, "Analis", "III.a", ...s, jpmOf(s, i)]),
    ]);
    sheetOf(wb, "SKJ", [
      ["Jabatan", ...NINE],
      ["Analis", ...standards],
    ]);
    return wb;
  }

  it("the data really tells the methods apart (more than a point between any two, on every row)", () => {
    for (const s of people) {
      const [a, b, c] = (["sum", "mean", "capped"] as const).map((m) => JPM[m](s, standards));
      expect(Math.min(Math.abs(a - b), Math.abs(a - c), Math.abs(b - c))).toBeGreaterThan(0.011);
    }
  });

  for (const method of ["sum", "mean", "capped"] as const) {
    for (const [form, write] of Object.entries(forms)) {
      it(`${method} as a ${form}: chosen from the file, all rows agree, JPMs by that method`, async () => {
        const result = await plan(workbook((s) => write(JPM[method](s, standards))));
        expect([result.jpmMethod, result.jpmMethodSource, result.jpmAgreement]).toEqual([
          method,
          "file",
          { compared: 5, matched: 5 },
        ]);
        result.employees.forEach((e, i) => {
          expect(standardsOf(e)).toEqual(standards);
          expect(e.jpm).toBeCloseTo(JPM[method](people[i], standards), 12);
        });
        expect(issuesOf(result, "jpm-differs")).toEqual([]);
      });
    }
  }

  it("warns on a row whose file JPM is off by more than a point, naming the cell and both values", async () => {
    // Row 4 (person 2) is 1.5 points off; row 6 (person 4) 0.5 points off, which is within tolerance.
    const off = (s: number[], i: number) =>
      percentText(JPM.mean(s, standards) + (i === 2 ? 0.015 : i === 4 ? 0.005 : 0));
    const result = await plan(workbook(off));
    expect([result.jpmMethod, result.jpmAgreement]).toEqual(["mean", { compared: 5, matched: 4 }]);
    const warnings = issuesOf(result, "jpm-differs");
    expect(warnings.map((w) => [w.row, w.address, w.severity])).toEqual([[4, "N4", "warning"]]);
    const mean = JPM.mean(people[2], standards);
    expect(renderMessage(warnings[0])).toBe(
      `Baris 4, kolom JPM: JPM di file ${percentText(mean + 0.015)}, JPM menurut metode rata-rata ` +
        `(rata-rata (nilai ÷ standar)) ${percentText(mean)}.`
    );
  });
});

describe("a category column in each scheme's words or codes", () => {
  const scores = [
    [3, 3, 3, 3, 3, 3, 3, 3, 3],
    [3, 3, 3, 2, 3, 3, 2, 3, 3],
    [2, 2, 3, 2, 2, 2, 2, 3, 2],
    [2, 2, 2, 2, 1, 2, 2, 2, 2],
  ];
  const jpms = scores.map((s) => JPM.sum(s, new Array(9).fill(3)));
  const long: Record<string, string> = {
    MS: "Memenuhi Syarat",
    MMS: "Masih Memenuhi Syarat",
    KMS: "Kurang Memenuhi Syarat",
  };
  const cases: [
    string,
    (jpm: number) => string,
    "pemetaan" | "pengisian",
    (jpm: number) => string,
  ][] = [
    ["pemetaan words", (j) => pemetaan(j), "pemetaan", (j) => pemetaan(j)],
    [
      "pemetaan words in capitals",
      (j) => pemetaan(j).toUpperCase(),
      "pemetaan",
      (j) => pemetaan(j),
    ],
    ["pengisian codes", (j) => pengisian(j), "pengisian", (j) => pengisian(j)],
    ["pengisian words", (j) => long[pengisian(j)], "pengisian", (j) => pengisian(j)],
  ];

  it.each(cases)(
    "%s select the scheme, and categories follow it",
    async (_label, write, scheme, mine) => {
      const wb = new ExcelJS.Workbook();
      sheetOf(wb, "Data", [
        ["NIP", "Nama", "Eselon", ...NINE, "Kategori"],
        ...scores.map((s, i) => [String(i), `P${i}`, "III.a", ...s, write(jpms[i])]),
      ]);
      const result = await plan(wb);
      expect([result.scheme, result.schemeSource]).toEqual([scheme, "file"]);
      expect(result.employees.map((e) => e.category)).toEqual(jpms.map(mine));
      expect(result.issues).toEqual([]);
    }
  );

  it("notes a row whose written category disagrees with its JPM", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Data", [
      ["NIP", "Nama", "Eselon", ...NINE, "Kategori"],
      ...scores.map((s, i) => [
        String(i),
        `P${i}`,
        "III.a",
        ...s,
        i === 2 ? "MS" : pengisian(jpms[i]),
      ]),
    ]);
    const result = await plan(wb);
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 4,
        address: "M4",
        severity: "info",
        code: "category-differs",
      }),
    ]);
    expect(renderMessage(result.issues[0])).toBe(
      `Baris 4: kategori di file "MS", menurut JPM ${percentText(jpms[2])} kategorinya ${pengisian(jpms[2])}.`
    );
  });
});

describe("tolerance and category thresholds through the CLI flags", () => {
  // Person 0 is 0.2 short on Integritas (within a 10% tolerance of 3) and 0.5 short on Kerja Sama (beyond it).
  const scores = [
    [2.8, 2.5, 3, 3, 3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3, 3, 2, 2.5],
  ];
  const jpms = scores.map((s) => JPM.sum(s, new Array(9).fill(3)));
  const workbook = () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Data", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ...scores.map((s, i) => [String(i), `P${i}`, "III.a", ...s]),
    ]);
    return wb;
  };

  it("--toleransi 0.1 drops the small shortfall from the needs but keeps its gap", async () => {
    const none = (await cli(workbook())).plan!;
    const tol = (await cli(workbook(), "--toleransi", "0,1")).plan!;
    expect(none.employees[0].priorities.map((p) => p.competency)).toEqual(["KS", "INT"]);
    expect(tol.tolerance).toBe(0.1);
    expect(tol.employees[0].priorities.map((p) => p.competency)).toEqual(["KS"]);
    expect(tol.employees[0].competencies[0]).toMatchObject({ code: "INT", gap: -0.2, need: false });
    expect(tol.employees[0].competencies[1]).toMatchObject({ code: "KS", gap: -0.5, need: true });
  });

  it("--batas-optimal and --batas-cukup move employees between categories", async () => {
    const base = (await cli(workbook())).plan!;
    expect(base.employees.map((e) => e.category)).toEqual(jpms.map((j) => pemetaan(j)));
    const strict = (await cli(workbook(), "--batas-optimal", "95", "--batas-cukup", "92,5")).plan!;
    expect(strict.thresholds.pemetaan).toEqual({ optimal: 0.95, cukup: 0.925 });
    expect(strict.employees.map((e) => e.category)).toEqual(
      jpms.map((j) => pemetaan(j, 0.95, 0.925))
    );
    // The data must make the flags matter, or this test proves nothing.
    expect(strict.employees.map((e) => e.category)).not.toEqual(
      base.employees.map((e) => e.category)
    );
  });

  it("--batas-ms and --batas-mms apply to the pengisian scheme", async () => {
    const p = (
      await cli(workbook(), "--scheme", "pengisian", "--batas-ms", "96", "--batas-mms", "94")
    ).plan!;
    const expected = jpms.map((j) => (j >= 0.96 ? "MS" : j >= 0.94 ? "MMS" : "KMS"));
    expect(p.employees.map((e) => e.category)).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(1);
  });

  it("refuses thresholds out of order or not numbers, in Bahasa Indonesia", async () => {
    const order = await cli(workbook(), "--batas-optimal", "80", "--batas-cukup", "85");
    expect(order.code).toBe(2);
    expect(order.err).toMatch(/Batas Cukup Optimal harus lebih kecil dari batas Optimal/);
    const text = await cli(workbook(), "--batas-ms", "delapan puluh");
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/Batas MS harus berupa angka, bukan "delapan puluh"/);
  });
});

// Keeps the column arithmetic above honest: column N is the 14th (the JPM after NIP, Nama, Jabatan, Eselon
// and the nine), column M the 13th (Kategori after NIP, Nama, Eselon and the nine).
test("column letters used in the expectations", () => {
  expect([columnLetter(13), columnLetter(12), columnLetter(10)]).toEqual(["N", "M", "K"]);
});
