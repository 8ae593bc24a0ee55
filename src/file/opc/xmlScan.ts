// Streaming XML for reading parts (a sheet part can be hundreds of MB): a small strict tokenizer (the default)
// and a saxes backend behind the same interface, so that the benchmark can compare them on identical work.
// Elements and attributes are seen by local name, so that prefixes (<x:c> from the .NET SDK) and the Strict
// namespaces read like the usual ones.
import { SaxesParser } from "saxes";

export class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message);
    this.name = "XmlError";
  }
}

export interface XmlAttrs {
  /** The value of the attribute with this local name (namespace declarations are not attributes here). */
  get(local: string): string | undefined;
}

export interface XmlHandler {
  /** Text is decoded and passed to `text` only while this is true (skipping it is most of the speed). */
  wantText: boolean;
  open(local: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close(local: string): void;
  text(text: string): void;
}

export type XmlBackend = "tokenizer" | "saxes";

export interface XmlParseOptions {
  backend?: XmlBackend;
  /** Called now and then with the fraction of the text consumed. */
  onProgress?: (fraction: number) => void;
}

export function scanXml(text: string, handler: XmlHandler, options: XmlParseOptions = {}): void {
  if (options.backend === "saxes") parseWithSaxes(text, handler);
  else tokenize(text, handler, options.onProgress);
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replace the five XML entities and character references; anything else is malformed XML. */
export function decodeEntities(s: string, offset = 0): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;&\s]{0,10});?/g, (m, body: string) => {
    if (!m.endsWith(";")) throw new XmlError(`bare "&" in text`, offset);
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X"
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) {
        throw new XmlError(`bad character reference &${body};`, offset);
      }
      return String.fromCodePoint(code);
    }
    const v = NAMED[body];
    if (v === undefined) throw new XmlError(`unknown entity &${body};`, offset);
    return v;
  });
}

/**
 * The attributes of the current start tag, read in place from the document string: one object per parse, reset
 * for every tag, so that 700,000 cells cost no 700,000 attribute objects. Handlers must not keep it.
 */
class TagAttrs implements XmlAttrs {
  private s = "";
  private from = 0;
  private to = 0;
  private parsed = false;
  private count = 0;
  /** Per attribute: local-name start, name end, value start, value end. */
  private bounds = new Int32Array(64);

  reset(s: string, from: number, to: number): void {
    this.s = s;
    this.from = from;
    this.to = to;
    this.parsed = false;
  }

