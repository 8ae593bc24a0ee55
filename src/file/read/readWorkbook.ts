// Read an .xlsx/.xlsm package into the domain's WorkbookGrid, plus what the package holds that is not cells.
// Browser-, Worker- and Node-safe: bytes in, plain data out; no fs, no Buffer.
//
// The package is read by hand (zip central directory, OPC relationships, SpreadsheetML parts) because real HR
// workbooks carry charts, pivots, images and macros that libraries choke on; everything not needed for cell
// values is left unread and only counted in `info.contents`.
import type { CellValue, SheetGrid, WorkbookGrid } from "../../skj/types";
import { WorkbookReadError } from "../opc/errors";
import { asCorrupt, ContentTypes, OpcPackage, openPackage, relTypeName } from "../opc/package";
import { decodeXmlBytes } from "../opc/xml";
import { decodeOoxmlEscapes, scanXml, XmlAttrs, XmlBackend, XmlHandler } from "../opc/xmlScan";
import { looksLikeZip, ZipEntry, ZipLimits } from "../opc/zip";
import { cfbEntryNames, containsUtf16Name, looksLikeCfb } from "./cfb";
import { msg, type Message } from "../../skj/messages";
import { isBuiltinDateFormat, isDateFormatCode } from "./numFmt";
import { parseSheet, SheetContext } from "./sheet";

export { WorkbookReadError } from "../opc/errors";
export type { WorkbookReadErrorCode } from "../opc/errors";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";
export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  kind: SheetKind;
  state: SheetState;
  /** The package part holding the sheet ("xl/worksheets/sheet1.xml"), when there is one. */
  part?: string;
  /** Cells holding a value (0 for chart sheets). */
  cells: number;
  /** Sheet protection is on (writing into it from Excel would fail). */
  protected: boolean;
  dataValidations: number;
  conditionalFormats: number;
  /** Why the sheet has no cells although it should (its part is missing). */
  problem?: Message;
}

export interface DefinedNameInfo {
  name: string;
  /** The formula text, e.g. "Referensi!$B$2:$B$10". */
  refersTo: string;
  /** Set when the name is local to one sheet. */
  sheet?: string;
  hidden: boolean;
}

/** What the package holds besides cell values: read past, never interpreted. */
export interface WorkbookContents {
  charts: number;
  drawings: number;
  images: number;
  comments: number;
  tables: number;
  pivotTables: number;
  externalLinks: number;
  /** Embedded OLE objects and packages (xl/embeddings). */
  embeddings: number;
  vbaProject: boolean;
}

export interface WorkbookInfo {
  /** Every sheet in workbook (tab) order, chart sheets included. */
  sheets: SheetInfo[];
  /** .xlsm / .xltm: the workbook part is macro-enabled or the package carries a VBA project. */
  macroEnabled: boolean;
  /** Serial dates count from 1904-01-01 instead of 1900. */
  date1904: boolean;
  /** Written in Strict Open XML (ISO 29500 Strict namespaces). */
  strict: boolean;
  definedNames: DefinedNameInfo[];
  contents: WorkbookContents;
  /** The workbook part's name in the package ("xl/workbook.xml"). */
  workbookPart: string;
}

export interface ReadWorkbookOptions {
  /** Called with a fraction in [0, 1] as parts are read; ends with 1. */
  onProgress?: (fraction: number) => void;
  /** Most cells a workbook may hold (cells with values, and the trimmed grid area of each sheet). */
  maxCells?: number;
  /** @internal The XML backend; the benchmark compares them. */
  xmlBackend?: XmlBackend;
  /** @internal Zip-bomb limits, lowered by tests. */
  zipLimits?: Partial<ZipLimits>;
}

export interface ReadWorkbookResult {
  grid: WorkbookGrid;
  info: WorkbookInfo;
  /** The opened package: the writer adds its sheets to it without opening the file again. */
  package: OpcPackage;
}

export const DEFAULT_MAX_CELLS = 10_000_000;

const REL_OFFICE_DOCUMENT = "officeDocument";

