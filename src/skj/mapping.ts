// The column mapping of a detected table: reading and moving one field, and the table-level rules a
// mapping must satisfy. One set of rules for the detector, the pane, the CLI and the spreadsheet host.
import { COMPETENCIES, headerUnderstood } from "./catalogue";
import type { MappedField } from "./messages/areas/input.params";
import { Message, msg } from "./messages/params";
import { columnLetter } from "./text";
import {
  ColumnMapping,
  CompetencyCode,
  HeaderColumn,
  IdentityField,
  Issue,
  IssuePlace,
  TableDetection,
} from "./types";

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

/** The table-level issue codes that depend on the mapping alone (re-checked when it changes). */
export const MAPPING_CODES: ReadonlySet<Issue["code"]> = new Set([
  "competencies-missing",
  "competencies-unmapped",
  "long-columns-missing",
  "identity-missing",
  "grade-missing",
  "duplicate-competency-column",
  "mapping-duplicate",
  "mapping-field-shared",
]);

function sheetIssue(sheet: string, severity: IssuePlace["severity"], message: Message): Issue {
  return { sheet, row: 0, column: "", severity, ...message };
}

/** Most headers a message names as not understood. */
const UNKNOWN_LISTED = 6;

/** Headers no field reads and the catalogue does not know, nearest the competency columns first. */
function unknownHeaders(mapping: ColumnMapping, headers: readonly HeaderColumn[]): HeaderColumn[] {
  const used = new Set<number>(
    [
      ...Object.values(mapping.competencies),
      ...Object.values(mapping.competencyStandards),
      ...mapping.technical.map((t) => t.col),
      ...IDENTITY_FIELDS.map((f) => mapping[f]),
    ].filter((c): c is number => c !== undefined)
  );
  const cols = Object.values(mapping.competencies);
  const lo = Math.min(...cols);
  const hi = Math.max(...cols);
  const distance = (c: number) => (c < lo ? lo - c : c > hi ? c - hi : 0);
  return headers
    .filter((h) => !used.has(h.col) && !headerUnderstood(h.text))
    .sort((a, b) => distance(a.col) - distance(b.col) || a.col - b.col);
}

/**
 * Table-level problems of a mapping: competencies, identity and grade columns, one column used twice. With
 * the headers, a sheet that names most of the nine is told which are missing and which headers were not
 * understood (docs/domain.md §12); one naming few may use another competency model.
 */
export function mappingIssues(
  sheet: string,
  layout: TableDetection["layout"],
  mapping: ColumnMapping,
  headers?: readonly HeaderColumn[]
): Issue[] {
  const issues: Issue[] = [];
  if (layout === "wide") {
    const missing = COMPETENCIES.filter((c) => mapping.competencies[c.code] === undefined);
    const found = COMPETENCIES.length - missing.length;
    if (missing.length > 0 && headers && found * 2 > COMPETENCIES.length) {
      const unknown = unknownHeaders(mapping, headers);
      issues.push(
        sheetIssue(
          sheet,
          "error",
          msg("competencies-unmapped", {
            sheet,
            found,
            missing: missing.map((c) => ({ code: c.code, name: c.name })),
            unknown: unknown
              .slice(0, UNKNOWN_LISTED)
              .map((h) => ({ text: h.text, column: columnLetter(h.col) })),
            more: Math.max(0, unknown.length - UNKNOWN_LISTED),
          })
        )
      );
    } else if (missing.length > 0) {
      issues.push(
        sheetIssue(
          sheet,
          "error",
          msg("competencies-missing", { sheet, competencies: missing.map((c) => c.name) })
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
            msg("mapping-duplicate", { column: columnLetter(col), competencies: names })
          )
        );
      }
    }
  } else if (mapping.competency === undefined || mapping.score === undefined) {
    issues.push(sheetIssue(sheet, "error", msg("long-columns-missing", { sheet })));
  }
  issues.push(...sharedColumns(sheet, mapping, headers));
  if (mapping.nip === undefined && mapping.name === undefined) {
    issues.push(sheetIssue(sheet, "error", msg("identity-missing", { sheet })));
  }
  if (mapping.grade === undefined && mapping.level === undefined) {
    issues.push(sheetIssue(sheet, "warning", msg("grade-missing", { sheet })));
  }
  return issues;
}

/**
 * Columns an identity field shares with another field: NIP read from the Nama column puts names where NIPs
 * belong without a word. An error when NIP or Nama is one of them (the plan would name the wrong people),
 * else a warning.
 */
function sharedColumns(
  sheet: string,
  mapping: ColumnMapping,
  headers?: readonly HeaderColumn[]
): Issue[] {
  const byCol = new Map<number, MappedField[]>();
  const add = (col: number | undefined, field: MappedField) => {
    if (col !== undefined) byCol.set(col, [...(byCol.get(col) ?? []), field]);
  };
  for (const f of IDENTITY_FIELDS) add(mapping[f], { identity: f });
  for (const c of COMPETENCIES) add(mapping.competencies[c.code], { competency: c.name });
  for (const t of mapping.technical) add(t.col, { competency: t.name });
  const out: Issue[] = [];
  for (const [col, fields] of byCol) {
    if (fields.length < 2 || !fields.some((f) => "identity" in f)) continue;
    const personal = fields.some(
      (f) => "identity" in f && (f.identity === "nip" || f.identity === "name")
    );
    const header = headers?.find((h) => h.col === col)?.text ?? "";
    out.push({
      sheet,
      row: 0,
      column: header,
      col,
      severity: personal ? "error" : "warning",
      ...msg("mapping-field-shared", { column: columnLetter(col), header, fields }),
    });
  }
  return out;
}

/**
 * The detection with a field moved, and its table-level issues re-checked against the new mapping:
 * the detector's issues ("Komunikasi is missing") would otherwise outlive the user's fix.
 */
export function withColumn(
  detection: TableDetection,
  f: MappingField,
  col: number | undefined
): TableDetection {
  return recheckMapping({ ...detection, mapping: setColumn(detection.mapping, f, col) });
}

/** A detection whose mapping was changed (by a user, or sent from another front end), its issues re-checked. */
export function recheckMapping(detection: TableDetection): TableDetection {
  const mapping = detection.mapping;
  const kept = detection.issues.filter((issue) => {
    if (MAPPING_CODES.has(issue.code)) return false;
    // A typo or position note is about a column; drop it once no field reads that column any more.
    if (
      (issue.code === "header-typo" || issue.code === "header-by-position") &&
      issue.col !== undefined
    )
      return Object.values(mapping.competencies).includes(issue.col);
    return true;
  });
  return {
    ...detection,
    issues: [
      ...kept,
      ...mappingIssues(detection.sheet, detection.layout, mapping, detection.headers),
    ],
  };
}
