// JPM formulas and categories as agencies use them: the file's own JPM column decides the method.
import { runSkj, RunOptions } from "../../src/skj/run";
import { jpm } from "../../src/skj/scoring";
import { CellValue, PlanResult } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function plan(grid: ReturnType<typeof workbook>, options?: RunOptions): PlanResult {
  const out = runSkj(grid, options);
  if (!out.ok) throw new Error(renderMessage(out.message));
  return out.result;
}

// Standards differ per competency through the SKJ sheet, so sum and mean give different values.
const skj = sheet("SKJ", [
  ["Jabatan", ...NINE],
  ["Analis", 3, 3, 3, 3, 3, 4, 4, 3, 2],
]);
const standards = [3, 3, 3, 3, 3, 4, 4, 3, 2];
const people: number[][] = [
  [3, 3, 2, 3, 3, 3, 3, 3, 3],
  [4, 3, 3, 3, 2, 3, 4, 3, 3],
  [2, 2, 2, 3, 3, 3, 3, 3, 2],
  [3, 4, 3, 3, 3, 4, 3, 2, 2],
];

function dataSheet(
  jpmOf: (scores: number[]) => CellValue,
  category?: (scores: number[]) => string
): ReturnType<typeof sheet> {
  return sheet("Data", [
    ["NIP", "Nama", "Jabatan", "Eselon", ...NINE, "JPM", ...(category ? ["Kategori"] : [])],
    ...people.map((s, i) => [
      String(i + 1),
      `P${i}`,
      "Analis",
      "III.a",
      ...s,
      jpmOf(s),
      ...(category ? [category(s)] : []),
    ]),
  ]);
}

describe("choosing the JPM method from the file's JPM column", () => {
  it.each(["sum", "mean", "capped"] as const)("recognises %s written as a ratio", (method) => {
    const result = plan(
      workbook(
        dataSheet((s) => jpm(s, standards, method)),
        skj
      )
    );
    expect(result.jpmMethod).toBe(method);
    expect(result.jpmMethodSource).toBe("file");
    expect(result.jpmAgreement).toEqual({ compared: 4, matched: 4 });
    result.employees.forEach((e, i) =>
      expect(e.jpm).toBeCloseTo(jpm(people[i], standards, method), 12)
    );
  });

  it("reads percent numbers and Indonesian percent text, rounded as agencies round them", () => {
    const asPercentNumber = plan(
      workbook(
        dataSheet((s) => Math.round(jpm(s, standards, "mean") * 10000) / 100),
        skj
      )
    );
    expect(asPercentNumber.jpmMethod).toBe("mean");
    const asText = plan(
      workbook(
        dataSheet((s) => `${(jpm(s, standards, "capped") * 100).toFixed(2).replace(".", ",")}%`),
        skj
      )
    );
    expect(asText.jpmMethod).toBe("capped");
  });

  it("warns on rows whose file JPM differs by more than one point, naming both values", () => {
    const result = plan(
      workbook(
        dataSheet((s) => (s === people[2] ? 0.5 : jpm(s, standards, "mean"))),
        skj
      )
    );
    expect(result.jpmMethod).toBe("mean");
    expect(result.jpmAgreement).toEqual({ compared: 4, matched: 3 });
    const warnings = result.issues.filter((i) => i.code === "jpm-differs");
    expect(warnings).toHaveLength(1);
    expect(warnings[0].row).toBe(4);
    expect(renderMessage(warnings[0])).toMatch(/JPM di file 50%/);
    expect(renderMessage(warnings[0])).toMatch(/metode rata-rata/);
    expect(warnings[0].address).toBe("N4");
  });

  it("ties go to sum, then capped", () => {
    const equal = people.map(() => [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const grid = sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE, "JPM"],
      ...equal.map((s, i) => [String(i), "A", "III.a", ...s, 1]),
    ]);
    expect(plan(workbook(grid)).jpmMethod).toBe("sum");
  });

  it("recognises capped-total: JPMs above 100% written as 100%", () => {
    // Standard 3 everywhere (III.a). Above standard in total, with PB short: sum 107,4%, capped 96,3%.
    const rows = [
      [4, 4, 4, 3, 3, 3, 3, 3, 2],
      [5, 4, 3, 3, 3, 3, 3, 3, 2],
      [3, 3, 3, 3, 3, 3, 3, 3, 2],
    ];
    const grid = sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE, "JPM"],
      ...rows.map((s, i) => [String(i), "A", "III.a", ...s, Math.min(1, total(s) / 27)]),
    ]);
    const result = plan(workbook(grid));
    expect([result.jpmMethod, result.jpmMethodSource, result.jpmAgreement]).toEqual([
      "capped-total",
      "file",
      { compared: 3, matched: 3 },
    ]);
    expect(result.employees.map((e) => e.jpm)).toEqual([1, 1, 26 / 27]);
    expect(result.issues.filter((i) => i.code === "jpm-differs")).toEqual([]);
  });

  it("keeps sum where capped-total gives the same values (no JPM above 100%)", () => {
    const result = plan(
      workbook(
        dataSheet((s) => jpm(s, standards, "sum")),
        skj
      )
    );
    for (const s of people) expect(jpm(s, standards, "sum")).toBeLessThanOrEqual(1);
    expect([result.jpmMethod, result.jpmAgreement]).toEqual(["sum", { compared: 4, matched: 4 }]);
  });

  it("falls back to sum with a warning when no method reproduces the column", () => {
    const result = plan(
      workbook(
        dataSheet(() => 0.1),
        skj
      )
    );
    expect(result.jpmMethod).toBe("sum");
    expect(result.jpmMethodSource).toBe("default");
    expect(result.issues.some((i) => i.code === "jpm-method-unmatched")).toBe(true);
  });

  it("uses the user's method over the file, and says how many rows agree", () => {
    const result = plan(
      workbook(
        dataSheet((s) => jpm(s, standards, "mean")),
        skj
      ),
      { jpmMethod: "capped" }
    );
    expect(result.jpmMethod).toBe("capped");
    expect(result.jpmMethodSource).toBe("user");
    expect(result.jpmAgreement!.compared).toBe(4);
  });

  it("defaults to sum without a JPM column", () => {
    const grid = sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const result = plan(workbook(grid));
    expect([result.jpmMethod, result.jpmMethodSource]).toEqual(["sum", "default"]);
    expect(result.jpmAgreement).toBeUndefined();
  });
});