  private parse(): void {
    const s = this.s;
    const to = this.to;
    let i = this.from;
    let n = 0;
    for (;;) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (i >= to) break;
      const nameStart = i;
      let local = i;
      while (i < to) {
        const c = s.charCodeAt(i);
        if (c === 61 /* = */ || isSpace(c)) break;
        if (c === 58 /* : */) local = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (nameEnd === nameStart || s.charCodeAt(i) !== 61)
        throw new XmlError("malformed attributes", nameStart);
      i++;
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) throw new XmlError("unquoted attribute value", i);
      const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0 || close >= to) throw new XmlError("unterminated attribute value", i);
      // Namespace declarations are not attributes for the handlers.
      const isXmlns =
        s.startsWith("xmlns", nameStart) &&
        (nameEnd === nameStart + 5 || s.charCodeAt(nameStart + 5) === 58);
      if (!isXmlns) {
        if (n * 4 + 4 > this.bounds.length) {
          const grown = new Int32Array(this.bounds.length * 2);
          grown.set(this.bounds);
          this.bounds = grown;
        }
        const b = this.bounds;
        b[n * 4] = local;
        b[n * 4 + 1] = nameEnd;
        b[n * 4 + 2] = i + 1;
        b[n * 4 + 3] = close;
        n++;
      }
      i = close + 1;
      if (i < to && !isSpace(s.charCodeAt(i))) throw new XmlError("attributes run together", i);
    }
    this.count = n;
    this.parsed = true;
  }

  get(local: string): string | undefined {
    if (!this.parsed) this.parse();
    const b = this.bounds;
    const s = this.s;
    for (let k = 0; k < this.count; k++) {
      const a = b[k * 4];
      if (b[k * 4 + 1] - a === local.length && s.startsWith(local, a)) {
        const v = s.slice(b[k * 4 + 2], b[k * 4 + 3]);
        return v.indexOf("&") < 0 ? v : decodeEntities(v, b[k * 4 + 2]);
      }
    }
    return undefined;
  }

  /** Parse now, so that malformed attributes are caught even on tags no handler looks at. */
  check(): void {
    if (!this.parsed && this.to > this.from) this.parse();
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The default backend: indexOf-driven, checks that tags nest and close, rejects DTDs and unknown entities. */
function tokenize(s: string, h: XmlHandler, onProgress?: (fraction: number) => void): void {
  const len = s.length;
  const stack: string[] = [];
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  let sawRoot = false;
  const step = 1 << 20;
  let nextReport = step;
  const attrs = new TagAttrs();
  while (pos < len) {
    const lt = s.indexOf("<", pos);
    if (lt < 0) {
      if (stack.length)
        throw new XmlError(`unexpected end inside <${stack[stack.length - 1]}>`, len);
      if (s.slice(pos).trim() !== "") throw new XmlError("text after the root element", pos);
      break;
    }
    if (lt > pos && h.wantText && stack.length) h.text(decodeEntities(s.slice(pos, lt), pos));
    if (onProgress && lt >= nextReport) {
      onProgress(lt / len);
      nextReport = lt + step;
    }
    const c = s.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = s.indexOf(">", lt + 2);
      if (gt < 0) throw new XmlError("unterminated end tag", lt);
      const name = s.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (top !== name) {
        throw new XmlError(
          top === undefined ? `stray </${name}>` : `</${name}> closes <${top}>`,
          lt
        );
      }
      h.close(localName(name));
      pos = gt + 1;
    } else if (c === 63 /* ? */) {
      const end = s.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unterminated processing instruction", lt);
      pos = end + 2;
    } else if (c === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const end = s.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unterminated comment", lt);
        pos = end + 3;
      } else if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unterminated CDATA section", lt);
        if (h.wantText && stack.length) h.text(s.slice(lt + 9, end));
        pos = end + 3;
      } else {
        // OOXML forbids DTDs; refusing them also shuts out entity-expansion attacks.
        throw new XmlError("DTD or unknown markup declaration", lt);
      }
    } else {
      let i = lt + 1;
      while (i < len) {
        const ch = s.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
        i++;
      }
      const name = s.slice(lt + 1, i);
      if (!name || name.indexOf("<") >= 0) throw new XmlError("malformed start tag", lt);
      // Find the closing ">", skipping quoted attribute values (which may contain ">").
      let j = i;
      let gt = -1;
      while (j < len) {
        const ch = s.charCodeAt(j);
        if (ch === 62) {
          gt = j;
          break;
        }
        if (ch === 34 || ch === 39) {
          const q = s.indexOf(ch === 34 ? '"' : "'", j + 1);
          if (q < 0) break;
          j = q + 1;
          continue;
        }
        if (ch === 60) throw new XmlError(`"<" inside <${name}>`, j);
        j++;
      }
      if (gt < 0) throw new XmlError(`unterminated <${name}>`, lt);
      const selfClosing = s.charCodeAt(gt - 1) === 47 && gt - 1 >= i;
      if (!stack.length) {
        if (sawRoot) throw new XmlError("more than one root element", lt);
        sawRoot = true;
      }
      const local = localName(name);
      attrs.reset(s, i, selfClosing ? gt - 1 : gt);
      h.open(local, attrs, selfClosing);
      attrs.check();
      if (selfClosing) h.close(local);
      else stack.push(name);
      pos = gt + 1;
    }
  }
  if (stack.length) throw new XmlError(`unexpected end inside <${stack[stack.length - 1]}>`, len);
  if (!sawRoot) throw new XmlError("no root element", 0);
}

class RecordAttrs implements XmlAttrs {
  constructor(private readonly attrs: Record<string, string>) {}
  get(local: string): string | undefined {
    const direct = this.attrs[local];
    if (direct !== undefined) return direct;
    for (const k in this.attrs) {
      if (k.startsWith("xmlns")) continue;
      if (localName(k) === local) return this.attrs[k];
    }
    return undefined;
  }
}

function parseWithSaxes(s: string, h: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: XmlError | null = null;
  parser.on("error", (e) => {
    failure ??= new XmlError(e.message, 0);
  });
  parser.on("doctype", () => {
    failure ??= new XmlError("DTD or unknown markup declaration", 0);
  });
  parser.on("opentag", (node) => {
    h.open(
      localName(node.name),
      new RecordAttrs(node.attributes as Record<string, string>),
      node.isSelfClosing
    );
  });
  parser.on("closetag", (node) => h.close(localName(node.name)));
  parser.on("text", (t) => {
    if (h.wantText) h.text(t);
  });
  parser.on("cdata", (t) => {
    if (h.wantText) h.text(t);
  });
  parser.write(s).close();
  if (failure) throw failure;
}

/** OOXML's escape for characters XML cannot hold: "_x000D_" is a carriage return, "_x005F_" an underscore. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
