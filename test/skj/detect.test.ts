// Finding the table in messy workbooks, and reading its rows: the rules of the engine issue, section 3.
import { detectTable } from "../../src/skj/detect";
import { runSkj } from "../../src/skj/run";
import { CellValue, PlanResult } from "../../src/skj/types";
import { NINE, sheet, simpleTable, workbook } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";

function plan(...args: Parameters<typeof runSkj>): PlanResult {
  const out = runSkj(...args);
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

/** A BKPSDM-style sheet: title rows, a merged two-row header, messy rows, totals and a signature footer. */
function messySheet(): ReturnType<typeof sheet> {
  const blank = (n: number): CellValue[] => new Array(n).fill(null);
  const rows: CellValue[][] = [
    ["DAFTAR HASIL PEMETAAN KOMPETENSI PEGAWAI", ...blank(14)],
    ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM KABUPATEN CONTOH", ...blank(14)],
    ["TAHUN 2026", ...blank(14)],
    blank(15),
    [
      "No",
      "NIP",
      "Nama",
      "Jabatan",
      "Eselon",
      "Unit Kerja",
      "KOMPETENSI MANAJERIAL",
      ...blank(7),
      "SOSIAL KULTURAL",
    ],
    [null, null, null, null, null, null, ...NINE],
    [
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
    ],
    [
      2,
      "'198602022011012002",
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
    ],
    blank(15),
    [
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
      3,
    ],
    [
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
    ],
    [
      5,
      "198905052014015005",
      "Eka",
      "Pengolah Data",
      null,
      "Sekretariat",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ["Jumlah", null, null, null, null, null, 10.5, 10, 9.5, 11, 10, 9, 9.5, 10, 11],
    ["Rata-rata", null, null, null, null, null, 2.6, 2.5, 2.4, 2.75, 2.5, 2.25, 2.4, 2.5, 2.75],
    blank(15),
    [...blank(11), "Mengetahui,", null, null, null],
    [...blank(11), "Kepala BKPSDM", null, null, null],
    [...blank(11), "Drs. H. Ahmad", null, null, null],
    [...blank(11), "NIP. 197001011990031001", null, null, null],
  ];
  return sheet("Data Pegawai", rows, [
    "A1:O1",
    "A2:O2",
    "A3:O3",
    "A5:A6",
    "B5:B6",
    "C5:C6",
    "D5:D6",
    "E5:E6",
    "F5:F6",
    "G5:N5",
  ]);
}

describe("detectTable on a messy BKPSDM sheet", () => {
  const detection = (() => {
    const out = detectTable(workbook(messySheet()));
    if (!out.ok) throw new Error(renderMessage(out.message));
    return out.detection;
  })();

  it("finds the two-row header behind the title rows", () => {
    expect(detection.sheet).toBe("Data Pegawai");
    expect(detection.headerRows).toEqual([5, 6]);
    expect(detection.dataStartRow).toBe(7);
    expect(detection.layout).toBe("wide");
  });

  it("maps identity columns merged down across both header rows, and the nine competencies", () => {
    const m = detection.mapping;
    expect([m.nip, m.name, m.position, m.grade, m.unit]).toEqual([1, 2, 3, 4, 5]);
    expect(Object.values(m.competencies)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(detection.headers.find((h) => h.col === 6)).toEqual({
      col: 6,
      text: "Integritas",
      group: "KOMPETENSI MANAJERIAL",
    });
  });
});

describe("runSkj on a messy BKPSDM sheet", () => {
  const result = plan(workbook(messySheet()), { year: 2027 });

  it("plans the good rows with their sheet row numbers and NIPs as text", () => {
    expect(result.employees.map((e) => [e.row, e.nip, e.name])).toEqual([
      [7, "198501012010011001", "Siti Aminah"],
      [8, "198602022011012002", "Budi Santoso"],
      [10, "198703032012013003", "Citra Dewi"],
    ]);
  });

  it("reads eselon grades, text scores with decimal commas and non-eselon titles", () => {
    const [siti, budi, citra] = result.employees;
    expect(siti).toMatchObject({ jobLevel: "IV.a", level: 2 });
    expect(siti.competencies[0]).toMatchObject({ code: "INT", standard: 2, score: 2.5, gap: 0.5 });
    expect(budi).toMatchObject({ jobLevel: "Eselon III.b", level: 3 });
    expect(budi.competencies[2]).toMatchObject({ code: "KOM", score: 2.5, gap: -0.5, need: true });
    expect(citra).toMatchObject({ jobLevel: "Non Eselon", grade: "JF Ahli Muda", level: 3 });
  });

  it("ignores blank rows, rows without scores, totals, averages and the signature block", () => {
    // Eka (row 12) has a NIP and no score at all: not planned, no issue, but counted as not assessed;
    // the signature lines under the table are not.
    expect(result.unassessedRows).toEqual([12]);
    const rows = result.issues.map((i) => i.row);
    expect(rows).not.toContain(12);
    expect(rows).not.toContain(13);
    expect(rows).not.toContain(14);
    expect(rows.filter((r) => r >= 16)).toEqual([]);
  });

  it("ignores a two-column signature block with one signer under Nama and one under the scores", () => {
    // Columns: No, NIP, Nama, Jabatan, Eselon, then the nine scores (F..N).
    const sign = (left: string, right: string): CellValue[] => [
      null,
      null,
      left,
      null,
      null,
      null,
      null,
      null,
      right,
      null,
      null,
      null,
      null,
      null,
    ];
    const grid = sheet("Data", [
      ["No", "NIP", "Nama", "Jabatan", "Eselon", ...NINE],
      [1, "198501012010011001", "Ani", "Analis", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 2],
      [2, "-", "Budi", "Analis", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
      [],
      sign("Mengetahui,", "Sukamaju, 5 Januari 2027"),
      sign("Kepala BKPSDM", "Kepala Bidang Pengembangan"),
      [],
      sign("Drs. H. Ahmad", "Siti Rahma, S.Psi."),
      sign("NIP. 197001011990031001", "NIP. 198001012005012002"),
    ]);
    const result = plan(workbook(grid));
    expect(result.employees.map((e) => [e.row, e.nip])).toEqual([
      [2, "198501012010011001"],
      [3, ""],
    ]);
    // "-" is no NIP: a warning that the NIP is empty, not a NIP "-".
    // The block's bottom signer is taken to sign the plan (a note), the rest is not data.
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([
      [0, "signer-found"],
      [3, "nip-missing"],
    ]);
  });

  it("reads a two-row header whose identity headers sit unmerged in the upper row beside a merged group", () => {
    const grid = sheet(
      "Data",
      [
        ["REKAP HASIL ASESMEN"],
        [],
        ["No", "NIP", "Nama", "Jabatan", "Eselon", "KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"],
        [null, null, null, null, null, ...NINE],
        [1, "198501012010011001", "Ani", "Analis", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 2],
      ],
      ["A1:N1", "F3:N3"]
    );
    const result = plan(workbook(grid));
    expect(result.source.headerRows).toEqual([3, 4]);
    expect(result.employees.map((e) => [e.row, e.nip, e.name, e.level])).toEqual([
      [5, "198501012010011001", "Ani", 3],
    ]);
  });

  it("still reports a row whose scores are all Excel errors (a failed formula is data)", () => {
    const grid = sheet("Data", [
      ["Nama", "Eselon", ...NINE],
      ["Ani", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 2],
      ["Budi", "III.a", ...NINE.map(() => ({ error: "#N/A" }))],
    ]);
    const result = plan(workbook(grid));
    expect(result.employees.map((e) => e.name)).toEqual(["Ani"]);
    expect(result.issues.filter((i) => i.severity === "error" && i.row === 3)).toHaveLength(9);
  });

  it("reports a bad score as an error naming the row and the column, and does not plan the row", () => {
    const error = result.issues.find((i) => i.severity === "error");
    expect(error).toMatchObject({
      row: 11,
      column: "Perekat Bangsa",
      address: "O11",
      code: "score-invalid",
    });
    expect(renderMessage(error!)).toBe(
      'Baris 11, kolom Perekat Bangsa (O11): "x" bukan angka; baris ini tidak direncanakan.'
    );
    expect(result.employees.find((e) => e.row === 11)).toBeUndefined();
  });

  it("warns about assumed grades", () => {
    const assumed = result.issues.filter((i) => i.code === "grade-assumed");
    expect(assumed.map((i) => i.row)).toEqual([10, 11]);
    expect(renderMessage(assumed[0])).toMatch(/JF Ahli Muda/);
    expect(renderMessage(assumed[1])).toMatch(/Pelaksana/);
  });

  it("computes JPM unrounded and the category, and summarises needs per competency", () => {
    const budi = result.employees[1];
    expect(budi.jpm).toBeCloseTo(25.5 / 27, 12);
    expect(budi.category).toBe("Optimal");
    const kom = result.summary.needs.find((n) => n.competency === "KOM")!;
    expect(kom.short).toBe(1);
    expect(kom.meanShortfall).toBeCloseTo(-0.5, 12);
    expect(result.year).toBe(2027);
    expect(result.jpmMethod).toBe("sum");
    expect(result.jpmMethodSource).toBe("default");
  });
});

describe("rows and NIPs", () => {
  const scores = [3, 3, 3, 3, 3, 3, 3, 3, 3];
  const e = (nip: string, name: string) => ({
    nip,
    name,
    position: "Analis",
    grade: "Administrator",
    unit: "A",
    scores,
  });

  it("warns on a NIP seen twice, on the later row, and plans both", () => {
    const result = plan(
      workbook(simpleTable([e("198501012010011001", "A"), e("198501012010011001", "B")]))
    );
    expect(result.employees).toHaveLength(2);
    const dup = result.issues.filter((i) => i.code === "nip-duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ row: 3, severity: "warning", column: "NIP" });
    expect(renderMessage(dup[0])).toMatch(/baris 2/);
  });

  it("warns when an 18-digit NIP is stored as a number", () => {
    const grid = simpleTable([e("x", "A")]);
    grid.rows[1][0] = Number("198501012010011001"); // as Excel stores it: 15 significant digits
    const result = plan(workbook(grid));
    expect(result.issues.find((i) => i.code === "nip-precision")).toMatchObject({
      row: 2,
      severity: "warning",
    });
    expect(result.employees[0].nip).toMatch(/^\d{18}$/);
  });

  it("reports every missing, out-of-range or non-numeric score and an unknown grade", () => {
    const grid = simpleTable([
      { ...e("1", "A"), scores: [null, 6, "baik", 3, 3, 3, 3, 3, { error: "#N/A" }] },
      { ...e("2", "B"), grade: "Golongan III/a" },
      e("3", "C"),
    ]);
    const result = plan(workbook(grid));
    expect(result.employees.map((x) => x.name)).toEqual(["C"]);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.row, i.column])).toEqual([
      [2, "Integritas"],
      [2, "Kerja Sama"],
      [2, "Komunikasi"],
      [2, "Perekat Bangsa"],
      [3, "Eselon"],
    ]);
    expect(renderMessage(errors[1])).toMatch(/nilai 6 di luar rentang 1–5/);
    expect(renderMessage(errors[3])).toMatch(/#N\/A/);
    expect(renderMessage(errors[4])).toMatch(/Golongan III\/a/);
  });
});

describe("choosing the sheet", () => {
  const emp = {
    nip: "1",
    name: "A",
    position: "Analis",
    grade: "Administrator",
    unit: "A",
    scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  };

  it("skips the SKJ sheet and sheets without a competency header", () => {
    const skj = sheet("SKJ", [
      ["Jabatan", ...NINE],
      ["Analis", 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const notes = sheet("Catatan", [["Integritas dan Komunikasi adalah kompetensi"]]);
    const result = plan(workbook(skj, notes, simpleTable([emp], "Hasil")));
    expect(result.source.sheet).toBe("Hasil");
  });

  it("uses the sheet the caller names, and explains when it has no table", () => {
    const wb = workbook(simpleTable([emp], "Satu"), simpleTable([emp, emp], "Dua"));
    expect(plan(wb, { sheet: "dua" }).source.sheet).toBe("Dua");
    const out = runSkj(wb, { sheet: "Tiga" });
    expect(out.ok).toBe(false);
    expect(!out.ok && renderMessage(out.message)).toMatch(/Sheet "Tiga" tidak ada/);
    const empty = runSkj(workbook(sheet("Kosong", [["a", "b"]])));
    expect(!empty.ok && renderMessage(empty.message)).toMatch(/tidak ditemukan/);
  });

  it("finds a header anywhere in the first 40 rows, not below", () => {
    const table = simpleTable([emp]);
    const pad = (n: number) => Array.from({ length: n }, (_, i) => [i === 0 ? "Judul" : null]);
    expect(plan(workbook(sheet("S", [...pad(38), ...table.rows]))).source.headerRows).toEqual([39]);
    expect(runSkj(workbook(sheet("S", [...pad(40), ...table.rows]))).ok).toBe(false);
  });

  it("reads a grid that starts away from A1 (a used range) with sheet row numbers", () => {
    const table = simpleTable([emp]);
    const result = plan({ sheets: [{ ...table, origin: { row: 4, col: 2 } }] });
    expect(result.employees[0].row).toBe(6);
    expect(result.source.headerRows).toEqual([5]);
  });

  it("skips a column-numbering row under the header", () => {
    const table = simpleTable([emp]);
    table.rows.splice(1, 0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const result = plan(workbook(table));
    expect(result.source.dataStartRow).toBe(3);
    expect(result.employees).toHaveLength(1);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("filters by unit when asked", () => {
    const wb = workbook(simpleTable([emp, { ...emp, nip: "2", unit: "B" }]));
    expect(plan(wb, { units: ["b"] }).employees.map((x) => x.nip)).toEqual(["2"]);
  });
});

describe("the missing competency by position (docs/domain.md §12)", () => {
  const scores = [
    [3, 2, 3, 4, 3, 2, 3, 3, 4],
    [2, 3, 2, 3, 3, 3, 2, 4, 3],
  ];
  /** NIP, Nama, Eselon, then the nine with some headers replaced (null: the column is left out). */
  function table(headers: (string | null)[]): ReturnType<typeof sheet> {
    const keep = headers.map((h, i) => (h === null ? -1 : i)).filter((i) => i >= 0);
    return sheet("Data", [
      ["NIP", "Nama", "Eselon", ...keep.map((i) => headers[i])],
      ...scores.map((s, r) => [`100${r}`, `P${r}`, "III.a", ...keep.map((i) => s[i])]),
    ]);
  }
  const detect = (headers: (string | null)[]) => {
    const out = detectTable(workbook(table(headers)));
    if (!out.ok) throw new Error(renderMessage(out.message));
    return out.detection;
  };
  const positioned = (d: ReturnType<typeof detect>) =>
    d.issues
      .filter((i) => i.code === "header-by-position")
      .map((i) => (i.code === "header-by-position" ? [i.params.code, i.col] : []));

  it("fills the first and the last competency from the column right next to the others", () => {
    const first = detect(["Kol A", ...NINE.slice(1)]);
    expect(first.mapping.competencies.INT).toBe(3);
    expect(positioned(first)).toEqual([["INT", 3]]);
    const last = detect([...NINE.slice(0, 8), "??"]);
    expect(last.mapping.competencies.PB).toBe(11);
    expect(positioned(last)).toEqual([["PB", 11]]);
  });

  it("fills from a column without a header, and says so", () => {
    const d = detect([...NINE.slice(0, 6), "", ...NINE.slice(7)]);
    expect(d.mapping.competencies.MP).toBe(9);
    const issue = d.issues.find((i) => i.code === "header-by-position")!;
    expect(renderMessage(issue)).toBe(
      "Kolom J1 tidak berjudul, tetapi berada di tempat Mengelola Perubahan menurut urutan standar dan isinya " +
        "nilai 1–5; kolom ini dibaca sebagai Mengelola Perubahan. Bila keliru, ubah di Pemetaan kolom " +
        "(CLI: --kolom MP=KOLOM)."
    );
    expect(renderMessage(issue, "en")).toMatch(
      /^Column J1 has no header, but it stands where Mengelola/
    );
  });

  it("fills two neighbours in order when exactly two unknown headers stand in their place", () => {
    const d = detect([...NINE.slice(0, 5), "A1", "A2", ...NINE.slice(7)]);
    expect([d.mapping.competencies.PDOL, d.mapping.competencies.MP]).toEqual([8, 9]);
    expect(positioned(d)).toEqual([
      ["PDOL", 8],
      ["MP", 9],
    ]);
    expect(
      plan(workbook(table([...NINE.slice(0, 5), "A1", "A2", ...NINE.slice(7)]))).employees.map(
        (e) => e.competencies.map((c) => c.score)
      )
    ).toEqual(scores);
  });

  it("never fills from an average column, out of the standard order, or with six of nine found", () => {
    const average = detect([...NINE.slice(0, 5), "Rata-rata", ...NINE.slice(6)]);
    expect(average.mapping.competencies.PDOL).toBeUndefined();
    const shuffled = detect([NINE[1], NINE[0], ...NINE.slice(2, 5), "X", ...NINE.slice(6)]);
    expect(shuffled.mapping.competencies.PDOL).toBeUndefined();
    const six = detect([...NINE.slice(0, 5), "X", "Y", "Z", NINE[8]]);
    expect(six.mapping.competencies.PDOL).toBeUndefined();
    for (const d of [average, shuffled, six]) {
      expect(positioned(d)).toEqual([]);
      expect(d.issues.map((i) => i.code)).toContain("competencies-unmapped");
    }
  });

  it("leaves the old-model message for a sheet that names few of the nine", () => {
    const d = detect([...NINE.slice(0, 4), "Kepemimpinan", "Inovasi", "X", "Y", "Z"]);
    expect(d.issues.map((i) => i.code)).toContain("competencies-missing");
  });
});

describe("a header read by its code over values that are not scores", () => {
  it("is not taken, with a warning that names it, the competency and a value", () => {
    const grid = workbook(
      sheet("Data", [
        ["NIP", "Nama", "Eselon", ...NINE.slice(0, 2), "KOM", ...NINE.slice(3)],
        ["1001", "A", "III.a", 3, 3, 27, 3, 3, 3, 3, 3, 3],
        ["1002", "B", "III.a", 2, 3, 25, 3, 3, 3, 3, 3, 3],
      ])
    );
    const out = detectTable(grid);
    if (!out.ok) throw new Error(renderMessage(out.message));
    expect(out.detection.mapping.competencies.KOM).toBeUndefined();
    const warning = out.detection.issues.find((i) => i.code === "header-not-scores")!;
    expect(warning).toMatchObject({ severity: "warning", col: 5, column: "KOM" });
    expect(renderMessage(warning)).toBe(
      'Judul kolom "KOM" (F1) mirip Komunikasi, tetapi isinya bukan nilai 1–5 (misalnya 27), ' +
        "kemungkinan jumlah atau rata-rata; kolom ini tidak dibaca sebagai Komunikasi."
    );
    expect(plan(grid).employees).toEqual([]);
  });
});
