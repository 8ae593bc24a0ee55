// The workbook of `skj rekap` (docs/domain.md §19): "Rekap per Unit YYYY" (needs per unit and competency,
// then the agency's totals), the AKPK sheet of the programmes pooled across units (the same builder as one
// plan's, which also carries the budget) and "Berkas" (what was read from each file and its first notes).
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import type { RekapColumn } from "../skj/messages/areas/rekap.params";
import type { RekapResult } from "../skj/rekap";
import type { CompetencyNeed, Severity } from "../skj/types";
import { type BuildReportOptions, reportContext } from "./buildReport";
import { heightForLines, wrappedLines } from "./layout";
import type { CellStyle, ReportModel, SheetModel } from "./model";
import { buildProgrammeSheet } from "./programmeSheet";
import { mergeStyles, rect, SheetBuilder } from "./sheetBuilder";
import { fullWidthRow, headerRow } from "./sheetParts";
import { CENTER, COLORS, FORMATS, NOTE, TEXT, TITLE, TOTAL_LABEL, TOTAL_VALUE } from "./styles";

const UNIT_COLUMNS: readonly RekapColumn[] = [
  "no",
  "unit",
  "competency",
  "employees",
  "short",
  "share",
  "meanGap",
];
const UNIT_WIDTHS = [5, 30, 32, 11, 13, 11, 16];

const FILE_COLUMNS: readonly RekapColumn[] = [
  "no",
  "file",
  "unit",
  "sheet",
  "planned",
  "leftOut",
  "errors",
  "warnings",
  "issues",
];
/** About 140 characters: A4 landscape, one page wide, the notes still printed at a readable size. */
const FILE_WIDTHS = [5, 20, 18, 14, 10, 10, 9, 9, 48];

/** Notes listed per file; the rest are counted (skj plan on the file lists them all). */
const FIRST_ISSUES = 5;
/** Units named per file before "…". */
const UNITS_SHOWN = 5;

const SHARE: CellStyle = { ...CENTER, numberFormat: FORMATS.percent };
const GAP: CellStyle = { ...CENTER, numberFormat: FORMATS.mean };
const TOTAL_SHARE: CellStyle = { ...TOTAL_VALUE, numberFormat: FORMATS.percent };
const TOTAL_GAP: CellStyle = { ...TOTAL_VALUE, numberFormat: FORMATS.mean };
const FAILED: CellStyle = mergeStyles(TEXT, { fill: "#FFC7CE", font: { color: "#9C0006" } });

function headers(lang: Lang, columns: readonly RekapColumn[]): string[] {
  return columns.map((column) => renderMessage(msg("rekap-header", { column }), lang));
}

function title(b: SheetBuilder, width: number, text: string): void {
  const r = b.addRow([text]);
  b.merge(rect(r, 0, r, width - 1));
  b.style(rect(r, 0, r, width - 1), mergeStyles(TITLE, { horizontal: "left" }));
  b.height(r, 22);
}

/**
 * One competency's row: its counts, the share needing development and the mean gap of those who need it (the
 * mean over everyone hides a third of a unit short behind a few high scores; docs/domain.md §14), blank when
 * nobody does.
 */
function needCells(n: CompetencyNeed): (string | number)[] {
  return [
    n.name,
    n.assessed,
    n.short,
    n.assessed ? n.short / n.assessed : 0,
    n.short > 0 ? n.meanShortfall : "",
  ];
}

export function buildRekapUnitsSheet(
  rekap: RekapResult,
  name: string,
  lang: Lang,
  agency: string
): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const width = UNIT_COLUMNS.length;
  const b = new SheetBuilder(width);
  title(b, width, say(msg("rekap-title", { year: rekap.year })));
  if (agency) fullWidthRow(b, UNIT_WIDTHS, agency, NOTE);
  fullWidthRow(
    b,
    UNIT_WIDTHS,
    say(
      msg("rekap-intro", {
        files: rekap.files.length,
        units: rekap.units.length,
        employees: rekap.employees,
        duplicates: rekap.duplicates.length,
        tolerance: rekap.pooled.tolerance,
      })
    ),
    NOTE
  );
  b.addRow();
  const header = headerRow(b, UNIT_WIDTHS, headers(lang, UNIT_COLUMNS));
  rekap.units.forEach((u, i) => {
    for (const n of u.needs) {
      if (n.assessed === 0) continue;
      const r = b.addRow([i + 1, u.unit, ...needCells(n)]);
      b.style(rect(r, 0, r, 0), CENTER);
      b.style(rect(r, 1, r, 2), TEXT);
      b.style(rect(r, 3, r, 4), CENTER);
      b.style(rect(r, 5, r, 5), SHARE);
      b.style(rect(r, 6, r, 6), GAP);
    }
  });
  // The agency's totals close the list: filtering on the unit column shows them as one more "unit".
  const total = say(msg("rekap-total", {}));
  for (const n of rekap.total) {
    if (n.assessed === 0) continue;
    const r = b.addRow(["", total, ...needCells(n)]);
    b.style(rect(r, 0, r, 2), TOTAL_LABEL);
    b.style(rect(r, 1, r, 2), mergeStyles(TOTAL_LABEL, { horizontal: "left" }));
    b.style(rect(r, 3, r, 4), TOTAL_VALUE);
    b.style(rect(r, 5, r, 5), TOTAL_SHARE);
    b.style(rect(r, 6, r, 6), TOTAL_GAP);
  }
  return b.buildList({
    name,
    kind: "rekapUnits",
    columnWidths: UNIT_WIDTHS,
    header,
    tabColor: COLORS.tabSummary,
  });
}

