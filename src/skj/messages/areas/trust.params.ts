// The pane says why nothing can be planned where the clerk looks: beside the counts, at the mapping
// dropdown, and in the create button's refusal. Codes and their typed parameters; the catalogues are
// trust.id.ts and trust.en.ts.
import type { Message } from "../params";

export interface TrustMessageParams {
  /** Competencies no column is mapped to (wide layout): nobody can be planned until they are. */
  "pane-unmapped": { competencies: string[] };
  /** The dropdown of a competency without a column. */
  "pane-unmapped-field": Record<string, never>;
  /** The note's button that opens the column mapping. */
  "pane-open-mapping": Record<string, never>;
  /** The search box above the unit filter: its label. */
  "pane-units-search": Record<string, never>;
  /** Under the search box: how many units match what was typed. */
  "pane-units-matching": { shown: number; total: number };
  /** Nobody can be planned because every row has an error: how many, and the first one in full. */
  "pane-nobody-rows": { sheet: string; errorRows: number; unassessed: number; first: Message };
}
