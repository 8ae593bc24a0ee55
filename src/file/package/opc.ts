// The package (OPC) level: zip entries, part names, relationships and content types.
// Parts are kept as the exact bytes read; only parts that are explicitly replaced change.

import { unzipSync } from "fflate";
import { MessageError, msg } from "../../skj/messages";
import { attr, childrenNamed, parseXml, Utf8Sink, XNode } from "./xml";
import { CompressedEntry, Compression, EntryWriter, zipEntries } from "./zip";

export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Namespaces that differ between Transitional and Strict OOXML. */
export interface Conformance {
  strict: boolean;
  main: string;
  rels: string;
  drawingMain: string;
  chart: string;
  spreadsheetDrawing: string;
  relType: (name: string) => string;
}

const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export const TRANSITIONAL: Conformance = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: TRANSITIONAL_REL,
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relType: (name) => `${TRANSITIONAL_REL}/${name}`,
};

export const STRICT: Conformance = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rels: STRICT_REL,
  drawingMain: "http://purl.oclc.org/ooxml/drawingml/main",
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  relType: (name) => `${STRICT_REL}/${name}`,
};

/** True when a relationship type is `name` in either conformance class. */
export function isRelType(type: string, name: string): boolean {
  return type === `${TRANSITIONAL_REL}/${name}` || type === `${STRICT_REL}/${name}`;
}

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
};

/** A part's text plus what is needed to encode it back exactly as it was stored. */
export interface PartText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  bom: boolean;
}

export function decodePart(bytes: Uint8Array, partName: string): PartText {
  let encoding: PartText["encoding"] = "utf-8";
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, skip] = ["utf-16be", 2];
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) encoding = "utf-16le";
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) encoding = "utf-16be";
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(skip)
    );
    return { text, encoding, bom: skip > 0 };
  } catch {
    throw new MessageError(msg("package-part-encoding", { part: partName }));
  }
}

export function encodePart(part: PartText): Uint8Array {
  if (part.encoding === "utf-8") {
    const body = new TextEncoder().encode(part.text);
    if (!part.bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const le = part.encoding === "utf-16le";
  const offset = part.bom ? 2 : 0;
  const out = new Uint8Array(offset + part.text.length * 2);
  if (part.bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < part.text.length; i++) {
    const c = part.text.charCodeAt(i);
    out[offset + 2 * i + (le ? 0 : 1)] = c & 0xff;
    out[offset + 2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Resolved part name (no leading "/"), for internal targets. */
  part: string;
}

/** Resolves a relationship target against the part that owns the relationships. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A target that is not valid percent-encoding is used as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relative reference from `fromPart` to `toPart`, as a relationship target. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export class Package {
  /** Entries in their original order; values are the stored bytes, or a part compressed as it was written. */
  private readonly entries = new Map<string, Uint8Array | CompressedEntry>();
  private readonly byLowerName = new Map<string, string>();
  /** Names of the parts this run replaced or added. */
  readonly touched = new Set<string>();

  /** `compression`: how new parts and the archive are compressed (fflate and JavaScript by default). */
  constructor(
    bytes: Uint8Array,
    private readonly compression: Compression = {}
  ) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      throw new MessageError(msg("package-not-zip", {}));
    }
    for (const [name, data] of Object.entries(files)) {
      this.entries.set(name, data);
      this.byLowerName.set(name.toLowerCase(), name);
    }
  }

  /** The stored name of a part, matched case-insensitively as OPC requires. */
  find(part: string): string | undefined {
    return this.byLowerName.get(part.replace(/^\//, "").toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  get(part: string): Uint8Array | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const data = this.entries.get(name);
    if (data !== undefined && !(data instanceof Uint8Array)) {
      throw new Error(`Part "${name}" was written compressed and cannot be read back.`);
    }
    return data;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Writes a part as text through `write`; a large part is compressed while it is written (it cannot
   * be read back afterwards).
   */
  writeText(part: string, write: (sink: Utf8Sink) => void): void {
    const name = this.find(part) ?? part.replace(/^\//, "");
    const entry = new EntryWriter(name, this.compression);
    const sink = new Utf8Sink((bytes) => entry.push(bytes));
    write(sink);
    sink.end();
    this.set(name, entry.finish());
  }

  /** Replaces an existing part (keeping its stored name) or adds a new one at the end. */
  set(part: string, data: Uint8Array | CompressedEntry): void {
    const name = this.find(part) ?? part.replace(/^\//, "");
    this.entries.set(name, data);
    this.byLowerName.set(name.toLowerCase(), name);
    this.touched.add(name);
  }

  readText(part: string): PartText | undefined {
    const data = this.get(part);
    return data === undefined ? undefined : decodePart(data, part);
  }

  readXml(part: string): { text: PartText; root: XNode } | undefined {
    const text = this.readText(part);
    if (!text) return undefined;
    return { text, root: parseXml(text.text, part) };
  }

  /** Relationships of a part ("" = the package itself). Missing rels part → empty list. */
  relationships(sourcePart: string): Relationship[] {
    const relsPart = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
    const xml = this.readXml(relsPart);
    if (!xml) return [];
    return childrenNamed(xml.root, "Relationship").map((r) => {
      const target = attr(r, "Target") ?? "";
      const external = attr(r, "TargetMode") === "External";
      return {
        id: attr(r, "Id") ?? "",
        type: attr(r, "Type") ?? "",
        target,
        external,
        part: external ? "" : resolveTarget(sourcePart, target),
      };
    });
  }

  /** A part name `${dir}${stem}N.${ext}` with the smallest N ≥ 1 not used by any entry. */
  freeName(dir: string, stem: string, ext: string, reserved: Set<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}.${ext}`;
      if (!this.has(name) && !reserved.has(name.toLowerCase())) return name;
    }
  }

  /** The package as a zip archive. */
  toBytes(): Uint8Array {
    return zipEntries(
      [...this.entries].map(([name, data]) => ({ name, data })),
      this.compression
    );
  }
}

/** The content types part, read once, with the lookups needed to classify existing parts. */
export class ContentTypes {
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();

  constructor(root: XNode | undefined) {
    if (!root) return;
    for (const d of childrenNamed(root, "Default")) {
      this.defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
    }
    for (const o of childrenNamed(root, "Override")) {
      const name = (attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase();
      this.overrides.set(name, attr(o, "ContentType") ?? "");
    }
  }

  of(part: string): string | undefined {
    const lower = part.replace(/^\//, "").toLowerCase();
    const o = this.overrides.get(lower);
    if (o !== undefined) return o;
    const dot = lower.lastIndexOf(".");
    return dot < 0 ? undefined : this.defaults.get(lower.slice(dot + 1));
  }
}
