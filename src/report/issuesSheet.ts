// "Catatan Data": every issue found in the data, one per row, filterable, severity in colour.
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import { issueAddress } from "../skj/issues";
import { PlanResult, Severity } from "../skj/types";
import { heightForLines, wrappedLines } from "./layout";
import { CellStyle, SheetModel } from "./model";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { COLORS, HEADER, NOTE, TEXT, TITLE } from "./styles";

const WIDTH = 7;
const WIDTHS = [5, 18, 7, 22, 7, 12, 80];
const COLUMNS = ["no", "sheet", "row", "column", "cell", "severity", "message"] as const;

/** The header row in a language ("No", "Sheet", "Baris", …). */
export function issueHeaders(lang: Lang = "id"): string[] {
  return COLUMNS.map((column) => renderMessage(msg("issues-sheet-header", { column }), lang));
}

const SEVERITY_STYLES: Record<Severity, CellStyle> = {
  error: mergeStyles(TEXT, { fill: "#FFC7CE", font: { color: "#9C0006", bold: true } }),
  warning: mergeStyles(TEXT, { fill: "#FFEB9C", font: { color: "#9C5700" } }),
  info: mergeStyles(TEXT, { fill: "#DDEBF7", font: { color: "#1F4E78" } }),
};

/** The sheet in the report's language: title, intro, headers, severities and every message. */
export function buildIssuesSheet(plan: PlanResult, name: string, lang: Lang = "id"): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const b = new SheetBuilder(WIDTH);
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  const title = b.addRow([say(msg("issues-sheet-title", {}))]);
  b.merge(rect(title, 0, title, WIDTH - 1));
  b.style(rect(title, 0, title, WIDTH - 1), mergeStyles(TITLE, { horizontal: "left" }));
  b.height(title, 22);

  const count = (s: Severity) => plan.issues.filter((i) => i.severity === s).length;
  const intro = say(
    msg("issues-sheet-intro", {
      sheet: plan.source.sheet,
      total: plan.issues.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    })
  );
  const introRow = b.addRow([intro]);
  b.merge(rect(introRow, 0, introRow, WIDTH - 1));
  b.style(rect(introRow, 0, introRow, WIDTH - 1), NOTE);
  b.height(introRow, heightForLines(wrappedLines(intro, total)));
  b.addRow();

  const header = b.addRow(issueHeaders(lang));
  b.style(rect(header, 0, header, WIDTH - 1), HEADER);
  plan.issues.forEach((issue, i) => {
    const text = say(issue);
    const r = b.addRow([
      i + 1,
      issue.sheet,
      issue.row > 0 ? issue.row : "",
      issue.column,
      issueAddress(issue) ?? "",
      say(msg("severity-name", { severity: issue.severity })),
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
  return b.buildList({
    name,
    kind: "issues",
    columnWidths: WIDTHS,
    header,
    tabColor: COLORS.tabIssues,
  });
}
