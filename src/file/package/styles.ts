// Appends the report's cell formats to the workbook's styles part. Existing entries keep their
// positions (cells of the user's sheets refer to them by index); new fonts, fills, borders, number
// formats, cell formats and differential formats are added after them, one per distinct combination.

import { normalizeColor, type Edge, type ResolvedStyle } from "../../report/cellStyle";
import type { CellValueRule } from "../../report/model";
import type { Conformance } from "./conformance";
import {
  appendInside,
  attr,
  childNamed,
  childrenNamed,
  Edit,
  escapeAttr,
  qualify,
  setAttribute,
  XNode,
  parseXml,
  applyEdits,
} from "../opc/xml";

// What a cell looks like is decided by the report's layering rules (src/report/cellStyle.ts).
export type { Edge, ResolvedStyle } from "../../report/cellStyle";
export { normalizeColor } from "../../report/cellStyle";

/** Built-in number formats that are the same in every locale (ids 14–22 etc. are not). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Child order of CT_Stylesheet; a missing container is created at its place in this order. */
const CONTAINER_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type ContainerName = (typeof CONTAINER_ORDER)[number];
/** Element name of the entries of each container we append to. */
const ENTRY: Partial<Record<ContainerName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** A styles part for a workbook that has none: the same defaults Excel writes. */
export function minimalStyles(c: Conformance): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="${c.main}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><${c.strict ? "start" : "left"}/><${c.strict ? "end" : "right"}/>` +
    `<top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`
  );
}

interface DefaultFont {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size: number;
  /** Attributes of the default font's <color>, as written (e.g. ` theme="1"`). */
  colorAttrs?: string;
  name: string;
  family?: string;
  charset?: string;
  scheme?: string;
}

export class StyleBook {
  private readonly root: XNode;
  private readonly containers = new Map<ContainerName, XNode>();
  /** Number of entries each container has (existing + appended). */
  private readonly counts = new Map<ContainerName, number>();
  /** New entries' XML per container, in order. */
  private readonly added = new Map<ContainerName, string[]>();
  private readonly keys = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly defaultFont: DefaultFont;
  private readonly defaultFontId: number;
  private readonly emptyBorderId: number | undefined;
  private readonly hasStyleXfs: boolean;

