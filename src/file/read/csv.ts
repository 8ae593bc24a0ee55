// A CSV (or tab-separated) export read as a one-sheet workbook: the same grid the .xlsx reader gives, plus a
// new package holding that sheet, so the report sheets are added to it exactly as to an opened workbook.
// Exports as agencies have them: Excel in an Indonesian locale writes ";" with decimal commas, often a BOM,
// NIPs with a leading apostrophe; older systems write Windows-1252. Browser-, Worker- and Node-safe.
import type { CellValue, SheetGrid } from "../../skj/types";
import { msg } from "../../skj/messages";
import { WorkbookReadError } from "../opc/errors";
import { openPackage } from "../opc/package";
import type { Compression } from "../opc/zip";
import { workbookOfSheet } from "../package/gridWorkbook";
import {
  DEFAULT_MAX_CELLS,
  noContents,
  ReadWorkbookOptions,
  ReadWorkbookResult,
} from "./readWorkbook";

export type CsvSeparator = "," | ";" | "\t" | "|";
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface CsvFormat {
  separator: CsvSeparator;
  decimal: "," | ".";
  encoding: CsvEncoding;
  bom: boolean;
}

export interface CsvReadOptions extends ReadWorkbookOptions {
  /** Compression for the new workbook (the CLI passes Node's zlib). */
  compression?: Compression;
}

export interface CsvReadResult extends ReadWorkbookResult {
  csv: CsvFormat;
}

/** File names read as delimited text. */
export function isDelimitedTextName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes to text.

/** Windows-1252 at 0x80–0x9F (the rest of the byte range is Latin-1); undefined bytes map to themselves. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decoded by hand: not every runtime's TextDecoder knows windows-1252 (Node built with small ICU). */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

export function decodeCsvText(bytes: Uint8Array): {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM says UTF-8; bytes that are not are replaced rather than guessed at.
    return {
      text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
      encoding: "utf-8",
      bom: true,
    };
  }
  // Excel's "Unicode Text" is UTF-16 with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      bom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      bom: false,
    };
  } catch {
    // Not valid UTF-8: an older export in the Windows code page ("Andrés", "Muñoz").
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", bom: false };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Text to fields.

const SEPARATORS: readonly CsvSeparator[] = ["\t", ";", ",", "|"];
/** Records looked at to choose the separator. */
const SNIFF_RECORDS = 200;

/**
 * Splits delimited text into records of raw fields (RFC 4180: quotes double inside quoted fields, which
 * may hold separators and line breaks; CRLF, LF or CR end a record). `limit` stops early (for sniffing).
 */
export function splitRecords(text: string, separator: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  const sepCode = separator.charCodeAt(0);
  while (i <= n && records.length < limit) {
    // One field.
    let value = "";
    if (text.charCodeAt(i) === 34 /* " */) {
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          // An unclosed quote takes the rest of the file, as Excel does.
          value += text.slice(start);
          i = n;
          break;
        }
        value += text.slice(start, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
          start = i;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the separator belongs to the field (a sloppy export).
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sepCode || c === 10 || c === 13) break;
        j++;
      }
      value += text.slice(i, j);
      i = j;
      value = value.replace(/\r\n?/g, "\n");
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sepCode || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    record.push(value);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sepCode) {
      i++;
      continue;
    }
    // End of record.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  // A final line break does not start another (empty) record.
  return records;
}

/**
 * The separator that splits the first records most consistently into more than one field: the share of
 * records with the most common field count, then more fields; quotes are respected, so "3,5" in a
 * semicolon file is not a split.
 */
export function sniffSeparator(text: string): CsvSeparator {
  let best: { sep: CsvSeparator; share: number; width: number } | null = null;
  for (const sep of SEPARATORS) {
    const records = splitRecords(text, sep, SNIFF_RECORDS).filter(
      (r) => r.length > 1 || r[0].trim() !== ""
    );
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 1;
    let often = 0;
    for (const [w, k] of counts)
      if (w > 1 && (k > often || (k === often && w > width))) {
        width = w;
        often = k;
      }
    if (width < 2) continue;
    const share = often / records.length;
    if (
      !best ||
      share > best.share + 1e-9 ||
      (Math.abs(share - best.share) <= 1e-9 && width > best.width)
    )
      best = { sep, share, width };
  }
  return best?.sep ?? ",";
}

// ---------------------------------------------------------------------------------------------------------------
// Fields to values.

const COMMA_DECIMAL = /^[+-]?\d+,\d+%?$/;
const POINT_DECIMAL = /^[+-]?\d+\.\d+%?$/;

/** The decimal mark the numbers of the file use: the more frequent one, else what the separator implies. */
function sniffDecimal(records: string[][], separator: CsvSeparator): "," | "." {
  let comma = 0;
  let point = 0;
  for (const r of records.slice(0, 2000)) {
    for (const f of r) {
      const v = f.trim();
      if (COMMA_DECIMAL.test(v)) comma++;
      else if (POINT_DECIMAL.test(v)) point++;
    }
  }
  if (comma !== point) return comma > point ? "," : ".";
  return separator === "," ? "." : ",";
}

