// The entry template ("Buat Template", `skj template`): a results table laid out the way detection reads it
// best, with what each column may hold. Rules and their basis: docs/domain.md §21.
import { COMPETENCIES } from "./catalogue";
import { GRADE_TABLE } from "./grades";
import { CompetencyCode } from "./types";

/** What a column of the template holds; the report turns each into a data validation. */
export type TemplateColumnKind =
  "nip" | "name" | "position" | "grade" | "unit" | "employment" | "score";

export interface TemplateColumn {
  kind: TemplateColumnKind;
  /** The header written, one the detector reads (docs/domain.md §12). Indonesian in both languages. */
  header: string;
  /** Width in characters. */
  width: number;
  competency?: CompetencyCode;
}

/** Scores are levels 1–5 in half steps, as assessment centres report them (docs/domain.md §21). */
export const TEMPLATE_SCORE = { min: 1, max: 5, step: 0.5 } as const;
/** The NIP since 2008 has 18 digits (Peraturan Kepala BKN 22/2007). */
export const NIP_DIGITS = 18;
/** Rows the validations cover below the header: an agency of this size fills them without extending. */
export const TEMPLATE_ROWS = 2000;
/** Rows the table covers at first; Excel extends it as rows are typed below. */
export const TEMPLATE_TABLE_ROWS = 50;
/** The template's file name when it is a workbook of its own (CLI default, file mode's download). */
export const TEMPLATE_FILE_NAME = "template-hasil-asesmen.xlsx";
/** Positions the SKJ sheet's skeleton offers. */
export const TEMPLATE_SKJ_ROWS = 30;

/** The grades in the template's dropdown: every grade SKJ gives a standard for, highest structural first. */
export const TEMPLATE_GRADES: readonly string[] = GRADE_TABLE.map((g) => g.grade);
export const TEMPLATE_EMPLOYMENT: readonly string[] = ["PNS", "PPPK"];

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { kind: "nip", header: "NIP", width: 21 },
  { kind: "name", header: "Nama", width: 28 },
  { kind: "position", header: "Jabatan", width: 30 },
  { kind: "grade", header: "Jenjang Jabatan", width: 17 },
  { kind: "unit", header: "Unit Kerja", width: 24 },
  { kind: "employment", header: "Status Kepegawaian", width: 12 },
  ...COMPETENCIES.map((c): TemplateColumn => ({
    kind: "score",
    header: c.name,
    width: 12,
    competency: c.code,
  })),
];

/** The SKJ sheet's skeleton: the position, then the nine required levels (docs/domain.md §5). */
export const TEMPLATE_SKJ_HEADERS: readonly string[] = [
  "Jabatan",
  ...COMPETENCIES.map((c) => c.name),
];
