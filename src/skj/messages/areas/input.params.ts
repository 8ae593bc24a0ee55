// Reading the files agencies really have: header matching, employee lists, CSV, one sheet per person.
// Codes and their typed parameters; the catalogues are input.id.ts and input.en.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InputMessageParams {}
