// XML for parts that are edited or written: decoding and encoding a part's text as it was stored; a tree in
// which saxes checks well-formedness and resolves namespaces, and every element keeps its character offsets so
// that edits can insert text without re-serialising (and so altering) anything else in the part; escaping; and
// a sink that turns written text into UTF-8 blocks. Reading large parts goes through xmlScan.ts instead.

import { MessageError, msg } from "../../skj/messages";
import { SaxesParser, SaxesTagNS } from "saxes";

export interface XAttr {
  qname: string;
  local: string;
  uri: string;
  value: string;
}

export interface XNode {
  qname: string;
  prefix: string;
  local: string;
  uri: string;
  attrs: XAttr[];
  /** Namespace bindings declared on this element (prefix "" is the default namespace). */
  ns: Record<string, string>;
  parent: XNode | null;
  children: XNode[];
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the ">" of the start tag. */
  openEnd: number;
  /** Offset of "</" of the end tag (= end for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
}

/** A part's text plus what is needed to encode it back exactly as it was stored. */
export interface PartText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  bom: boolean;
}

/** A part's encoding from its byte-order mark, or from how "<" is stored when there is none. */
function sniffEncoding(bytes: Uint8Array): { encoding: PartText["encoding"]; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return { encoding: "utf-16le", skip: 0 };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { encoding: "utf-16be", skip: 0 };
  return { encoding: "utf-8", skip: 0 };
}

