// The reader on workbooks written by other programs: openpyxl, and LibreOffice re-saving / converting them.
import * as fs from "node:fs";
import { readWorkbookFile } from "../../../src/file/read/node";
import {
  gridValue,
  readWorkbook,
  ReadWorkbookResult,
  WorkbookReadError,
} from "../../../src/file/read/readWorkbook";
import { parseCellRef, parseRangeRef } from "../../../src/file/read/refs";
import type { CellValue, SheetGrid } from "../../../src/skj/types";
import { Fixtures, fixtures } from "../../fixtures/fixtures";

let fx: Fixtures;
beforeAll(() => {
  fx = fixtures();
}, 180_000);

function sheet(result: ReadWorkbookResult, name: string): SheetGrid {
  const s = result.grid.sheets.find((g) => g.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function at(s: SheetGrid, a1: string): CellValue {
  const p = parseCellRef(a1)!;
  return gridValue(s, p.row, p.col);
}

function readFixture(file: string): ReadWorkbookResult {
  return readWorkbook(new Uint8Array(fs.readFileSync(file)));
}

describe.each([
  ["openpyxl", () => fx.kitchenSink],
  ["LibreOffice re-save", () => fx.kitchenSinkLo],
])("kitchen-sink workbook (%s)", (_label, file) => {
  let wb: ReadWorkbookResult;
  beforeAll(() => {
    wb = readFixture(file());
  });

  test("every employee row reads back as written: names, 18-digit NIPs as text, scores with 2.5", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    for (const e of fx.expected.employees) {
      const r = e.row - 1;
      expect(gridValue(s, r, 0)).toBe(e.no);
      expect(gridValue(s, r, 1)).toBe(e.name);
      expect(gridValue(s, r, 2)).toBe(e.nip);
      expect(typeof gridValue(s, r, 2)).toBe("string");
      expect(gridValue(s, r, 3)).toBe(e.position);
      expect(gridValue(s, r, 4)).toBe(e.grade);
      expect(gridValue(s, r, 5)).toBe(e.unit);
      expect(e.scores.map((_, j) => gridValue(s, r, 6 + j))).toEqual(e.scores);
      const date = gridValue(s, r, 16);
      expect(date).toBeInstanceOf(Date);
      expect((date as Date).toISOString().slice(0, 10)).toBe(e.date);
    }
    // XML-escaped text comes back unescaped.
    expect(fx.expected.employees.some((e) => e.unit === "Bidang P&K <Data>")).toBe(true);
  });

  test("the two-row header, its group cell and the nine competency names", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    expect(
      ["No", "Nama", "NIP", "Jabatan", "Eselon", "Unit Kerja"].map((t, c) => [
        t,
        at(s, `${"ABCDEF"[c]}5`),
      ])
    ).toEqual(["No", "Nama", "NIP", "Jabatan", "Eselon", "Unit Kerja"].map((t) => [t, t]));
    expect(at(s, "G5")).toBe("KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL");
    expect(fx.expected.competencies.map((_, j) => gridValue(s, 5, 6 + j))).toEqual(
      fx.expected.competencies
    );
    expect(at(s, "A1")).toBe("HASIL PEMETAAN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL");
  });

  test("merges are the ones written, as 0-based inclusive ranges", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    const expected = fx.expected.merges.map((m) => parseRangeRef(m)!);
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(s.merges.map(key).sort()).toEqual(expected.map(key).sort());
    expect(s.merges).toContainEqual({ top: 4, left: 6, bottom: 4, right: 14 }); // G5:O5, the group cell
    expect(s.merges).toContainEqual({ top: 4, left: 1, bottom: 5, right: 1 }); // B5:B6, "Nama"
  });

  test("rich text joins its runs and leaves out the phonetic reading; line breaks survive", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    expect(gridValue(s, fx.expected.richText.row - 1, 0)).toBe(fx.expected.richText.text);
    expect(gridValue(s, fx.expected.multiline.row - 1, 0)).toBe(fx.expected.multiline.text);
  });

  test("dates, datetimes and times become Dates; look-alike formats stay numbers", () => {
    const s = sheet(wb, "Tanggal");
    for (const d of fx.expected.dates) {
      const v = at(s, d.ref);
      expect(v).toBeInstanceOf(Date);
      const iso = (v as Date).toISOString();
      if (d.kind === "date") expect(iso).toBe(`${d.value}T00:00:00.000Z`);
      else if (d.kind === "datetime") expect(iso).toBe(`${d.value}.000Z`);
      else
        expect(iso.slice(11, 19)).toBe(
          d.value.length === 5 ? `${d.value}:00` : d.value.slice(0, 8)
        );
    }
    for (const n of fx.expected.plainNumbers) expect(at(s, n.ref)).toBe(n.value);
  });

  test("the literal error value and boolean read back", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    const r = fx.expected.errorRow;
    expect(at(s, `I${r}`)).toEqual({ error: "#N/A" });
    expect(at(s, `J${r}`)).toBe(true);
    expect(at(s, `F${r}`)).toBe("Uji galat");
  });

  test("defined names, the table and the other parts are listed", () => {
    expect(wb.info.definedNames.map((d) => d.name).sort()).toEqual(
      [...fx.expected.definedNames].sort()
    );
    expect(wb.info.definedNames.find((d) => d.name === "DaftarKompetensi")?.refersTo).toBe(
      "Referensi!$B$2:$B$10"
    );
    expect(wb.info.contents).toMatchObject({
      charts: 2,
      images: 1,
      comments: 1,
      tables: 1,
      vbaProject: false,
    });
    expect(wb.info.macroEnabled).toBe(false);
    expect(wb.info.date1904).toBe(false);
    const penilaian = wb.info.sheets.find((s) => s.name === "Penilaian")!;
    expect(penilaian).toMatchObject({
      dataValidations: 1,
      conditionalFormats: 1,
      protected: false,
    });
    expect(wb.info.sheets.find((s) => s.name === "Terkunci")?.protected).toBe(true);
    expect(at(sheet(wb, "Terkunci"), "B2")).toBe(42);
    expect(at(sheet(wb, "Referensi"), "B10")).toBe("Perekat Bangsa");
  });
});

