// Headers as agencies' templates and database exports write them (docs/domain.md §12), as real .xlsx files:
// each workbook is built here with ExcelJS, written to bytes, read back with our own reader and planned with
// runSkj. Expected numbers come from the data written here, never from the engine.
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { detectTable } from "../../src/skj/detect";
import { renderMessage } from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import { Issue, PlanResult, TableDetection, WorkbookGrid } from "../../src/skj/types";
import { NINE } from "../helpers/grid";

type Value = ExcelJS.CellValue;
const CODES = ["INT", "KS", "KOM", "OPH", "PP", "PDOL", "MP", "PK", "PB"];
const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

function sheetOf(wb: ExcelJS.Workbook, name: string, rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((values, i) => {
    const r = ws.getRow(i + 1);
    values.forEach((v, j) => {
      if (v !== null && v !== undefined) r.getCell(j + 1).value = v;
    });
  });
  return ws;
}

async function gridOf(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  return readWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)).grid;
}

function plan(grid: WorkbookGrid): PlanResult {
  const out = runSkj(grid, { year: 2027 });
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

function detection(grid: WorkbookGrid): TableDetection {
  const out = detectTable(grid);
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.detection;
}

const codesOf = (p: PlanResult): string[] => p.issues.map((i) => i.code);
const scoresOf = (e: PlanResult["employees"][number]) => e.competencies.map((c) => c.score);

/** Employees of eselon III (standard 3 for all nine), with scores that differ per competency. */
const people = [
  { nip: "198501012010011001", name: "Ani", scores: [3, 2, 3, 4, 3, 2, 3, 3, 4] },
  { nip: "198602022011012002", name: "Bayu", scores: [2, 3, 2, 3, 3, 3, 2, 4, 3] },
  { nip: "198703032012013003", name: "Cahya", scores: [4, 3, 3, 2, 2, 4, 3, 2, 3] },
];

describe("a results template with short codes and a total column (int, ks, kom, oph, pp, pdo, mp, pk, pb, nilai_kom)", () => {
  const header = ["no", "nip", "nama", "jabatan", "eselon", "int", "ks", "kom", "oph", "pp"];
  const rest = ["mp", "pk", "pb", "nilai_kom", "keterangan"];
  const rows = (pdo: string): Value[][] => [
    [...header, pdo, ...rest],
    ...people.map((p, i) => [
      i + 1,
      p.nip,
      p.name,
      "Kepala Bidang",
      "III.a",
      ...p.scores,
      total(p.scores),
      "",
    ]),
  ];

  it("reads pdo as Pengembangan Diri dan Orang Lain, never nilai_kom as Komunikasi, and plans everyone", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "hasil", rows("pdo"));
    const grid = await gridOf(wb);
    const d = detection(grid);
    expect(
      CODES.map((c) => d.mapping.competencies[c as keyof typeof d.mapping.competencies])
    ).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const result = plan(grid);
    expect(result.employees.map((e) => e.nip)).toEqual(people.map((p) => p.nip));
    result.employees.forEach((e, i) => {
      expect(scoresOf(e)).toEqual(people[i].scores);
      expect(e.jpm).toBeCloseTo(total(people[i].scores) / 27, 12);
    });
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("takes an unknown header in Pengembangan Diri dan Orang Lain's place by position, with a warning naming both", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "hasil", rows("pdx"));
    const result = plan(await gridOf(wb));
    expect(result.employees).toHaveLength(3);
    result.employees.forEach((e, i) => expect(scoresOf(e)).toEqual(people[i].scores));
    const warning = result.issues.filter((i) => i.code === "header-by-position");
    expect(warning).toEqual([
      expect.objectContaining({ severity: "warning", col: 10, column: "pdx" }),
    ]);
    expect(renderMessage(warning[0])).toBe(
      'Judul kolom "pdx" (K1) tidak dikenal, tetapi berada di tempat Pengembangan Diri dan Orang Lain menurut ' +
        "urutan standar dan isinya nilai 1–5; kolom ini dibaca sebagai Pengembangan Diri dan Orang Lain. " +
        "Bila keliru, ubah di Pemetaan kolom (CLI: --kolom PDOL=KOLOM)."
    );
    expect(renderMessage(warning[0], "en")).toMatch(
      /^Header "pdx" \(K1\) is not known, but it stands where Pengembangan Diri dan Orang Lain belongs/
    );
  });

  it("does not take an unknown header by position when its values are not scores", async () => {
    const wb = new ExcelJS.Workbook();
    const data = rows("pdx");
    for (const r of data.slice(1)) r[10] = "lihat lampiran";
    sheetOf(wb, "hasil", data);
    const result = plan(await gridOf(wb));
    expect(result.employees).toEqual([]);
    expect(codesOf(result)).toContain("competencies-unmapped");
  });
});

