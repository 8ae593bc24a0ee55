// Adds report sheets to a copy of the user's workbook by editing the package: every original part is
// kept byte for byte, new parts are added, and only the workbook-level parts (workbook, its
// relationships, content types, styles) are patched, by inserting elements into their text.

import { LoweredSheet, lowerReport } from "../../report/lower";
import type { ReportModel } from "../../report/model";
import { MessageError, msg } from "../../skj/messages";
import {
  ContentTypes,
  NS_CONTENT_TYPES,
  NS_PACKAGE_RELS,
  OpcPackage,
  openPackage,
  relativeTarget,
  relsPartOf,
} from "../opc/package";
import {
  appendInside,
  applyEdits,
  attr,
  childNamed,
  childrenNamed,
  Edit,
  encodePart,
  escapeAttr,
  escapeText,
  ooxmlString,
  PartText,
  prefixFor,
  qualify,
  XNode,
} from "../opc/xml";
import type { Compression } from "../opc/zip";
import { Conformance, CT, isRelType, STRICT, TRANSITIONAL } from "./conformance";
import { chartXml, drawingXml, tableXml } from "./objects";
import { filterDatabaseRef, printTitlesRef, writeWorksheet } from "./sheetXml";
import { minimalStyles, StyleBook } from "./styles";

export interface AddSheetsResult {
  bytes: Uint8Array;
  /** The names the sheets got, in model order (a taken name gets " (2)", " (3)"…). */
  sheetNames: string[];
}

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Children of CT_Workbook that come before definedNames (where a new definedNames goes after). */
const BEFORE_DEFINED_NAMES = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
];

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Relationships of one new part, collected while its content is written. */
class RelsBuilder {
  private readonly rels: string[] = [];
  add(type: string, target: string): string {
    const id = `rId${this.rels.length + 1}`;
    this.rels.push(
      `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`
    );
    return id;
  }
  get empty(): boolean {
    return this.rels.length === 0;
  }
  xml(): string {
    return `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">${this.rels.join("")}</Relationships>`;
  }
}

export interface AddSheetsOptions {
  /**
   * Compression for the written archive. The CLI passes Node's native zlib (deflate and CRC-32); left out,
   * fflate and JavaScript do it (this module stays browser-safe: it never imports Node modules itself).
   */
  compression?: Compression;
}

/** The workbook part as found: its XML, conformance class, sheet list and defined names. */
interface WorkbookInfo {
  part: string;
  dir: string;
  xml: NonNullable<ReturnType<OpcPackage["readXml"]>>;
  conf: Conformance;
  sheetsNode: XNode;
  existingSheets: XNode[];
  definedNamesNode: XNode | undefined;
  definedNames: string[];
}

/** Everything collected while new parts are added, applied to the workbook-level parts at the end. */
interface Additions {
  rels: string[];
  overrides: { part: string; type: string }[];
  sheetElements: string[];
  nameElements: string[];
}

/** The state shared by the steps of one addReportSheets call. */
interface Writing {
  pkg: OpcPackage;
  wb: WorkbookInfo;
  contentTypes: ContentTypes;
  ctXml: NonNullable<ReturnType<OpcPackage["readXml"]>>;
  wbRelsPart: string;
  nextWbRelId: () => string;
  newPart: (dir: string, stem: string) => string;
  /** Keeps a part name from being given out by newPart. */
  reserve: (part: string) => void;
  add: Additions;
  nextTableId: number;
  nextSheetId: number;
}

export function addReportSheets(
  original: Uint8Array | OpcPackage,
  model: ReportModel,
  options: AddSheetsOptions = {}
): AddSheetsResult {
  const opened = original instanceof OpcPackage ? original : undefined;
  if (model.sheets.length === 0) {
    return { bytes: opened ? opened.zip.bytes : (original as Uint8Array), sheetNames: [] };
  }
  const pkg = (opened ?? openPackage(original as Uint8Array)).edit(options.compression);
  const wb = readWorkbookPart(pkg);
  const w = startWriting(pkg, wb);
  const styles = stylesOf(w);
  const tables = existingTables(w);
  w.nextTableId = tables.nextId;

  // Names, sizes, margins and the rest are decided by lowering, as for Office.js.
  const lowered = lowerReport(model, {
    sheets: wb.existingSheets.map((s) => attr(s, "name") ?? ""),
    names: [...wb.definedNames, ...tables.names],
  });
  lowered.sheets.forEach((sheet, i) =>
    addSheet(w, sheet, wb.existingSheets.length + i, styles.book)
  );

  if (styles.book.changed || !pkg.has(styles.part)) {
    pkg.set(styles.part, encodePart({ ...styles.text, text: styles.book.result() }));
  }
  patchWorkbook(w);
  patchWorkbookRels(w);
  patchContentTypes(w);
  return { bytes: pkg.toBytes(), sheetNames: lowered.sheets.map((s) => s.name) };
}

