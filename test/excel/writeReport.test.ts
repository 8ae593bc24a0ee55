// writeReport against the strict fake: what lands in the workbook, how many requests it takes, and
// that a failure leaves the workbook as it was.
import { renderMessage } from "../../src/skj/messages";
import { cellA1 } from "../../src/excel/common";
import { buildReport } from "../../src/report/buildReport";
import { buildTemplate } from "../../src/report/templateSheet";
import type { Rect, ReportModel, SheetModel } from "../../src/report/model";
import {
  activateSheet,
  formulaNumber,
  needsTextPrefix,
  writeReport,
  WriteOptions,
} from "../../src/excel/writeReport";
import { uniqueSheetName } from "../../src/report/names";
import { lowerReport } from "../../src/report/lower";
import { parseA1 } from "../../src/report/invariants";
import { largeWorkbook, planOf, REPORT_OPTIONS } from "../report/fixtures";
import { FakeExcel, FakeExcelOptions } from "./fakeExcel";
import { PLAN_COLUMNS, PLAN_HEADER_ROW, nipOf, sampleReport } from "./sampleReport";

const SOURCE = [
  ["No", "NIP", "Nama", "Jabatan"],
  [1, "198001012005011001", "Ani", "Pengelola Data"],
];

function workbook(options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(options).addSheet("Data", { values: SOURCE, merges: ["C1:D1"] });
}

async function write(fake: FakeExcel, model: ReportModel, options: WriteOptions = {}) {
  return fake.run((context) =>
    writeReport(context, model, { isSetSupported: fake.isSetSupported, ...options })
  );
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a failure");
}

/** Excel's column width in points for a width in characters. */
const pts = (chars: number) => (chars * 7 + 5) * 0.75;

