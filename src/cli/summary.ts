// The readable summary the CLI prints: what was understood, what was planned, what is wrong with the data.
import { type Lang, type Message, msg, renderMessage } from "../skj/messages";
import { formatNumber } from "../skj/messages";
import { PlanResult } from "../skj/types";
import { reportSheetName } from "../skj/registry/reportSheets";

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** At most this many issues are listed; the rest are counted (all of them are in the issues sheet). */
const MAX_ISSUES = 15;

export function describePlan(
  plan: PlanResult,
  input: string,
  output?: string,
  sheetNames: string[] = [],
  lang: Lang = "id"
): string {
  const say = (m: Message) => renderMessage(m, lang);
  const out: string[] = [];
  const s = plan.summary;
  const errors = plan.issues.filter((i) => i.severity === "error");
  const warnings = plan.issues.filter((i) => i.severity === "warning");
  out.push(say(msg("cli-title", { year: plan.year, input })));
  out.push(
    say(
      plan.source.personSheets
        ? msg("cli-people-source", { sheets: plan.source.personSheets })
        : msg("cli-table", {
            sheet: plan.source.sheet,
            headerRows: plan.source.headerRows,
            dataStartRow: plan.source.dataStartRow,
            long: plan.source.layout === "long",
          })
    )
  );
  out.push(
    say(
      msg("cli-jpm-method", {
        method: plan.jpmMethod,
        source: plan.jpmMethodSource,
        ...(plan.jpmAgreement ? { agreement: plan.jpmAgreement } : {}),
      })
    )
  );
  out.push(
    say(
      msg("cli-scheme", {
        scheme: plan.scheme,
        source: plan.schemeSource,
        fromTitle: plan.schemeBasis === "title",
        tolerance: plan.tolerance,
        jpTarget: plan.jpTarget,
      })
    )
  );
  out.push(
    say(
      msg("cli-counts", {
        employees: s.employees,
        errors: errors.length,
        warnings: warnings.length,
      })
    )
  );
  if (plan.unassessedRows.length > 0) {
    out.push(say(msg("cli-unassessed", { rows: plan.unassessedRows })));
  }
  out.push(say(msg("cli-categories", { categories: s.categories })));
  out.push(say(msg("cli-needs-heading", {})));
  for (const n of s.needs) {
    const gap = n.short > 0 ? formatNumber(n.meanShortfall, lang) : "-";
    out.push(`  ${pad(n.name, 34)} ${String(n.short).padStart(5)}   ${gap}`);
  }
  out.push(say(msg("cli-total-jp", { total: s.totalJp, tracks: s.tracks })));
  if (plan.issues.length > 0) {
    out.push(say(msg("cli-issues-heading", {})));
    // Errors first: they are the rows that were not planned.
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const ordered = [...plan.issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
    for (const issue of ordered.slice(0, MAX_ISSUES)) {
      out.push(`  [${say(msg("severity", { severity: issue.severity }))}] ${say(issue)}`);
    }
    if (plan.issues.length > MAX_ISSUES) {
      out.push(
        `  ${say(msg("cli-issues-more", { count: plan.issues.length - MAX_ISSUES, sheet: reportSheetName("issues", plan.year, lang) }))}`
      );
    }
  }
  if (output) out.push(say(msg("cli-written", { output })));
  // Names taken already get " (2)": say which sheets to look for.
  if (output && sheetNames.length) out.push(say(msg("cli-new-sheets", { sheets: sheetNames })));
  return `${out.join("\n")}\n`;
}
