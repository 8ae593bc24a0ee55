// English texts of host.params.ts.
import type { AreaCatalogue, PrintMissing } from "../params";
import type { HostMessageParams, SelfTestOutcome } from "./host.params";

const HINT = {
  "cell-edit": "Excel is editing a cell: press Enter or Esc to finish the entry, then click again.",
  "other-workbook":
    "Excel refuses this step while another workbook is active: click this workbook's window, then try again.",
};

/** Print settings as a clerk reads them. */
const PRINT: Record<PrintMissing, (pagesWide: number) => string> = {
  landscape: () => "landscape orientation",
  portrait: () => "portrait orientation",
  a4: () => "A4 paper",
  "fit-wide": (n) => `fit to ${n} page(s) wide`,
};

/** What a self-test row says, per status. */
const OUTCOME: {
  [S in SelfTestOutcome["status"]]: (p: Extract<SelfTestOutcome, { status: S }>) => string;
} = {
  ok: (p) =>
    `OK${p.checked ? "" : " (not read back)"}${p.separator ? " (getRanges takes only the ';' separator)" : ""}`,
  refused: (p) => `Refused: ${p.code || "no code"} — ${p.detail}`,
  differs: (p) => `Differs: read ${p.got}, expected ${p.want}`,
  unsupported: (p) => `Not supported (needs ExcelApi ${p.api})`,
};

export const hostEn: AreaCatalogue<HostMessageParams> = {
  "excel-hint": (p) => HINT[p.hint],
  "excel-calculate-failed": (p) =>
    `Formulas were not recalculated and their results not checked: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""} Press Ctrl+Alt+F9 in Excel to recalculate.`,
  "excel-formula-mismatch": (p) =>
    `Formula results on sheet "${p.sheet}" differ (` +
    p.cells
      .slice(0, 3)
      .map((c) => `${c.address}: ${c.got}, expected ${c.want}`)
      .join("; ") +
    `${p.cells.length > 3 ? "; …" : ""}). Press Ctrl+Alt+F9 to recalculate, then check.`,
  "excel-print-not-applied": (p) =>
    `Excel did not apply the print settings on sheet "${p.sheet}": ` +
    p.missing.map((m) => PRINT[m](p.pagesWide)).join(", ") +
    ". Set them under Page Layout before printing.",
  "self-test-outcome": (p) => (OUTCOME[p.status] as (q: SelfTestOutcome) => string)(p),
  "self-test-no-sheet": (p) =>
    `The test could not add its scratch sheet, so nothing was tried: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""}`,
  "self-test-sheet-left": (p) =>
    `The scratch sheet "${p.sheet}" could not be deleted (${p.detail}). Delete it by hand.`,
};