describe("writeReport: content", () => {
  test("writes every sheet in two syncs, with values, text kept as text and the formula", async () => {
    const fake = workbook();
    const model = sampleReport({ employees: 3, rowsPerEmployee: 3 });
    const result = await write(fake, model);

    expect(result.sheets).toEqual([
      "Rencana Pengembangan 2027",
      "Rekap Kebutuhan 2027",
      "Catatan Data",
    ]);
    expect(fake.sheetNames()).toEqual(["Data", ...result.sheets]);
    // Names; content; repeatable presentation; tables, charts and conditional formats; calculation
    // with the read-back of results and page setup.
    expect(result.syncs).toBe(5);
    expect(fake.syncCount).toBe(5);
    expect(result.skipped).toEqual([]);

    const plan = fake.sheet("Rencana Pengembangan 2027");
    expect(plan.values("A4:L4")).toEqual([PLAN_COLUMNS]);
    // The 18-digit NIP stays exact text; the title and numbers land where the model put them.
    expect(plan.value("B5")).toBe(nipOf(0));
    expect(plan.value("B8")).toBe(nipOf(1));
    expect(plan.value("A1")).toBe("RENCANA PENGEMBANGAN KOMPETENSI 2027");
    expect(plan.value("H5")).toBe(3);
    expect(plan.value("J5")).toBe(model.sheets[0].values[4][9]);
    expect(plan.formula("L14")).toBe("=SUM(L5:L13)");
    expect(plan.value("K14")).toBe("Jumlah JP");
    // Formulas were written with calculation suspended: the sheet is recalculated at the end, in a
    // request of its own where calculation is no longer suspended.
    expect(plan.calculations()).toEqual([{ markAllDirty: true, suspended: false }]);
    expect(fake.sheet("Catatan Data").calculations()).toEqual([]);

    // Text that Excel would read as a number, a formula or a dash-formula stays text.
    const issues = fake.sheet("Catatan Data");
    expect(issues.values("A3:D5")).toEqual([
      ["Data", 9, "NIP", "0812"],
      ["Data", 12, "-", "=SUM(A1) ditulis sebagai teks"],
      ["Data", 15, "KS", "-"],
    ]);
    expect(issues.formula("D4")).toBeNull();
  });

  test("every write request suspends calculation and screen updating", async () => {
    const fake = workbook();
    await write(fake, sampleReport());
    const [read, writeSync] = fake.syncs;
    expect(read.calculationSuspended).toBe(false);
    expect(writeSync.calculationSuspended).toBe(true);
    expect(writeSync.screenUpdatingSuspended).toBe(true);
  });

  test("styles by range, merges, number formats, column widths and row heights", async () => {
    const fake = workbook();
    await write(fake, sampleReport({ employees: 3, rowsPerEmployee: 3 }));
    const plan = fake.sheet("Rencana Pengembangan 2027");

    const header = plan.format("E4");
    expect(header.font.bold).toBe(true);
    expect(header.font.color).toBe("#FFFFFF");
    expect(header.fill).toBe("#1F4E78");
    expect(header.horizontalAlignment).toBe("Center");
    expect(header.verticalAlignment).toBe("Center");
    expect(header.wrapText).toBe(true);
    expect(header.borders.left).toEqual({ style: "Continuous", weight: "Thin", color: "#A6A6A6" });
    expect(plan.format("A1").font.size).toBe(14);
    expect(plan.format("A2").font.italic).toBe(true);
    expect(plan.format("A2").font.underline).toBe("Single");
    expect(plan.format("A1").font.underline).toBe("None");

    // Each employee block has a medium outline; inside it the thin grid stays.
    expect(plan.format("A5").borders.top?.weight).toBe("Medium");
    expect(plan.format("L7").borders.bottom?.weight).toBe("Medium");
    expect(plan.format("E6").borders.top?.weight).toBe("Thin");

    expect(plan.merges()).toEqual([
      "A1:L1",
      "A2:L2",
      "A5:A7",
      "B5:B7",
      "C5:C7",
      "D5:D7",
      "E5:E7",
      "F5:F7",
      "A8:A10",
      "B8:B10",
      "C8:C10",
      "D8:D10",
      "E8:E10",
      "F8:F10",
      "A11:A13",
      "B11:B13",
      "C11:C13",
      "D11:D13",
      "E11:E13",
      "F11:F13",
    ]);
    expect(plan.numberFormat("B6")).toBe("@");
    expect(plan.numberFormat("J13")).toBe("+0.0;-0.0;0.0");
    expect(plan.numberFormat("J14")).toBe("General");
    expect(plan.columnWidth("A")).toBeCloseTo(pts(5), 2);
    expect(plan.columnWidth("K")).toBeCloseTo(pts(40), 2);
    expect(plan.rowHeight(1)).toBe(24);
    expect(plan.rowHeight(PLAN_HEADER_ROW + 1)).toBe(30);
    expect(plan.rowHeight(5)).toBe(15);
  });

  test("conditional formats: cell value rules with their format, and data bars", async () => {
    const fake = workbook();
    await write(fake, sampleReport({ employees: 3, rowsPerEmployee: 3 }));
    expect(fake.sheet("Rencana Pengembangan 2027").conditionalFormats()).toEqual([
      {
        type: "CellValue",
        address: "J5:J13",
        rule: { formula1: "=0", operator: "LessThan" },
        fill: "#F8CBAD",
        fontColor: "#9C0006",
      },
      { type: "DataBar", address: "L5:L13", dataBarColor: "#5B9BD5" },
    ]);
    expect(fake.sheet("Rekap Kebutuhan 2027").conditionalFormats()).toEqual([
      {
        type: "CellValue",
        address: "C2:C10",
        rule: { formula1: "=-1/2", formula2: "=0", operator: "Between" },
        fill: "#FFEB9C",
        bold: true,
      },
    ]);
  });

  test("print setup, frozen panes, filter, table, tab colour and the active sheet", async () => {
    const fake = workbook();
    await write(fake, sampleReport({ employees: 3, rowsPerEmployee: 3 }));
    const plan = fake.sheet("Rencana Pengembangan 2027");
    const layout = plan.pageLayout();
    expect(layout.orientation).toBe("Landscape");
    expect(layout.paperSize).toBe("A4");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.printTitleRows).toBe("$4:$4");
    expect(layout.footers.center).toBe("Halaman &P dari &N");
    expect([layout.topMargin, layout.leftMargin, layout.headerMargin]).toEqual([54, 36, 21.6]);
    expect(plan.freeze()).toEqual({ rows: 4, cols: 3 });
    expect(plan.autoFilter()).toBe("A4:L13");
    expect(plan.tabColor).toBe("#1F4E78");

    const issues = fake.sheet("Catatan Data");
    expect(issues.pageLayout().orientation).toBe("Portrait");
    expect(issues.pageBreaks()).toEqual([3]);
    expect(issues.freeze()).toEqual({ rows: 1, cols: 0 });
    expect(issues.tabColor).toBe("#C00000");

    expect(fake.tables()).toEqual([
      {
        name: "Rekap_2027",
        sheet: "Rekap Kebutuhan 2027",
        address: "A1:C10",
        style: "TableStyleMedium2",
      },
    ]);
    expect(fake.activeSheetName).toBe("Rencana Pengembangan 2027");
  });

  test("the chart: clustered bars over the categories and series, titled and placed", async () => {
    const fake = workbook();
    await write(fake, sampleReport());
    const [chart] = fake.sheet("Rekap Kebutuhan 2027").charts();
    expect(chart).toMatchObject({
      type: "BarClustered",
      source: "'Rekap Kebutuhan 2027'!A2:B10",
      seriesBy: "Columns",
      title: "Kebutuhan pengembangan per kompetensi",
      categoryAxisTitle: "Kompetensi",
      valueAxisTitle: "Jumlah pegawai",
      position: { start: "E2", end: "L21" },
      series: [
        {
          name: "Pegawai di bawah standar",
          values: "'Rekap Kebutuhan 2027'!B2:B10",
          categories: "'Rekap Kebutuhan 2027'!A2:A10",
        },
      ],
    });
  });

  test("series that are not next to their categories are added one by one (ExcelApi 1.7)", async () => {
    const fake = workbook();
    const model = sampleReport();
    const summary = model.sheets[1];
    summary.charts[0].series = [
      { name: "Rata-rata gap", values: { top: 1, left: 2, bottom: 9, right: 2 } },
      { name: "Di bawah standar", values: { top: 1, left: 1, bottom: 9, right: 1 } },
    ];
    await write(fake, model);
    const [chart] = fake.sheet("Rekap Kebutuhan 2027").charts();
    expect(chart.series).toEqual([
      {
        name: "Rata-rata gap",
        values: "'Rekap Kebutuhan 2027'!C2:C10",
        categories: "'Rekap Kebutuhan 2027'!A2:A10",
      },
      {
        name: "Di bawah standar",
        values: "'Rekap Kebutuhan 2027'!B2:B10",
        categories: "'Rekap Kebutuhan 2027'!A2:A10",
      },
    ]);
  });
});

