// A new workbook package holding one sheet of values: the data of a CSV input, so that the output is an
// .xlsx with the data sheet and (added by addReportSheets like to any workbook) the report sheets.
// Numbers are numbers; text is inline text in a cell formatted as Text ("@"), so that an 18-digit NIP is
// neither turned into a float nor flagged by Excel when the cell is edited.
import type { CellValue, SheetGrid } from "../../skj/types";
import { columnLetter } from "../../skj/text";
import { NS_CONTENT_TYPES, NS_PACKAGE_RELS } from "../opc/package";
import { escapeAttr, escapeText, ooxmlString } from "../opc/xml";
import { type Compression, zipEntries } from "../opc/zip";
import { CT, TRANSITIONAL } from "./conformance";

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;
const MAIN_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

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

function cellXml(ref: string, v: CellValue, percent: boolean): string {
  if (v === null) return "";
  if (typeof v === "number") {
    return Number.isFinite(v) ? `<c r="${ref}"${percent ? ` s="2"` : ""}><v>${v}</v></c>` : "";
  }
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "object" && !(v instanceof Date)) {
    return `<c r="${ref}" t="e"><v>${escapeText(v.error)}</v></c>`;
  }
  const text = (v instanceof Date ? v.toISOString().slice(0, 10) : v).slice(0, MAX_CELL_TEXT);
  return `<c r="${ref}" s="1" t="inlineStr"><is><t xml:space="preserve">${escapeText(ooxmlString(text))}</t></is></c>`;
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

function sheetXml(sheet: SheetGrid, percentCells: ReadonlySet<string>): string {
  const c = TRANSITIONAL;
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells = row
      .map((v, col) => cellXml(`${columnLetter(col)}${r + 1}`, v, percentCells.has(`${r},${col}`)))
      .join("");
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  return (
    `${XML_DECL}<worksheet xmlns="${c.main}" xmlns:r="${c.rels}">` +
    `${colsXml(sheet)}<sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}

export interface GridWorkbookOptions {
  /** Cells ("row,col", 0-based in the grid) whose numbers are shown as percentages. */
  percentCells?: ReadonlySet<string>;
  compression?: Compression;
}

/** An .xlsx package whose only sheet holds `sheet`'s values (its origin and merges are not used). */
export function workbookOfSheet(sheet: SheetGrid, options: GridWorkbookOptions = {}): Uint8Array {
  const c = TRANSITIONAL;
  const contentTypes =
    `${XML_DECL}<Types xmlns="${NS_CONTENT_TYPES}">` +
    `<Default Extension="rels" ContentType="${CT.relationships}"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${MAIN_CT}"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.worksheet}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/></Types>`;
  const rootRels =
    `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${c.relType("officeDocument")}" Target="xl/workbook.xml"/>` +
    `</Relationships>`;
  const workbook =
    `${XML_DECL}<workbook xmlns="${c.main}" xmlns:r="${c.rels}">` +
    `<bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${escapeAttr(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels =
    `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${c.relType("worksheet")}" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${c.relType("styles")}" Target="styles.xml"/>` +
    `</Relationships>`;
  return zipEntries(
    [
      { name: "[Content_Types].xml", data: utf8(contentTypes) },
      { name: "_rels/.rels", data: utf8(rootRels) },
      { name: "xl/workbook.xml", data: utf8(workbook) },
      { name: "xl/_rels/workbook.xml.rels", data: utf8(workbookRels) },
      { name: "xl/styles.xml", data: utf8(stylesXml()) },
      {
        name: "xl/worksheets/sheet1.xml",
        data: utf8(sheetXml(sheet, options.percentCells ?? new Set())),
      },
    ],
    options.compression ?? {}
  );
}