describe("a database export with PENGEMBALIAN_KEPUTUSAN and PENGELOLAAN_PERUBAHAN", () => {
  const header = [
    "NIP_BARU",
    "NAMA_PEGAWAI",
    "JABATAN",
    "ESELON",
    "INTEGRITAS",
    "KERJASAMA",
    "KOMUNIKASI",
    "ORIENTASI_PADA_HASIL",
    "PELAYANAN_PUBLIK",
    "PENGEMBANGAN_DIRI_DAN_ORANG_LAIN",
    "PENGELOLAAN_PERUBAHAN",
    "PENGEMBALIAN_KEPUTUSAN",
    "PEREKAT_BANGSA",
    "JPM",
  ];
  let result: PlanResult;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "export", [
      header,
      ...people.map((p) => [
        p.nip,
        p.name,
        "Kepala Bidang",
        "III.a",
        ...p.scores,
        Math.round((total(p.scores) / 27) * 10000) / 100,
      ]),
    ]);
    result = plan(await gridOf(wb));
  });

  it("plans every employee with the scores of the file", () => {
    expect(result.employees.map((e) => e.nip)).toEqual(people.map((p) => p.nip));
    result.employees.forEach((e, i) => expect(scoresOf(e)).toEqual(people[i].scores));
    expect([result.jpmMethod, result.jpmMethodSource]).toEqual(["sum", "file"]);
  });

  it("reads PENGELOLAAN_PERUBAHAN as a known spelling and warns only about the typo", () => {
    const notes = result.issues.filter((i) => i.severity !== "info");
    expect(notes).toEqual([
      expect.objectContaining({ code: "header-typo", col: 11, severity: "warning" }),
    ]);
    expect(renderMessage(notes[0])).toBe(
      'Kolom "PENGEMBALIAN_KEPUTUSAN" (L1) dibaca sebagai Pengambilan Keputusan.'
    );
  });
});