describe("writeReport: names", () => {
  test("an existing 'Rencana Pengembangan 2027' is kept and the new one becomes '(2)', then '(3)'", async () => {
    const fake = workbook().addSheet("Rencana Pengembangan 2027", { values: [["punya saya"]] });
    const first = await write(fake, sampleReport());
    expect(first.sheets[0]).toBe("Rencana Pengembangan 2027 (2)");
    const second = await write(fake, sampleReport());
    expect(second.sheets).toEqual([
      "Rencana Pengembangan 2027 (3)",
      "Rekap Kebutuhan 2027 (2)",
      "Catatan Data (2)",
    ]);
    expect(fake.sheet("Rencana Pengembangan 2027").values()).toEqual([["punya saya"]]);
    // A second summary table got its own workbook-wide name.
    expect(fake.tables().map((t) => t.name)).toEqual(["Rekap_2027", "Rekap_2027_2"]);
  });

  test("31 characters at most, also with the suffix; illegal characters replaced", async () => {
    const long = "Rencana Pengembangan Kompetensi 2027"; // 36 characters
    const fake = workbook().addSheet(long.slice(0, 31));
    const model = sampleReport();
    model.sheets[0].name = long;
    model.sheets[2].name = "Catatan: Data/Bidang?";
    const result = await write(fake, model);
    expect(result.sheets[0]).toBe("Rencana Pengembangan Kompet (2)");
    expect(result.sheets[0].length).toBe(31);
    expect(result.sheets[2]).toBe("Catatan- Data-Bidang-");
    expect(uniqueSheetName("'Laporan'", new Set())).toBe("Laporan");
    expect(uniqueSheetName("Catatan Data", new Set(["CATATAN DATA", "CATATAN DATA (2)"]))).toBe(
      "Catatan Data (3)"
    );
  });

  test("text that Excel would convert gets the apostrophe prefix, plain text does not", () => {
    for (const s of [
      "198001012005011001",
      "0812",
      "-",
      "=SUM(A1)",
      "+62 812",
      "TRUE",
      "87%",
      "1/2",
      "2027-01-31",
      "#N/A",
      "'quoted",
    ]) {
      expect([s, needsTextPrefix(s)]).toEqual([s, true]);
    }
    for (const s of ["Ani", "Ahli Muda", "III/a", "Bidang 2", ""]) {
      expect([s, needsTextPrefix(s)]).toEqual([s, false]);
    }
  });
});

