// Table, drawing and chart parts of a report sheet.

import type { ChartSpec, ModelValue, Rect, TableSpec } from "../../report/model";
import type { Conformance } from "./conformance";
import { absoluteRangeRef, quotedSheet, rangeRef } from "./refs";
import { escapeAttr, escapeText, ooxmlString } from "../opc/xml";

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export function tableXml(
  id: number,
  name: string,
  spec: TableSpec,
  columns: string[],
  c: Conformance
): string {
  // Lowering gave the table its data row and its column names.
  const ref = rangeRef(spec.rect);
  // Excel writes line breaks inside column names as _x000a_.
  const colName = (s: string) => escapeAttr(ooxmlString(s).replace(/\r?\n/g, "_x000a_"));
  return (
    XML_DECL +
    `<table xmlns="${c.main}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}"` +
    ` ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">` +
    columns.map((n, i) => `<tableColumn id="${i + 1}" name="${colName(n)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="${escapeAttr(spec.style)}" showFirstColumn="0"` +
    ` showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The drawing part holding one anchored graphic frame per chart. */
export function drawingXml(charts: { spec: ChartSpec; relId: string }[], c: Conformance): string {
  const anchors = charts.map(({ spec, relId }, i) => {
    const a = spec.anchor;
    const marker = (tag: string, col: number, row: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.left, a.top)}` +
      // The anchor's bottom-right cell is covered, so the frame ends where the next cell begins.
      `${marker("to", a.right + 1, a.bottom + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${i + 2}" name="${escapeAttr(`Grafik ${i + 1}`)}"/><xdr:cNvGraphicFramePr/>` +
      `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${c.chart}"><c:chart xmlns:c="${c.chart}" r:id="${relId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${c.spreadsheetDrawing}" xmlns:a="${c.drawingMain}" xmlns:r="${c.rels}">` +
    anchors.join("") +
    `</xdr:wsDr>`
  );
}

function cellsOf(r: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  }
  return out;
}

function richText(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" b="1"/><a:t>${escapeText(ooxmlString(text))}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string | undefined): string {
  return text ? `<c:title>${richText(text)}<c:overlay val="0"/></c:title>` : "";
}

/**
 * A clustered horizontal bar chart whose categories and series refer to the sheet, with cached
 * values so that readers that do not recalculate still draw it. Axis titles: `xAxisTitle` names the
 * category axis and `yAxisTitle` the value axis (Excel's "X" is the category axis for every chart).
 */
/** The chart kinds of the model as DrawingML bar charts (lowering refuses any other kind). */
const BAR_CHARTS: Record<ChartSpec["kind"], { barDir: "bar" | "col"; grouping: string }> = {
  barClustered: { barDir: "bar", grouping: "clustered" },
};

/** Office's default accent colours, in order (blue, orange, grey, gold, light blue, green). */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

export function chartXml(
  spec: ChartSpec,
  sheetName: string,
  values: ModelValue[][],
  c: Conformance
): string {
  const sheet = quotedSheet(sheetName);
  const cats = cellsOf(spec.categories);
  const catCache =
    `<c:strCache><c:ptCount val="${cats.length}"/>` +
    cats
      .map(({ row, col }, i) => {
        const v = values[row]?.[col];
        return v === null || v === undefined
          ? ""
          : `<c:pt idx="${i}"><c:v>${escapeText(ooxmlString(String(v)))}</c:v></c:pt>`;
      })
      .join("") +
    `</c:strCache>`;
  const series = spec.series.map((s, i) => {
    const pts = cellsOf(s.values);
    const cache =
      `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${pts.length}"/>` +
      pts
        .map(({ row, col }, j) => {
          const v = values[row]?.[col];
          return typeof v === "number" && Number.isFinite(v)
            ? `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`
            : "";
        })
        .join("") +
      `</c:numCache>`;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:v>${escapeText(ooxmlString(s.name))}</c:v></c:tx>` +
      // An explicit fill: without one the bars take the theme's accent colour, and a workbook
      // without a theme part (LibreOffice's, most generated ones) shows no bars at all.
      `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLORS[i % SERIES_COLORS.length]}"/></a:solidFill></c:spPr>` +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeText(`${sheet}!${absoluteRangeRef(spec.categories)}`)}</c:f>` +
      `${catCache}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeText(`${sheet}!${absoluteRangeRef(s.values)}`)}</c:f>` +
      `${cache}</c:numRef></c:val></c:ser>`
    );
  });
  const bar = BAR_CHARTS[spec.kind];
  const catAxId = 500000001;
  const valAxId = 500000002;
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${c.chart}" xmlns:a="${c.drawingMain}" xmlns:r="${c.rels}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${bar.barDir}"/><c:grouping val="${bar.grouping}"/>` +
    `<c:varyColors val="0"/>${series.join("")}<c:gapWidth val="80"/>` +
    `<c:axId val="${catAxId}"/><c:axId val="${valAxId}"/></c:barChart>` +
    // Categories top to bottom in sheet order (maxMin), with the value axis along the bottom (max).
    `<c:catAx><c:axId val="${catAxId}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/>${titleXml(spec.xAxisTitle)}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valAxId}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxId}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>${titleXml(spec.yAxisTitle)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAxId}"/>` +
    `<c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
