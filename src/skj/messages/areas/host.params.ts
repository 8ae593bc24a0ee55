// The spreadsheet host: requests, calculation, start-up, the self-test.
// Codes and their typed parameters; the catalogues are host.id.ts and host.en.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HostMessageParams {}
