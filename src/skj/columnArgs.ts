// Column mapping given as arguments ("PDOL=K", "NIP=NIP Baru"): the CLI's way to the mapping the pane edits.
// A field is a competency code (or name) or an identity field; a column is a letter or a header text.
// The result is a detection with the mapping changed, re-checked by the same rules as the pane's.
import { COMPETENCIES, resolveCompetency } from "./catalogue";
import { cellText } from "./cells";
import { identityField } from "./catalogue";
import { HEADER_SCAN_ROWS } from "./detect";
import { MappingField, getColumn, recheckMapping, setColumn } from "./mapping";
import { Message, msg } from "./messages/params";
import { SheetView } from "./sheetView";
import { columnLetter, normalizeText } from "./text";
import type {
  ColumnMapping,
  HeaderColumn,
  IdentityField,
  Issue,
  SheetGrid,
  TableDetection,
} from "./types";

export interface ColumnArg {
  /** The argument as written. */
  arg: string;
  /** The field as typed, upper-cased ("PDOL", "NIP"). */
  key: string;
  column: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; message: Message };

/** Identity and long-layout fields by the words a clerk would type. */
const FIELD_WORDS: Record<string, IdentityField | "competency" | "score"> = {
  NIP: "nip",
  NAMA: "name",
  NAME: "name",
  JABATAN: "position",
  JENJANG: "grade",
  ESELON: "grade",
  GRADE: "grade",
  UNIT: "unit",
  UNITKERJA: "unit",
  LEVEL: "level",
  STANDAR: "level",
  JPM: "jpm",
  KATEGORI: "category",
  KOMPETENSI: "competency",
  NILAI: "score",
};

/** Competency codes beyond the catalogue's, as templates write them. */
const CODE_ALIASES: Record<string, string> = { PDO: "PDOL", PDL: "PDOL" };

/** The codes a user may give, for the message naming them. */
export const COLUMN_ARG_FIELDS: readonly string[] = [
  ...COMPETENCIES.map((c) => c.code),
  "PDO",
  ...Object.keys(FIELD_WORDS).filter((k) => !["NAME", "GRADE", "UNITKERJA"].includes(k)),
];

/** "KODE=KOLOM" split; the column may be quoted. */
export function parseColumnArg(arg: string): Result<ColumnArg> {
  const eq = arg.indexOf("=");
  const key = eq < 0 ? "" : arg.slice(0, eq).trim();
  const column =
    eq < 0
      ? ""
      : arg
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .replace(/^'(.*)'$/, "$1")
          .trim();
  if (!key || !column) return { ok: false, message: msg("kolom-format", { arg }) };
  return { ok: true, value: { arg, key: key.toUpperCase(), column } };
}

/** The mapping field a key names, in the detection's layout. */
function fieldOf(a: ColumnArg, layout: TableDetection["layout"]): Result<MappingField> {
  const squashed = a.key.replace(/[\s_.-]/g, "");
  const word = FIELD_WORDS[squashed];
  if (word === "competency" || word === "score")
    return { ok: true, value: { kind: "long", field: word } };
  if (word === "level" && layout === "long" && squashed === "STANDAR")
    return { ok: true, value: { kind: "long", field: "standard" } };
  if (word) return { ok: true, value: { kind: "identity", field: word } };
  const code = resolveCompetency(CODE_ALIASES[squashed] ?? a.key);
  if (code) return { ok: true, value: { kind: "competency", code } };
  return {
    ok: false,
    message: msg("kolom-field-unknown", {
      arg: a.arg,
      field: a.key,
      fields: [...COLUMN_ARG_FIELDS],
    }),
  };
}

/** How a field is named in the notes ("Pengembangan Diri dan Orang Lain", "NIP"). */
function fieldLabel(f: MappingField, key: string): string {
  if (f.kind === "competency") return COMPETENCIES.find((c) => c.code === f.code)!.name;
  return key;
}

function lettersToColumn(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < 16_384 ? n - 1 : null;
}

/** The column a value names: a header (exactly, after normalising; else the one header containing it), else a letter. */
function columnOf(value: string, headers: readonly HeaderColumn[]): number | null {
  const wanted = normalizeText(value);
  const exact = headers.filter(
    (h) =>
      normalizeText(h.text) === wanted || normalizeText(`${h.group ?? ""} ${h.text}`) === wanted
  );
  if (exact.length >= 1) return exact[0].col;
  const letter = lettersToColumn(value);
  if (letter !== null) return letter;
  const containing = headers.filter(
    (h) => wanted.length >= 3 && normalizeText(h.text).includes(wanted)
  );
  return containing.length === 1 ? containing[0].col : null;
}

