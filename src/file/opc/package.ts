// The package (OPC) level shared by the reader and the writer: one opened zip archive, part names, content
// types and relationships. Parts are inflated only when asked for; a part that is not replaced is copied into
// a written package as it was stored (its compressed bytes), so it stays byte for byte what it was.
import { msg } from "../../skj/messages";
import { WorkbookReadError } from "./errors";
import { parseXml, PartText, decodePart, decodeXmlBytes, Utf8Sink, XNode } from "./xml";
import { scanXml, XmlBackend, XmlError, XmlHandler } from "./xmlScan";
import {
  CompressedEntry,
  Compression,
  DEFAULT_ZIP_LIMITS,
  EntryWriter,
  looksLikeZip,
  ZipArchive,
  ZipEntry,
  ZipLimits,
  zipEntries,
} from "./zip";

export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
export const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

// ---------------------------------------------------------------------------------------------------------------
// Part names.

/** A part name as stored: "/" separators, no leading "/". */
export function normalizePartName(part: string): string {
  return part.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package itself) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  if (part === "") return "_rels/.rels";
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * A relationship target as a part name: absolute ("/xl/x.xml") from the package root, otherwise from the
 * folder of the source part. "\" counts as "/" (some writers use it), "." and ".." are resolved, and
 * percent-encoding is decoded.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
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

// ---------------------------------------------------------------------------------------------------------------
// Content types and relationships.

/** The content types part: defaults by extension and overrides by part name (both lower case). */
export class ContentTypes {
  readonly defaults = new Map<string, string>();
  readonly overrides = new Map<string, string>();

