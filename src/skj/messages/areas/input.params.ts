// Reading the files agencies really have: header matching, employee lists, CSV, one sheet per person.
// Codes and their typed parameters; the catalogues are input.id.ts and input.en.ts.
import type { IdentityField } from "../../types";

/** A header as messages name it: its text and its column letter. */
export interface HeaderAt {
  text: string;
  column: string;
}

/** A field of the column mapping, as messages name it. */
export type MappedField = { identity: IdentityField } | { competency: string };

export interface InputMessageParams {
  /**
   * One column read by an identity field and another field (NIP and Nama from the same column): one of them
   * is mapped wrong. An error when NIP or Nama is among them.
   */
  "mapping-field-shared": { column: string; header: string; fields: MappedField[] };
  /** An identity field's name (the pane's mapping labels, and messages naming a field). */
  "identity-field-name": { field: IdentityField };
  /** An unknown header standing in a missing competency's place, read as it (docs/domain.md §12). */
  "header-by-position": { header: string; address: string; competency: string; code: string };
  /** A header naming a competency by a code or a typo, over values that are not scores 1–5: not read. */
  "header-not-scores": { header: string; address: string; competency: string; example: string };
  /**
   * Most of the nine found, some not: which are missing, which headers were not understood (the first
   * ones; `more` others), and how to map them.
   */
  "competencies-unmapped": {
    sheet: string;
    found: number;
    missing: { code: string; name: string }[];
    unknown: HeaderAt[];
    more: number;
  };
  /** A "Capaian"/"Persentase" column whose values do not agree with the scores: not read as the JPM. */
  "jpm-column-ignored": { header: string; column: string };
}