describe("the scheme from the file's category column", () => {
  it("selects pengisian from MS / MMS / KMS and gives categories as codes", () => {
    const result = plan(
      workbook(
        dataSheet(
          (s) => jpm(s, standards),
          () => "MMS"
        ),
        skj
      )
    );
    expect([result.scheme, result.schemeSource]).toEqual(["pengisian", "file"]);
    expect(result.employees.every((e) => ["MS", "MMS", "KMS"].includes(e.category))).toBe(true);
  });

  it("selects pengisian from the long words too, and the user's choice wins", () => {
    const words = workbook(
      dataSheet(
        (s) => jpm(s, standards),
        () => "Memenuhi Syarat"
      ),
      skj
    );
    expect(plan(words).scheme).toBe("pengisian");
    expect(plan(words, { scheme: "pemetaan" })).toMatchObject({
      scheme: "pemetaan",
      schemeSource: "user",
    });
  });

  it("takes the scheme from a 'Rekomendasi' column of MS / MMS / KMS words, and a Kategori column first", () => {
    const withColumns = (columns: string[], values: (s: number[]) => string[]) =>
      sheet("Data", [
        ["NIP", "Nama", "Jabatan", "Eselon", ...NINE, ...columns],
        ...people.map((s, i) => [String(i + 1), `P${i}`, "Analis", "III.a", ...s, ...values(s)]),
      ]);
    const rekomendasi = plan(
      workbook(
        withColumns(["Keterangan", "Rekomendasi"], () => ["lulus diklat PIM", "Memenuhi Syarat"]),
        skj
      )
    );
    expect([rekomendasi.scheme, rekomendasi.schemeSource, rekomendasi.schemeBasis]).toEqual([
      "pengisian",
      "file",
      "column",
    ]);
    // Free text under "Rekomendasi" is no category; a Kategori column beside it still decides.
    const both = plan(
      workbook(
        withColumns(["Rekomendasi", "Kategori"], () => ["Diklat kepemimpinan", "Cukup Optimal"]),
        skj
      )
    );
    expect([both.scheme, both.schemeSource]).toEqual(["pemetaan", "file"]);
  });

  it("defaults to pemetaan", () => {
    const result = plan(
      workbook(
        dataSheet((s) => jpm(s, standards)),
        skj
      )
    );
    expect([result.scheme, result.schemeSource]).toEqual(["pemetaan", "default"]);
  });
});

describe("the scheme from the title block's purpose line", () => {
  const titled = (...titles: string[]) =>
    sheet("Data", [
      ...titles.map((t) => [t]),
      [],
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 2, 2],
      // 21 / 27 = 77.8%: MMS in pengisian (68–80%), Kurang Optimal in pemetaan.
      ["2", "B", "III.a", 2, 2, 2, 2, 2, 2, 3, 3, 3],
    ]);

  it("reads pengisian from 'TUJUAN PENILAIAN : PENGISIAN JABATAN' and says where it came from", () => {
    const result = plan(
      workbook(titled("HASIL ASESMEN KOMPETENSI", "TUJUAN PENILAIAN : PENGISIAN JABATAN"))
    );
    expect([result.scheme, result.schemeSource, result.schemeBasis]).toEqual([
      "pengisian",
      "file",
      "title",
    ]);
    expect(result.employees.map((e) => e.category)).toEqual(["MS", "MMS"]);
  });

  it("reads pemetaan from the title, and a category column or the user's choice wins over it", () => {
    expect(
      plan(workbook(titled("Hasil Asesmen dalam rangka Pemetaan Kompetensi"))).schemeBasis
    ).toBe("title");
    expect(
      plan(workbook(titled("TUJUAN PENILAIAN : PENGISIAN JABATAN")), { scheme: "pemetaan" })
    ).toMatchObject({ scheme: "pemetaan", schemeSource: "user" });
    const column = plan(
      workbook(
        sheet("Data", [
          ["TUJUAN PENILAIAN : PEMETAAN"],
          ["NIP", "Nama", "Jabatan", "Eselon", ...NINE, "JPM", "Kategori"],
          ...people.map((s, i) => [
            String(i + 1),
            `P${i}`,
            "Analis",
            "III.a",
            ...s,
            jpm(s, standards),
            "MMS",
          ]),
        ]),
        skj
      )
    );
    expect([column.scheme, column.schemeBasis]).toEqual(["pengisian", "column"]);
  });

  it("ignores a title naming both purposes or none, and text below the header", () => {
    expect(plan(workbook(titled("PEMETAAN DAN PENGISIAN JABATAN"))).schemeSource).toBe("default");
    expect(plan(workbook(titled("REKAP HASIL ASESMEN 2026"))).schemeSource).toBe("default");
    const below = plan(
      workbook(
        sheet("Data", [
          ["NIP", "Nama", "Eselon", ...NINE],
          ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 2, 2],
          [],
          ["Catatan: untuk pengisian jabatan"],
        ])
      )
    );
    expect([below.scheme, below.schemeSource]).toEqual(["pemetaan", "default"]);
  });
});

