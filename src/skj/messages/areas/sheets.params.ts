// Texts of the written report sheets (titles, headers, notes), per language.
// Codes and their typed parameters; the catalogues are sheets.id.ts and sheets.en.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SheetMessageParams {}
