// "Catatan Data": every issue found in the data, one per row, filterable, severity in colour.
import { renderMessage } from "../skj/messages";
import { cellAddress } from "../skj/text";
import { Issue, PlanResult, Severity } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { COLORS, HEADER, NOTE, printSetup, TEXT, TITLE } from "./styles";
import { SEVERITY_NAMES } from "./text";

const WIDTH = 7;
const WIDTHS = [5, 18, 7, 22, 7, 12, 80];
export const ISSUE_HEADERS = ["No", "Sheet", "Baris", "Kolom", "Sel", "Tingkat", "Pesan"];

const SEVERITY_STYLES: Record<Severity, CellStyle> = {
  error: mergeStyles(TEXT, { fill: "#FFC7CE", font: { color: "#9C0006", bold: true } }),
  warning: mergeStyles(TEXT, { fill: "#FFEB9C", font: { color: "#9C5700" } }),
  info: mergeStyles(TEXT, { fill: "#DDEBF7", font: { color: "#1F4E78" } }),
};

/** The cell an issue is about, when it names one (a computed address when only the column is known). */
export function issueAddress(issue: Issue): string {
  if (issue.address) return issue.address;
  if (issue.row > 0 && issue.col !== undefined) return cellAddress(issue.row - 1, issue.col);
  return "";
}

export function buildIssuesSheet(plan: PlanResult, name: string): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  const title = b.addRow(["CATATAN DATA"]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { horizontal: "left" }));
  b.height(title, 22);

  const count = (s: Severity) => plan.issues.filter((i) => i.severity === s).length;
  const intro =
    `Sumber: sheet "${plan.source.sheet}". ${plan.issues.length} catatan: ${count("error")} galat, ` +
    `${count("warning")} peringatan, ${count("info")} info. Galat: baris itu tidak masuk rencana. ` +
    "Peringatan: baris masuk rencana dengan anggapan yang disebut di pesan. Info: untuk diketahui.";
  const introRow = b.addRow([intro]);
  b.merge(rect(introRow, 0, introRow, WIDTH - 1));
  b.style(rect(introRow, 0, introRow, WIDTH - 1), NOTE);
  b.height(introRow, heightForLines(wrappedLines(intro, total)));
  b.addRow();

  const header = b.addRow(ISSUE_HEADERS);
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  plan.issues.forEach((issue, i) => {
    const text = renderMessage(issue);
    const r = b.addRow([
      i + 1,
      issue.sheet,
      issue.row > 0 ? issue.row : "",
      issue.column,
      issueAddress(issue),
      SEVERITY_NAMES[issue.severity],
      text,
    ]);
    b.style(rect(r, 0, r, 4), TEXT);
    b.style(rect(r, 5, r, 5), SEVERITY_STYLES[issue.severity]);
    b.style(rect(r, 6, r, 6), TEXT);
    const lines = Math.max(
      wrappedLines(text, WIDTHS[6]),
      wrappedLines(issue.column, WIDTHS[3]),
      wrappedLines(issue.sheet, WIDTHS[1])
    );
    if (lines > 1) b.height(r, heightForLines(lines));
  });
  const last = b.rowCount - 1;
  return b.build({
    name,
    kind: "issues",
    columnWidths: WIDTHS,
    print: printSetup({ repeatRows: { first: header, last: header } }),
    freeze: { rows: header + 1, cols: 0 },
    autoFilter: rect(header, 0, last, WIDTH - 1),
    tabColor: COLORS.tabIssues,
  });
}
