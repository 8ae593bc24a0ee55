// readWorkbook / readSelection / selectCell against the strict fake.
import { readSelection, readWorkbook, selectCell } from "../../src/excel/readWorkbook";
import { FakeExcel, FakeExcelOptions, SeedValue } from "./fakeExcel";

/** An assessment sheet as agencies send them: title rows, a two-row header, errors, blanks. */
const PENILAIAN: SeedValue[][] = [
  ["HASIL PEMETAAN KOMPETENSI 2026", null, null, null, null, null],
  ["BKPSDM Kabupaten Contoh", null, null, null, null, null],
  [null, null, null, null, null, null],
  ["No", "NIP", "Nama", "Kompetensi Manajerial", null, "JPM"],
  [null, null, null, "INT", "KS", null],
  [1, "198001012005011001", "Ani", 3, 2.5, 0.92],
  [2, "198001012005011002", "Budi", { error: "#N/A" }, 3, { error: "#DIV/0!" }],
  [3, "198001012005011003", "Citra", "", true, 1.05],
];

function workbook(options?: FakeExcelOptions): FakeExcel {
  return (
    new FakeExcel(options)
      .addSheet("Penilaian", {
        at: "B2",
        values: PENILAIAN,
        merges: ["B2:G2", "B3:G3", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:G6"],
      })
      // "#N/A" typed as text is text, not an error: only valueTypes can tell.
      .addSheet("SKJ", {
        values: [
          ["Jabatan", "INT", "Catatan"],
          ["Analis", 3, "#N/A"],
        ],
      })
      .addSheet("Arsip", { values: [["lama"]], visibility: "Hidden" })
      .addSheet("Sistem", { values: [["x"]], visibility: "VeryHidden" })
      .addSheet("Kosong")
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

describe("readWorkbook", () => {
  test("title rows, merges, errors and blanks give the right grid, in four syncs", async () => {
    const fake = workbook();
    const grid = await fake.run((context) =>
      readWorkbook(context, { isSetSupported: fake.isSetSupported })
    );
    // Sheet list; used ranges and merges; values; hidden rows.
    expect(fake.syncCount).toBe(4);
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Penilaian", "visible"],
      ["SKJ", "visible"],
      ["Arsip", "hidden"],
      ["Sistem", "veryHidden"],
      ["Kosong", "visible"],
    ]);
    const [penilaian, skj, , , kosong] = grid.sheets;
    // The used range starts at the title in B2: origin row 1, column 1 (0-based).
    expect(penilaian.origin).toEqual({ row: 1, col: 1 });
    expect(penilaian.rows).toEqual([
      ["HASIL PEMETAAN KOMPETENSI 2026", null, null, null, null, null],
      ["BKPSDM Kabupaten Contoh", null, null, null, null, null],
      [null, null, null, null, null, null],
      ["No", "NIP", "Nama", "Kompetensi Manajerial", null, "JPM"],
      [null, null, null, "INT", "KS", null],
      [1, "198001012005011001", "Ani", 3, 2.5, 0.92],
      [2, "198001012005011002", "Budi", { error: "#N/A" }, 3, { error: "#DIV/0!" }],
      [3, "198001012005011003", "Citra", null, true, 1.05],
    ]);
    expect(penilaian.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 2, left: 1, bottom: 2, right: 6 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 6, bottom: 5, right: 6 },
    ]);
    expect(skj.rows).toEqual([
      ["Jabatan", "INT", "Catatan"],
      ["Analis", 3, "#N/A"],
    ]);
    expect(kosong).toEqual({
      name: "Kosong",
      rows: [[null]],
      origin: { row: 0, col: 0 },
      merges: [],
      state: "visible",
    });
  });

  test("rows hidden by the user or a filter are reported in sheet coordinates", async () => {
    const fake = new FakeExcel()
      .addSheet("Penilaian", {
        at: "B2",
        values: PENILAIAN,
        hiddenRows: [7, 9],
      })
      .addSheet("Semua", { values: [["a"], ["b"]], hiddenRows: [1, 2] });
    const grid = await fake.run((context) =>
      readWorkbook(context, { isSetSupported: fake.isSetSupported })
    );
    // Rows 7 and 9 (1-based) are 6 and 8 in 0-based sheet rows.
    expect(grid.sheets[0].hiddenRows).toEqual([6, 8]);
    // Every row hidden: Excel finds no visible cell, and that is read as "unknown", not as all hidden.
    expect(grid.sheets[1].hiddenRows).toBeUndefined();
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);

    const old = new FakeExcel({ apiVersion: "1.8" }).addSheet("Penilaian", {
      values: PENILAIAN,
      hiddenRows: [7],
    });
    const before19 = await old.run((context) =>
      readWorkbook(context, { isSetSupported: old.isSetSupported })
    );
    expect(before19.sheets[0].hiddenRows).toBeUndefined();
    expect(before19.sheets[0].rows).toHaveLength(PENILAIAN.length);
  });

  test("without ExcelApi 1.13 the merges are left out instead of failing", async () => {
    const fake = workbook({ apiVersion: "1.9" });
    const grid = await fake.run((context) =>
      readWorkbook(context, { isSetSupported: fake.isSetSupported })
    );
    expect(grid.sheets[0].merges).toEqual([]);
    expect(grid.sheets[0].rows[5][1]).toBe("198001012005011001");
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
  });

  test("more merged areas than Excel lists at once are read block by block", async () => {
    const merges = Array.from({ length: 40 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const values = Array.from({ length: 40 }, (_, i) => [`baris ${i + 1}`, null, i]);
    const fake = new FakeExcel({ maxMergedAreas: 8 }).addSheet("Banyak", { values, merges });
    const grid = await fake.run((context) =>
      readWorkbook(context, { isSetSupported: fake.isSetSupported })
    );
    const found = grid.sheets[0].merges;
    expect(found).toHaveLength(40);
    expect(found[39]).toEqual({ top: 39, left: 0, bottom: 39, right: 1 });
    expect(grid.sheets[0].rows[39]).toEqual(["baris 40", null, 39]);
  });

  test("a response too big for Excel is retried in halves", async () => {
    const values = Array.from({ length: 400 }, (_, i) => [`pegawai nomor ${i}`, i, i / 7]);
    const fake = new FakeExcel({ maxResponseBytes: 8_000 }).addSheet("Data", { values });
    const grid = await fake.run((context) =>
      readWorkbook(context, { isSetSupported: fake.isSetSupported })
    );
    expect(grid.sheets[0].rows).toHaveLength(400);
    expect(grid.sheets[0].rows[399]).toEqual(["pegawai nomor 399", 399, 399 / 7]);
    expect(fake.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    for (const s of fake.syncs.filter((x) => !x.failed)) {
      expect(s.responseBytes).toBeLessThanOrEqual(8_000);
    }
  });

  test("a 300,000 x 15 sheet is read in chunks under Excel's limits", async () => {
    const rows = 300_000;
    const values: SeedValue[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row: SeedValue[] = new Array(15);
      row[0] = `198001012005${String(r).padStart(6, "0")}`;
      row[1] = `Pegawai ${r}`;
      for (let c = 2; c < 15; c++) row[c] = (r + c) % 5;
      values[r] = row;
    }
    const fake = new FakeExcel()
      .addSheet("Besar", { values })
      .addSheet("Kecil", { values: [["a"]] });
    let progressCalls = 0;
    let lastProgress = [0, 0];
    const grid = await fake.run((context) =>
      readWorkbook(context, {
        isSetSupported: fake.isSetSupported,
        onProgress: (done, total) => {
          progressCalls++;
          lastProgress = [done, total];
        },
      })
    );
    const besar = grid.sheets[0];
    expect(besar.rows).toHaveLength(rows);
    expect(besar.rows[0]).toEqual([
      "198001012005000000",
      "Pegawai 0",
      2,
      3,
      4,
      0,
      1,
      2,
      3,
      4,
      0,
      1,
      2,
      3,
      4,
    ]);
    expect(besar.rows[rows - 1][0]).toBe("198001012005299999");
    expect(besar.rows[rows - 1][14]).toBe((rows - 1 + 14) % 5);
    expect(besar.rows[150_000][1]).toBe("Pegawai 150000");
    expect(grid.sheets[1].rows).toEqual([["a"]]);
    expect(lastProgress).toEqual([rows * 15 + 1, rows * 15 + 1]);

    // Sheet list and sizes first, the hidden-rows request last: the rest are value reads.
    const reads = fake.syncs.slice(2, -1);
    expect(progressCalls).toBe(reads.length);
    // 4.5M cells at most 1M a request: at least five requests, every response under 5 MB.
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
    for (const s of reads) expect(s.responseBytes).toBeLessThan(5_000_000);
  });
});

describe("readSelection", () => {
  /** A second sheet holding an Excel table at C4:E6 below a title. */
  function withTable(options?: FakeExcelOptions): FakeExcel {
    return workbook(options)
      .addSheet("Tabel", {
        values: [
          ["Rekap nilai", null, null, null, null],
          [null, null, null, null, null],
          [null, null, null, null, null],
          [null, null, "NIP", "Nama", "INT"],
          [null, null, "198001012005011001", "Ani", 3],
          [null, null, "198001012005011002", "Budi", { error: "#N/A" }],
        ],
        merges: ["A1:E1"],
      })
      .addTable("Tabel", "C4:E6", "Nilai");
  }

  test("inside an Excel table: the whole table", async () => {
    const fake = withTable().select("Tabel", "D5");
    const got = await fake.run((context) =>
      readSelection(context, { isSetSupported: fake.isSetSupported })
    );
    expect(got.source).toBe("table");
    expect(got.table).toBe("Nilai");
    expect(got.address).toBe("C4:E6");
    expect(got.sheets[0]).toEqual({
      name: "Tabel",
      rows: [
        ["NIP", "Nama", "INT"],
        ["198001012005011001", "Ani", 3],
        ["198001012005011002", "Budi", { error: "#N/A" }],
      ],
      origin: { row: 3, col: 2 },
      merges: [],
      state: "visible",
    });
  });

  test("a selected block is clipped to the used range; merges inside it come along", async () => {
    const fake = workbook().select("Penilaian", "A4:Z100");
    const got = await fake.run((context) =>
      readSelection(context, { isSetSupported: fake.isSetSupported })
    );
    expect(got.source).toBe("selection");
    expect(got.address).toBe("B4:G9");
    expect(got.sheets[0].origin).toEqual({ row: 3, col: 1 });
    expect(got.sheets[0].rows).toHaveLength(6);
    expect(got.sheets[0].merges).toContainEqual({ top: 4, left: 4, bottom: 4, right: 5 });
    expect(got.sheets[0].merges).not.toContainEqual({ top: 1, left: 1, bottom: 1, right: 6 });
  });

  test("more merged areas than Excel lists at once: the selection is read again, merges by blocks", async () => {
    const merges = Array.from({ length: 40 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const values = Array.from({ length: 40 }, (_, i) => [`baris ${i + 1}`, null, i]);
    const fake = new FakeExcel({ maxMergedAreas: 8 })
      .addSheet("Banyak", { values, merges })
      .select("Banyak", "A1:C20");
    const got = await fake.run((context) =>
      readSelection(context, { isSetSupported: fake.isSetSupported })
    );
    expect(got.source).toBe("selection");
    expect(got.address).toBe("A1:C20");
    expect(got.sheets[0].rows[19]).toEqual(["baris 20", null, 19]);
    expect(got.sheets[0].merges).toHaveLength(20);
    expect(fake.syncs[0].failed).toBe("GeneralException");
  });

  test("a single cell outside any table stands for the sheet's used range", async () => {
    const fake = workbook().select("SKJ", "A1");
    const got = await fake.run((context) =>
      readSelection(context, { isSetSupported: fake.isSetSupported })
    );
    expect(got.source).toBe("usedRange");
    expect(got.sheets[0].name).toBe("SKJ");
    expect(got.sheets[0].rows).toEqual([
      ["Jabatan", "INT", "Catatan"],
      ["Analis", 3, "#N/A"],
    ]);
  });

  test("without ExcelApi 1.9 a cell in a table reads the used range", async () => {
    const fake = withTable({ apiVersion: "1.4" }).select("Tabel", "D5");
    const got = await fake.run((context) =>
      readSelection(context, { isSetSupported: fake.isSetSupported })
    );
    expect(got.source).toBe("usedRange");
    expect(got.address).toBe("A1:E6");
    expect(got.sheets[0].merges).toEqual([]);
  });

  test("an empty selection is refused with a message in Indonesian", async () => {
    const fake = workbook().select("Penilaian", "K20:L30");
    const e = await failure(
      fake.run((context) => readSelection(context, { isSetSupported: fake.isSetSupported }))
    );
    expect(e.message).toBe(
      'Rentang yang dipilih (K20:L30) di lembar "Penilaian" kosong. Pilih tabel data penilaian, ' +
        "atau satu sel saja untuk membaca seluruh lembar."
    );
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    const fake = workbook();
    await fake.run((context) => selectCell(context, "SKJ", "B2"));
    expect(fake.activeSheetName).toBe("SKJ");
    expect(fake.selectedAddress).toBe("SKJ!B2");
    expect(fake.syncCount).toBe(1);
  });

  test("a missing sheet, a hidden sheet and a bad address are explained in Indonesian", async () => {
    const fake = workbook();
    const missing = await failure(fake.run((context) => selectCell(context, "Nilai", "A1")));
    expect(missing.message).toBe('Lembar "Nilai" tidak ditemukan di buku kerja ini.');
    const hidden = await failure(fake.run((context) => selectCell(context, "Arsip", "A1")));
    expect(hidden.message).toBe(
      'Lembar "Arsip" tersembunyi; tampilkan lembar itu terlebih dahulu.'
    );
    const bad = await failure(fake.run((context) => selectCell(context, "SKJ", "A0")));
    expect(bad.message).toBe('Gagal memilih sel A0 di lembar "SKJ": alamat sel tidak valid.');
  });
});
