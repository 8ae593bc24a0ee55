// The report's look: a sober palette that prints well in grey, 10-pt body text, thin grey grid lines.
import { CellStyle, PrintSetup } from "./model";

export const COLORS = {
  headerFill: "#D9E1F2",
  identityFill: "#F2F2F2",
  totalFill: "#FFF2CC",
  border: "#808080",
  tabPlan: "#1F4E78",
  tabSummary: "#548235",
  tabIssues: "#C00000",
  gapSevere: "#C00000",
  gapMedium: "#F4B084",
  gapLight: "#FCE4D6",
  dataBar: "#F8696B",
} as const;

export const FORMATS = {
  percent: "0.0%",
  gap: "+0.0;-0.0;0.0",
  mean: "+0.00;-0.00;0.00",
  integer: "0",
  text: "@",
} as const;

const grid = { kind: "grid", weight: "thin", color: COLORS.border } as const;

export const BODY: CellStyle = { font: { size: 10 }, vertical: "top", border: grid };
export const TITLE: CellStyle = {
  font: { bold: true, size: 14 },
  horizontal: "center",
  vertical: "center",
};
export const SUBTITLE: CellStyle = {
  font: { bold: true, size: 12 },
  horizontal: "center",
  vertical: "center",
  wrap: true,
};
export const NOTE: CellStyle = { font: { size: 10 }, vertical: "top", wrap: true };
export const HEADING: CellStyle = { font: { bold: true, size: 11 }, vertical: "center" };
export const HEADER: CellStyle = {
  font: { bold: true, size: 10 },
  fill: COLORS.headerFill,
  horizontal: "center",
  vertical: "center",
  wrap: true,
  border: grid,
};
export const TEXT: CellStyle = { ...BODY, wrap: true };
export const CENTER: CellStyle = { ...BODY, horizontal: "center" };
export const TOTAL_LABEL: CellStyle = {
  ...BODY,
  font: { bold: true, size: 10 },
  fill: COLORS.totalFill,
  horizontal: "right",
};
export const TOTAL_VALUE: CellStyle = { ...TOTAL_LABEL, horizontal: "center" };

/** A4 landscape, one page wide, page numbers in the footer. */
export function printSetup(extra: Partial<PrintSetup> = {}): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToPagesWide: 1,
    footerCenter: "Halaman &P dari &N",
    margins: { top: 0.6, bottom: 0.7, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    ...extra,
  };
}