const PLAIN_COMMA = /^[+-]?(\d+)(,\d+)?$/;
const PLAIN_POINT = /^[+-]?(\d+)(\.\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SIGNED_DIGITS = /^[+-]?(\d+)$/;

/** Digit strings this long are identifiers (NIP 18 digits, old NIP 9, NIK 16, phone numbers), never numbers. */
const ID_DIGITS = 9;

/**
 * A field's value as Excel would show it, except that identifiers stay text: "'1985…" and long digit
 * strings are text (a float would lose an 18-digit NIP's last digits), numbers with the file's decimal
 * mark (and thousands grouping) are numbers, "87,5%" is 0.875, anything else is text as written.
 */
export function fieldValue(raw: string, decimal: "," | "."): CellValue {
  if (raw === "") return null;
  // Most fields are words: nothing below can make a number or an identifier of them.
  const first = raw.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return raw;
  // Excel's mark for "keep this as text".
  if (raw.startsWith("'")) return raw.length > 1 ? raw.slice(1) : null;
  const t = raw.trim();
  if (t === "") return null;
  // Excel's ="0123" to keep leading zeros.
  const kept = /^="(.*)"$/.exec(t);
  if (kept) return kept[1];
  const digits = SIGNED_DIGITS.exec(t)?.[1];
  if (digits && (digits.length >= ID_DIGITS || (digits.length > 1 && digits.startsWith("0"))))
    return t;
  if (digits) return Number(t);
  const percent = t.endsWith("%");
  const body = percent ? t.slice(0, -1).trimEnd() : t;
  const group = decimal === "," ? "." : ",";
  const plain = decimal === "," ? PLAIN_COMMA : PLAIN_POINT;
  const grouped = decimal === "," ? GROUPED_COMMA : GROUPED_POINT;
  let text: string | undefined;
  if (plain.test(body)) text = body.replace(decimal, ".");
  else if (grouped.test(body)) text = body.split(group).join("").replace(decimal, ".");
  // A point decimal in a decimal-comma file ("3.5" typed by hand) is still a number.
  else if (decimal === "," && /^[+-]?\d+\.\d+$/.test(body)) text = body;
  if (text === undefined) return raw;
  const n = Number(text);
  if (!Number.isFinite(n)) return raw;
  // 83,33% is 0.8333, not 0.8332999999999999.
  return percent ? Number((n / 100).toPrecision(15)) : n;
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook.

/** The base of a file name as an Excel sheet name (31 characters, none of []:*?/\, not blank). */
export function sheetNameOf(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[^.]*$/, "")
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  const name = base.slice(0, 31).trim();
  return name === "" || name.toLowerCase() === "history" ? "Data" : name;
}

export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  options: CsvReadOptions = {}
): CsvReadResult {
  const progress = options.onProgress ?? (() => {});
  const decoded = decodeCsvText(bytes);
  let text = decoded.text;
  // Excel understands a first line "sep=;" naming the separator.
  const declared = /^sep=(.)\r?\n/i.exec(text);
  if (declared) text = text.slice(declared[0].length);
  const separator =
    declared && (SEPARATORS as readonly string[]).includes(declared[1])
      ? (declared[1] as CsvSeparator)
      : sniffSeparator(text);
  progress(0.2);
  const records = splitRecords(text, separator);
  const decimal = sniffDecimal(records, separator);
  progress(0.5);

  const limit = options.maxCells ?? DEFAULT_MAX_CELLS;
  let cells = 0;
  // Cells written as percentages keep a percent format in the new workbook (83,33% rather than 0.8333).
  const percentCells = new Set<string>();
  const rows: CellValue[][] = records.map((record, r) => {
    const row = record.map((f, c) => {
      const v = fieldValue(f, decimal);
      if (typeof v === "number" && f.trimEnd().endsWith("%")) percentCells.add(`${r},${c}`);
      return v;
    });
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    cells += row.length;
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const name = sheetNameOf(fileName);
  if (cells > limit || rows.length > 1_048_576 || rows.some((r) => r.length > 16_384)) {
    throw new WorkbookReadError("too-large", {
      found: msg("found-too-many-cells", { limit, sheet: name }),
      detail: `CSV of ${rows.length} rows and ${cells} cells`,
    });
  }
  const grid: SheetGrid = { name, rows, merges: [], state: "visible" };
  const pkgBytes = workbookOfSheet(grid, {
    percentCells,
    ...(options.compression ? { compression: options.compression } : {}),
  });
  progress(0.9);
  const pkg = openPackage(pkgBytes);
  progress(1);
  return {
    grid: { sheets: [grid] },
    info: {
      sheets: [
        {
          name,
          kind: "worksheet",
          state: "visible",
          part: "xl/worksheets/sheet1.xml",
          cells,
          protected: false,
          dataValidations: 0,
          conditionalFormats: 0,
        },
      ],
      macroEnabled: false,
      date1904: false,
      strict: false,
      definedNames: [],
      contents: noContents(),
      workbookPart: "xl/workbook.xml",
    },
    package: pkg,
    csv: { separator, decimal, encoding: decoded.encoding, bom: decoded.bom },
  };
}