export function readWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {}
): ReadWorkbookResult {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("readWorkbook expects a Uint8Array");
  const progress = progressReporter(options.onProgress);
  if (looksLikeCfb(bytes)) throw classifyCfb(bytes);
  if (!looksLikeZip(bytes))
    throw new WorkbookReadError("not-zip", { found: describeNonZip(bytes) });

  const pkg = openPackage(bytes, { zipLimits: options.zipLimits, xmlBackend: options.xmlBackend });
  // Read the content types now: a damaged one is reported before anything else is looked at.
  const contentTypes = pkg.contentTypes;
  progress(0.02);

  const workbookPart = findWorkbookPart(pkg);
  if (/\.bin$/i.test(workbookPart) || /binary/i.test(contentTypes.typeOf(workbookPart) ?? "")) {
    throw notWorkbook(pkg, `binary workbook part ${workbookPart}`);
  }
  const wbXml = pkg.text(workbookPart);
  const wb = new WorkbookHandler();
  pkg.scan(workbookPart, wbXml, wb);
  if (wb.root !== "workbook") throw notWorkbook(pkg, `main part holds <${wb.root}>`);
  const strict =
    wb.strict || /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(wbXml.slice(0, 2000));

  const rels = pkg.relationships(workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const relOfType = (suffix: string) => rels.find((r) => relTypeName(r.type) === suffix && r.part);

  const workbookType = contentTypes.typeOf(workbookPart) ?? "";
  const vbaRel = relOfType("vbaProject");
  const contents = classifyContents(pkg, contentTypes);
  const macroEnabled =
    /macroEnabled/i.test(workbookType) || vbaRel !== undefined || contents.vbaProject;

  // Styles: which cell formats show dates.
  const stylesRel = relOfType("styles");
  const dateStyles =
    stylesRel && pkg.has(stylesRel.part) ? readDateStyles(pkg, stylesRel.part) : [];

  // Work for the progress bar: shared strings plus every sheet part, by uncompressed size.
  const sstRel = relOfType("sharedStrings");
  const sstEntry = sstRel ? pkg.entry(sstRel.part) : undefined;
  const sheetPlans = wb.sheets.map((s) => {
    const rel = s.rid ? relById.get(s.rid) : undefined;
    const part = rel?.part || undefined;
    const entry = part ? pkg.entry(part) : undefined;
    return {
      ...s,
      rel,
      part,
      entry,
      kind: sheetKind(rel?.type, part ? contentTypes.typeOf(part) : undefined),
    };
  });
  const totalWork =
    (sstEntry?.size ?? 0) +
      sheetPlans.reduce((n, p) => n + (p.kind !== "chartsheet" && p.entry ? p.entry.size : 0), 0) ||
    1;
  let done = 0;
  const span = (size: number) => {
    const start = done;
    done += size;
    return (f: number) => progress(0.05 + (0.95 * (start + f * size)) / totalWork);
  };

  const sharedStrings = sstEntry ? readSharedStrings(pkg, sstEntry, span(sstEntry.size)) : [];
  progress(0.05 + (0.95 * done) / totalWork);

  const limit = options.maxCells ?? DEFAULT_MAX_CELLS;
  const ctxBase: Omit<SheetContext, "onProgress"> = {
    sharedStrings,
    dateStyles,
    date1904: wb.date1904,
    cellBudget: { remaining: limit, limit },
    backend: options.xmlBackend,
  };

  const grids: SheetGrid[] = [];
  const infos: SheetInfo[] = [];
  for (const plan of sheetPlans) {
    const info: SheetInfo = {
      name: plan.name,
      kind: plan.kind,
      state: plan.state,
      cells: 0,
      protected: false,
      dataValidations: 0,
      conditionalFormats: 0,
    };
    if (plan.part) info.part = plan.part;
    infos.push(info);
    if (plan.kind === "chartsheet") continue;
    const grid: SheetGrid = { name: plan.name, rows: [], merges: [], state: plan.state };
    if (!plan.entry) {
      info.problem = msg("sheet-part-missing", { sheet: plan.name });
      grids.push(grid);
      continue;
    }
    const report = span(plan.entry.size);
    const xml = decodeXmlBytes(pkg.zip.read(plan.entry));
    let parsed;
    try {
      parsed = parseSheet(xml, { ...ctxBase, onProgress: report }, plan.name);
    } catch (e) {
      throw asCorrupt(e, plan.entry.name, plan.name);
    }
    report(1);
    grid.rows = parsed.grid.rows;
    if (parsed.grid.origin) grid.origin = parsed.grid.origin;
    grid.merges = parsed.grid.merges;
    if (parsed.grid.hiddenRows) grid.hiddenRows = parsed.grid.hiddenRows;
    if (parsed.grid.uncachedFormulas) grid.uncachedFormulas = parsed.grid.uncachedFormulas;
    info.cells = parsed.cells;
    info.protected = parsed.protected;
    info.dataValidations = parsed.dataValidations;
    info.conditionalFormats = parsed.conditionalFormats;
    grids.push(grid);
  }

  const names = wb.sheets.map((s) => s.name);
  const definedNames = wb.definedNames.map((d) => {
    const out: DefinedNameInfo = { name: d.name, refersTo: d.refersTo, hidden: d.hidden };
    if (d.localSheetId !== undefined && names[d.localSheetId] !== undefined)
      out.sheet = names[d.localSheetId];
    return out;
  });

  progress(1);
  return {
    grid: { sheets: grids },
    info: {
      sheets: infos,
      macroEnabled,
      date1904: wb.date1904,
      strict,
      definedNames,
      contents,
      workbookPart,
    },
    package: pkg,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Package level.

function findWorkbookPart(pkg: OpcPackage): string {
  const rootRels = pkg.relationships("");
  const main = rootRels.find((r) => relTypeName(r.type) === REL_OFFICE_DOCUMENT && r.part);
  if (main && pkg.has(main.part)) return main.part;
  // No usable root relationship: try where workbooks usually are before giving up.
  for (const guess of ["xl/workbook.xml", "xl/workbook.bin"])
    if (pkg.has(guess)) return pkg.entry(guess)!.name;
  throw notWorkbook(pkg, main ? `main part ${main.part} missing` : "no workbook part");
}

/** What a non-workbook package is, for the message: a Word document, a presentation, an .xlsb, an .ods. */
function notWorkbook(pkg: OpcPackage, detail: string): WorkbookReadError {
  const z = pkg.zip;
  let found: Message | undefined;
  if (z.has("word/document.xml")) found = msg("found-word", {});
  else if (z.has("ppt/presentation.xml")) found = msg("found-powerpoint", {});
  else if (z.has("xl/workbook.bin")) found = msg("found-xlsb", {});
  else if (z.has("mimetype") && z.has("content.xml")) found = msg("found-opendocument", {});
  return new WorkbookReadError("not-workbook", { ...(found ? { found } : {}), detail });
}

function classifyCfb(bytes: Uint8Array): WorkbookReadError {
  const names = cfbEntryNames(bytes);
  const has = (n: string) =>
    names ? names.some((x) => x.toLowerCase() === n.toLowerCase()) : containsUtf16Name(bytes, n);
  if (has("EncryptionInfo") || has("EncryptedPackage")) {
    return new WorkbookReadError("encrypted", { detail: "OLE file with an EncryptionInfo stream" });
  }
  if (has("Workbook") || has("Book"))
    return new WorkbookReadError("xls", { detail: "OLE file with a BIFF stream" });
  const found = has("WordDocument")
    ? msg("found-old-word", {})
    : has("PowerPoint Document")
      ? msg("found-old-powerpoint", {})
      : msg("found-old-office", {});
  return new WorkbookReadError("not-workbook", {
    found,
    detail: `OLE streams: ${names?.join(", ")}`,
  });
}

function describeNonZip(bytes: Uint8Array): Message | undefined {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^<\?xml[\s\S]*urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) {
    return msg("found-xml-2003", {});
  }
  if (/^<(!doctype html|html|table)/i.test(head)) return msg("found-html", {});
  if (bytes.length === 0) return msg("found-empty", {});
  if (/^%PDF/.test(head)) return msg("found-pdf", {});
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Parts.

interface SheetEntry {
  name: string;
  rid?: string;
  state: SheetState;
}

class WorkbookHandler implements XmlHandler {
  wantText = false;
  root = "";
  strict = false;
  date1904 = false;
  readonly sheets: SheetEntry[] = [];
  readonly definedNames: {
    name: string;
    refersTo: string;
    localSheetId?: number;
    hidden: boolean;
  }[] = [];
  private currentName: {
    name: string;
    refersTo: string;
    localSheetId?: number;
    hidden: boolean;
  } | null = null;

  open(name: string, a: XmlAttrs): void {
    if (!this.root) {
      this.root = name;
      this.strict = a.get("conformance") === "strict";
      return;
    }
    switch (name) {
      case "workbookPr": {
        const v = a.get("date1904");
        this.date1904 = v === "1" || v === "true";
        break;
      }
      case "sheet": {
        const state = a.get("state");
        this.sheets.push({
          name: a.get("name") ?? `Sheet${this.sheets.length + 1}`,
          rid: a.get("id"),
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
        break;
      }
      case "definedName": {
        const local = a.get("localSheetId");
        const hidden = a.get("hidden");
        this.currentName = {
          name: a.get("name") ?? "",
          refersTo: "",
          hidden: hidden === "1" || hidden === "true",
        };
        if (local !== undefined && /^\d+$/.test(local))
          this.currentName.localSheetId = Number(local);
        this.wantText = true;
        break;
      }
    }
  }

  close(name: string): void {
    if (name === "definedName" && this.currentName) {
      this.definedNames.push(this.currentName);
      this.currentName = null;
      this.wantText = false;
    }
  }

  text(t: string): void {
    if (this.currentName) this.currentName.refersTo += t;
  }
}

function sheetKind(type: string | undefined, contentType: string | undefined): SheetKind {
  const t = type ? relTypeName(type).toLowerCase() : "";
  if (t === "chartsheet") return "chartsheet";
  if (t === "dialogsheet") return "dialogsheet";
  if (t === "xlmacrosheet" || t === "xlintlmacrosheet") return "macrosheet";
  if (t === "worksheet") return "worksheet";
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("chartsheet")) return "chartsheet";
  if (ct.includes("dialogsheet")) return "dialogsheet";
  if (ct.includes("macrosheet")) return "macrosheet";
  return "worksheet";
}

function readSharedStrings(
  pkg: OpcPackage,
  entry: ZipEntry,
  report: (f: number) => void
): string[] {
  const out: string[] = [];
  let current = "";
  let inSi = false;
  let phonetic = 0;
  const h: XmlHandler = {
    wantText: false,
    open(name) {
      if (name === "si") {
        inSi = true;
        current = "";
      } else if (name === "rPh") {
        phonetic++; // the phonetic reading of East Asian text is not part of the value
      } else if (name === "t" && inSi && phonetic === 0) {
        h.wantText = true;
      }
    },
    close(name) {
      if (name === "t") h.wantText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(decodeOoxmlEscapes(current));
        inSi = false;
      }
    },
    text(t) {
      current += t;
    },
  };
  const xml = decodeXmlBytes(pkg.zip.read(entry));
  try {
    scanXml(xml, h, { onProgress: report });
  } catch (e) {
    throw asCorrupt(e, entry.name);
  }
  report(1);
  return out;
}

/** For each cellXfs entry: does its number format show a date or time? */
function readDateStyles(pkg: OpcPackage, part: string): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  pkg.scan(part, pkg.text(part), {
    wantText: false,
    open(name, a) {
      if (name === "numFmt") {
        const id = Number(a.get("numFmtId"));
        if (Number.isInteger(id)) custom.set(id, a.get("formatCode") ?? "");
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        xfFormats.push(Number(a.get("numFmtId") ?? 0) | 0);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id);
  });
}

/** A workbook with nothing but cells: what a workbook made from a CSV holds. */
export function noContents(): WorkbookContents {
  return {
    charts: 0,
    drawings: 0,
    images: 0,
    comments: 0,
    tables: 0,
    pivotTables: 0,
    externalLinks: 0,
    embeddings: 0,
    vbaProject: false,
  };
}

function classifyContents(pkg: OpcPackage, ct: ContentTypes): WorkbookContents {
  const c = noContents();
  for (const e of pkg.zip.entries) {
    const name = e.name.toLowerCase();
    if (name.endsWith("/")) continue;
    const type = (ct.typeOf(e.name) ?? "").toLowerCase();
    if (type.endsWith("drawingml.chart+xml")) c.charts++;
    else if (type.endsWith(".drawing+xml")) c.drawings++;
    else if (type.startsWith("image/") || /^xl\/media\//.test(name)) c.images++;
    else if (type.endsWith("spreadsheetml.comments+xml") || type.endsWith("threadedcomments+xml"))
      c.comments++;
    else if (type.endsWith("spreadsheetml.table+xml")) c.tables++;
    else if (type.endsWith("spreadsheetml.pivottable+xml")) c.pivotTables++;
    else if (type.endsWith("spreadsheetml.externallink+xml")) c.externalLinks++;
    else if (/\/embeddings\//.test(name)) c.embeddings++;
    if (type === "application/vnd.ms-office.vbaproject" || name.endsWith("vbaproject.bin"))
      c.vbaProject = true;
  }
  return c;
}

function progressReporter(cb?: (fraction: number) => void): (f: number) => void {
  if (!cb) return () => {};
  let last = -1;
  return (f: number) => {
    const v = Math.min(1, Math.max(0, f));
    // Monotonic, and not more often than every half percent (except the final 1).
    if (v === 1 ? last < 1 : v - last >= 0.005) {
      last = v;
      cb(v);
    }
  };
}

/** For tests and tools: the value at an A1 address of a grid sheet (null when empty or outside). */
export function gridValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row - (sheet.origin?.row ?? 0)];
  const v = r?.[col - (sheet.origin?.col ?? 0)];
  return v === undefined ? null : v;
}
