// The printed plan (docs/domain.md §14): who signs it. Codes and their typed parameters; the catalogues are
// document.id.ts and document.en.ts.
export interface DocumentMessageParams {
  /** The signature block found under the results table signs the plan too. */
  "signer-found": { title: string; name: string; address: string };
}
