// Individual assessment reports, one sheet per employee (docs/domain.md §11): the identity block in its
// usual spellings, the competencies as rows with standard and score, and the plan pointing back to each sheet.
import { detectPersonSheet } from "../../src/skj/personSheets";
import { renderMessage } from "../../src/skj/messages";
import { runSkj, RunOptions } from "../../src/skj/run";
import { CellValue, PlanResult, WorkbookGrid } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";

function plan(wb: WorkbookGrid, options: RunOptions = {}): PlanResult {
  const out = runSkj(wb, { year: 2027, ...options });
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

type Identity = [string, CellValue][];

/** A report: title, identity block in one of three styles, a blank row, then No | Kompetensi | Standar | Nilai | Gap. */
function report(
  name: string,
  identity: Identity,
  style: "inline" | "colon-cell" | "adjacent",
  standards: CellValue[],
  scores: CellValue[]
): ReturnType<typeof sheet> {
  const idRows = identity.map(([label, value]): CellValue[] =>
    style === "inline"
      ? [`${label} : ${value ?? ""}`]
      : style === "colon-cell"
        ? [label, ":", value]
        : [label, value]
  );
  return sheet(name, [
    ["LAPORAN INDIVIDU HASIL PENILAIAN KOMPETENSI"],
    [],
    ...idRows,
    [],
    ["No", "Kompetensi", "Standar Level", "Level Capaian", "Gap"],
    ...NINE.map((c, i): CellValue[] => [
      i + 1,
      c,
      standards[i],
      scores[i],
      typeof scores[i] === "number" && typeof standards[i] === "number"
        ? (scores[i] as number) - (standards[i] as number)
        : null,
    ]),
    [],
    ["Mengetahui,"],
  ]);
}

const three = (n: number): CellValue[] => new Array(9).fill(n);

const reports = workbook(
  report(
    "Siti",
    [
      ["Nama", "Siti Aminah"],
      ["NIP", "'198501012010011001"],
      ["Jabatan", "Kepala Bidang Mutasi"],
      ["Eselon", "III.a"],
      ["Unit Kerja", "BKPSDM"],
    ],
    "inline",
    three(3),
    [3, 3, 2, 3, 3, 2, 3, 3, 3]
  ),
  report(
    "Budi",
    [
      ["Nama", "Budi Santoso"],
      ["NIP", "19860202 201101 2 002"],
      ["Jabatan", "Analis Kepegawaian Ahli Pertama"],
      ["Jenjang", "Ahli Pertama"],
      ["Unit Kerja", "BKPSDM"],
    ],
    "colon-cell",
    three(2),
    [2, 2, 2, 1, 2, 2, 2, 2, 2]
  ),
  report(
    "Ani",
    [
      ["Nama", "Ani Lestari"],
      ["NIP", "199003032015032003"],
      ["Jabatan", "Pengelola Data"],
      ["Jenjang Jabatan", "Pelaksana"],
      ["Unit Kerja", "Sekretariat"],
    ],
    "adjacent",
    three(1),
    three(1)
  )
);

describe("a workbook of individual reports", () => {
  const result = plan(reports);

  it("plans one employee per sheet, pointing back to the sheet and its identity row", () => {
    expect(
      result.employees.map((e) => [e.sheet, e.row, e.nip, e.name, e.grade, e.level, e.unit])
    ).toEqual([
      ["Siti", 3, "198501012010011001", "Siti Aminah", "Administrator (Eselon III.a)", 3, "BKPSDM"],
      ["Budi", 3, "198602022011012002", "Budi Santoso", "JF Ahli Pertama", 2, "BKPSDM"],
      ["Ani", 3, "199003032015032003", "Ani Lestari", "Pelaksana", 1, "Sekretariat"],
    ]);
    expect(result.source.personSheets).toEqual(["Siti", "Budi", "Ani"]);
  });

  it("reads scores and standards from the rows: the gaps are the report's own", () => {
    const siti = result.employees[0];
    expect(siti.competencies.map((c) => c.gap)).toEqual([0, 0, -1, 0, 0, -1, 0, 0, 0]);
    const budi = result.employees[1];
    expect(budi.competencies.find((c) => c.code === "OPH")).toMatchObject({
      standard: 2,
      score: 1,
      need: true,
    });
  });

  it("says the sheets were read one employee each", () => {
    const note = result.issues.find((i) => i.code === "people-sheets")!;
    expect(renderMessage(note)).toBe(
      '3 sheet dibaca sebagai laporan per pegawai (satu pegawai per sheet): "Siti", "Budi", "Ani".'
    );
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads only the sheet chosen, and keeps to the chosen units", () => {
    expect(plan(reports, { sheet: "Budi" }).employees.map((e) => e.name)).toEqual(["Budi Santoso"]);
    expect(plan(reports, { units: ["Sekretariat"] }).employees.map((e) => e.name)).toEqual([
      "Ani Lestari",
    ]);
  });
});

describe("an individual report with a problem", () => {
  it("names the sheet and the cell of a score that is not a score; the others are planned", () => {
    const bad = report(
      "Dewi",
      [
        ["Nama", "Dewi"],
        ["NIP", "199104042019032004"],
        ["Jabatan", "Kepala Seksi"],
        ["Eselon", "IV.a"],
      ],
      "inline",
      three(2),
      [2, 2, "dua", 2, 2, 2, 2, 2, 2]
    );
    const result = plan(workbook(...reports.sheets, bad));
    expect(result.employees.map((e) => e.sheet)).toEqual(["Siti", "Budi", "Ani"]);
    const error = result.issues.find((i) => i.severity === "error")!;
    expect([error.sheet, error.address, error.code]).toEqual(["Dewi", "D11", "score-invalid"]);
  });

  it("without a grade, takes it from the employee list, or from the standards it writes", () => {
    const noGrade = report(
      "Eko",
      [
        ["Nama", "Eko"],
        ["NIP", "199205052020121005"],
        ["Jabatan", "Kepala Subbagian Umum"],
      ],
      "inline",
      three(2),
      three(2)
    );
    const fromStandards = plan(workbook(noGrade)).employees[0];
    expect([fromStandards.grade, fromStandards.level]).toEqual(["Level SKJ 2", 2]);
    const list = sheet("Pegawai", [
      ["NIP", "Nama", "Eselon"],
      ["199205052020121005", "Eko", "IV.a"],
    ]);
    const joined = plan(workbook(noGrade, list));
    expect(joined.employees[0].grade).toBe("Pengawas (Eselon IV.a)");
    expect(joined.issues.find((i) => i.code === "people-joined")!.params).toMatchObject({
      count: 1,
    });
  });
});

describe("other shapes of individual reports", () => {
  it("two identity columns on a row, a two-row header, names with descriptions", () => {
    const grid = sheet(
      "Laporan",
      [
        ["PROFIL KOMPETENSI PEGAWAI"],
        ["Nama : Rina Wati", null, null, "Eselon : IV.a"],
        ["NIP : 198703152010012001", null, null, "Unit Kerja : Bagian Umum"],
        ["Jabatan : Kepala Subbagian Umum"],
        [],
        ["No", "Kompetensi", "Level", null, "Gap"],
        [null, null, "Standar", "Individu", null],
        ...NINE.map((c, i): CellValue[] => [
          i + 1,
          `${c}: uraian perilaku`,
          2,
          i === 0 ? 1 : 2,
          null,
        ]),
      ],
      ["C6:D6"]
    );
    const result = plan(workbook(grid));
    expect(result.employees).toHaveLength(1);
    const e = result.employees[0];
    expect([e.name, e.nip, e.grade, e.unit, e.row]).toEqual([
      "Rina Wati",
      "198703152010012001",
      "Pengawas (Eselon IV.a)",
      "Bagian Umum",
      2,
    ]);
    expect(e.competencies[0]).toMatchObject({ code: "INT", standard: 2, score: 1, need: true });
  });
});

describe("what is not an individual report", () => {
  it("a results table, or a list of employees", () => {
    expect(
      detectPersonSheet(
        sheet("Data", [
          ["NIP", "Nama", "Jabatan", "Eselon", ...NINE],
          ["198501012010011001", "Siti", "Kepala", "III.a", ...three(3)],
        ])
      )
    ).toBeNull();
    expect(
      detectPersonSheet(
        sheet("Long", [
          ["NIP", "Nama", "Kompetensi", "Standar", "Nilai"],
          ...NINE.map((c): CellValue[] => ["198501012010011001", "Siti", c, 3, 3]),
        ])
      )
    ).toBeNull();
  });

  it("a table beside the reports is planned, and the reports are named as not read", () => {
    const table = sheet("Rekap", [
      ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
      ["198501012010011001", "Siti", "Kepala Bidang", "III.a", "BKPSDM", ...three(3)],
    ]);
    const result = plan(workbook(table, ...reports.sheets));
    expect(result.employees.map((e) => e.sheet)).toEqual(["Rekap"]);
    expect(result.issues.find((i) => i.code === "people-sheets-unused")!.params).toEqual({
      sheets: ["Siti", "Budi", "Ani"],
      table: "Rekap",
    });
  });
});
