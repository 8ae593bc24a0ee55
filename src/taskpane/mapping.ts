// The column mapping as the pane shows it: which fields there are, their keys and dropdown labels. The
// mapping's rules (moving a field, re-checking its table-level issues) are the domain's, in skj/mapping.
import { columnLetter } from "../skj/text";
import { COMPETENCY_CODES, TableDetection, type WorkbookGrid } from "../skj/types";
import { SheetView } from "../skj/sheetView";
import { IDENTITY_FIELDS, MappingField } from "../skj/mapping";

export {
  getColumn,
  IDENTITY_FIELDS,
  mappingIssues,
  setColumn,
  withColumn,
  type MappingField,
} from "../skj/mapping";

/** A stable key per field, used for React keys and test ids ("map-nip", "map-KOM", "map-tech-…"). */
export function fieldKey(f: MappingField): string {
  switch (f.kind) {
    case "identity":
      return f.field;
    case "competency":
      return f.code;
    case "technical":
      return `tech-${f.name}`;
    case "long":
      return `long-${f.field}`;
  }
}

/** Every field the pane shows for a detection, in display order. */
export function fieldsOf(
  detection: TableDetection,
  technicalNames: readonly string[]
): MappingField[] {
  const fields: MappingField[] = IDENTITY_FIELDS.map((field) => ({ kind: "identity", field }));
  if (detection.layout === "long") {
    fields.push(
      { kind: "long", field: "competency" },
      { kind: "long", field: "score" },
      { kind: "long", field: "standard" }
    );
    return fields;
  }
  for (const code of COMPETENCY_CODES) fields.push({ kind: "competency", code });
  const names = [...technicalNames];
  for (const t of detection.mapping.technical) if (!names.includes(t.name)) names.push(t.name);
  for (const name of names) fields.push({ kind: "technical", name });
  return fields;
}

/** "F — Komunikasi": how a column is offered in a dropdown. */
export function columnLabel(detection: TableDetection, col: number): string {
  const h = detection.headers.find((x) => x.col === col);
  return h ? `${columnLetter(col)} — ${h.text}` : columnLetter(col);
}

/**
 * A few non-blank values of a column under the header, for the dropdown's hint. The sheet is indexed once
 * for every column asked (the pane asks for ~19 on each render of the mapping).
 */
export function columnSampler(
  grid: WorkbookGrid,
  detection: Pick<TableDetection, "sheet" | "dataStartRow">,
  count = 3
): (col: number) => string[] {
  const sheet = grid.sheets.find((s) => s.name === detection.sheet);
  if (!sheet) return () => [];
  const view = new SheetView(sheet);
  return (col) => {
    const out: string[] = [];
    for (let r = detection.dataStartRow - 1; r <= view.lastRow && out.length < count; r++) {
      const v = view.value(r, col);
      if (v === null || v === undefined || String(v).trim() === "") continue;
      out.push(String(v).trim().slice(0, 24));
    }
    return out;
  };
}

export function columnSamples(
  grid: WorkbookGrid,
  detection: TableDetection,
  col: number,
  count = 3
): string[] {
  return columnSampler(grid, detection, count)(col);
}
