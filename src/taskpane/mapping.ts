// The column mapping as the pane edits it: which fields there are, reading and changing one, and the
// table-level issues a changed mapping must be re-checked for (the detector's own ones go stale).
import { COMPETENCIES } from "../skj/catalogue";
import { columnLetter } from "../skj/text";
import {
  COMPETENCY_CODES,
  ColumnMapping,
  CompetencyCode,
  IdentityField,
  Issue,
  TableDetection,
} from "../skj/types";

export type MappingField =
  | { kind: "identity"; field: IdentityField }
  | { kind: "competency"; code: CompetencyCode }
  | { kind: "technical"; name: string }
  | { kind: "long"; field: "competency" | "standard" | "score" };

export const IDENTITY_FIELDS: readonly IdentityField[] = [
  "nip",
  "name",
  "position",
  "grade",
  "unit",
  "level",
  "jpm",
  "category",
];

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

export function getColumn(mapping: ColumnMapping, f: MappingField): number | undefined {
  switch (f.kind) {
    case "identity":
      return mapping[f.field];
    case "competency":
      return mapping.competencies[f.code];
    case "technical":
      return mapping.technical.find((t) => t.name === f.name)?.col;
    case "long":
      return mapping[f.field];
  }
}

/** A copy of the mapping with one field moved to `col` (undefined: not in the table). */
export function setColumn(
  mapping: ColumnMapping,
  f: MappingField,
  col: number | undefined
): ColumnMapping {
  const next: ColumnMapping = {
    ...mapping,
    competencies: { ...mapping.competencies },
    competencyStandards: { ...mapping.competencyStandards },
    technical: mapping.technical.map((t) => ({ ...t })),
  };
  switch (f.kind) {
    case "identity":
    case "long":
      if (col === undefined) delete next[f.field];
      else next[f.field] = col;
      break;
    case "competency":
      if (col === undefined) delete next.competencies[f.code];
      else next.competencies[f.code] = col;
      break;
    case "technical": {
      const i = next.technical.findIndex((t) => t.name === f.name);
      if (col === undefined) {
        if (i >= 0) next.technical.splice(i, 1);
      } else if (i >= 0) next.technical[i].col = col;
      else next.technical.push({ name: f.name, col });
      break;
    }
  }
  return next;
}

/** "F — Komunikasi": how a column is offered in a dropdown. */
export function columnLabel(detection: TableDetection, col: number): string {
  const h = detection.headers.find((x) => x.col === col);
  return h ? `${columnLetter(col)} — ${h.text}` : columnLetter(col);
}

/** The detector's table-level issue codes that depend on the mapping alone. */
const MAPPING_CODES = new Set([
  "competencies-missing",
  "identity-missing",
  "grade-missing",
  "duplicate-competency-column",
  "mapping-duplicate",
]);

function sheetIssue(
  sheet: string,
  severity: Issue["severity"],
  code: string,
  message: string
): Issue {
  return { sheet, row: 0, column: "", severity, code, message };
}

/**
 * The detection with a field moved, and its table-level issues re-checked against the new mapping:
 * the detector's messages ("Komunikasi is missing") would otherwise outlive the user's fix.
 */
export function withColumn(
  detection: TableDetection,
  f: MappingField,
  col: number | undefined
): TableDetection {
  const mapping = setColumn(detection.mapping, f, col);
  const kept = detection.issues.filter((issue) => {
    if (MAPPING_CODES.has(issue.code)) return false;
    // A typo note is about a column; drop it once no field reads that column any more.
    if (issue.code === "header-typo" && issue.col !== undefined)
      return Object.values(mapping.competencies).includes(issue.col);
    return true;
  });
  return {
    ...detection,
    mapping,
    issues: [...kept, ...mappingIssues(detection.sheet, detection.layout, mapping)],
  };
}

/** Table-level problems of a mapping, in the detector's wording. */
export function mappingIssues(
  sheet: string,
  layout: TableDetection["layout"],
  mapping: ColumnMapping
): Issue[] {
  const issues: Issue[] = [];
  if (layout === "wide") {
    const missing = COMPETENCIES.filter((c) => mapping.competencies[c.code] === undefined);
    if (missing.length > 0) {
      issues.push(
        sheetIssue(
          sheet,
          "error",
          "competencies-missing",
          `Kompetensi ${missing.map((c) => c.name).join(", ")} belum dipetakan ke kolom; baris-barisnya tidak dapat direncanakan.`
        )
      );
    }
    const byCol = new Map<number, string[]>();
    for (const c of COMPETENCIES) {
      const col = mapping.competencies[c.code];
      if (col === undefined) continue;
      byCol.set(col, [...(byCol.get(col) ?? []), c.name]);
    }
    for (const [col, names] of byCol) {
      if (names.length > 1) {
        issues.push(
          sheetIssue(
            sheet,
            "warning",
            "mapping-duplicate",
            `Kolom ${columnLetter(col)} dipakai untuk ${names.join(" dan ")}; periksa pemetaan kolom.`
          )
        );
      }
    }
  } else if (mapping.competency === undefined || mapping.score === undefined) {
    issues.push(
      sheetIssue(
        sheet,
        "error",
        "competencies-missing",
        "Kolom Kompetensi dan Nilai harus dipetakan; baris-barisnya tidak dapat direncanakan."
      )
    );
  }
  if (mapping.nip === undefined && mapping.name === undefined) {
    issues.push(
      sheetIssue(
        sheet,
        "error",
        "identity-missing",
        `Kolom NIP dan Nama belum dipetakan di sheet "${sheet}".`
      )
    );
  }
  if (mapping.grade === undefined && mapping.level === undefined) {
    issues.push(
      sheetIssue(
        sheet,
        "warning",
        "grade-missing",
        `Kolom jenjang/eselon atau Level SKJ belum dipetakan; jenjang dibaca dari nama jabatan bila menyebut jenjang fungsional.`
      )
    );
  }
  return issues;
}
