// The individual development plan pages (docs/domain.md §17): one printed page per employee.
// Codes and their typed parameters; the catalogues are idp.id.ts and idp.en.ts.

export type IdpLabel =
  "name" | "nip" | "position" | "grade" | "unit" | "jpm" | "category" | "employment";

export type IdpColumn =
  | "competency"
  | "standard"
  | "score"
  | "gap"
  | "priority"
  | "method"
  | "activity"
  | "provider"
  | "month"
  | "jp"
  | "creditedJp";

export type IdpSigner = "employee" | "supervisor" | "pyb";

export interface IdpMessageParams {
  "idp-title": { year: number };
  "idp-agency": { agency: string };
  "idp-label": { label: IdpLabel };
  "idp-column": { column: IdpColumn };
  "idp-section": { part: "gaps" | "activities" };
  "idp-no-need": Record<string, never>;
  "idp-totals": { planned: number; credited: number; target: number };
  "idp-chart-title": Record<string, never>;
  "idp-series": { series: "standard" | "score" };
  "idp-signer": { who: IdpSigner };
  "idp-basis": Record<string, never>;
  /** The pages are split over several sheets: a sheet holds at most this many employees. */
  "idp-split": { sheets: number; perSheet: number; employees: number };
  /** Beyond this many employees the pages carry in-cell bars instead of a chart per page. */
  "idp-no-charts": { employees: number; limit: number };
}
