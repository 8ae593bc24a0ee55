// Date detection from number formats and serial-number conversion.
import {
  isBuiltinDateFormat,
  isDateFormatCode,
  parseIsoDate,
  serialToDate,
} from "../../../src/file/read/numFmt";
import { parseCellRef, parseRangeRef, columnLetters } from "../../../src/file/read/refs";
import { decodeOoxmlEscapes, decodeEntities } from "../../../src/file/opc/xmlScan";

describe("isDateFormatCode", () => {
  test.each([
    "dd/mm/yyyy",
    "DD/MM/YYYY",
    "d mmmm yyyy",
    "[$-421]dd mmmm yyyy;@",
    "yyyy-mm-dd hh:mm:ss",
    "h:mm AM/PM",
    "[h]:mm:ss",
    "[mm]",
    'd "hari" mmm',
    "[Blue]dd/mm/yy",
  ])("%s is a date or time", (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  test.each([
    "General",
    "0.00",
    '0.0 "hari"',
    '#,##0 "jam dan menit"',
    "[Red]0;[Blue]-0",
    "[$Rp-421] #,##0",
    "0%",
    "0.00E+00",
    "@",
    "\\d0",
    "_(* #,##0_)",
    '[>=100]"besar";"kecil"',
  ])("%s is not a date", (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });

  test("built-in ids 14-22 and 45-47 are dates, others not", () => {
    const dates = Array.from({ length: 200 }, (_, i) => i).filter(isBuiltinDateFormat);
    expect(dates).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
  });
});

describe("serialToDate", () => {
  test("1900 system, including Excel's phantom 29 February 1900", () => {
    expect(serialToDate(1, false)!.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(serialToDate(59, false)!.toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(serialToDate(61, false)!.toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(serialToDate(45730, false)!.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(serialToDate(45730.75, false)!.toISOString()).toBe("2025-03-14T18:00:00.000Z");
  });

  test("1904 system", () => {
    expect(serialToDate(0, true)!.toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialToDate(44268, true)!.toISOString()).toBe("2025-03-14T00:00:00.000Z");
  });

  test("times round to the millisecond; out-of-range serials are not dates", () => {
    expect(serialToDate(45730 + 1 / 3, false)!.toISOString()).toBe("2025-03-14T08:00:00.000Z");
    expect(serialToDate(-1, false)).toBeNull();
    expect(serialToDate(3e6, false)).toBeNull();
    expect(serialToDate(NaN, false)).toBeNull();
  });
});

describe("parseIsoDate", () => {
  test("dates, datetimes, fractions, zone suffixes and bare times", () => {
    expect(parseIsoDate("2025-03-14")!.toISOString()).toBe("2025-03-14T00:00:00.000Z");
    expect(parseIsoDate("2025-03-14T07:05:09Z")!.toISOString()).toBe("2025-03-14T07:05:09.000Z");
    expect(parseIsoDate("2025-03-14T07:05:09+07:00")!.toISOString()).toBe(
      "2025-03-14T07:05:09.000Z"
    );
    expect(parseIsoDate("08:30:00")!.toISOString()).toBe("1899-12-31T08:30:00.000Z");
    expect(parseIsoDate("2025-02-30")).toBeNull();
    expect(parseIsoDate("kemarin")).toBeNull();
  });
});

describe("references and escapes", () => {
  test("A1 references in and out of Excel's grid", () => {
    expect(parseCellRef("A1")).toEqual({ row: 0, col: 0 });
    expect(parseCellRef("$XFD$1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellRef("XFE1")).toBeNull();
    expect(parseCellRef("A1048577")).toBeNull();
    expect(parseCellRef("A")).toBeNull();
    expect(parseRangeRef("C2:A1")).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  test("OOXML _xHHHH_ escapes and XML entities", () => {
    expect(decodeOoxmlEscapes("a_x000D__x000A_b_x005F_x0041_")).toBe("a\r\nb_x0041_");
    expect(decodeEntities("&lt;&#65;&#x42;&amp;&quot;&apos;&gt;")).toBe("<AB&\"'>");
    expect(() => decodeEntities("&copy;")).toThrow(/unknown entity/);
    expect(() => decodeEntities("a & b")).toThrow();
  });
});