/** The workbook part and its conformance class. */
function readWorkbookPart(pkg: OpcPackage): WorkbookInfo {
  const officeDoc = pkg
    .relationships("")
    .find((r) => !r.external && isRelType(r.type, "officeDocument"));
  const part = pkg.find(officeDoc ? officeDoc.part : "xl/workbook.xml");
  if (!part) {
    throw new MessageError(msg("package-no-workbook", {}));
  }
  const xml = pkg.readXml(part)!;
  const conf =
    xml.root.uri === STRICT.main
      ? STRICT
      : xml.root.uri === TRANSITIONAL.main
        ? TRANSITIONAL
        : null;
  if (!conf || xml.root.local !== "workbook") {
    throw new MessageError(msg("package-workbook-unknown", { part }));
  }
  const sheetsNode = childNamed(xml.root, "sheets", conf.main);
  if (!sheetsNode) throw new MessageError(msg("package-no-sheets", {}));
  const definedNamesNode = childNamed(xml.root, "definedNames", conf.main);
  return {
    part,
    dir: part.slice(0, part.lastIndexOf("/") + 1),
    xml,
    conf,
    sheetsNode,
    existingSheets: childrenNamed(sheetsNode, "sheet", conf.main),
    definedNamesNode,
    definedNames: definedNamesNode
      ? childrenNamed(definedNamesNode, "definedName", conf.main).map((d) => attr(d, "name") ?? "")
      : [],
  };
}

/** Content types, workbook relationship ids and free part names. */
function startWriting(pkg: OpcPackage, wb: WorkbookInfo): Writing {
  const ctXml = pkg.readXml("[Content_Types].xml");
  if (!ctXml) throw new MessageError(msg("package-no-content-types", {}));
  if (ctXml.root.uri !== NS_CONTENT_TYPES || ctXml.root.local !== "Types") {
    throw new MessageError(msg("package-content-types-unknown", {}));
  }
  const contentTypes = pkg.contentTypes;
  const wbRels = pkg.relationships(wb.part);
  const wbRelIds = new Set(wbRels.map((r) => r.id));
  let relCounter = Math.max(
    0,
    ...wbRels.map((r) => (/^rId(\d+)$/.exec(r.id) ? Number(r.id.slice(3)) : 0))
  );
  // New part names must not collide with parts, stale overrides or dangling relationship targets.
  const reserved = new Set<string>([
    ...contentTypes.overrides.keys(),
    ...wbRels.filter((r) => !r.external).map((r) => r.part.toLowerCase()),
  ]);
  return {
    pkg,
    wb,
    contentTypes,
    ctXml,
    wbRelsPart: relsPartOf(wb.part),
    nextWbRelId: () => {
      let id: string;
      do id = `rId${++relCounter}`;
      while (wbRelIds.has(id));
      wbRelIds.add(id);
      return id;
    },
    newPart: (dir, stem) => {
      const name = pkg.freeName(dir, stem, "xml", reserved);
      reserved.add(name.toLowerCase());
      return name;
    },
    reserve: (part) => reserved.add(part.toLowerCase()),
    add: { rels: [], overrides: [], sheetElements: [], nameElements: [] },
    nextTableId: 1,
    nextSheetId: Math.max(0, ...wb.existingSheets.map((s) => Number(attr(s, "sheetId")) || 0)) + 1,
  };
}

