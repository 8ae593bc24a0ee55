// Builds small .xlsx packages by hand for the reader's edge cases (prefixes, Strict, odd paths), with fflate.
import { strToU8, zipSync, Zippable } from "fflate";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface SheetSpec {
  name: string;
  /** The full worksheet part XML. */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** Relationship type suffix: "worksheet" unless given. */
  kind?: "worksheet" | "chartsheet";
}

export interface PackageSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[];
  /** Full styles.xml, when dates are needed. */
  styles?: string;
  /** Where the workbook part lives (default xl/workbook.xml). */
  workbookPath?: string;
  /** Use "/xl/worksheets/sheet1.xml" style targets instead of relative ones. */
  absoluteTargets?: boolean;
  strict?: boolean;
  date1904?: boolean;
  /** Extra files to add as they are. */
  extra?: Record<string, string | Uint8Array>;
  /** Content type of the workbook part. */
  workbookContentType?: string;
}

export function worksheetXml(sheetData: string, after = "", ns = MAIN_NS): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const wbPath = spec.workbookPath ?? "xl/workbook.xml";
  const wbDir = wbPath.includes("/") ? wbPath.slice(0, wbPath.lastIndexOf("/") + 1) : "";
  const main = spec.strict ? STRICT_MAIN_NS : MAIN_NS;
  const relNs = spec.strict ? STRICT_REL_NS : REL_NS;
  const relType = (t: string) =>
    spec.strict
      ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${t}`
      : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const target = (rel: string) => (spec.absoluteTargets ? `/${wbDir}${rel}` : rel);

  const files: Zippable = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const sheetEls: string[] = [];
  spec.sheets.forEach((s, i) => {
    const kind = s.kind ?? "worksheet";
    const rel = `${kind === "chartsheet" ? "chartsheets" : "worksheets"}/sheet${i + 1}.xml`;
    files[wbDir + rel] = strToU8(s.xml);
    overrides.push(
      `<Override PartName="/${wbDir}${rel}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`
    );
    rels.push(`<Relationship Id="rId${i + 1}" Type="${relType(kind)}" Target="${target(rel)}"/>`);
    sheetEls.push(
      `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
    );
  });
  if (spec.sharedStrings) {
    const si = spec.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("");
    files[`${wbDir}sharedStrings.xml`] = strToU8(`<sst xmlns="${main}">${si}</sst>`);
    rels.push(
      `<Relationship Id="rIdS" Type="${relType("sharedStrings")}" Target="${target("sharedStrings.xml")}"/>`
    );
  }
  if (spec.styles) {
    files[`${wbDir}styles.xml`] = strToU8(spec.styles);
    rels.push(
      `<Relationship Id="rIdY" Type="${relType("styles")}" Target="${target("styles.xml")}"/>`
    );
  }
  files[wbPath] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${main}" xmlns:r="${relNs}"${spec.strict ? ' conformance="strict"' : ""}>` +
      (spec.date1904 ? '<workbookPr date1904="1"/>' : "") +
      `<sheets>${sheetEls.join("")}</sheets></workbook>`
  );
  const wbRels = `${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`;
  files[wbRels] = strToU8(`<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`);
  files["_rels/.rels"] = strToU8(
    `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${relType("officeDocument")}" Target="${wbPath}"/></Relationships>`
  );
  const wbType =
    spec.workbookContentType ??
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  files["[Content_Types].xml"] = strToU8(
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/${wbPath}" ContentType="${wbType}"/>${overrides.join("")}</Types>`
  );
  for (const [name, data] of Object.entries(spec.extra ?? {})) {
    files[name] = typeof data === "string" ? strToU8(data) : data;
  }
  return zipSync(files);
}

/** styles.xml with cellXfs: index 0 General, then one xf per given numFmtId; custom codes as given. */
export function stylesXml(xfNumFmtIds: number[], custom: Record<number, string> = {}): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const numFmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
    .join("");
  const xfs = [0, ...xfNumFmtIds]
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`)
    .join("");
  return (
    `<styleSheet xmlns="${MAIN_NS}">` +
    (numFmts ? `<numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts>` : "") +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="${xfNumFmtIds.length + 1}">${xfs}</cellXfs></styleSheet>`
  );
}