  constructor(
    private readonly text: string,
    partName: string,
    private readonly conformance: Conformance
  ) {
    this.root = parseXml(text, partName);
    for (const name of CONTAINER_ORDER) {
      const node = childNamed(this.root, name, this.root.uri);
      if (node) this.containers.set(name, node);
      const entry = ENTRY[name];
      if (entry) this.counts.set(name, node ? childrenNamed(node, entry, this.root.uri).length : 0);
    }
    for (const f of this.entries("numFmts")) {
      const id = Number(attr(f, "numFmtId"));
      const code = attr(f, "formatCode");
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const xf0 = this.entries("cellXfs")[0];
    this.defaultFontId = xf0 ? Number(attr(xf0, "fontId") ?? 0) || 0 : 0;
    this.defaultFont = this.readDefaultFont(this.entries("fonts")[this.defaultFontId]);
    const border0 = this.entries("borders")[0];
    // Cells without a border must point at a border with no lines; index 0 nearly always is one.
    this.emptyBorderId =
      border0 && border0.children.every((e) => !attr(e, "style") || attr(e, "style") === "none")
        ? 0
        : undefined;
    this.hasStyleXfs = this.entries("cellStyleXfs").length > 0;
    this.seedEmptyContainers();
  }

  private entries(name: ContainerName): XNode[] {
    const node = this.containers.get(name);
    const entry = ENTRY[name] ?? "xf";
    return node ? childrenNamed(node, entry, this.root.uri) : [];
  }

  private readDefaultFont(font: XNode | undefined): DefaultFont {
    const val = (local: string) => (font ? childNamed(font, local) : undefined);
    const on = (local: string) => {
      const n = val(local);
      return n !== undefined && !["0", "false"].includes(attr(n, "val") ?? "1");
    };
    const color = val("color");
    const colorAttrs = color
      ? color.attrs
          .filter((a) => a.uri === "")
          .map((a) => ` ${a.local}="${escapeAttr(a.value)}"`)
          .join("")
      : undefined;
    const v = (local: string) => {
      const n = val(local);
      return n ? attr(n, "val") : undefined;
    };
    return {
      bold: on("b"),
      italic: on("i"),
      underline: val("u") !== undefined && attr(val("u")!, "val") !== "none",
      size: Number(v("sz")) || 11,
      colorAttrs: colorAttrs || undefined,
      name: v("name") ?? "Calibri",
      family: v("family"),
      charset: v("charset"),
      scheme: v("scheme"),
    };
  }

  /** A styles part may lack fonts, fills, borders or cell formats; index 0 of each must exist. */
  private seedEmptyContainers(): void {
    if (this.counts.get("fonts") === 0) this.add("fonts", this.fontXml({}));
    if (this.counts.get("fills") === 0) {
      this.add("fills", `<fill><patternFill patternType="none"/></fill>`);
      this.add("fills", `<fill><patternFill patternType="gray125"/></fill>`);
    }
    if (this.counts.get("borders") === 0) this.add("borders", this.borderXml({}));
    if (this.counts.get("cellXfs") === 0) {
      this.add(
        "cellXfs",
        `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"${this.hasStyleXfs ? ` xfId="0"` : ""}/>`
      );
    }
  }

  /** Appends an entry and returns its index in the container. */
  private add(container: ContainerName, xml: string): number {
    const list = this.added.get(container) ?? [];
    list.push(xml);
    this.added.set(container, list);
    const index = this.counts.get(container) ?? 0;
    this.counts.set(container, index + 1);
    return index;
  }

  private addOnce(container: ContainerName, xml: string): number {
    const key = `${container}\u0000${xml}`;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const index = this.add(container, xml);
    this.keys.set(key, index);
    return index;
  }

  private numberFormatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fontXml(s: ResolvedStyle): string {
    const d = this.defaultFont;
    const bold = s.bold ?? d.bold;
    const italic = s.italic ?? d.italic;
    const underline = s.underline ?? d.underline;
    const color = s.color ? ` rgb="FF${s.color}"` : d.colorAttrs;
    return (
      `<font>${bold ? "<b/>" : ""}${italic ? "<i/>" : ""}${underline ? "<u/>" : ""}` +
      `<sz val="${s.size ?? d.size}"/>` +
      (color ? `<color${color}/>` : "") +
      `<name val="${escapeAttr(d.name)}"/>` +
      (d.family ? `<family val="${escapeAttr(d.family)}"/>` : "") +
      (d.charset ? `<charset val="${escapeAttr(d.charset)}"/>` : "") +
      (d.scheme ? `<scheme val="${escapeAttr(d.scheme)}"/>` : "") +
      `</font>`
    );
  }

  private borderXml(s: ResolvedStyle): string {
    const edge = (name: string, e: Edge | undefined) =>
      e ? `<${name} style="${e.weight}"><color rgb="FF${e.color}"/></${name}>` : `<${name}/>`;
    const strict = this.conformance.strict;
    return (
      `<border>${edge(strict ? "start" : "left", s.left)}${edge(strict ? "end" : "right", s.right)}` +
      `${edge("top", s.top)}${edge("bottom", s.bottom)}<diagonal/></border>`
    );
  }

  /** The cellXfs index for a resolved cell format (0 when the format is empty). */
  xfFor(s: ResolvedStyle): number {
    const hasFont =
      s.bold !== undefined ||
      s.italic !== undefined ||
      s.underline !== undefined ||
      s.size !== undefined ||
      s.color;
    const hasBorder = s.left || s.right || s.top || s.bottom;
    const hasAlign = s.horizontal || s.vertical || s.wrap !== undefined;
    if (!hasFont && !s.fill && !hasBorder && !hasAlign && s.numberFormat === undefined) return 0;
    const fontId = hasFont ? this.addOnce("fonts", this.fontXml(s)) : this.defaultFontId;
    const fillId = s.fill
      ? this.addOnce(
          "fills",
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/>` +
            `<bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const borderId =
      hasBorder || this.emptyBorderId === undefined
        ? this.addOnce("borders", this.borderXml(s))
        : this.emptyBorderId;
    const numFmtId = s.numberFormat === undefined ? 0 : this.numberFormatId(s.numberFormat);
    const align = hasAlign
      ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}` +
        `${s.vertical ? ` vertical="${s.vertical}"` : ""}${s.wrap ? ` wrapText="1"` : ""}/>`
      : "";
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"` +
      (this.hasStyleXfs ? ` xfId="0"` : "") +
      (numFmtId !== 0 ? ` applyNumberFormat="1"` : "") +
      (hasFont ? ` applyFont="1"` : "") +
      (s.fill ? ` applyFill="1"` : "") +
      (hasBorder ? ` applyBorder="1"` : "") +
      (align ? ` applyAlignment="1">${align}</xf>` : "/>");
    return this.addOnce("cellXfs", xf);
  }

  /** The dxfs index for a conditional format's highlight. */
  dxfFor(style: CellValueRule["style"]): number {
    const font =
      style.bold || style.fontColor
        ? `<font>${style.bold ? "<b/>" : ""}` +
          `${style.fontColor ? `<color rgb="FF${normalizeColor(style.fontColor)}"/>` : ""}</font>`
        : "";
    // Excel reads a solid differential fill from bgColor, other readers from fgColor: give both.
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${normalizeColor(style.fill)}"/>` +
        `<bgColor rgb="FF${normalizeColor(style.fill)}"/></patternFill></fill>`
      : "";
    return this.addOnce("dxfs", `<dxf>${font}${fill}</dxf>`);
  }

  /** True when something was appended (the part then has to be rewritten). */
  get changed(): boolean {
    return this.added.size > 0;
  }

  /** The styles part's new text: the original with the new entries inserted. */
  result(): string {
    const edits: Edit[] = [];
    const created: string[] = [];
    for (const name of CONTAINER_ORDER) {
      const entries = this.added.get(name);
      if (!entries) continue;
      const node = this.containers.get(name);
      if (node) {
        const prefix = node.prefix;
        const content = entries.map((e) => prefixed(e, prefix)).join("");
        if (attr(node, "count") !== undefined) {
          edits.push(setAttribute(this.text, node, "count", String(this.counts.get(name))));
        }
        edits.push(appendInside(node, content));
      } else {
        const prefix = this.root.prefix;
        const q = qualify(prefix, name);
        const xml =
          `<${q} count="${this.counts.get(name)}">` +
          entries.map((e) => prefixed(e, prefix)).join("") +
          `</${q}>`;
        if (this.root.selfClosing) {
          created.push(xml);
          continue;
        }
        // After the last existing container that precedes it in schema order, else first.
        const rank = CONTAINER_ORDER.indexOf(name);
        const before = this.root.children.filter((c) => {
          const i = CONTAINER_ORDER.indexOf(c.local as ContainerName);
          return c.uri === this.root.uri && i >= 0 && i < rank;
        });
        const at = before.length ? before[before.length - 1].end : this.root.openEnd;
        edits.push({ at, remove: 0, text: xml });
      }
    }
    if (created.length) edits.push(appendInside(this.root, created.join("")));
    return applyEdits(this.text, edits);
  }
}

/** Gives every element of a generated fragment the container's namespace prefix. */
function prefixed(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([A-Za-z][\w]*)/g, `<$1${prefix}:$2`);
}