/** Decode a part for reading: never throws (a bad byte becomes U+FFFD, which the XML then shows). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const { encoding, skip } = sniffEncoding(bytes);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** Decode a part that will be edited and written back: strict, and remembering how it was encoded. */
export function decodePart(bytes: Uint8Array, partName: string): PartText {
  const { encoding, skip } = sniffEncoding(bytes);
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

/** Thrown for a part that is not well-formed XML; the message names the part, in Indonesian. */
export class XmlPartError extends Error {}

/** Parses `text` (no BOM) into an element tree with offsets. `partName` only serves the error message. */
export function parseXml(text: string, partName: string): XNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XNode[] = [];
  let root: XNode | null = null;
  let pendingStart = -1;
  parser.on("opentagstart", () => {
    // The name has been read; no "<" can occur inside it, so the last "<" is this tag's start.
    pendingStart = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const node: XNode = {
      qname: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attrs: Object.values(tag.attributes).map((a) => ({
        qname: a.name,
        local: a.local,
        uri: a.uri,
        value: a.value,
      })),
      ns: { ...tag.ns },
      parent,
      children: [],
      start: pendingStart,
      openEnd: parser.position,
      closeStart: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
    };
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("closetag", () => {
    const node = stack.pop();
    if (!node) return;
    node.end = parser.position;
    node.closeStart = node.selfClosing ? node.end : text.lastIndexOf("</", node.end - 1);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new XmlPartError(
      `Bagian "${partName}" di dalam berkas bukan XML yang valid (${detail}).`
    );
  }
  if (!root)
    throw new XmlPartError(`Bagian "${partName}" di dalam berkas tidak berisi elemen XML.`);
  return root;
}

export function attr(node: XNode, local: string, uri = ""): string | undefined {
  return node.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

/** Children with the given local name in the given namespace (any namespace when `uri` is undefined). */
export function childrenNamed(node: XNode, local: string, uri?: string): XNode[] {
  return node.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri));
}

export function childNamed(node: XNode, local: string, uri?: string): XNode | undefined {
  return node.children.find((c) => c.local === local && (uri === undefined || c.uri === uri));
}

/** The namespace a prefix resolves to at `node` ("" = default namespace). */
export function resolvePrefix(node: XNode, prefix: string): string | undefined {
  if (prefix === "xml") return "http://www.w3.org/XML/1998/namespace";
  for (let n: XNode | null = node; n; n = n.parent) {
    if (Object.prototype.hasOwnProperty.call(n.ns, prefix)) return n.ns[prefix];
  }
  return undefined;
}

/**
 * A non-empty prefix bound to `uri` in the scope of `node` (usable for attributes), or undefined.
 * A prefix counts only if it is not re-bound to something else closer to `node`.
 */
export function prefixFor(node: XNode, uri: string): string | undefined {
  for (let n: XNode | null = node; n; n = n.parent) {
    for (const [p, u] of Object.entries(n.ns)) {
      if (p !== "" && u === uri && resolvePrefix(node, p) === uri) return p;
    }
  }
  return undefined;
}

/** The qualified name to use for a new element named `local` in the namespace of `sibling`/`container`. */
export function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

export interface Edit {
  /** Offset where `text` goes. */
  at: number;
  /** Number of characters removed at `at` before inserting. */
  remove: number;
  text: string;
}

/** Applies edits; edits at the same offset keep the order in which they were given. */
export function applyEdits(text: string, edits: Edit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const out: string[] = [];
  let cursor = 0;
  for (const e of ordered) {
    if (e.at < cursor) throw new Error("Internal error: overlapping XML edits.");
    out.push(text.slice(cursor, e.at), e.text);
    cursor = e.at + e.remove;
  }
  out.push(text.slice(cursor));
  return out.join("");
}

/**
 * Edits that append `content` as the last children of `node`: before its end tag, or by opening a
 * self-closing element.
 */
export function appendInside(node: XNode, content: string): Edit {
  if (!node.selfClosing) return { at: node.closeStart, remove: 0, text: content };
  // "<x/>" or "<x  />": replace the closing "/>" with ">content</x>".
  const slash = node.end - 2;
  return { at: slash, remove: 2, text: `>${content}</${node.qname}>` };
}

/** Sets (or replaces) a plain attribute on an element's start tag. */
export function setAttribute(text: string, node: XNode, name: string, value: string): Edit {
  const tag = text.slice(node.start, node.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m) {
    return {
      at: node.start + m.index + m[1].length,
      remove: m[2].length,
      text: `"${escapeAttr(value)}"`,
    };
  }
  const closeLen = node.selfClosing ? 2 : 1;
  // Insert before "/>" or ">" (and before any whitespace that precedes it, keeping the spacing tidy).
  let at = node.openEnd - closeLen;
  while (at > node.start && /\s/.test(text[at - 1])) at--;
  return { at, remove: 0, text: ` ${name}="${escapeAttr(value)}"` };
}

const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_OOXML_ESCAPE = /_x|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Makes a string safe for an OOXML string value: characters XML cannot hold become Excel's `_xHHHH_`
 * escapes, and a literal "_xHHHH_" is protected as "_x005F_xHHHH_" so readers do not decode it.
 */
export function ooxmlString(s: string): string {
  if (!NEEDS_OOXML_ESCAPE.test(s)) return s;
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(INVALID_XML_CHARS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD";
    return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

export function escapeText(s: string): string {
  if (!/[&<>]/.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

const SINK_BLOCK = 1 << 20;
/** Characters gathered before they are encoded: one encodeInto per piece of this size is the fastest. */
const SINK_PENDING = 1 << 14;

/**
 * Text turned into UTF-8 blocks that are handed on when full: a large part never exists as one string
 * (nor, when the receiver compresses as it goes, as one byte array). Small strings are gathered and
 * encoded a piece at a time (TextEncoder beats a JavaScript loop, and one call per cell costs more than
 * the concatenation). The block given to `onBlock` is reused afterwards: a receiver that keeps bytes
 * copies them.
 */
export class Utf8Sink {
  private readonly encoder = new TextEncoder();
  private block = new Uint8Array(SINK_BLOCK);
  private used = 0;
  private pending = "";

  constructor(private readonly onBlock: (bytes: Uint8Array) => void) {}

  /** Markup, as it is (no escaping). */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= SINK_PENDING) this.flush();
  }

  /** A string value as element content: OOXML escapes (see ooxmlString), then XML's &, < and >. */
  text(value: string): void {
    this.write(escapeText(ooxmlString(value)));
  }

  private flush(): void {
    const text = this.pending;
    if (text === "") return;
    this.pending = "";
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const room = text.length * 3;
    if (this.used + room > this.block.length) {
      this.emit();
      if (room > this.block.length) this.block = new Uint8Array(room);
    }
    this.used += this.encoder.encodeInto(text, this.block.subarray(this.used)).written;
  }

  private emit(): void {
    if (this.used === 0) return;
    this.onBlock(this.block.subarray(0, this.used));
    this.used = 0;
  }

  /** Hands on whatever is left. */
  end(): void {
    this.flush();
    this.emit();
  }
}

/** The UTF-8 bytes of everything `write` writes to a sink (for small parts and tests). */
export function utf8Of(write: (sink: Utf8Sink) => void): Uint8Array {
  const pieces: Uint8Array[] = [];
  const sink = new Utf8Sink((bytes) => pieces.push(bytes.slice()));
  write(sink);
  sink.end();
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
