// The entry template (docs/domain.md §21): the input messages and refusals of its validations, the
// instructions sheet and what the CLI and pane say. Catalogues: template.id.ts and template.en.ts.
import type { TemplateColumnKind } from "../../template";

/** A column of the data sheet, or one of the SKJ sheet's two kinds of column. */
export type TemplateField = TemplateColumnKind | "skj-position" | "skj-level";

export interface TemplateMessageParams {
  "template-prompt-title": { field: TemplateField };
  "template-prompt": {
    field: TemplateField;
    grades: string[];
    min: number;
    max: number;
    digits: number;
  };
  "template-error-title": { field: TemplateField };
  "template-error": { field: TemplateField; min: number; max: number; digits: number };
  "template-guide-title": Record<string, never>;
  /** One numbered step of the instructions sheet. */
  "template-guide-step": {
    step: 1 | 2 | 3 | 4 | 5;
    entrySheet: string;
    skjSheet: string;
    rows: number;
  };
  "template-guide-basis": Record<string, never>;
  /** `skj template` refuses to overwrite a file (it may be a template being filled in). */
  "template-exists": { file: string };
  /** The CLI and the pane, once the template is written. */
  "template-written": { file: string; sheets: string[] };
}
