// Adds report sheets to a copy of the user's workbook by editing the package: every original part is
// kept byte for byte, new parts are added, and only the workbook-level parts (workbook, its
// relationships, content types, styles) are patched, by inserting elements into their text.

import type { ReportModel } from "../../report/model";
import { MessageError, msg } from "../../skj/messages";
import {
  ContentTypes,
  CT,
  encodePart,
  isRelType,
  NS_CONTENT_TYPES,
  NS_PACKAGE_RELS,
  Package,
  PartText,
  relativeTarget,
  relsPartOf,
  STRICT,
  TRANSITIONAL,
} from "./opc";
import { chartXml, drawingXml, tableColumnNames, tableRect, tableXml } from "./objects";
import { uniqueSheetName, uniqueTableName } from "./refs";
import { filterDatabaseRef, printTitlesRef, writeWorksheet } from "./sheetXml";
import { minimalStyles, StyleBook } from "./styles";
import type { Compression } from "./zip";
import {
  appendInside,
  applyEdits,
  attr,
  childNamed,
  childrenNamed,
  Edit,
  escapeAttr,
  escapeText,
  ooxmlString,
  prefixFor,
  qualify,
} from "./xml";

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

export function addReportSheets(
  original: Uint8Array,
  model: ReportModel,
  options: AddSheetsOptions = {}
): AddSheetsResult {
  if (model.sheets.length === 0) return { bytes: original, sheetNames: [] };
  const pkg = new Package(original, options.compression);

  // --- The workbook part and its conformance class.
  const officeDoc = pkg
    .relationships("")
    .find((r) => !r.external && isRelType(r.type, "officeDocument"));
  const wbPart = pkg.find(officeDoc ? officeDoc.part : "xl/workbook.xml");
  if (!wbPart) {
    throw new MessageError(msg("package-no-workbook", {}));
  }
  const wb = pkg.readXml(wbPart)!;
  const conf =
    wb.root.uri === STRICT.main ? STRICT : wb.root.uri === TRANSITIONAL.main ? TRANSITIONAL : null;
  if (!conf || wb.root.local !== "workbook") {
    throw new MessageError(msg("package-workbook-unknown", { part: wbPart }));
  }
  const sheetsNode = childNamed(wb.root, "sheets", conf.main);
  if (!sheetsNode) throw new MessageError(msg("package-no-sheets", {}));
  const wbDir = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);

  const existingSheets = childrenNamed(sheetsNode, "sheet", conf.main);
  const takenSheetNames = existingSheets.map((s) => attr(s, "name") ?? "");
  let nextSheetId = Math.max(0, ...existingSheets.map((s) => Number(attr(s, "sheetId")) || 0)) + 1;

  const definedNamesNode = childNamed(wb.root, "definedNames", conf.main);
  const definedNames = definedNamesNode
    ? childrenNamed(definedNamesNode, "definedName", conf.main).map((d) => attr(d, "name") ?? "")
    : [];

  // --- Content types and workbook relationships.
  const ctXml = pkg.readXml("[Content_Types].xml");
  if (!ctXml) throw new MessageError(msg("package-no-content-types", {}));
  if (ctXml.root.uri !== NS_CONTENT_TYPES || ctXml.root.local !== "Types") {
    throw new MessageError(msg("package-content-types-unknown", {}));
  }
  const contentTypes = new ContentTypes(ctXml.root);
  const wbRels = pkg.relationships(wbPart);
  const wbRelsPart = relsPartOf(wbPart);
  const wbRelIds = new Set(wbRels.map((r) => r.id));
  let relCounter = Math.max(
    0,
    ...wbRels.map((r) => (/^rId(\d+)$/.exec(r.id) ? Number(r.id.slice(3)) : 0))
  );
  const nextWbRelId = (): string => {
    let id: string;
    do id = `rId${++relCounter}`;
    while (wbRelIds.has(id));
    wbRelIds.add(id);
    return id;
  };

  // New part names must not collide with parts, stale overrides or dangling relationship targets.
  const reserved = new Set<string>([
    ...contentTypes.overrides.keys(),
    ...wbRels.filter((r) => !r.external).map((r) => r.part.toLowerCase()),
  ]);
  const newPart = (dir: string, stem: string): string => {
    const name = pkg.freeName(dir, stem, "xml", reserved);
    reserved.add(name.toLowerCase());
    return name;
  };

  // --- Styles: the existing part, or a new one when the workbook has none.
  const stylesRel = wbRels.find((r) => !r.external && isRelType(r.type, "styles"));
  let stylesPart = stylesRel ? pkg.find(stylesRel.part) : undefined;
  let stylesText: PartText;
  const newRels: string[] = [];
  const newOverrides: { part: string; type: string }[] = [];
  if (stylesPart) {
    stylesText = pkg.readText(stylesPart)!;
  } else {
    stylesText = { text: minimalStyles(conf), encoding: "utf-8", bom: false };
    if (stylesRel) {
      // A relationship to a missing part: create the part where it points.
      stylesPart = stylesRel.part;
    } else {
      stylesPart = pkg.has(`${wbDir}styles.xml`) ? newPart(wbDir, "styles") : `${wbDir}styles.xml`;
      reserved.add(stylesPart.toLowerCase());
      newRels.push(relXml(nextWbRelId(), conf.relType("styles"), wbPart, stylesPart));
    }
    if (contentTypes.of(stylesPart) !== CT.styles) {
      newOverrides.push({ part: stylesPart, type: CT.styles });
    }
  }
  const styles = new StyleBook(stylesText.text, stylesPart, conf);

  // --- Existing tables: their ids and names must stay unique in the workbook.
  let nextTableId = 1;
  const takenTableNames = new Set(definedNames.map((n) => n.toUpperCase()));
  for (const name of pkg.names()) {
    if (contentTypes.of(name) !== CT.table) continue;
    const table = pkg.readXml(name);
    if (!table) continue;
    nextTableId = Math.max(nextTableId, (Number(attr(table.root, "id")) || 0) + 1);
    for (const n of [attr(table.root, "name"), attr(table.root, "displayName")]) {
      if (n) takenTableNames.add(n.toUpperCase());
    }
  }

  // --- The new sheets.
  const sheetNames: string[] = [];
  const sheetElements: string[] = [];
  const nameElements: string[] = [];
  const sheetsPrefix = sheetsNode.prefix;
  const rPrefix = prefixFor(sheetsNode, conf.rels);
  model.sheets.forEach((sheet, i) => {
    const name = uniqueSheetName(sheet.name, [...takenSheetNames, ...sheetNames]);
    sheetNames.push(name);
    const localSheetId = existingSheets.length + i;
    const sheetPart = newPart(`${wbDir}worksheets/`, "sheet");
    const rels = new RelsBuilder();

    const tableRelIds: string[] = [];
    const headerOverrides = new Map<string, string>();
    for (const spec of sheet.tables) {
      const tName = uniqueTableName(spec.name, takenTableNames);
      takenTableNames.add(tName.toUpperCase());
      const rect = tableRect(spec);
      const columns = tableColumnNames(sheet.values, rect);
      columns.forEach((col, j) => {
        if (sheet.values[rect.top]?.[rect.left + j] !== col) {
          headerOverrides.set(`${rect.top},${rect.left + j}`, col);
        }
      });
      const tablePart = newPart(`${wbDir}tables/`, "table");
      pkg.set(tablePart, utf8(tableXml(nextTableId++, tName, spec, columns, conf)));
      newOverrides.push({ part: tablePart, type: CT.table });
      tableRelIds.push(rels.add(conf.relType("table"), relativeTarget(sheetPart, tablePart)));
    }

    let drawingRelId: string | undefined;
    if (sheet.charts.length) {
      const drawingPart = newPart(`${wbDir}drawings/`, "drawing");
      const drawingRels = new RelsBuilder();
      const frames = sheet.charts.map((spec) => {
        const chartPart = newPart(`${wbDir}charts/`, "chart");
        pkg.set(chartPart, utf8(chartXml(spec, name, sheet.values, conf)));
        newOverrides.push({ part: chartPart, type: CT.chart });
        const relId = drawingRels.add(
          conf.relType("chart"),
          relativeTarget(drawingPart, chartPart)
        );
        return { spec, relId };
      });
      pkg.set(drawingPart, utf8(drawingXml(frames, conf)));
      pkg.set(relsPartOf(drawingPart), utf8(drawingRels.xml()));
      newOverrides.push({ part: drawingPart, type: CT.drawing });
      drawingRelId = rels.add(conf.relType("drawing"), relativeTarget(sheetPart, drawingPart));
    }

    pkg.writeText(sheetPart, (sink) =>
      writeWorksheet(
        sink,
        sheet,
        { name, tableRelIds, drawingRelId, headerOverrides },
        styles,
        conf
      )
    );
    if (!rels.empty) pkg.set(relsPartOf(sheetPart), utf8(rels.xml()));
    newOverrides.push({ part: sheetPart, type: CT.worksheet });

    const relId = nextWbRelId();
    newRels.push(relXml(relId, conf.relType("worksheet"), wbPart, sheetPart));
    const rAttr = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${conf.rels}" r:id="${relId}"`;
    sheetElements.push(
      `<${qualify(sheetsPrefix, "sheet")} name="${escapeAttr(ooxmlString(name))}"` +
        ` sheetId="${nextSheetId++}" ${rAttr}/>`
    );

    const dn = qualify(definedNamesNode?.prefix ?? sheetsPrefix, "definedName");
    const definedName = (builtin: string, value: string, hidden: boolean) =>
      `<${dn} name="${builtin}" localSheetId="${localSheetId}"` +
      `${hidden ? ` hidden="1"` : ""}>${escapeText(value)}</${dn}>`;
    if (sheet.autoFilter) {
      nameElements.push(
        definedName("_xlnm._FilterDatabase", filterDatabaseRef(name, sheet.autoFilter), true)
      );
    }
    const repeat = sheet.print.repeatRows;
    if (repeat) {
      nameElements.push(
        definedName("_xlnm.Print_Titles", printTitlesRef(name, repeat.first, repeat.last), false)
      );
    }
  });

  // --- Styles part.
  if (styles.changed || !pkg.has(stylesPart)) {
    pkg.set(stylesPart, encodePart({ ...stylesText, text: styles.result() }));
  }

  // --- Workbook part: new <sheet> entries after the existing ones, new defined names.
  const wbEdits: Edit[] = [appendInside(sheetsNode, sheetElements.join(""))];
  if (nameElements.length) {
    if (definedNamesNode) {
      wbEdits.push(appendInside(definedNamesNode, nameElements.join("")));
    } else {
      const q = qualify(sheetsPrefix, "definedNames");
      const before = wb.root.children.filter(
        (c) => c.uri === conf.main && BEFORE_DEFINED_NAMES.includes(c.local)
      );
      const at = before.length ? before[before.length - 1].end : sheetsNode.end;
      wbEdits.push({ at, remove: 0, text: `<${q}>${nameElements.join("")}</${q}>` });
    }
  }
  pkg.set(wbPart, encodePart({ ...wb.text, text: applyEdits(wb.text.text, wbEdits) }));

  // --- Workbook relationships.
  const wbRelsXml = pkg.readXml(wbRelsPart);
  if (wbRelsXml) {
    const prefix = wbRelsXml.root.prefix;
    const content = newRels.map((r) =>
      prefix ? r.replace(/^<Relationship/, `<${prefix}:Relationship`) : r
    );
    const text = applyEdits(wbRelsXml.text.text, [appendInside(wbRelsXml.root, content.join(""))]);
    pkg.set(wbRelsPart, encodePart({ ...wbRelsXml.text, text }));
  } else {
    const xml = `${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}">${newRels.join("")}</Relationships>`;
    pkg.set(wbRelsPart, utf8(xml));
  }

  // --- Content types: an override per new part (and the rels default, should it be missing).
  const ctPrefix = ctXml.root.prefix;
  const ctEntries = newOverrides.map(
    (o) =>
      `<${qualify(ctPrefix, "Override")} PartName="/${escapeAttr(o.part)}" ContentType="${o.type}"/>`
  );
  if (!contentTypes.defaults.has("rels")) {
    ctEntries.unshift(
      `<${qualify(ctPrefix, "Default")} Extension="rels" ContentType="${CT.relationships}"/>`
    );
  }
  const ctText = applyEdits(ctXml.text.text, [appendInside(ctXml.root, ctEntries.join(""))]);
  pkg.set("[Content_Types].xml", encodePart({ ...ctXml.text, text: ctText }));

  return { bytes: pkg.toBytes(), sheetNames };
}

function relXml(id: string, type: string, fromPart: string, toPart: string): string {
  return (
    `<Relationship Id="${id}" Type="${escapeAttr(type)}"` +
    ` Target="${escapeAttr(relativeTarget(fromPart, toPart))}"/>`
  );
}
