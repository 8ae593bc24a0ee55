// Lowering: what both writers receive. Validation, names against the workbook, sizes in points,
// margins, blanks, table headers, style layers and the chart kind.
import { buildTemplate } from "../../src/report/templateSheet";
import { buildReport } from "../../src/report/buildReport";
import {
  columnWidth,
  DEFAULT_MARGINS,
  lowerReport,
  ReportModelError,
  styleLayers,
} from "../../src/report/lower";
import type { ReportModel, SheetModel } from "../../src/report/model";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";

function sheet(over: Partial<SheetModel> = {}): SheetModel {
  return {
    name: "Rekap",
    kind: "summary",
    values: [
      ["Unit", "Jumlah"],
      ["A", 1],
    ],
    formulas: [],
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
    ...over,
  };
}

function failure(model: ReportModel): ReportModelError {
  try {
    lowerReport(model);
  } catch (e) {
    expect(e).toBeInstanceOf(ReportModelError);
    return e as ReportModelError;
  }
  throw new Error("expected a failure");
}

test("a built report lowers strictly with no problem; its names avoid the workbook's", () => {
  const model = buildReport(samplePlan(), REPORT_OPTIONS);
  const existing = { sheets: model.sheets.map((s) => s.name.toUpperCase()), names: [] };
  const lowered = lowerReport(model, existing, { strict: true });
  expect(lowered.problems).toEqual([]);
  expect(lowered.sheets.map((s) => s.name)).toEqual(model.sheets.map((s) => `${s.name} (2)`));
  expect(lowered.sheets.map((s) => s.wanted)).toEqual(model.sheets.map((s) => s.name));
});