/** The existing styles part, or a new one when the workbook has none. */
function stylesOf(w: Writing): { part: string; text: PartText; book: StyleBook } {
  const { pkg, wb } = w;
  const stylesRel = pkg
    .relationships(wb.part)
    .find((r) => !r.external && isRelType(r.type, "styles"));
  let part = stylesRel ? pkg.find(stylesRel.part) : undefined;
  let text: PartText;
  if (part) {
    text = pkg.readText(part)!;
  } else {
    text = { text: minimalStyles(wb.conf), encoding: "utf-8", bom: false };
    if (stylesRel) {
      // A relationship to a missing part: create the part where it points.
      part = stylesRel.part;
    } else {
      part = pkg.has(`${wb.dir}styles.xml`) ? w.newPart(wb.dir, "styles") : `${wb.dir}styles.xml`;
      w.reserve(part);
      w.add.rels.push(relXml(w.nextWbRelId(), wb.conf.relType("styles"), wb.part, part));
    }
    if (w.contentTypes.typeOf(part) !== CT.styles) w.add.overrides.push({ part, type: CT.styles });
  }
  return { part, text, book: new StyleBook(text.text, part, wb.conf) };
}

/** Existing tables: their ids and names must stay unique in the workbook. */
function existingTables(w: Writing): { nextId: number; names: string[] } {
  let nextId = 1;
  const names: string[] = [];
  for (const name of w.pkg.names()) {
    if (w.contentTypes.typeOf(name) !== CT.table) continue;
    const table = w.pkg.readXml(name);
    if (!table) continue;
    nextId = Math.max(nextId, (Number(attr(table.root, "id")) || 0) + 1);
    for (const n of [attr(table.root, "name"), attr(table.root, "displayName")]) {
      if (n) names.push(n);
    }
  }
  return { nextId, names };
}

/** Table parts of one sheet; returns their relationship ids in the sheet's rels. */
function addTables(
  w: Writing,
  sheet: LoweredSheet,
  sheetPart: string,
  rels: RelsBuilder
): string[] {
  return sheet.tables.map((table) => {
    const tablePart = w.newPart(`${w.wb.dir}tables/`, "table");
    w.pkg.set(
      tablePart,
      utf8(tableXml(w.nextTableId++, table.name, table, table.columns, w.wb.conf))
    );
    w.add.overrides.push({ part: tablePart, type: CT.table });
    return rels.add(w.wb.conf.relType("table"), relativeTarget(sheetPart, tablePart));
  });
}

/** The drawing part with one chart part per chart; returns its relationship id, if any. */
function addCharts(
  w: Writing,
  sheet: LoweredSheet,
  sheetPart: string,
  rels: RelsBuilder
): string | undefined {
  if (!sheet.charts.length) return undefined;
  const { pkg, wb } = w;
  const drawingPart = w.newPart(`${wb.dir}drawings/`, "drawing");
  const drawingRels = new RelsBuilder();
  const frames = sheet.charts.map((spec) => {
    const chartPart = w.newPart(`${wb.dir}charts/`, "chart");
    pkg.set(chartPart, utf8(chartXml(spec, sheet.name, sheet.values, wb.conf)));
    w.add.overrides.push({ part: chartPart, type: CT.chart });
    const relId = drawingRels.add(wb.conf.relType("chart"), relativeTarget(drawingPart, chartPart));
    return { spec, relId };
  });
  pkg.set(drawingPart, utf8(drawingXml(frames, wb.conf)));
  pkg.set(relsPartOf(drawingPart), utf8(drawingRels.xml()));
  w.add.overrides.push({ part: drawingPart, type: CT.drawing });
  return rels.add(wb.conf.relType("drawing"), relativeTarget(sheetPart, drawingPart));
}

/** The `<sheet>` entry and the built-in defined names (filter, print titles) of a new sheet. */
function registerSheet(
  w: Writing,
  sheet: LoweredSheet,
  sheetPart: string,
  localSheetId: number
): void {
  const { wb } = w;
  const relId = w.nextWbRelId();
  w.add.rels.push(relXml(relId, wb.conf.relType("worksheet"), wb.part, sheetPart));
  const sheetsPrefix = wb.sheetsNode.prefix;
  const rPrefix = prefixFor(wb.sheetsNode, wb.conf.rels);
  const rAttr = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${wb.conf.rels}" r:id="${relId}"`;
  w.add.sheetElements.push(
    `<${qualify(sheetsPrefix, "sheet")} name="${escapeAttr(ooxmlString(sheet.name))}"` +
      ` sheetId="${w.nextSheetId++}"${sheet.hidden ? ` state="hidden"` : ""} ${rAttr}/>`
  );

  const dn = qualify(wb.definedNamesNode?.prefix ?? sheetsPrefix, "definedName");
  const definedName = (builtin: string, value: string, hidden: boolean) =>
    `<${dn} name="${builtin}" localSheetId="${localSheetId}"` +
    `${hidden ? ` hidden="1"` : ""}>${escapeText(value)}</${dn}>`;
  if (sheet.autoFilter) {
    w.add.nameElements.push(
      definedName("_xlnm._FilterDatabase", filterDatabaseRef(sheet.name, sheet.autoFilter), true)
    );
  }
  const repeat = sheet.print.repeatRows;
  if (repeat) {
    w.add.nameElements.push(
      definedName(
        "_xlnm.Print_Titles",
        printTitlesRef(sheet.name, repeat.first, repeat.last),
        false
      )
    );
  }
}

