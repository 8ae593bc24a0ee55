// A new workbook package holding one sheet of values: the data of a CSV input, so that the output is an
// .xlsx with the data sheet and (added by addReportSheets like to any workbook) the report sheets.
// Numbers are numbers; text is inline text in a cell formatted as Text ("@"), so that an 18-digit NIP is
// neither turned into a float nor flagged by Excel when the cell is edited.
import type { SheetGrid } from "../../skj/types";
import { columnLetter } from "../../skj/text";
import { NS_CONTENT_TYPES, NS_PACKAGE_RELS } from "../opc/package";
import { escapeAttr, escapeText, Utf8Sink } from "../opc/xml";
import { type Compression, type CompressedEntry, EntryWriter, zipEntries } from "../opc/zip";
import { CT, TRANSITIONAL } from "./conformance";

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;
const MAIN_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const SST_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Style 0 is General, style 1 Text (number format 49, "@"), style 2 percent with two decimals (format 10). */
function stylesXml(): string {
  const c = TRANSITIONAL;
  return (
    `${XML_DECL}<styleSheet xmlns="${c.main}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
  );
}

/** Column widths from the longest value (in characters), within Excel's usual range. */
function colsXml(sheet: SheetGrid): string {
  const widths: number[] = [];
  for (const row of sheet.rows.slice(0, 2000)) {
    row.forEach((v, c) => {
      if (v === null) return;
      const len =
        typeof v === "string" ? Math.max(...v.split("\n").map((l) => l.length)) : String(v).length;
      widths[c] = Math.max(widths[c] ?? 0, len);
    });
  }
  const cols = widths
    .map((w, c) =>
      w === undefined
        ? ""
        : `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(8, w + 2))}" customWidth="1"/>`
    )
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** Text cells go through a shared-strings table: a column of repeated grades or units is written once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;
  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  write(sink: Utf8Sink): void {
    sink.write(
      `${XML_DECL}<sst xmlns="${TRANSITIONAL.main}" count="${this.count}" uniqueCount="${this.list.length}">`
    );
    for (const t of this.list) {
      // Leading or trailing spaces and line breaks are kept only with xml:space="preserve".
      sink.write(/^\s|\s$|\n/.test(t) ? `<si><t xml:space="preserve">` : `<si><t>`);
      sink.text(t);
      sink.write(`</t></si>`);
    }
    sink.write(`</sst>`);
  }
}

