// What a cell looks like once every StyledRange covering it is applied: one definition of style
// layering for both writers. Ranges apply in order (lowering gives each a layer), a later range
// overriding an earlier one property by property (font bold/italic/size/colour, fill, number format,
// each alignment, each border edge); properties a later range does not set stay as set before. A
// grid border draws every edge of every cell, an outline only the edges on the range's boundary.

import type { BorderWeight, CellStyle, Rect } from "./model";

export interface Edge {
  weight: BorderWeight;
  /** "RRGGBB". */
  color: string;
}

/** The format of one cell after applying every StyledRange that covers it (colours "RRGGBB"). */
export interface ResolvedStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** Font colour "RRGGBB". */
  color?: string;
  /** Solid fill "RRGGBB". */
  fill?: string;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  left?: Edge;
  right?: Edge;
  top?: Edge;
  bottom?: Edge;
}

/** "#RRGGBB" (or "RRGGBB") → "RRGGBB"; anything else is a programming error worth stopping for. */
export function normalizeColor(color: string): string {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(String(color).trim());
  if (!m) throw new Error(`Warna "${color}" tidak valid: gunakan format #RRGGBB.`);
  return m[1].toUpperCase();
}

/** Border edges of a cell inside a StyledRange, as bits: which edges the range draws there. */
export const LEFT = 1;
export const RIGHT = 2;
export const TOP = 4;
export const BOTTOM = 8;
export const ALL_EDGES = LEFT | RIGHT | TOP | BOTTOM;

export function edgeMask(style: CellStyle, rect: Rect, r: number, c: number): number {
  if (!style.border) return 0;
  if (style.border.kind === "grid") return ALL_EDGES;
  return (
    (c === rect.left ? LEFT : 0) |
    (c === rect.right ? RIGHT : 0) |
    (r === rect.top ? TOP : 0) |
    (r === rect.bottom ? BOTTOM : 0)
  );
}

function flatStyle(style: CellStyle): ResolvedStyle {
  const s: ResolvedStyle = {};
  if (style.font?.bold !== undefined) s.bold = style.font.bold;
  if (style.font?.italic !== undefined) s.italic = style.font.italic;
  if (style.font?.underline !== undefined) s.underline = style.font.underline;
  if (style.font?.size !== undefined) s.size = style.font.size;
  if (style.font?.color !== undefined) s.color = normalizeColor(style.font.color);
  if (style.fill !== undefined) s.fill = normalizeColor(style.fill);
  if (style.numberFormat !== undefined) s.numberFormat = style.numberFormat;
  if (style.horizontal !== undefined) s.horizontal = style.horizontal;
  if (style.vertical !== undefined) s.vertical = style.vertical;
  if (style.wrap !== undefined) s.wrap = style.wrap;
  return s;
}

/** Applies one StyledRange's style to a cell's format: the properties it sets, and its edges there. */
export function applyStyle(s: ResolvedStyle, style: CellStyle, mask: number): void {
  Object.assign(s, flatStyle(style));
  if (style.border && mask) {
    const e: Edge = { weight: style.border.weight, color: normalizeColor(style.border.color) };
    if (mask & LEFT) s.left = e;
    if (mask & RIGHT) s.right = e;
    if (mask & TOP) s.top = e;
    if (mask & BOTTOM) s.bottom = e;
  }
}

/** The resolved format of every styled cell, by "row,col", applying the ranges in the given order. */
export function resolveStyles(
  styles: readonly { rect: Rect; style: CellStyle }[]
): Map<string, ResolvedStyle> {
  const out = new Map<string, ResolvedStyle>();
  for (const { rect, style } of styles) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = `${r},${c}`;
        let s = out.get(key);
        if (!s) out.set(key, (s = {}));
        applyStyle(s, style, edgeMask(style, rect, r, c));
      }
    }
  }
  return out;
}