describe("tolerance and thresholds", () => {
  it("a tolerance removes small shortfalls from the needs but keeps the gaps", () => {
    const grid = sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 2.8, 2.5, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const none = plan(workbook(grid));
    const tol = plan(workbook(grid), { tolerance: 0.1 });
    expect(none.employees[0].priorities.map((p) => p.competency)).toEqual(["KS", "INT"]);
    expect(tol.employees[0].priorities.map((p) => p.competency)).toEqual(["KS"]);
    expect(tol.employees[0].competencies[0]).toMatchObject({ gap: -0.2, need: false });
    expect(tol.tolerance).toBe(0.1);
  });

  it("custom thresholds change categories", () => {
    const grid = sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 2, 2],
    ]);
    const base = plan(workbook(grid));
    expect(base.employees[0].category).toBe("Optimal");
    const strict = plan(workbook(grid), {
      thresholds: { pemetaan: { optimal: 0.95, cukup: 0.78 }, pengisian: { ms: 0.8, mms: 0.68 } },
    });
    expect(strict.employees[0].category).toBe("Cukup Optimal");
  });
});

describe("rows hidden by the user or a filter", () => {
  it("are planned, and one note names them (the first ten, then how many more)", () => {
    const rows: CellValue[][] = [["NIP", "Nama", "Eselon", ...NINE]];
    for (let i = 0; i < 15; i++)
      rows.push([String(i + 1), `P${i}`, "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    const grid = sheet("Data", rows);
    // 0-based sheet rows 2..13 hidden: sheet rows 3..14, twelve employees.
    grid.hiddenRows = Array.from({ length: 12 }, (_, i) => i + 2);
    const result = plan(workbook(grid));
    expect(result.employees).toHaveLength(15);
    const notes = result.issues.filter((i) => i.code === "hidden-rows");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ sheet: "Data", row: 3, severity: "info", address: "A3" });
    expect(renderMessage(notes[0])).toContain(
      "12 pegawai ada di baris yang disembunyikan atau tersaring filter (baris 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 dan 2 lainnya)"
    );
  });

  it("say nothing when only rows outside the employees are hidden", () => {
    const grid = sheet("Data", [
      ["Judul"],
      ["NIP", "Nama", "Eselon", ...NINE],
      ["1", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    grid.hiddenRows = [0];
    expect(plan(workbook(grid)).issues.filter((i) => i.code === "hidden-rows")).toEqual([]);
  });
});

describe("formulas saved without a result", () => {
  const grid = () =>
    sheet("Data", [
      ["NIP", "Nama", "Eselon", ...NINE],
      ["198501012010011001", "A", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3],
      ["198501012010011002", "B", "III.a", null, null, null, null, null, null, null, null, null],
      ["Rata-rata", null, null, null, null, null, null, null, null, null, null, null, null],
    ]);

  it("are named when they sit on employees' rows (here: every score of row 3)", () => {
    const g = grid();
    g.uncachedFormulas = {
      count: 18,
      cells: [
        ...NINE.map((_, j) => ({ row: 2, col: 3 + j })),
        ...NINE.map((_, j) => ({ row: 3, col: 3 + j })),
      ],
    };
    const result = plan(workbook(g));
    expect(result.unassessedRows).toEqual([3]);
    const w = result.issues.find((i) => i.code === "formulas-without-values");
    expect(w).toMatchObject({ row: 3, address: "D3", severity: "warning" });
    expect(renderMessage(w!)).toMatch(
      /^9 sel data pegawai berisi rumus tanpa hasil tersimpan \(yang pertama D3\)/
    );
  });

  it("are not worth a word on an averages row under the table", () => {
    const g = grid();
    g.uncachedFormulas = { count: 9, cells: NINE.map((_, j) => ({ row: 3, col: 3 + j })) };
    expect(plan(workbook(g)).issues.map((i) => i.code)).not.toContain("formulas-without-values");
  });
});