/** One new sheet: its worksheet part, tables, charts, relationships and workbook entries. */
function addSheet(w: Writing, sheet: LoweredSheet, localSheetId: number, styles: StyleBook): void {
  const sheetPart = w.newPart(`${w.wb.dir}worksheets/`, "sheet");
  const rels = new RelsBuilder();
  const tableRelIds = addTables(w, sheet, sheetPart, rels);
  const drawingRelId = addCharts(w, sheet, sheetPart, rels);
  w.pkg.writeText(sheetPart, (sink) =>
    writeWorksheet(sink, sheet, { name: sheet.name, tableRelIds, drawingRelId }, styles, w.wb.conf)
  );
  if (!rels.empty) w.pkg.set(relsPartOf(sheetPart), utf8(rels.xml()));
  w.add.overrides.push({ part: sheetPart, type: CT.worksheet });
  registerSheet(w, sheet, sheetPart, localSheetId);
}

/** Workbook part: new <sheet> entries after the existing ones, new defined names. */
function patchWorkbook(w: Writing): void {
  const { wb, add } = w;
  const edits: Edit[] = [appendInside(wb.sheetsNode, add.sheetElements.join(""))];
  if (add.nameElements.length) {
    if (wb.definedNamesNode) {
      edits.push(appendInside(wb.definedNamesNode, add.nameElements.join("")));
    } else {
      const q = qualify(wb.sheetsNode.prefix, "definedNames");
      const before = wb.xml.root.children.filter(
        (c) => c.uri === wb.conf.main && BEFORE_DEFINED_NAMES.includes(c.local)
      );
      const at = before.length ? before[before.length - 1].end : wb.sheetsNode.end;
      edits.push({ at, remove: 0, text: `<${q}>${add.nameElements.join("")}</${q}>` });
    }
  }
  w.pkg.set(wb.part, encodePart({ ...wb.xml.text, text: applyEdits(wb.xml.text.text, edits) }));
}

/** Workbook relationships: the new ones appended (or a new part when there was none). */
function patchWorkbookRels(w: Writing): void {
  const { pkg, wbRelsPart, add } = w;
  const wbRelsXml = pkg.readXml(wbRelsPart);
  if (wbRelsXml) {
    const prefix = wbRelsXml.root.prefix;
    const content = add.rels.map((r) =>
      prefix ? r.replace(/^<Relationship/, `<${prefix}:Relationship`) : r
    );
    const text = applyEdits(wbRelsXml.text.text, [appendInside(wbRelsXml.root, content.join(""))]);
    pkg.set(wbRelsPart, encodePart({ ...wbRelsXml.text, text }));
  } else {
    const xml = `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">${add.rels.join("")}</Relationships>`;
    pkg.set(wbRelsPart, utf8(xml));
  }
}

/** Content types: an override per new part (and the rels default, should it be missing). */
function patchContentTypes(w: Writing): void {
  const { ctXml, contentTypes, add } = w;
  const ctPrefix = ctXml.root.prefix;
  const ctEntries = add.overrides.map(
    (o) =>
      `<${qualify(ctPrefix, "Override")} PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`
  );
  if (!contentTypes.defaults.has("rels")) {
    ctEntries.unshift(
      `<${qualify(ctPrefix, "Default")} Extension="rels" ContentType="${CT.relationships}"/>`
    );
  }
  const ctText = applyEdits(ctXml.text.text, [appendInside(ctXml.root, ctEntries.join(""))]);
  w.pkg.set("[Content_Types].xml", encodePart({ ...ctXml.text, text: ctText }));
}

function relXml(id: string, type: string, fromPart: string, toPart: string): string {
  return (
    `<Relationship Id="${id}" Type="${escapeAttr(type)}"` +
    ` Target="${escapeAttr(relativeTarget(fromPart, toPart))}"/>`
  );
}