function writeSheet(
  sink: Utf8Sink,
  sheet: SheetGrid,
  percentCells: ReadonlySet<string>,
  strings: SharedStrings
): void {
  const c = TRANSITIONAL;
  sink.write(
    `${XML_DECL}<worksheet xmlns="${c.main}" xmlns:r="${c.rels}">${colsXml(sheet)}<sheetData>`
  );
  const letters: string[] = [];
  sheet.rows.forEach((row, r) => {
    let open = false;
    row.forEach((v, col) => {
      if (v === null) return;
      if (typeof v === "number" && !Number.isFinite(v)) return;
      if (!open) {
        sink.write(`<row r="${r + 1}">`);
        open = true;
      }
      const ref = `${(letters[col] ??= columnLetter(col))}${r + 1}`;
      if (typeof v === "number") {
        const percent = percentCells.size > 0 && percentCells.has(`${r},${col}`);
        sink.write(`<c r="${ref}"${percent ? ` s="2"` : ""}><v>${v}</v></c>`);
      } else if (typeof v === "boolean") {
        sink.write(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      } else if (typeof v === "object" && !(v instanceof Date)) {
        sink.write(`<c r="${ref}" t="e"><v>${escapeText(v.error)}</v></c>`);
      } else {
        const text = (v instanceof Date ? v.toISOString().slice(0, 10) : v).slice(0, MAX_CELL_TEXT);
        sink.write(`<c r="${ref}" s="1" t="s"><v>${strings.of(text)}</v></c>`);
      }
    });
    if (open) sink.write(`</row>`);
  });
  sink.write(`</sheetData></worksheet>`);
}

/** A part written through a sink, compressed as it grows (as the report writer does). */
function part(
  name: string,
  compression: Compression,
  write: (sink: Utf8Sink) => void
): { name: string; data: Uint8Array | CompressedEntry } {
  const entry = new EntryWriter(name, compression);
  const sink = new Utf8Sink((bytes) => entry.push(bytes));
  write(sink);
  sink.end();
  return { name, data: entry.finish() };
}

export interface GridWorkbookOptions {
  /** Cells ("row,col", 0-based in the grid) whose numbers are shown as percentages. */
  percentCells?: ReadonlySet<string>;
  compression?: Compression;
}

/**
 * The workbook-level parts of a package written here: content types, the root and workbook relationships, the
 * workbook with its `<sheets>` element, and the styles. `parts` are the other parts with their content type and
 * relationship type, related from the workbook as rId1, rId2… in that order (the styles last).
 */
function workbookParts(
  sheetsXml: string,
  parts: readonly { path: string; contentType: string; relType: string }[]
): { name: string; data: Uint8Array }[] {
  const c = TRANSITIONAL;
  const related = [...parts, { path: "styles.xml", contentType: CT.styles, relType: "styles" }];
  const contentTypes =
    `${XML_DECL}<Types xmlns="${NS_CONTENT_TYPES}">` +
    `<Default Extension="rels" ContentType="${CT.relationships}"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${MAIN_CT}"/>` +
    related
      .map((x) => `<Override PartName="/xl/${x.path}" ContentType="${x.contentType}"/>`)
      .join("") +
    `</Types>`;
  const rootRels =
    `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${c.relType("officeDocument")}" Target="xl/workbook.xml"/>` +
    `</Relationships>`;
  const workbook =
    `${XML_DECL}<workbook xmlns="${c.main}" xmlns:r="${c.rels}">` +
    `<bookViews><workbookView/></bookViews>${sheetsXml}</workbook>`;
  const workbookRels =
    `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
    related
      .map(
        (x, i) =>
          `<Relationship Id="rId${i + 1}" Type="${c.relType(x.relType)}" Target="${x.path}"/>`
      )
      .join("") +
    `</Relationships>`;
  return [
    { name: "[Content_Types].xml", data: utf8(contentTypes) },
    { name: "_rels/.rels", data: utf8(rootRels) },
    { name: "xl/workbook.xml", data: utf8(workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: utf8(workbookRels) },
    { name: "xl/styles.xml", data: utf8(stylesXml()) },
  ];
}

/**
 * An .xlsx package with a workbook, styles and no sheet yet: the base that addReportSheets fills when the
 * output is a new workbook of the product's own sheets (the entry template).
 */
export function emptyWorkbook(): Uint8Array {
  return zipEntries(workbookParts("<sheets/>", []), {});
}

/** An .xlsx package whose only sheet holds `sheet`'s values (its origin and merges are not used). */
export function workbookOfSheet(sheet: SheetGrid, options: GridWorkbookOptions = {}): Uint8Array {
  const level = workbookParts(
    `<sheets><sheet name="${escapeAttr(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>`,
    [
      { path: "worksheets/sheet1.xml", contentType: CT.worksheet, relType: "worksheet" },
      { path: "sharedStrings.xml", contentType: SST_CT, relType: "sharedStrings" },
    ]
  );
  const compression = options.compression ?? {};
  const strings = new SharedStrings();
  // The sheet first: it fills the shared strings.
  const sheetPart = part("xl/worksheets/sheet1.xml", compression, (sink) =>
    writeSheet(sink, sheet, options.percentCells ?? new Set(), strings)
  );
  return zipEntries(
    [...level, sheetPart, part("xl/sharedStrings.xml", compression, (sink) => strings.write(sink))],
    compression
  );
}
