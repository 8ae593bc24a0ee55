// Helpers to look inside .xlsx packages in tests: unzip, parse a part, follow relationships.

import { unzipSync } from "fflate";
import { ContentTypes, resolveTarget, relsPartOf } from "../../../src/file/opc/package";
import { attr, childrenNamed, parseXml, XNode } from "../../../src/file/opc/xml";

export type Parts = Record<string, Uint8Array>;

export function unzip(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

export function text(parts: Parts, name: string): string {
  const data = parts[name];
  if (!data) throw new Error(`part ${name} missing`);
  return new TextDecoder().decode(data).replace(/^\uFEFF/, "");
}

export function xml(parts: Parts, name: string): XNode {
  return parseXml(text(parts, name), name);
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  part: string;
  external: boolean;
}

/** Relationships of `source` ("" = package) in `parts`. */
export function rels(parts: Parts, source: string): Rel[] {
  const relsName = relsPartOf(source);
  if (!parts[relsName]) return [];
  return childrenNamed(xml(parts, relsName), "Relationship").map((r) => {
    const external = attr(r, "TargetMode") === "External";
    const target = attr(r, "Target") ?? "";
    return {
      id: attr(r, "Id") ?? "",
      type: attr(r, "Type") ?? "",
      target,
      external,
      part: external ? "" : resolveTarget(source, target),
    };
  });
}

/** The content types as the tree shows them (independent of the package layer's own reading). */
export function contentTypes(parts: Parts): ContentTypes {
  const ct = new ContentTypes();
  const root = xml(parts, "[Content_Types].xml");
  for (const d of childrenNamed(root, "Default"))
    ct.defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
  for (const o of childrenNamed(root, "Override")) {
    const name = (attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase();
    ct.overrides.set(name, attr(o, "ContentType") ?? "");
  }
  return ct;
}

/** Every element in document order. */
export function all(node: XNode): XNode[] {
  return [node, ...node.children.flatMap(all)];
}

export function find(node: XNode, local: string): XNode[] {
  return all(node).filter((n) => n.local === local);
}

/** The sheets of a workbook part: name, sheetId, relationship id and resolved worksheet part. */
export function sheetsOf(parts: Parts, wbPart = "xl/workbook.xml") {
  const wb = xml(parts, wbPart);
  const wbRels = rels(parts, wbPart);
  return find(wb, "sheet").map((s) => {
    const rid = s.attrs.find((a) => a.local === "id" && a.uri.endsWith("relationships"))?.value;
    return {
      name: attr(s, "name") ?? "",
      sheetId: Number(attr(s, "sheetId")),
      rid,
      part: wbRels.find((r) => r.id === rid)?.part,
    };
  });
}

/** Cell values of a worksheet part written by our writer (inline strings, numbers, booleans). */
export function sheetCells(parts: Parts, sheetPart: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of find(xml(parts, sheetPart), "c")) {
    const t = attr(c, "t");
    const tNode = find(c, "t")[0];
    const v = find(c, "v")[0];
    const raw = (n: XNode | undefined) => {
      if (!n) return "";
      const s = text(parts, sheetPart);
      return unescapeXml(s.slice(n.openEnd, n.closeStart));
    };
    out.set(attr(c, "r") ?? "", t === "inlineStr" ? raw(tNode) : raw(v));
  }
  return out;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