/** Every field of a mapping that reads `col`. */
function fieldsAt(
  mapping: ColumnMapping,
  col: number,
  layout: TableDetection["layout"]
): MappingField[] {
  const fields: MappingField[] = [
    ...(["nip", "name", "position", "grade", "unit", "level", "jpm", "category"] as const).map(
      (field) => ({ kind: "identity", field }) as MappingField
    ),
    ...COMPETENCIES.map((c) => ({ kind: "competency", code: c.code }) as MappingField),
    ...(layout === "long"
      ? (["competency", "standard", "score"] as const).map(
          (field) => ({ kind: "long", field }) as MappingField
        )
      : []),
  ];
  return fields.filter((f) => getColumn(mapping, f) === col);
}

const sameField = (a: MappingField, b: MappingField) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The detection with the arguments' columns applied. A column given to a field is taken from any other
 * field that read it (the user's word wins), and each applied argument is noted in the data notes.
 */
export function applyColumnArgs(
  detection: TableDetection,
  args: readonly ColumnArg[]
): Result<TableDetection> {
  let mapping = detection.mapping;
  const notes: Issue[] = [];
  const given: MappingField[] = [];
  for (const a of args) {
    const field = fieldOf(a, detection.layout);
    if (!field.ok) return field;
    const col = columnOf(a.column, detection.headers);
    if (col === null) {
      return {
        ok: false,
        message: msg("kolom-column-unknown", {
          arg: a.arg,
          column: a.column,
          headers: detection.headers.map((h) => h.text),
        }),
      };
    }
    for (const other of fieldsAt(mapping, col, detection.layout)) {
      if (!given.some((g) => sameField(g, other))) mapping = setColumn(mapping, other, undefined);
    }
    mapping = setColumn(mapping, field.value, col);
    given.push(field.value);
    const header = detection.headers.find((h) => h.col === col)?.text ?? "";
    const letter = columnLetter(col);
    notes.push({
      sheet: detection.sheet,
      row: 0,
      column: header,
      col,
      severity: "info",
      ...msg("kolom-applied", {
        arg: a.arg,
        field: fieldLabel(field.value, a.key),
        column: letter,
        header,
      }),
    });
  }
  return {
    ok: true,
    value: recheckMapping({ ...detection, mapping, issues: [...detection.issues, ...notes] }),
  };
}

/**
 * A detection to start from when none was found (the headers are too far from the nine names): the header
 * row is the one holding the headers the arguments name, else the one with the most text cells; the
 * identity columns and the competencies it names are mapped as detection would.
 */
export function manualDetection(
  grid: SheetGrid,
  args: readonly ColumnArg[]
): Result<TableDetection> {
  const view = new SheetView(grid);
  const end = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  const rowHeaders = (r: number): HeaderColumn[] => {
    const out: HeaderColumn[] = [];
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.value(r, c));
      if (text && typeof view.value(r, c) === "string") out.push({ col: c, text });
    }
    return out;
  };
  let best: { row: number; headers: HeaderColumn[]; named: number } | null = null;
  for (let r = view.firstRow; r <= end; r++) {
    const headers = rowHeaders(r);
    if (headers.length < 2) continue;
    const named = args.filter(
      (a) => lettersToColumn(a.column) === null && columnOf(a.column, headers) !== null
    ).length;
    if (
      !best ||
      named > best.named ||
      (named === best.named && headers.length > best.headers.length)
    )
      best = { row: r, headers, named };
  }
  if (!best) {
    return {
      ok: false,
      message: msg("kolom-no-header", { arg: args[0]?.arg ?? "", sheet: grid.name }),
    };
  }
  const mapping: ColumnMapping = { competencies: {}, competencyStandards: {}, technical: [] };
  for (const h of best.headers) {
    const kind = identityField(h.text);
    if (
      kind &&
      kind !== "nipOld" &&
      kind !== "categoryAlt" &&
      kind !== "jpmAlt" &&
      kind !== "target" &&
      mapping[kind] === undefined
    )
      mapping[kind] = h.col;
    else if (!kind) {
      const code = resolveCompetency(h.text);
      if (code && mapping.competencies[code] === undefined) mapping.competencies[code] = h.col;
    }
  }
  return {
    ok: true,
    value: {
      sheet: grid.name,
      layout: "wide",
      headerRows: [best.row + 1],
      dataStartRow: best.row + 2,
      headers: best.headers,
      mapping,
      issues: [],
    },
  };
}
