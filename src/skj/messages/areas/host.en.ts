// English texts of host.params.ts.
import type { AreaCatalogue } from "../params";
import type { HostMessageParams } from "./host.params";

const HINT = {
  "cell-edit": "Excel is editing a cell: press Enter or Esc to finish the entry, then click again.",
  "other-workbook":
    "Excel refuses this step while another workbook is active: click this workbook's window, then try again.",
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
    p.missing
      .map((m) =>
        m === "a4"
          ? "A4 paper"
          : m === "fit-wide"
            ? `fit to ${p.pagesWide} page(s) wide`
            : `${m} orientation`
      )
      .join(", ") +
    ". Set them under Page Layout before printing.",
  "self-test-outcome": (p) =>
    p.status === "ok"
      ? `OK${p.checked ? "" : " (not read back)"}${p.separator ? " (getRanges takes only the ';' separator)" : ""}`
      : p.status === "refused"
        ? `Refused: ${p.code || "no code"} — ${p.detail}`
        : p.status === "differs"
          ? `Differs: read ${p.got}, expected ${p.want}`
          : `Not supported (needs ExcelApi ${p.api})`,
  "self-test-no-sheet": (p) =>
    `The test could not add its scratch sheet, so nothing was tried: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""}`,
  "self-test-sheet-left": (p) =>
    `The scratch sheet "${p.sheet}" could not be deleted (${p.detail}). Delete it by hand.`,
};
