// What every report sheet needs besides the plan: who it is for, when, and who signs it.
export interface ReportContext {
  agency: string;
  /** The report date in Indonesian words ("22 November 2026"). */
  dateText: string;
  /** Where it is signed ("Bandung"); empty leaves a dotted space to write it by hand. */
  place: string;
  signatory: { title: string; name: string; nip: string };
}