test("what no writer can write is refused, every problem named in Indonesian", () => {
  const e = failure({
    sheets: [
      sheet({
        tabColor: "biru",
        values: [["x".repeat(32768), "b"]],
        merges: [
          { top: 0, left: 0, bottom: 1, right: 1 },
          { top: 1, left: 1, bottom: 2, right: 2 },
        ],
        styles: [{ rect: { top: -1, left: 0, bottom: 0, right: 0 }, style: { fill: "#12345" } }],
        formulas: [{ row: 2_000_000, col: 0, formula: "=1" }],
        conditionalFormats: [
          {
            kind: "cellValue",
            rect: { top: 0, left: 0, bottom: 0, right: 0 },
            operator: "lessThan",
            value: NaN,
            style: {},
          },
        ],
        charts: [
          {
            kind: "pie" as "barClustered",
            title: "Kue",
            categories: { top: 0, left: 0, bottom: 1, right: 0 },
            series: [{ name: "n", values: { top: 0, left: 1, bottom: 1, right: 1 } }],
            anchor: { top: 3, left: 0, bottom: 10, right: 5 },
          },
        ],
      }),
    ],
  });
  expect(e.problems).toEqual([
    expect.stringMatching(/^Rentang format di lembar "Rekap" tidak valid/),
    `Warna "#12345" tidak valid: gunakan format #RRGGBB.`,
    `Warna "biru" tidak valid: gunakan format #RRGGBB.`,
    expect.stringMatching(/^Teks sel A1 di lembar "Rekap" terlalu panjang \(32768 karakter/),
    `Gabungan sel B2:C3 dan A1:B2 di lembar "Rekap" tumpang-tindih.`,
    "Batas format bersyarat harus berupa angka (NaN).",
    `Jenis grafik "pie" di lembar "Rekap" tidak didukung (yang didukung: barClustered).`,
    `Sel baris 2000001, kolom 1 di lembar "Rekap" berada di luar lembar.`,
  ]);
  expect(e.message).toContain(`Warna "biru" tidak valid`);
});

test("strict: the builder's invariants are checked too; otherwise they do not stop the writers", () => {
  const overlapping = sheet({
    styles: [
      { rect: { top: 0, left: 0, bottom: 1, right: 1 }, style: { fill: "#FFFFFF" } },
      { rect: { top: 1, left: 1, bottom: 1, right: 1 }, style: { font: { bold: true } } },
    ],
  });
  expect(() => lowerReport({ sheets: [overlapping] }, { sheets: [] }, { strict: true })).toThrow(
    /style ranges A1:B2 and B2 overlap/
  );
  const lenient = lowerReport({ sheets: [overlapping] });
  expect(lenient.problems).toEqual([]);
  // The later, overlapping range is applied in a later layer.
  expect(lenient.sheets[0].styles.map((s) => s.layer)).toEqual([0, 1]);
});

test("style layers: disjoint ranges and ranges of one style share layer 0", () => {
  const a = { fill: "#FFFFFF" };
  const rect = (top: number) => ({ top, left: 0, bottom: top + 1, right: 2 });
  expect(
    styleLayers([
      { rect: rect(0), style: a },
      { rect: rect(2), style: a },
    ])
  ).toEqual([0, 0]);
  expect(
    styleLayers([
      { rect: rect(0), style: a },
      { rect: rect(1), style: { ...a } },
    ])
  ).toEqual([0, 0]);
  expect(
    styleLayers([
      { rect: rect(0), style: a },
      { rect: rect(1), style: { wrap: true } },
      { rect: rect(100), style: { wrap: true } },
      { rect: rect(2), style: a },
    ])
  ).toEqual([0, 1, 0, 2]);
});

test("sizes: widths in characters, points and OOXML units; heights clamped, one per row", () => {
  expect(columnWidth(0, 10)).toEqual({ col: 0, chars: 10, points: 56.25, fileWidth: 10.7109375 });
  expect(columnWidth(3, 300).chars).toBe(255);
  // Whole pixels: 10.5 characters are 78.5 px, drawn as 79.
  expect(columnWidth(1, 10.5)).toEqual({
    col: 1,
    chars: 74 / 7,
    points: 59.25,
    fileWidth: 11.28515625,
  });
  const [s] = lowerReport({
    sheets: [
      sheet({
        columnWidths: [6, NaN, 0, 22],
        rowHeights: [
          { row: 2, height: 30 },
          { row: 0, height: 500 },
          { row: 2, height: 31.5 },
          { row: -1, height: 20 },
          { row: 3, height: NaN },
        ],
      }),
    ],
  }).sheets;
  expect(s.columns.map((c) => [c.col, c.points])).toEqual([
    [0, 35.25],
    [3, 119.25],
  ]);
  expect(s.rowHeights).toEqual([
    { row: 0, points: 409 },
    { row: 2, points: 31.5 },
  ]);
});

test("print: Excel's default margins when the model gives none, in inches and points", () => {
  const [plain, given] = lowerReport({
    sheets: [
      sheet({
        print: {
          orientation: "landscape",
          paper: "A4",
          fitToPagesWide: 0,
          rowBreaks: [9, 0, 4, 9],
        },
      }),
      sheet({
        print: {
          orientation: "portrait",
          paper: "A4",
          fitToPagesWide: 2,
          margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        },
      }),
    ],
  }).sheets;
  expect(plain.print.margins).toEqual(DEFAULT_MARGINS);
  expect(plain.print.marginPoints).toEqual({
    top: 54,
    bottom: 54,
    left: 50.4,
    right: 50.4,
    header: 21.6,
    footer: 21.6,
  });
  expect(plain.print.fitToPagesWide).toBe(1);
  expect(plain.print.rowBreaks).toEqual([4, 9]);
  expect(given.print.marginPoints.left).toBe(36);
  expect(given.print.fitToPagesWide).toBe(2);
});

test("blank is blank: empty text and holes become null, without touching the model", () => {
  const values = [
    ["a", "", 1],
    ["b", "c", 2],
  ];
  const model = { sheets: [sheet({ values })] };
  const [s] = lowerReport(model).sheets;
  expect(s.values).toEqual([
    ["a", null, 1],
    ["b", "c", 2],
  ]);
  expect(values[0][1]).toBe("");
  // Rows without a blank are passed on as they are.
  expect(s.values[1]).toBe(values[1]);
});

test("tables: unique names, a data row, header cells hold the column names, no formula there", () => {
  const values = [
    ["No", "", "Nama", "nama"],
    [1, 2, "Ani", "x"],
  ];
  const model: ReportModel = {
    sheets: [
      sheet({
        values,
        formulas: [
          { row: 0, col: 0, formula: "=1" },
          { row: 1, col: 0, formula: "1+0" },
          { row: 1, col: 0, formula: "=2-1" },
        ],
        tables: [{ name: "1_Tabel", rect: { top: 0, left: 0, bottom: 1, right: 3 }, style: "S" }],
      }),
      sheet({
        tables: [{ name: "1_Tabel", rect: { top: 0, left: 0, bottom: 0, right: 1 }, style: "S" }],
      }),
    ],
  };
  const [a, b] = lowerReport(model, { sheets: ["Rekap"], names: ["t_1_tabel"] }).sheets;
  expect([a.name, b.name]).toEqual(["Rekap (2)", "Rekap (3)"]);
  expect(a.tables[0]).toEqual({
    name: "T_1_Tabel_2",
    rect: { top: 0, left: 0, bottom: 1, right: 3 },
    style: "S",
    columns: ["No", "Kolom2", "Nama", "nama2"],
  });
  expect(a.values[0]).toEqual(["No", "Kolom2", "Nama", "nama2"]);
  expect(values[0]).toEqual(["No", "", "Nama", "nama"]);
  expect(a.formulas).toEqual([{ row: 1, col: 0, formula: "=2-1" }]);
  expect(b.tables[0].name).toBe("T_1_Tabel_3");
  expect(b.tables[0].rect).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
});

describe("data validations (the entry template, docs/domain.md §21)", () => {
  const col = (c: number) => ({ top: 1, left: c, bottom: 10, right: c });
  const error = { title: "Salah", message: "Isi yang benar." };

  test("the template lowers strictly; its validations pass through unchanged", () => {
    const model = buildTemplate();
    const lowered = lowerReport(model, { sheets: [] }, { strict: true });
    expect(lowered.sheets.map((s) => s.dataValidations.length)).toEqual([7, 2, 0]);
    expect(lowered.sheets[0].dataValidations).toEqual(model.sheets[0].dataValidations);
  });

  test("Excel's limits are refused before anything is written, each with its range", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Jenjang nomor ${i}`);
    const e = failure({
      sheets: [
        sheet({
          dataValidations: [
            { rect: col(0), rule: { kind: "list", items: long }, allowBlank: true, error },
            { rect: col(1), rule: { kind: "list", items: ["a,b"] }, allowBlank: true, error },
            { rect: col(2), rule: { kind: "custom", formula: "A2>1" }, allowBlank: true, error },
            { rect: col(3), rule: { kind: "custom", formula: "=A2>1" }, allowBlank: true },
            {
              rect: col(4),
              allowBlank: true,
              prompt: { title: "Judul yang jauh lebih panjang dari 32 huruf", message: "x" },
            },
            { rect: col(4), allowBlank: true, prompt: { title: "Lagi", message: "y" } },
          ],
        }),
      ],
    });
    expect(e.problems).toEqual([
      "Daftar validasi A2:A11 kosong atau lebih dari 255 karakter.",
      "Isi daftar validasi B2:B11 tidak boleh kosong atau memuat koma/kutip.",
      'Rumus validasi C2:C11 harus diawali "=".',
      "Validasi data D2:D11 tanpa pesan penolakan.",
      "Pesan validasi E2:E11 melebihi 32 karakter judul atau 255 karakter isi.",
      "Validasi data E2:E11 bertumpang tindih dengan validasi lain.",
    ]);
  });
});

test("a report sheet renamed for a taken name keeps its formulas: references follow it (docs/domain.md §22)", () => {
  const model = buildReport(samplePlan(), REPORT_OPTIONS);
  const live = model.sheets.find((s) => s.kind === "live")!;
  const lowered = lowerReport(model, { sheets: [live.name] });
  const plan = lowered.sheets.find((s) => s.kind === "plan")!;
  const refs = plan.formulas.filter((f) => f.formula.includes("!"));
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.every((f) => f.formula.includes(`'${live.name} (2)'!`))).toBe(true);
  expect(lowered.sheets.find((s) => s.kind === "live")).toMatchObject({
    name: `${live.name} (2)`,
    hidden: true,
  });
});
