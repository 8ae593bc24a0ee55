import {
  cleanTableName,
  columnLetters,
  uniqueSheetName,
  uniqueTableName,
} from "../../../src/file/package/refs";

test("column letters", () => {
  expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "ZZ",
    "AAA",
    "XFD",
  ]);
});

test("sheet names: case-insensitive clash, numbering, 31 characters, forbidden characters", () => {
  expect(uniqueSheetName("Rekap", ["Data"])).toBe("Rekap");
  expect(uniqueSheetName("Rekap", ["REKAP", "rekap (2)"])).toBe("Rekap (3)");
  const long = "Rencana Pengembangan Kompetensi 2026";
  expect(uniqueSheetName(long, [])).toBe("Rencana Pengembangan Kompetensi");
  expect(uniqueSheetName(long, ["Rencana Pengembangan Kompetensi"])).toBe(
    "Rencana Pengembangan Kompet (2)"
  );
  expect("Rencana Pengembangan Kompet (2)").toHaveLength(31);
  expect(uniqueSheetName("Rekap 1/2: [draf]?", [])).toBe("Rekap 1-2- -draf--");
  expect(uniqueSheetName("'Rekap'", [])).toBe("Rekap");
  expect(uniqueSheetName("", [])).toBe("Laporan");
});

test("table names: valid characters, not a cell reference, unique across the workbook", () => {
  expect(cleanTableName("Rencana 2026")).toBe("Rencana_2026");
  expect(cleanTableName("2026Rekap")).toBe("_2026Rekap");
  expect(cleanTableName("AB12")).toBe("T_AB12");
  expect(cleanTableName("R1C1")).toBe("T_R1C1");
  expect(uniqueTableName("Rekap", new Set(["REKAP", "REKAP_2"]))).toBe("Rekap_3");
});
