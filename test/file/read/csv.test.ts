// CSV exports as agencies have them, read into the grid the .xlsx reader gives and into a new one-sheet
// workbook: separators sniffed with quotes respected, decimal comma or point, BOM, Windows-1252, NIPs as text.
import {
  decodeCsvText,
  fieldValue,
  readCsv,
  sheetNameOf,
  sniffSeparator,
  splitRecords,
} from "../../../src/file/read/csv";
import { isDelimitedText, readInput } from "../../../src/file/read/input";
import { readWorkbook } from "../../../src/file/read/readWorkbook";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** Latin-1 bytes of a string whose characters are all below U+0100 (what a Windows-1252 export holds). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("bytes to text", () => {
  test("UTF-8 with and without a BOM", () => {
    expect(decodeCsvText(Uint8Array.from([...BOM, ...utf8("Nama;NIP\r\nJosé;1")]))).toEqual({
      text: "Nama;NIP\r\nJosé;1",
      encoding: "utf-8",
      bom: true,
    });
    expect(decodeCsvText(utf8("Muñoz")).encoding).toBe("utf-8");
  });

  test("bytes that are not UTF-8 are Windows-1252, with its own characters at 0x80–0x9F", () => {
    const bytes = Uint8Array.from([...latin1("Andr\xe9 Mu\xf1oz "), 0x80, 0x93, 0x94]);
    expect(decodeCsvText(bytes)).toEqual({
      text: "André Muñoz €“”",
      encoding: "windows-1252",
      bom: false,
    });
  });

  test("UTF-16 with a BOM (Excel's Unicode text)", () => {
    const text = "Nama\tNIP\r\nSiti\t1";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeCsvText(bytes)).toEqual({ text, encoding: "utf-16le", bom: true });
  });
});