  typeOf(part: string): string | undefined {
    const lower = normalizePartName(part).toLowerCase();
    const o = this.overrides.get(lower);
    if (o) return o;
    const dot = lower.lastIndexOf(".");
    return dot < 0 ? undefined : this.defaults.get(lower.slice(dot + 1));
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The resolved part name (no leading "/"); "" for an external or empty target. */
  part: string;
}

/** The last segment of a relationship type ("…/relationships/worksheet" → "worksheet"), either conformance. */
export function relTypeName(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** An XML error in a part as the reader reports it: the part is damaged. Other errors pass through. */
export function asCorrupt(e: unknown, part: string, sheetName?: string): unknown {
  if (!(e instanceof XmlError)) return e;
  return new WorkbookReadError("corrupt", {
    found: msg("found-part-unreadable", { part, ...(sheetName ? { sheet: sheetName } : {}) }),
    detail: `${part}: ${e.message} at offset ${e.offset}`,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The package.

export interface OpenPackageOptions {
  /** Zip-bomb limits (tests lower them); the defaults otherwise. */
  zipLimits?: Partial<ZipLimits>;
  /** The XML backend for scanned parts (the benchmark compares them). */
  xmlBackend?: XmlBackend;
}

/** Opens the bytes of a package: the zip's central directory is read and checked against the limits. */
export function openPackage(bytes: Uint8Array, options: OpenPackageOptions = {}): OpcPackage {
  if (!looksLikeZip(bytes)) throw new WorkbookReadError("not-zip");
  const zip = new ZipArchive(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
  return new OpcPackage(zip, {}, options.xmlBackend);
}

/**
 * An opened package. Reading inflates parts on demand. Writing (`set`, `writeText`) goes to an overlay:
 * `edit()` gives a fresh overlay over the same archive, so that a package the reader opened is never changed.
 */
export class OpcPackage {
  /** Parts this package replaced or added, by stored name; values are bytes or a part compressed as written. */
  private readonly written = new Map<string, Uint8Array | CompressedEntry>();
  private readonly writtenByLower = new Map<string, string>();
  private types: ContentTypes | undefined;
  /** Names of the parts this package replaced or added. */
  readonly touched = new Set<string>();

  constructor(
    readonly zip: ZipArchive,
    private readonly compression: Compression = {},
    private readonly backend?: XmlBackend
  ) {}

  /** The same archive with nothing written yet; `compression` is used for new parts and the archive. */
  edit(compression: Compression = {}): OpcPackage {
    const copy = new OpcPackage(this.zip, compression, this.backend);
    copy.types = this.types;
    return copy;
  }

  /** The stored name of a part, matched case-insensitively as OPC requires. */
  find(part: string): string | undefined {
    const lower = normalizePartName(part).toLowerCase();
    return this.writtenByLower.get(lower) ?? this.zip.get(lower)?.name;
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The zip entry of an original part (parts written here have none). */
  entry(part: string): ZipEntry | undefined {
    return this.zip.get(part);
  }

  /** Stored names of all parts (folders left out): the original ones in order, then the added ones. */
  names(): string[] {
    const out = new Set<string>();
    for (const e of this.zip.entries) if (!e.name.endsWith("/")) out.add(e.name);
    for (const name of this.written.keys()) out.add(name);
    return [...out];
  }

  /** A part's bytes (inflated within the zip limits); undefined when there is no such part. */
  get(part: string): Uint8Array | undefined {
    const name = this.find(part);
    if (name === undefined) return undefined;
    const data = this.written.get(name);
    if (data === undefined) return this.zip.read(this.zip.get(name)!);
    if (!(data instanceof Uint8Array)) {
      throw new Error(`Part "${name}" was written compressed and cannot be read back.`);
    }
    return data;
  }

  /** A part's text for scanning; a missing part is a damaged package. */
  text(part: string): string {
    const data = this.get(part);
    if (data === undefined) {
      throw new WorkbookReadError("corrupt", {
        found: msg("found-part-missing", { part }),
        detail: `missing part ${part}`,
      });
    }
    return decodeXmlBytes(data);
  }

  /** Runs a streaming handler over a part's XML; malformed XML is reported as a damaged part. */
  scan(part: string, xml: string, handler: XmlHandler, sheetName?: string): void {
    try {
      scanXml(xml, handler, { backend: this.backend });
    } catch (e) {
      throw asCorrupt(e, part, sheetName);
    }
  }

  /** A part's text with its encoding, for editing and writing back. */
  readText(part: string): PartText | undefined {
    const data = this.get(part);
    return data === undefined ? undefined : decodePart(data, part);
  }

  /** A part as an element tree with offsets, for editing. */
  readXml(part: string): { text: PartText; root: XNode } | undefined {
    const text = this.readText(part);
    if (!text) return undefined;
    return { text, root: parseXml(text.text, part) };
  }

  /** The content types part, read once; an absent part gives empty maps. */
  get contentTypes(): ContentTypes {
    if (this.types) return this.types;
    const ct = new ContentTypes();
    const part = this.find("[Content_Types].xml");
    if (part !== undefined) {
      this.scan(part, this.text(part), {
        wantText: false,
        open(name, a) {
          const type = a.get("ContentType") ?? "";
          if (name === "Default") ct.defaults.set((a.get("Extension") ?? "").toLowerCase(), type);
          else if (name === "Override") {
            ct.overrides.set(normalizePartName(a.get("PartName") ?? "").toLowerCase(), type);
          }
        },
        close() {},
        text() {},
      });
    }
    this.types = ct;
    return ct;
  }

  /** The relationships of a part ("" = the package itself); a missing rels part gives none. */
  relationships(sourcePart: string): Relationship[] {
    const relsPart = this.find(relsPartOf(sourcePart));
    if (relsPart === undefined) return [];
    const out: Relationship[] = [];
    this.scan(relsPart, this.text(relsPart), {
      wantText: false,
      open(name, a) {
        if (name !== "Relationship") return;
        const target = a.get("Target") ?? "";
        const external = (a.get("TargetMode") ?? "").toLowerCase() === "external";
        out.push({
          id: a.get("Id") ?? "",
          type: a.get("Type") ?? "",
          target,
          external,
          part: external || target === "" ? "" : resolveTarget(sourcePart, target),
        });
      },
      close() {},
      text() {},
    });
    return out;
  }

  /** Replaces a part (keeping its stored name) or adds a new one. */
  set(part: string, data: Uint8Array | CompressedEntry): void {
    const name = this.find(part) ?? normalizePartName(part);
    this.written.set(name, data);
    this.writtenByLower.set(name.toLowerCase(), name);
    this.touched.add(name);
  }

  /**
   * Writes a part as text through `write`; a large part is compressed while it is written (it cannot be
   * read back afterwards).
   */
  writeText(part: string, write: (sink: Utf8Sink) => void): void {
    const name = this.find(part) ?? normalizePartName(part);
    const entry = new EntryWriter(name, this.compression);
    const sink = new Utf8Sink((bytes) => entry.push(bytes));
    write(sink);
    sink.end();
    this.set(name, entry.finish());
  }

  /** A part name `${dir}${stem}N.${ext}` with the smallest N ≥ 1 not used by any part nor in `reserved`. */
  freeName(dir: string, stem: string, ext: string, reserved: Set<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}.${ext}`;
      if (!this.has(name) && !reserved.has(name.toLowerCase())) return name;
    }
  }

  /**
   * The package as a zip archive: original entries in their order, each either as written here or copied
   * as stored (not inflated, not recompressed), then the added parts.
   */
  toBytes(): Uint8Array {
    const out = new Map<string, Uint8Array | CompressedEntry>();
    for (const e of this.zip.entries) {
      // A name listed twice keeps its first place and its last data, as unzipping would.
      out.set(e.name, this.written.get(e.name) ?? this.storedEntry(e));
    }
    for (const [name, data] of this.written) out.set(name, data);
    return zipEntries(
      [...out].map(([name, data]) => ({ name, data })),
      this.compression
    );
  }

  private storedEntry(e: ZipEntry): CompressedEntry {
    const data = this.zip.stored(e);
    return { method: e.method as 0 | 8, crc: e.crc, size: e.size, chunks: [data] };
  }
}
