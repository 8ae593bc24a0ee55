// SpreadsheetML namespaces, relationship types and content types of the parts the writer adds.

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
