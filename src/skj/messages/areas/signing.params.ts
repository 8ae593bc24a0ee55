// The printed plan's own parts (docs/domain.md §14.1): who prepared it and whose rows continue on a new page.
// Codes and their typed parameters; the catalogues are signing.id.ts and signing.en.ts.

export interface SigningMessageParams {
  /** Heading of the preparer's block, beside the signatory's. */
  "sheet-sign-prepared": Record<string, never>;
  /** First row of a printed page that continues an employee's block: whose rows they are. */
  "plan-continued": { no: number; name: string; nip: string };
  /** The preparer's NIP is not 18 digits. */
  "preparer-nip-invalid": Record<string, never>;
}