describe("text to records", () => {
  test("quotes hold separators, doubled quotes and line breaks; CRLF, LF and CR end records", () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"multi\r\nline";2\n3;4\r5;6\r\n';
    expect(splitRecords(text, ";")).toEqual([
      ["a", "b;c", 'say "hi"'],
      ["multi\nline", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  test("an empty last field and an empty line are kept as such", () => {
    expect(splitRecords("a,b,\n\nc", ",")).toEqual([["a", "b", ""], [""], ["c"]]);
  });

  test("the separator is the one that splits the records consistently", () => {
    // Decimal commas in a semicolon file: commas split the data rows but not the header.
    expect(sniffSeparator("NIP;Nama;INT;KS\n1;Ani;2,5;3\n2;Budi;3;2,5\n")).toBe(";");
    expect(sniffSeparator('NIP,Nama,INT,KS\n1,Ani,2.5,3\n2,"Budi; S",3,2.5\n')).toBe(",");
    expect(sniffSeparator("NIP\tNama\tINT\n1\tAni, S.E.\t3\n")).toBe("\t");
    // A quoted name with semicolons does not make ";" the separator of a comma file.
    expect(
      sniffSeparator('NIP,Nama,Jabatan\n1,"A; B; C","X; Y"\n2,"D; E; F","Z; W"\n3,G,H\n')
    ).toBe(",");
  });
});

describe("fields to values", () => {
  test("decimal comma and point, grouping, percentages", () => {
    expect(fieldValue("3,5", ",")).toBe(3.5);
    expect(fieldValue("3.5", ",")).toBe(3.5);
    expect(fieldValue("1.234,5", ",")).toBe(1234.5);
    expect(fieldValue("3.5", ".")).toBe(3.5);
    expect(fieldValue("1,234.5", ".")).toBe(1234.5);
    expect(fieldValue("87,5%", ",")).toBe(0.875);
    expect(fieldValue("-2", ",")).toBe(-2);
    expect(fieldValue(" 4 ", ",")).toBe(4);
  });

  test("NIPs and other identifiers stay text, never floats", () => {
    expect(fieldValue("'198501012010011001", ",")).toBe("198501012010011001");
    expect(fieldValue("198501012010011001", ",")).toBe("198501012010011001");
    expect(fieldValue("060012345", ",")).toBe("060012345");
    expect(fieldValue('="0012"', ",")).toBe("0012");
    expect(fieldValue("19850101 201001 1 001", ",")).toBe("19850101 201001 1 001");
    expect(fieldValue("+6281234567890", ",")).toBe("+6281234567890");
    // Shorter numbers are numbers (a budget in rupiah, a year).
    expect(fieldValue("15000000", ",")).toBe(15000000);
  });

  test("text stays as written; blanks are empty", () => {
    expect(fieldValue("III.a", ",")).toBe("III.a");
    expect(fieldValue("=SUM(A1)", ",")).toBe("=SUM(A1)");
    expect(fieldValue("3,5,1", ",")).toBe("3,5,1");
    expect(fieldValue("", ",")).toBeNull();
    expect(fieldValue("   ", ",")).toBeNull();
    expect(fieldValue("'", ",")).toBeNull();
  });
});

test("sheet names from file names follow Excel's rules", () => {
  expect(sheetNameOf("/tmp/x/Hasil Asesmen 2026.csv")).toBe("Hasil Asesmen 2026");
  expect(sheetNameOf("C:\\data\\a[1]:b?.csv")).toBe("a_1__b_");
  expect(sheetNameOf("sangat panjang sekali nama berkas ekspor dari simpeg.csv")).toHaveLength(31);
  expect(sheetNameOf(".csv")).toBe("Data");
});

test("an Indonesian-locale export: BOM, semicolons, decimal commas, apostrophe NIPs, a quoted line break", () => {
  const text =
    "NIP;Nama;Jabatan;INT;JPM\r\n" +
    '\'198501012010011001;José;"Kepala Bidang\r\nMutasi";2,5;88,89%\r\n' +
    "198602022011012002;Budi;Analis;3;75%\r\n";
  const read = readCsv(Uint8Array.from([...BOM, ...utf8(text)]), "ekspor simpeg.csv");
  expect(read.csv).toEqual({ separator: ";", decimal: ",", encoding: "utf-8", bom: true });
  expect(read.grid.sheets).toHaveLength(1);
  const sheet = read.grid.sheets[0];
  expect(sheet.name).toBe("ekspor simpeg");
  expect(sheet.rows).toEqual([
    ["NIP", "Nama", "Jabatan", "INT", "JPM"],
    ["198501012010011001", "José", "Kepala Bidang\nMutasi", 2.5, 0.8889],
    ["198602022011012002", "Budi", "Analis", 3, 0.75],
  ]);

  // The package holds the same values, read back by the workbook reader: NIPs still text.
  const back = readWorkbook(read.package.zip.bytes);
  expect(back.grid.sheets.map((s) => s.name)).toEqual(["ekspor simpeg"]);
  expect(back.grid.sheets[0].rows).toEqual(sheet.rows);
});

test("readInput: a .csv is read as text, a zip is a workbook whatever its name", () => {
  const csv = utf8("a,b\n1,2\n");
  expect(isDelimitedText(csv, "data.csv")).toBe(true);
  expect(isDelimitedText(csv, "data.xlsx")).toBe(false);
  expect(readInput(csv, "data.csv").csv?.separator).toBe(",");
  const xlsx = readCsv(csv, "data.csv").package.zip.bytes;
  expect(isDelimitedText(xlsx, "renamed.csv")).toBe(false);
  expect(readInput(xlsx, "renamed.csv").grid.sheets[0].rows).toEqual([
    ["a", "b"],
    [1, 2],
  ]);
  // CSV bytes under an Excel name are still refused by the workbook reader.
  expect(() => readInput(csv, "data.xlsx")).toThrow();
});

test("a Windows-1252 export keeps its accented names", () => {
  const read = readCsv(latin1("Nama;Nilai\r\nAndr\xe9 Mu\xf1oz;3,5\r\n"), "lama.csv");
  expect(read.csv.encoding).toBe("windows-1252");
  expect(read.grid.sheets[0].rows[1]).toEqual(["André Muñoz", 3.5]);
});