export function buildRekapFilesSheet(rekap: RekapResult, name: string, lang: Lang): SheetModel {
  const say = (m: Message) => renderMessage(m, lang);
  const width = FILE_COLUMNS.length;
  const b = new SheetBuilder(width);
  title(b, width, say(msg("rekap-files-title", { year: rekap.year })));
  fullWidthRow(
    b,
    FILE_WIDTHS,
    say(
      msg("rekap-files-intro", {
        files: rekap.files.length,
        failed: rekap.files.filter((f) => f.failed).length,
        employees: rekap.employees,
        duplicates: rekap.duplicates.length,
      })
    ),
    NOTE
  );
  b.addRow();
  const header = headerRow(b, FILE_WIDTHS, headers(lang, FILE_COLUMNS));
  const severity = (s: Severity) => say(msg("severity-name", { severity: s }));
  rekap.files.forEach((f, i) => {
    const shown = f.issues
      .slice(0, FIRST_ISSUES)
      .map((issue) => `[${severity(issue.severity)}] ${say(issue)}`);
    if (f.issues.length > FIRST_ISSUES)
      shown.push(say(msg("rekap-more-issues", { count: f.issues.length - FIRST_ISSUES })));
    const notes = shown.join("\n");
    const units =
      f.units.length === 0
        ? f.unit
        : f.units.slice(0, UNITS_SHOWN).join(", ") +
          (f.units.length > UNITS_SHOWN ? `, … (${f.units.length})` : "");
    const r = b.addRow([
      i + 1,
      f.file,
      units,
      f.sheet,
      f.planned,
      f.leftOut,
      f.errors,
      f.warnings,
      notes,
    ]);
    b.style(rect(r, 0, r, 0), CENTER);
    b.style(rect(r, 1, r, 3), TEXT);
    b.style(rect(r, 4, r, 7), CENTER);
    b.style(rect(r, 8, r, 8), f.failed ? FAILED : TEXT);
    const lines = Math.max(
      notes.split("\n").reduce((s, line) => s + wrappedLines(line, FILE_WIDTHS[8]), 0),
      wrappedLines(f.file, FILE_WIDTHS[1]),
      wrappedLines(units, FILE_WIDTHS[2])
    );
    if (lines > 1) b.height(r, Math.min(409, heightForLines(lines)));
  });
  return b.buildList({
    name,
    kind: "rekapFiles",
    columnWidths: FILE_WIDTHS,
    header,
    tabColor: COLORS.tabIssues,
  });
}

/**
 * The rekap's sheets, in order: per unit, the pooled AKPK (with the budget), the files. The AKPK sheet's
 * source line names the files pooled instead of one table.
 */
export function buildRekapReport(rekap: RekapResult, options: BuildReportOptions): ReportModel {
  const ctx = reportContext(rekap.pooled, options);
  const lang = ctx.lang;
  const source = renderMessage(
    msg("rekap-source", {
      files: rekap.files.filter((f) => !f.failed).length,
      units: rekap.units.length,
      employees: rekap.employees,
      duplicates: rekap.duplicates.length,
    }),
    lang
  );
  return {
    sheets: [
      buildRekapUnitsSheet(rekap, ctx.names.rekapUnits, lang, ctx.agency),
      buildProgrammeSheet(rekap.pooled, ctx.names.programmes, { ...ctx, source }),
      buildRekapFilesSheet(rekap, ctx.names.rekapFiles, lang),
    ],
  };
}