describe("a long table whose code column (M.1, SK.1) comes before the competency names", () => {
  const standards = [3, 3, 3, 3, 3, 3, 3, 3, 2];
  let result: PlanResult;
  let d: TableDetection;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const body: Value[][] = [];
    for (const p of people)
      NINE.forEach((name, j) =>
        body.push([
          p.nip,
          p.name,
          "Kepala Bidang",
          "Administrator",
          j < 8 ? `M.${j + 1}` : "SK.1",
          name,
          standards[j],
          p.scores[j],
        ])
      );
    sheetOf(wb, "Rincian", [
      ["NIP", "Nama", "Jabatan", "Jenjang", "Kode", "Kompetensi", "Standar", "Nilai"],
      ...body,
    ]);
    const grid = await gridOf(wb);
    d = detection(grid);
    result = plan(grid);
  });

  it("takes the column of names, not the code column, as the competency column", () => {
    expect(d.layout).toBe("long");
    expect(d.mapping.competency).toBe(5);
    expect(d.mapping.score).toBe(7);
    expect(d.mapping.standard).toBe(6);
  });

  it("plans each employee with the scores and the standards of the rows", () => {
    expect(result.employees.map((e) => e.nip)).toEqual(people.map((p) => p.nip));
    result.employees.forEach((e, i) => {
      expect(scoresOf(e)).toEqual(people[i].scores);
      expect(e.competencies.map((c) => c.standard)).toEqual(standards);
      expect(e.jpm).toBeCloseTo(total(people[i].scores) / total(standards), 12);
    });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("a KATEGORI of the potential block next to CAPAIAN KOMPETENSI", () => {
  /** CAPAIAN KOMPETENSI is the JPM in percent; the potential block has its own score and category. */
  const jpmOf = (scores: number[]) => Math.round((total(scores) / 27) * 10000) / 100;
  const potential = ["Tinggi", "Sedang", "Rendah"];

  async function build(twoRows: boolean): Promise<WorkbookGrid> {
    const wb = new ExcelJS.Workbook();
    const identity = ["No", "NIP", "Nama", "Jabatan", "Eselon"];
    const data = people.map((p, i) => [
      i + 1,
      p.nip,
      p.name,
      "Kepala Bidang",
      "III.a",
      ...p.scores,
      jpmOf(p.scores),
      70 + i,
      // In the two-row file the potential block uses the competency words, so only its group tells.
      twoRows ? ["Optimal", "Kurang Optimal", "Optimal"][i] : potential[i],
    ]);
    if (twoRows) {
      const ws = sheetOf(wb, "Talenta", [
        [...identity, "HASIL PEMETAAN KOMPETENSI", ...new Array(9).fill(null), "POTENSI", null],
        [
          ...new Array(5).fill(null),
          ...NINE.map((n) => n.toUpperCase()),
          "CAPAIAN KOMPETENSI",
          "SKOR",
          "KATEGORI",
        ],
        ...data,
      ]);
      ws.mergeCells("F1:O1");
      ws.mergeCells("P1:Q1");
      for (const c of ["A", "B", "C", "D", "E"]) ws.mergeCells(`${c}1:${c}2`);
    } else {
      sheetOf(wb, "Talenta", [
        [...identity, ...NINE, "CAPAIAN KOMPETENSI", "NILAI POTENSI", "KATEGORI"],
        ...data,
      ]);
    }
    return gridOf(wb);
  }

  it.each([
    ["one header row, categories Tinggi/Sedang/Rendah", false],
    ["a POTENSI group over SKOR and KATEGORI", true],
  ])(
    "%s: follows CAPAIAN KOMPETENSI as the file's JPM, and takes no category",
    async (_, twoRows) => {
      const grid = await build(twoRows);
      const d = detection(grid);
      expect(d.mapping.jpm).toBe(14);
      expect(d.mapping.category).toBeUndefined();
      const result = plan(grid);
      expect(result.employees).toHaveLength(3);
      expect([result.jpmMethod, result.jpmMethodSource, result.jpmAgreement]).toEqual([
        "sum",
        "file",
        { compared: 3, matched: 3 },
      ]);
      result.employees.forEach((e, i) => {
        expect(scoresOf(e)).toEqual(people[i].scores);
        expect(e.fileJpm).toBeCloseTo(jpmOf(people[i].scores) / 100, 12);
      });
      expect(
        codesOf(result).filter((c) => c === "category-differs" || c === "jpm-differs")
      ).toEqual([]);
    }
  );

  it("ignores a CAPAIAN KOMPETENSI column that does not agree with the scores, and says so", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Talenta", [
      ["NIP", "Nama", "Eselon", ...NINE, "Capaian Kompetensi"],
      ...people.map((p, i) => [p.nip, p.name, "III.a", ...p.scores, 40 + i * 7]),
    ]);
    const grid = await gridOf(wb);
    expect(detection(grid).mapping.jpm).toBeUndefined();
    const result = plan(grid);
    const note = result.issues.find((i: Issue) => i.code === "jpm-column-ignored");
    expect(note).toMatchObject({ severity: "info", col: 12 });
    expect(renderMessage(note!)).toBe(
      'Kolom "Capaian Kompetensi" (kolom M) tidak cocok dengan JPM yang dihitung dari nilai; tidak dipakai sebagai JPM file.'
    );
    expect(result.employees).toHaveLength(3);
  });
});

describe("a table that still lacks competencies after every step", () => {
  it("names the missing competencies and the headers not understood, and says how to map them", async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "hasil", [
      [
        "nip",
        "nama",
        "eselon",
        "int",
        "ks",
        "kom",
        "oph",
        "pp",
        "peng_diri",
        "ubah",
        "pk",
        "pb",
        "x1",
      ],
      ...people.map((p) => [
        p.nip,
        p.name,
        "III.a",
        ...p.scores.slice(0, 5),
        "A",
        "B",
        ...p.scores.slice(7),
        "",
      ]),
    ]);
    const result = plan(await gridOf(wb));
    expect(result.employees).toEqual([]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ code: "competencies-unmapped", row: 0 })]);
    expect(renderMessage(errors[0])).toBe(
      'Sheet "hasil": 7 dari 9 kompetensi SKJ dikenali; Pengembangan Diri dan Orang Lain (PDOL) dan ' +
        'Mengelola Perubahan (MP) tidak ditemukan. Judul kolom yang tidak dikenali: "peng_diri" (kolom I), ' +
        '"ubah" (kolom J), "x1" (kolom M). Petakan kolomnya di panel (Pemetaan kolom), atau di CLI dengan ' +
        "--kolom KODE=KOLOM (misalnya --kolom PDOL=I); sampai itu baris-barisnya tidak dapat direncanakan."
    );
    expect(renderMessage(errors[0], "en")).toBe(
      'Sheet "hasil": 7 of the 9 SKJ competencies were recognised; Pengembangan Diri dan Orang Lain (PDOL) and ' +
        'Mengelola Perubahan (MP) were not found. Headers not understood: "peng_diri" (column I), ' +
        '"ubah" (column J), "x1" (column M). Map the columns in the pane (Column mapping), or in the CLI with ' +
        "--kolom CODE=COLUMN (e.g. --kolom PDOL=I); until then its rows cannot be planned."
    );
  });
});