describe("writeReport: failures", () => {
  test.each([
    ["the 2nd sync (the write)", 2, {}],
    ["the 3rd sync (second write request)", 3, { maxRequestBytes: 20_000 }],
  ])(
    "a failure on %s leaves no new sheet and the source sheet unchanged",
    async (_, n, options) => {
      const fake = workbook().failOnSync(n as number);
      const e = await failure(
        write(fake, sampleReport({ employees: 20 }), options as WriteOptions)
      );
      expect(e.message).toMatch(/^Gagal menulis laporan ke Excel saat /);
      expect(e.message).toMatch(/sudah dihapus kembali; lembar lain tidak diubah\.$/);
      expect(fake.sheetNames()).toEqual(["Data"]);
      expect(fake.sheet("Data").values()).toEqual(SOURCE);
      expect(fake.sheet("Data").merges()).toEqual(["C1:D1"]);
      expect(fake.tables()).toEqual([]);
      // The failed request plus two for the clean-up.
      expect(fake.syncCount).toBe((n as number) + 2);
    }
  );

  test("the message names the request and the step that failed", async () => {
    const fake = workbook().failOnSync(3);
    const e = await failure(
      write(fake, sampleReport({ employees: 20 }), { maxRequestBytes: 20_000 })
    );
    // The injected failure stops the request halfway, inside the per-employee outlines.
    expect(e.message).toMatch(
      /^Gagal menulis laporan ke Excel saat format sel di lembar "Rencana Pengembangan 2027" \(permintaan ke-2 dari \d+\): .*\[GeneralException, RangeBorder\.\w+\]/
    );
  });

  test("a model that cannot be written (bad colour, unknown chart kind) is refused after the read only", async () => {
    const fake = workbook();
    const model = sampleReport();
    model.sheets[1].tabColor = "hijau";
    model.sheets[1].charts = model.sheets[1].charts.map((c) => ({
      ...c,
      kind: "pie" as "barClustered",
    }));
    const e = await failure(write(fake, model));
    expect(e.name).toBe("ReportModelError");
    expect(e.message).toContain(`Warna "hijau" tidak valid`);
    expect(e.message).toContain(
      `Jenis grafik "pie" di lembar "Rekap Kebutuhan 2027" tidak didukung`
    );
    expect(fake.syncCount).toBe(1);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  test("a workbook with a protected structure is refused before anything is written", async () => {
    const fake = workbook().protectStructure();
    const e = await failure(write(fake, sampleReport()));
    expect(e.message).toMatch(
      /^Struktur buku kerja ini dilindungi \(Tinjau → Lindungi Buku Kerja\)/
    );
    expect(fake.sheetNames()).toEqual(["Data"]);
    expect(fake.syncCount).toBe(1);
  });

  test("an existing sheet with the same name as ours is never deleted", async () => {
    const fake = workbook()
      .addSheet("Catatan Data", { values: [["lama"]] })
      .failOnSync(2);
    await failure(write(fake, sampleReport()));
    expect(fake.sheetNames()).toEqual(["Data", "Catatan Data"]);
    expect(fake.sheet("Catatan Data").values()).toEqual([["lama"]]);
  });

  test("when the clean-up fails too, the message says which sheets to delete by hand", async () => {
    const fake = workbook().failOnSync(2).failOnSync(4);
    const e = await failure(write(fake, sampleReport()));
    expect(e.message).toMatch(/tidak dapat dihapus otomatis/);
    expect(e.message).toMatch(/"Rencana Pengembangan 2027"/);
  });

  test("a table Excel refuses (over merged cells) is left out and said so; the report stays whole", async () => {
    const fake = workbook();
    const model = sampleReport();
    model.sheets[1].merges = [{ top: 1, left: 0, bottom: 2, right: 0 }];
    const result = await write(fake, model);
    expect(fake.sheetNames()).toEqual(["Data", ...result.sheets]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({
      code: "excel-step-refused",
      params: { step: "table", sheets: ["Rekap Kebutuhan 2027"] },
    });
    expect(renderMessage(result.skipped[0])).toMatch(
      /^Tabel di lembar "Rekap Kebutuhan 2027" tidak diterapkan: .*\[MergedRangeConflict, TableCollection\.add\]\. Isi laporan sudah lengkap\.$/
    );
    // Everything after the refused table was sent again: the chart, the print setup, the active sheet.
    expect(fake.sheet("Rekap Kebutuhan 2027").charts()).toHaveLength(model.sheets[1].charts.length);
    expect(fake.sheet("Rekap Kebutuhan 2027").pageLayout().orientation.toLowerCase()).toBe(
      model.sheets[1].print.orientation
    );
    expect(fake.sheet("Rekap Kebutuhan 2027").pageLayout().paperSize).toBe("A4");
    expect(fake.activeSheetName).toBe(result.sheets[0]);
    expect(fake.tables()).toHaveLength(
      model.sheets.reduce((n, s) => n + s.tables.length, 0) - model.sheets[1].tables.length
    );
    const plan = model.sheets[0];
    expect(fake.sheet(result.sheets[0]).value("A1")).toBe(plan.values[0][0]);
  });
});

describe("writeReport: requests", () => {
  test("the sync count does not grow with the number of employees", async () => {
    const counts: number[] = [];
    const bytes: number[] = [];
    for (const employees of [3, 300]) {
      const fake = workbook();
      const result = await write(fake, sampleReport({ employees, rowsPerEmployee: 8 }));
      counts.push(result.syncs);
      bytes.push(fake.syncs[1].requestBytes);
    }
    expect(counts).toEqual([5, 5]);
    expect(bytes[1]).toBeGreaterThan(bytes[0] * 20);
  });

  test("a report bigger than the budget is cut into requests that each stay near it", async () => {
    const budget = 400_000;
    const fake = workbook();
    const model = sampleReport({ employees: 1000, rowsPerEmployee: 8 });
    const result = await write(fake, model, { maxRequestBytes: budget });
    expect(result.syncs).toBeGreaterThan(3);
    const writes = fake.syncs.slice(1);
    for (const s of writes) expect(s.requestBytes).toBeLessThanOrEqual(budget * 1.1);
    // Everything arrived despite the cut.
    const plan = fake.sheet("Rencana Pengembangan 2027");
    const totalRow = PLAN_HEADER_ROW + 1 + 1000 * 8 + 1; // 1-based row of "Jumlah JP"
    expect(plan.value(`K${totalRow}`)).toBe("Jumlah JP");
    expect(plan.formula(`L${totalRow}`)).toBe(`=SUM(L5:L${totalRow - 1})`);
    expect(plan.value(`B${PLAN_HEADER_ROW + 2 + 999 * 8}`)).toBe(nipOf(999));
    expect(plan.merges()).toHaveLength(2 + 6 * 1000);
  });

  test("a cut write reports its share after each request and pauses between pieces", async () => {
    const fake = workbook();
    const model = sampleReport({ employees: 1000, rowsPerEmployee: 8 });
    const events: string[] = [];
    const fractions: number[] = [];
    const result = await write(fake, model, {
      onProgress: (f) => {
        fractions.push(f);
        events.push(`progress@${fake.syncCount}`);
      },
      pause: async () => {
        events.push(`pause@${fake.syncCount}`);
      },
    });
    // One share per write request (the name request and the final calculation are not counted), rising to 1.
    expect(fractions).toHaveLength(result.syncs - 2);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions.length).toBeGreaterThan(1);
    // The page gets the thread back before the first write, inside each request's queueing, and after each.
    const pauses = events.filter((e) => e.startsWith("pause"));
    expect(pauses.length).toBeGreaterThan(fractions.length * 2);
    for (let sync = 2; sync <= result.syncs - 1; sync++)
      expect(events.indexOf(`progress@${sync}`)).toBeLessThan(events.indexOf(`pause@${sync}`) + 1);
    // The pauses change nothing in what lands.
    const totalRow = PLAN_HEADER_ROW + 1 + 1000 * 8 + 1;
    expect(fake.sheet("Rencana Pengembangan 2027").value(`K${totalRow}`)).toBe("Jumlah JP");
  });

  test("an old Excel (ExcelApi 1.2) gets the content and a list of what was left out", async () => {
    const fake = workbook({ apiVersion: "1.2" });
    const result = await write(fake, sampleReport());
    expect(result.skipped.map((m) => renderMessage(m))).toEqual([
      "Format bersyarat dilewati: Excel ini belum mendukung ExcelApi 1.6.",
      "Panel beku dilewati: Excel ini belum mendukung ExcelApi 1.7.",
      "Filter otomatis dilewati: Excel ini belum mendukung ExcelApi 1.9.",
      "Pengaturan cetak dilewati: Excel ini belum mendukung ExcelApi 1.9.",
      "Warna tab dilewati: Excel ini belum mendukung ExcelApi 1.7.",
    ]);
    const plan = fake.sheet("Rencana Pengembangan 2027");
    expect(plan.value("B5")).toBe(nipOf(0));
    expect(plan.format("A4").fill).toBe("#1F4E78");
    expect(plan.conditionalFormats()).toEqual([]);
    expect(plan.pageLayout().orientation).toBe("Portrait");
    expect(fake.sheet("Rekap Kebutuhan 2027").charts()).toHaveLength(1);
    expect(fake.syncs.every((s) => !s.calculationSuspended)).toBe(true);
  });
});

describe("writeReport: requirement sets from Office", () => {
  test("without isSetSupported it asks Office.context.requirements (installed by the fake)", async () => {
    const fake = workbook({ apiVersion: "1.6" });
    const restore = fake.installGlobals();
    try {
      const result = await Excel.run((context) => writeReport(context, sampleReport()));
      const notes = result.skipped.map((m) => renderMessage(m));
      expect(notes).toContain("Pengaturan cetak dilewati: Excel ini belum mendukung ExcelApi 1.9.");
      expect(notes).not.toContain(
        "Format bersyarat dilewati: Excel ini belum mendukung ExcelApi 1.6."
      );
      expect(fake.sheet("Rencana Pengembangan 2027").conditionalFormats()).toHaveLength(2);
    } finally {
      restore();
    }
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
  });
});

describe("activateSheet", () => {
  test("activates a sheet, and says so in Indonesian when it is missing or hidden", async () => {
    const fake = workbook().addSheet("Rekap").addSheet("Rahasia", { visibility: "Hidden" });
    await fake.run((context) => activateSheet(context, "Rekap"));
    expect(fake.activeSheetName).toBe("Rekap");
    const missing = await failure(fake.run((context) => activateSheet(context, "Tidak Ada")));
    expect(missing.message).toBe('Lembar "Tidak Ada" tidak ditemukan di buku kerja ini.');
    const hidden = await failure(fake.run((context) => activateSheet(context, "Rahasia")));
    expect(hidden.message).toBe(
      'Lembar "Rahasia" tersembunyi; tampilkan lembar itu terlebih dahulu.'
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Formats through RangeAreas (ExcelApi 1.9) against formats range by range (older Excel).

/** The report the add-in really writes for `n` generated employees. */
function realReport(n: number): ReportModel {
  return buildReport(planOf(largeWorkbook(n)), REPORT_OPTIONS);
}

/** The fake's own isSetSupported, capped below ExcelApi 1.9: formats then go range by range. */
function before19(fake: FakeExcel) {
  return (name: string, version: string) =>
    fake.isSetSupported(name, version) && Number(version.split(".")[1] ?? 0) < 9;
}

/** The first and last 60 rows and every 11th row between: a sample that crosses every kind of row. */
function sampledRows(count: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < count; r++) {
    if (r < 60 || r >= count - 60 || r % 11 === 0) rows.push(r);
  }
  return rows;
}

/** What the fake holds for a sheet, cell by cell on the sample, plus every row height and merge. */
function contents(fake: FakeExcel, name: string, model: SheetModel) {
  const sheet = fake.sheet(name);
  const width = model.values[0]?.length ?? 0;
  const cells = sampledRows(model.values.length + 2).flatMap((r) =>
    Array.from({ length: width + 1 }, (_, c) => {
      const address = cellA1(r, c);
      return {
        address,
        format: sheet.format(address),
        numberFormat: sheet.numberFormat(address),
        value: sheet.value(address),
      };
    })
  );
  return {
    cells,
    heights: Array.from({ length: model.values.length + 2 }, (_, r) => sheet.rowHeight(r + 1)),
    widths: Array.from({ length: width + 1 }, (_, c) => sheet.columnWidth(c)),
    merges: sheet.merges(),
  };
}

/** The number format the model gives a cell: the last styled range over it with one, else General. */
function modelNumberFormat(model: SheetModel, r: number, c: number): string {
  let code = "General";
  for (const s of model.styles) {
    const { top, left, bottom, right } = s.rect;
    if (s.style.numberFormat !== undefined && r >= top && r <= bottom && c >= left && c <= right) {
      code = s.style.numberFormat;
    }
  }
  return code;
}

const writeBytes = (fake: FakeExcel) =>
  fake.syncs.filter((s) => !s.failed).reduce((n, s) => n + s.requestBytes, 0);

/** Merge calls the model needs at least: one-row merges stacked over the same columns count once. */
function mergeRuns(merges: Rect[]): number {
  const rows = new Set(
    merges.filter((m) => m.top === m.bottom).map((m) => `${m.left}:${m.right}:${m.top}`)
  );
  return merges.filter((m) => m.top !== m.bottom || !rows.has(`${m.left}:${m.right}:${m.top - 1}`))
    .length;
}

/**
 * The most a write of this model may send: its values (as JSON) and formulas, and for everything else
 * a small allowance per item the model holds — far below what one call per styled range, row height
 * or number-format range would cost.
 */
function byteBound(model: ReportModel): number {
  let bound = 60_000;
  // Values as the writer sends them: lowered, with blank cells as null.
  const lowered = lowerReport(model).sheets;
  for (const [i, s] of model.sheets.entries()) {
    // A sheet's own setup: adding it, column widths, print setup, freeze, tab colour, filter.
    bound += 10_000;
    const nfCells = s.styles
      .filter((x) => x.style.numberFormat !== undefined)
      .reduce((n, x) => n + (x.rect.bottom - x.rect.top + 1) * (x.rect.right - x.rect.left + 1), 0);
    bound += JSON.stringify(lowered[i].values).length * 1.05;
    bound += s.formulas.reduce((n, f) => n + f.formula.length + 120, 0);
    // Every object costs its path and, as Office.js sends it, one or two instantiate actions.
    bound += mergeRuns(s.merges) * 340;
    bound += s.styles.length * 35;
    bound += nfCells * 25;
    bound += s.rowHeights.length * 8;
    // An outline goes area by area (see writeReport): a Range and its four edges each.
    bound += s.styles.filter((x) => x.style.border?.kind === "outline").length * 2500;
    bound += (s.print.rowBreaks?.length ?? 0) * 120;
  }
  return bound;
}

describe("writeReport: formats through RangeAreas", () => {
  test.each([
    // ~15 styled ranges and ~9 row heights per employee: one call each range by range.
    ["a real report of 300 employees", () => realReport(300), 5],
    // One grid range plus an outline and six merges per employee: outlines and merges go area by
    // area on both paths, so there is nothing to gain, and nothing may be lost.
    [
      "a hand-made report with outlines over a grid",
      () => sampleReport({ employees: 200, rowsPerEmployee: 4 }),
      1,
    ],
  ])(
    "%s: the same cells, heights and merges as range by range, and no more bytes",
    async (_, make, drop) => {
      const model = make();
      const areas = workbook();
      const ranges = workbook();
      const a = await write(areas, model);
      const b = await write(ranges, model, { isSetSupported: before19(ranges) });
      expect(a.sheets).toEqual(b.sheets);
      expect(a.syncs).toBeLessThanOrEqual(5);
      model.sheets.forEach((sheet, i) => {
        const got = contents(areas, a.sheets[i], sheet);
        expect(got).toEqual(contents(ranges, b.sheets[i], sheet));
        // And both are what the model says.
        for (const { address, numberFormat } of got.cells) {
          const { row: r, col: c } = parseA1(address);
          expect([address, numberFormat]).toEqual([address, modelNumberFormat(sheet, r, c)]);
        }
        for (const { row, height } of sheet.rowHeights) expect(got.heights[row]).toBe(height);
      });
      expect(writeBytes(areas)).toBeLessThanOrEqual(byteBound(model));
      // Range by range also leaves out what needs ExcelApi 1.9 (print setup, filter): 1% slack.
      expect(writeBytes(areas) * drop).toBeLessThanOrEqual(writeBytes(ranges) * 1.01);
    }
  );

  test("1,000 employees of a real report take at most 7 syncs, none over the budget", async () => {
    const model = realReport(1000);
    const fake = workbook();
    const result = await write(fake, model);
    // The formula data (about 30 formulas per employee, docs/domain.md §22) takes one request more.
    expect(result.syncs).toBeLessThanOrEqual(7);
    // Counted as Office.js sends them (instantiates, keep-references, chunks): within the budget.
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(4_000_000);
    expect(writeBytes(fake)).toBeLessThanOrEqual(byteBound(model));
    const plan = fake.sheet(result.sheets[0]);
    expect(plan.rowHeight(model.sheets[0].rowHeights.at(-1)!.row + 1)).toBe(
      model.sheets[0].rowHeights.at(-1)!.height
    );
  });

  test("address lists stay within half of Excel's limits: 4,096 characters and 400 areas", async () => {
    const model = realReport(300);
    const halfLimits = workbook({ maxAddressLength: 4096, maxRangeAreas: 400 });
    await write(halfLimits, model);
    expect(halfLimits.sheetNames()).toHaveLength(1 + model.sheets.length);
    // The lists do use that room: a stricter Excel would refuse them.
    const stricter = workbook({ maxRangeAreas: 100 });
    const e = await failure(write(stricter, model));
    expect(e.message).toMatch(
      /^Gagal menulis laporan ke Excel saat .*\[InvalidArgument, Worksheet\.getRanges\]/
    );
    expect(stricter.sheetNames()).toEqual(["Data"]);
  });

  test.each([
    ["only ';' (a Windows Excel with Indonesian regional settings)", ";" as const, 1],
    ["neither separator", "" as const, 2],
  ])(
    "an Excel whose getRanges takes %s: one probe more per refusal, the same result",
    async (_, separators, refusals) => {
      // Small enough that, address by address, the formats still fit one request: the syncs then differ
      // by the probes alone (a larger report splits that request in two, by the byte budget).
      const model = realReport(30);
      const fake = workbook({ rangeListSeparators: separators });
      const reference = workbook();
      const result = await write(fake, model);
      const expected = await write(reference, model);
      expect(result.syncs).toBe(expected.syncs + refusals);
      expect(fake.syncs.slice(0, refusals).map((s) => s.failed)).toEqual(
        new Array(refusals).fill("InvalidArgument")
      );
      model.sheets.forEach((sheet, i) => {
        expect(contents(fake, result.sheets[i], sheet)).toEqual(
          contents(reference, expected.sheets[i], sheet)
        );
      });
      if (separators === "") expect(writeBytes(fake)).toBeGreaterThan(writeBytes(reference) * 3);
    }
  );
});

test("styled ranges that overlap (against the model's promise) still end as if applied in order", async () => {
  const model = sampleReport({ employees: 3 });
  const red = { fill: "#FF0000", font: { bold: true } };
  const blue = { fill: "#0000FF" };
  // Red, then blue over it, then red again over a corner of the blue: grouping all reds into one
  // call would paint the corner blue.
  model.sheets[2].styles.push(
    { rect: { top: 6, left: 0, bottom: 6, right: 0 }, style: red },
    { rect: { top: 6, left: 0, bottom: 8, right: 2 }, style: blue },
    { rect: { top: 8, left: 2, bottom: 8, right: 2 }, style: red }
  );
  const areas = workbook();
  const ranges = workbook();
  const a = await write(areas, model);
  await write(ranges, model, { isSetSupported: before19(ranges) });
  const issues = areas.sheet(a.sheets[2]);
  expect([issues.format("A7").fill, issues.format("A7").font.bold]).toEqual(["#0000FF", true]);
  expect([issues.format("C9").fill, issues.format("B9").fill]).toEqual(["#FF0000", "#0000FF"]);
  expect(contents(areas, a.sheets[2], model.sheets[2])).toEqual(
    contents(ranges, a.sheets[2], model.sheets[2])
  );
});

describe("writeReport: Excel as it really behaves", () => {
  test("a request Excel refuses as too large is split and sent again, not rolled back", async () => {
    // Excel's limit far below the writer's budget: the writer cannot know it in advance.
    const fake = workbook({ maxRequestBytes: 400_000 });
    const model = sampleReport({ employees: 300, rowsPerEmployee: 8 });
    const result = await write(fake, model);
    expect(fake.syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(fake.sheetNames()).toEqual(["Data", ...result.sheets]);
    const plan = fake.sheet(result.sheets[0]);
    const last = model.sheets[0].values.length;
    expect(plan.value(`A${last}`)).toEqual(model.sheets[0].values[last - 1][0] || null);
  });

  test("an API refused when called (not at sync) rolls the report back with a message", async () => {
    // The host claims every requirement set; the Excel behind it has ExcelApi 1.8 only, so
    // suspendScreenUpdatingUntilNextSync (1.9) throws ApiNotFound as it is called.
    const fake = workbook({ apiVersion: "1.8" });
    const e = await failure(
      write(fake, sampleReport({ employees: 3, rowsPerEmployee: 3 }), {
        isSetSupported: () => true,
      })
    );
    expect(e.message).toMatch(/^Gagal menulis laporan ke Excel saat .*ApiNotFound/);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  test("while the user edits a cell the request waits (delayForCellEdit) and the report is written", async () => {
    const fake = workbook().editCell();
    const model = sampleReport({ employees: 3, rowsPerEmployee: 3 });
    const failed = await failure(
      fake.run((context) => writeReport(context, model, { isSetSupported: fake.isSetSupported }))
    );
    expect(failed.message).toMatch(/mode edit sel: tekan Enter atau Esc/);
    fake.editCell();
    const result = await fake.run({ delayForCellEdit: true }, (context) =>
      writeReport(context, model, { isSetSupported: fake.isSetSupported })
    );
    expect(fake.sheetNames()).toEqual(["Data", ...result.sheets]);
  });

  test("another workbook in front: a friendly message, nothing left behind", async () => {
    const fake = workbook().focusOtherWorkbook();
    const e = await failure(write(fake, sampleReport({ employees: 3, rowsPerEmployee: 3 })));
    expect(e.message).toMatch(/buku kerja lain sedang aktif/);
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  test("presentation refused without an error location: the content stays", async () => {
    const fake = workbook({ errorLocation: false });
    const model = sampleReport({ employees: 3, rowsPerEmployee: 3 });
    // Sync 3 holds the kinds that are safe to apply twice: sent again kind by kind. The 9th sync is
    // one of those kinds on its own: that kind is reported, the others are applied.
    fake.failOnSync(3, { afterActions: 1, withoutLocation: true });
    fake.failOnSync(9, { afterActions: 1, withoutLocation: true });
    const result = await write(fake, model);
    expect(fake.sheetNames()).toEqual(["Data", ...result.sheets]);
    expect(fake.sheet(result.sheets[0]).freeze()).not.toBeNull();
    expect(result.skipped).toHaveLength(1);
    expect(renderMessage(result.skipped[0])).toMatch(
      /tidak diterapkan: .*Isi laporan sudah lengkap/
    );
    expect(fake.sheet(result.sheets[0]).value("A1")).toBe(model.sheets[0].values[0][0]);
  });

  test("conditional-format bounds are written without decimal separators", async () => {
    expect(formulaNumber(-1.5)).toBe("-3/2");
    expect(formulaNumber(-1.499999)).toBe("-1499999/1000000");
    expect(formulaNumber(-0.000001)).toBe("-1/1000000");
    expect(formulaNumber(1e-7)).toBe("1/10000000");
    expect(formulaNumber(2)).toBe("2");
    for (const n of [-1.5, -1.499999, -0.999999, 0.25, 3.125, 1e-7]) {
      const [num, den = "1"] = formulaNumber(n).split("/");
      expect(Number(num) / Number(den)).toBe(n);
    }
  });

  test("totals are read back after calculating: a difference is reported", async () => {
    const fake = workbook();
    const model = sampleReport({ employees: 3, rowsPerEmployee: 3 });
    const f = model.sheets[0].formulas[0];
    const result = await fake.run(async (context) => {
      const sync = context.sync.bind(context);
      let n = 0;
      // After the content request, Excel's result differs from the model's (the fake does not
      // calculate, so the test plays Excel's part).
      context.sync = (async () => {
        await sync();
        if (++n === 2) {
          const st = fake.state.sheetByName(model.sheets[0].name)!;
          st.row(f.row, true).v[f.col] = 999;
        }
      }) as typeof context.sync;
      return writeReport(context, model, { isSetSupported: fake.isSetSupported });
    });
    expect(result.skipped.map((m) => renderMessage(m)).join(" ")).toMatch(
      /Hasil rumus di lembar .*999, seharusnya/
    );
    expect(await write(workbook(), model)).toMatchObject({ skipped: [] });
  });
});

describe("writeReport: the entry template's validations (docs/domain.md §21)", () => {
  test("each validation lands with its rule, blanks allowed, its prompt and its refusal", async () => {
    const fake = workbook();
    const result = await write(fake, buildTemplate());
    expect(result.sheets).toEqual(["Data Asesmen", "SKJ", "Petunjuk"]);
    const entry = fake.sheet("Data Asesmen");
    const byAddress = new Map(entry.dataValidations().map((v) => [v.address, v]));
    expect([...byAddress.keys()]).toEqual([
      "A2:A2001",
      "B2:B2001",
      "C2:C2001",
      "D2:D2001",
      "E2:E2001",
      "F2:F2001",
      "G2:O2001",
    ]);
    expect(byAddress.get("A2:A2001")!.rule.custom!.formula).toMatch(/^=AND\(LEN\(A2\)=18,/);
    expect(byAddress.get("D2:D2001")!.rule.list!.source.split(",")).toContain("JF Ahli Muda");
    expect(byAddress.get("F2:F2001")!.rule.list).toEqual({
      inCellDropDown: true,
      source: "PNS,PPPK",
    });
    expect(byAddress.get("G2:O2001")!).toMatchObject({
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "Nilai kompetensi (1–5)" },
      errorAlert: { showAlert: true, style: "Stop", title: "Nilai tidak valid" },
    });
    // A prompt-only column has no rule and no refusal.
    expect(byAddress.get("B2:B2001")!.rule).toEqual({});
    expect(byAddress.get("B2:B2001")!.errorAlert).toBeUndefined();
    expect(entry.numberFormat("A2")).toBe("@");
    expect(entry.numberFormat("A2001")).toBe("@");
    expect(entry.freeze()).toEqual({ rows: 1, cols: 2 });
    expect(
      fake
        .sheet("SKJ")
        .dataValidations()
        .map((v) => v.address)
    ).toEqual(["A2:A31", "B2:J31"]);
  });

  test("an Excel without ExcelApi 1.8 gets the template without validations, and is told", async () => {
    const fake = workbook({ apiVersion: "1.7" });
    const result = await write(fake, buildTemplate());
    expect(result.skipped.map((m) => renderMessage(m))).toContain(
      "Validasi data dilewati: Excel ini belum mendukung ExcelApi 1.8."
    );
    expect(fake.sheet("Data Asesmen").dataValidations()).toEqual([]);
    expect(fake.sheet("Data Asesmen").value("A1")).toBe("NIP");
  });
});
