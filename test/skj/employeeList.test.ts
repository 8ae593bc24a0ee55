// Grades from the employee list joined by NIP, blank grades in a filled column, and the default grade
// (docs/domain.md §11), on grids shaped like agencies' results tables and staff-system exports.
import { readEmployeeList } from "../../src/skj/employeeList";
import { renderMessage } from "../../src/skj/messages";
import { runSkj, RunOptions } from "../../src/skj/run";
import { CellValue, PlanResult, WorkbookGrid } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";

function plan(wb: WorkbookGrid, options: RunOptions = {}): PlanResult {
  const out = runSkj(wb, { year: 2027, ...options });
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

const SCORES = [3, 3, 2.5, 3, 3, 2, 3, 3, 3];

/** A results template without a grade column: No, NIP (with apostrophes, spaces, dots), Nama, Jabatan, scores. */
function resultsWithoutGrade(nips: string[]): ReturnType<typeof sheet> {
  return sheet("Hasil", [
    ["REKAP HASIL ASESMEN KOMPETENSI"],
    [],
    ["No", "NIP", "Nama", "Jabatan", ...NINE],
    ...nips.map((nip, i): CellValue[] => [
      i + 1,
      nip,
      `Pegawai ${i + 1}`,
      "Kepala Seksi",
      ...SCORES,
    ]),
  ]);
}

/** An export of the staff system: title rows, then NIP, NAMA, JABATAN, ESELON, UNIT KERJA, GOLONGAN. */
function staffExport(rows: [string, string, string, CellValue][]): ReturnType<typeof sheet> {
  return sheet("DUK", [
    ["DAFTAR URUT KEPANGKATAN PNS"],
    ["PEMERINTAH KABUPATEN CONTOH"],
    ["NO", "NIP", "NAMA", "JABATAN", "ESELON", "UNIT KERJA", "GOLONGAN"],
    ...rows.map(([nip, name, position, eselon], i): CellValue[] => [
      i + 1,
      nip,
      name,
      position,
      eselon,
      "Dinas Contoh",
      "III/c",
    ]),
  ]);
}

const NIP_A = "198501012010011001";
const NIP_B = "198602022011012002";
const NIP_C = "199003032015031003";
const NIP_D = "199104042019032004";

describe("grades from an employee list in the same workbook", () => {
  const wb = workbook(
    resultsWithoutGrade([`'${NIP_A}`, "19860202 201101 2 002", "1990.0303.2015.03.1003", NIP_D]),
    staffExport([
      [NIP_A, "Siti", "Kepala Bidang Mutasi", "III.a"],
      [NIP_B, "Budi", "Kepala Seksi Data", "IV.b"],
      [`'${NIP_C}`, "Ani", "Analis Kepegawaian Ahli Muda", null],
    ])
  );
  const result = plan(wb);

  it("joins by NIP whatever its spelling and plans those employees with the list's grades", () => {
    const byNip = new Map(result.employees.map((e) => [e.nip, e]));
    expect([...byNip.keys()].sort()).toEqual([NIP_A, NIP_B, NIP_C].sort());
    expect(byNip.get(NIP_A)!.level).toBe(3);
    expect(byNip.get(NIP_A)!.jobLevel).toBe("III.a");
    expect(byNip.get(NIP_B)!.level).toBe(2);
    // A blank eselon in the list's filled column is Non Eselon, read from the title: JF Ahli Muda.
    expect(byNip.get(NIP_C)!.grade).toBe("JF Ahli Muda");
  });

  it("says how many were joined and from which list", () => {
    const note = result.issues.find((i) => i.code === "people-joined");
    expect(note?.severity).toBe("info");
    expect(renderMessage(note!)).toBe(
      'Jenjang 3 pegawai diambil dari daftar pegawai "DUK" (dicocokkan menurut NIP).'
    );
  });

  it("names the row whose NIP is in no list as an error; the others are planned", () => {
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].row).toBe(7);
    expect(renderMessage(errors[0])).toContain(`NIP ${NIP_D} tidak ada di daftar pegawai "DUK"`);
    expect(result.summary.employees).toBe(3);
  });

  it("falls back to the default grade only for the rows still left, and says so", () => {
    const withDefault = plan(wb, { defaultGrade: "Pelaksana" });
    expect(withDefault.summary.employees).toBe(4);
    expect(withDefault.employees.find((e) => e.nip === NIP_D)!.grade).toBe("Pelaksana");
    const used = withDefault.issues.find((i) => i.code === "people-default-used")!;
    expect(used.severity).toBe("warning");
    expect(used.params).toMatchObject({ count: 1, rows: ["7"], level: 1 });
    expect(renderMessage(used)).toContain(
      'Jenjang bawaan "Pelaksana" (level 1) dipakai untuk 1 pegawai'
    );
    expect(withDefault.issues.find((i) => i.code === "people-joined")!.params).toMatchObject({
      count: 3,
    });
  });
});

