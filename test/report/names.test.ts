// Excel's naming rules for new sheets and tables, as both writers apply them (through lowering).
import {
  legalSheetName,
  legalTableName,
  looksLikeReference,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/report/names";

describe("sheet names", () => {
  test("case-insensitive clash, numbering, 31 characters, forbidden characters", () => {
    expect(uniqueSheetName("Rekap", ["Data"])).toBe("Rekap");
    expect(uniqueSheetName("Rekap", ["REKAP", "rekap (2)"])).toBe("Rekap (3)");
    const long = "Rencana Pengembangan Kompetensi 2026";
    expect(uniqueSheetName(long, [])).toBe("Rencana Pengembangan Kompetensi");
    expect(uniqueSheetName(long, ["Rencana Pengembangan Kompetensi"])).toBe(
      "Rencana Pengembangan Kompet (2)"
    );
    expect("Rencana Pengembangan Kompet (2)").toHaveLength(31);
    expect(uniqueSheetName("Rekap 1/2: [draf]?", [])).toBe("Rekap 1-2- -draf--");
    expect(uniqueSheetName("a\\b*c", [])).toBe("a-b-c");
    expect(uniqueSheetName("'Rekap'", [])).toBe("Rekap");
    expect(uniqueSheetName("", [])).toBe("Laporan");
    expect(uniqueSheetName("'''", [])).toBe("Laporan");
  });

  test("non-ASCII letters stay, and clash without case beyond ASCII", () => {
    expect(legalSheetName("Ümum")).toBe("Ümum");
    expect(uniqueSheetName("Ümum", ["ümum"])).toBe("Ümum (2)");
    expect(uniqueSheetName("Rekap ☕ 😀", [])).toBe("Rekap ☕ 😀");
  });

  test("'History' is reserved in any case; the name keeps its own case", () => {
    expect(legalSheetName("history")).toBe("history (laporan)");
    expect(legalSheetName("HISTORY")).toBe("HISTORY (laporan)");
    expect(legalSheetName("History 2")).toBe("History 2");
  });

  test("a cut never leaves half a surrogate pair nor an apostrophe at the end", () => {
    const name = `${"x".repeat(30)}😀`;
    expect(legalSheetName(name)).toBe("x".repeat(30));
    expect(legalSheetName(`${"y".repeat(30)}'z`)).toBe("y".repeat(30));
  });
});

describe("table names", () => {
  test("one rule: T_ before a name that does not start with a letter, _ or \\, or reads as a reference", () => {
    expect(legalTableName("Rencana 2026")).toBe("Rencana_2026");
    expect(legalTableName("1_Tabel")).toBe("T_1_Tabel");
    expect(legalTableName("2026Rekap")).toBe("T_2026Rekap");
    expect(legalTableName("AB12")).toBe("T_AB12");
    expect(legalTableName("R1C1")).toBe("T_R1C1");
    expect(legalTableName("c")).toBe("T_c");
    expect(legalTableName("_x")).toBe("_x");
    expect(legalTableName("Ümum")).toBe("Umum");
    expect(legalTableName("数据")).toBe("__");
    expect(legalTableName("")).toBe("Tabel");
    expect(legalTableName("x".repeat(300))).toHaveLength(255);
  });

  test("references look-alikes", () => {
    for (const s of ["A1", "xfd1048576", "R", "C", "R1", "C7", "RC", "R1C", "rc2"])
      expect([s, looksLikeReference(s)]).toEqual([s, true]);
    for (const s of ["ABCD1", "Tabel1x", "Rekap", "R1C1x"])
      expect([s, looksLikeReference(s)]).toEqual([s, false]);
  });

  test("unique across the workbook's tables and names, without case", () => {
    expect(uniqueTableName("Rekap", ["REKAP", "rekap_2"])).toBe("Rekap_3");
    expect(uniqueTableName("x".repeat(300), ["x".repeat(255)])).toBe(`${"x".repeat(253)}_2`);
  });
});