describe("kitchen-sink as openpyxl wrote it", () => {
  test("every sheet in workbook order with kind and state; the chart sheet has no grid", () => {
    const wb = readFixture(fx.kitchenSink);
    expect(wb.info.sheets.map((s) => ({ name: s.name, kind: s.kind, state: s.state }))).toEqual(
      fx.expected.sheets
    );
    expect(wb.info.sheets[1]).toMatchObject({ name: "Grafik", kind: "chartsheet", cells: 0 });
    expect(wb.grid.sheets.map((s) => s.name)).toEqual(
      fx.expected.sheets.filter((s) => s.kind !== "chartsheet").map((s) => s.name)
    );
    expect(wb.grid.sheets.map((s) => s.state)).toEqual(
      fx.expected.sheets.filter((s) => s.kind !== "chartsheet").map((s) => s.state)
    );
    expect(sheet(wb, "SangatTersembunyi").state).toBe("veryHidden");
    expect(sheet(wb, "Tersembunyi").state).toBe("hidden");
  });

  test("formulas without a cached value read as null (openpyxl writes an empty <v>)", () => {
    const s = sheet(readFixture(fx.kitchenSink), fx.expected.dataSheet);
    const r = fx.expected.errorRow;
    expect([at(s, `G${r}`), at(s, `H${r}`), at(s, `K${r}`), at(s, `L${r}`)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(at(s, `P${fx.expected.firstDataRow}`)).toBeNull();
  });
});

describe("kitchen-sink re-saved by LibreOffice", () => {
  let wb: ReadWorkbookResult;
  beforeAll(() => {
    wb = readFixture(fx.kitchenSinkLo);
  });

  test("formulas read as LibreOffice's cached values: averages, =NA(), 1/0, a text formula", () => {
    const s = sheet(wb, fx.expected.dataSheet);
    for (const e of fx.expected.employees) {
      expect(gridValue(s, e.row - 1, 15) as number).toBeCloseTo(e.average, 10);
    }
    fx.expected.competencyAverages.forEach((avg, j) => {
      expect(gridValue(s, fx.expected.averageRow - 1, 6 + j) as number).toBeCloseTo(avg, 10);
    });
    const r = fx.expected.errorRow;
    expect(at(s, `G${r}`)).toEqual({ error: "#N/A" });
    expect(at(s, `H${r}`)).toEqual({ error: "#DIV/0!" });
    expect(at(s, `K${r}`)).toBe(`Nama: ${fx.expected.employees[0].name}`);
    expect(at(s, `L${r}`)).toBe(fx.expected.employees[0].scores.reduce((a, b) => a + b, 0));
  });

  test("LibreOffice has no chart sheets or very hidden sheets: they come back as a sheet and as hidden", () => {
    expect(wb.info.sheets.map((s) => s.name)).toEqual(fx.expected.sheets.map((s) => s.name));
    expect(wb.info.sheets.find((s) => s.name === "Grafik")?.kind).toBe("worksheet");
    expect(sheet(wb, "Grafik").rows).toEqual([]);
    expect(sheet(wb, "SangatTersembunyi").state).toBe("hidden");
  });
});

describe("pivot table and macro-enabled workbook (LibreOffice from pivot.fods)", () => {
  test("the pivot's output cells agree with averages and sums computed from its source sheet", () => {
    const wb = readFixture(fx.pivot);
    expect(wb.info.contents.pivotTables).toBe(1);
    expect(wb.info.macroEnabled).toBe(false);
    const data = sheet(wb, "Data");
    const byUnit = new Map<string, number[][]>();
    for (let r = 1; r < data.rows.length; r++) {
      const unit = gridValue(data, r, 1) as string;
      const list = byUnit.get(unit) ?? [];
      list.push([gridValue(data, r, 3) as number, gridValue(data, r, 4) as number]);
      byUnit.set(unit, list);
    }
    expect(byUnit.size).toBe(3);
    const pivot = sheet(wb, "Pivot");
    const rows = pivot.rows.map((_, i) =>
      [0, 1, 2].map((c) => gridValue(pivot, (pivot.origin?.row ?? 0) + i, c))
    );
    for (const [unit, list] of byUnit) {
      const i = rows.findIndex((r) => r[0] === unit);
      expect(i).toBeGreaterThanOrEqual(0);
      const avg = list.reduce((a, v) => a + v[0], 0) / list.length;
      const sum = list.reduce((a, v) => a + v[1], 0);
      expect(rows[i][2] as number).toBeCloseTo(avg, 10); // "Average - Integritas"
      expect(rows[i + 1][2]).toBe(sum); // "Sum - Kerja Sama" on the next row
    }
  });

  test("the .xlsm is macro-enabled and carries its vbaProject part", () => {
    const wb = readFixture(fx.macro);
    expect(wb.info.macroEnabled).toBe(true);
    expect(wb.info.contents.vbaProject).toBe(true);
    expect(at(sheet(wb, "Data"), "A2")).toBe("Ahmad Fauzi");
  });
});

describe("files that are not readable workbooks", () => {
  test("a legacy .xls (BIFF8) is refused with code xls", () => {
    const err = catchRead(fs.readFileSync(fx.legacyXls));
    expect(err.code).toBe("xls");
    expect(err.message).toMatch(/simpan ulang sebagai \.xlsx/i);
  });

  test("a password-protected workbook is refused with code encrypted", () => {
    const err = catchRead(fs.readFileSync(fx.encrypted));
    expect(err.code).toBe("encrypted");
    expect(err.message).toMatch(/kata sandi/);
    expect(err.message).toMatch(/simpan ulang sebagai \.xlsx/i);
  });
});

describe("readWorkbookFile (Node)", () => {
  test("reads a file from disk", async () => {
    const wb = await readWorkbookFile(fx.kitchenSinkLo);
    expect(at(sheet(wb, "Penilaian"), "C7")).toBe(fx.expected.employees[0].nip);
  });

  test("a missing file is not-found, naming the path", async () => {
    const missing = `${fx.dir}/tidak-ada.xlsx`;
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({
      code: "not-found",
      message: expect.stringContaining(missing),
    });
  });

  test("a folder is unreadable", async () => {
    await expect(readWorkbookFile(fx.dir)).rejects.toMatchObject({ code: "unreadable" });
  });
});

function catchRead(bytes: Uint8Array): WorkbookReadError {
  try {
    readWorkbook(new Uint8Array(bytes));
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookReadError");
}