describe("employee lists in another workbook", () => {
  const results = workbook(resultsWithoutGrade([NIP_A, NIP_B]));
  const other = workbook(staffExport([[NIP_A, "Siti", "Kepala Bidang", "Eselon III.b"]]));

  it("are joined like the workbook's own, named by file and sheet", () => {
    const result = plan(results, { employeeLists: [{ file: "pegawai.xlsx", workbook: other }] });
    expect(result.employees.map((e) => e.nip)).toEqual([NIP_A]);
    expect(result.issues.find((i) => i.code === "people-joined")!.params).toEqual({
      count: 1,
      lists: ["pegawai.xlsx › DUK"],
    });
  });

  it("that hold no list are said", () => {
    const empty = workbook(sheet("Sheet1", [["Catatan"], ["tidak ada data"]]));
    const result = plan(results, {
      employeeLists: [{ file: "kosong.xlsx", workbook: empty }],
      defaultGrade: "Administrator",
    });
    expect(result.issues.map((i) => i.code)).toContain("people-list-not-found");
    // No list at all: the default serves everyone, and the note counts them.
    expect(result.issues.find((i) => i.code === "people-default-used")!.params).toMatchObject({
      count: 2,
      level: 3,
    });
  });
});

describe("the default grade alone", () => {
  it("is used for everyone when there is neither a grade column nor a list", () => {
    const result = plan(workbook(resultsWithoutGrade([NIP_A, NIP_B, NIP_C])), {
      defaultGrade: "Pengawas",
    });
    expect(result.employees.map((e) => e.level)).toEqual([2, 2, 2]);
    expect(result.issues.find((i) => i.code === "people-default-used")!.params).toMatchObject({
      count: 3,
      rows: ["4", "5", "6"],
    });
  });

  it("without it, a table with no grades plans nobody and says why on each row", () => {
    const result = plan(workbook(resultsWithoutGrade([NIP_A, NIP_B])));
    expect(result.summary.employees).toBe(0);
    expect(result.issues.filter((i) => i.code === "grade-unknown")).toHaveLength(2);
  });
});

describe("a blank eselon in a column the other rows fill", () => {
  const table = sheet("Data", [
    ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
    [NIP_A, "Siti", "Kepala Bagian Umum", "III.a", "Setda", ...SCORES],
    [NIP_B, "Budi", "Kepala Subbagian", "IV.b", "Setda", ...SCORES],
    [NIP_C, "Ani", "Pengadministrasi Umum", null, "Setda", ...SCORES],
    [NIP_D, "Dewi", "Pranata Komputer Terampil", null, "Setda", ...SCORES],
  ]);
  const result = plan(workbook(table));

  it("is Non Eselon: Pelaksana, or the functional level the title names", () => {
    expect(result.employees.map((e) => [e.nip, e.grade, e.level])).toEqual([
      [NIP_A, "Administrator (Eselon III.a)", 3],
      [NIP_B, "Pengawas (Eselon IV.b)", 2],
      [NIP_C, "Pelaksana", 1],
      [NIP_D, "JF Terampil", 2],
    ]);
  });

  it("with the warning a Non Eselon cell gets", () => {
    const warnings = result.issues.filter((i) => i.code === "grade-assumed");
    expect(warnings.map((w) => [w.row, w.address])).toEqual([
      [4, "D4"],
      [5, "D5"],
    ]);
    expect(renderMessage(warnings[0])).toContain(
      "Jenjang kosong dibaca sebagai Pelaksana (level 1) karena jabatan tidak menyebut jenjang fungsional."
    );
    const nonEselon = runSkj(
      workbook(
        sheet("Data", [
          ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
          [NIP_C, "Ani", "Pengadministrasi Umum", "Non Eselon", "Setda", ...SCORES],
        ])
      )
    );
    if (!nonEselon.ok) throw new Error("not planned");
    const same = nonEselon.result.issues.find((i) => i.code === "grade-assumed")!;
    expect(same.params).toMatchObject({ reading: { code: "grade-pelaksana" } });
    expect(warnings[0].params).toMatchObject({ reading: { code: "grade-pelaksana" } });
  });
});

describe("reading an employee list", () => {
  it("takes golongan for no grade, and a results table for no list", () => {
    expect(
      readEmployeeList(
        sheet("Gol", [
          ["NIP", "NAMA", "GOLONGAN"],
          [NIP_A, "Siti", "III/a"],
        ])
      )
    ).toBeNull();
    expect(
      readEmployeeList(
        sheet("Hasil", [
          ["NIP", "Nama", "Eselon", ...NINE],
          [NIP_A, "Siti", "III.a", ...SCORES],
        ])
      )
    ).toBeNull();
  });

  it("falls back to the kind of position when the eselon is blank", () => {
    const list = readEmployeeList(
      sheet("SIMPEG", [
        ["NIP_BARU", "NAMA_LENGKAP", "JENIS_JABATAN", "ESELON", "NAMA_JABATAN"],
        [NIP_A, "Siti", "Jabatan Pelaksana", null, "Pengelola Data"],
        [NIP_B, "Budi", "Jabatan Struktural", "IV.a", "Kepala Seksi"],
      ])
    )!;
    expect(list.employees.map((e) => [e.nip, e.grade, e.position])).toEqual([
      [NIP_A, "Jabatan Pelaksana", "Pengelola Data"],
      [NIP_B, "IV.a", "Kepala Seksi"],
    ]);
  });
});
