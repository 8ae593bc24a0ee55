// The data issues, errors first, notes of one kind grouped ("33 × …", open to see the rows), counters that
// filter by severity, and what to do about each kind. In Excel a click on a location selects the cell.
import { memo } from "react";
import { Badge, Body1, Caption1, Link, ToggleButton } from "@fluentui/react-components";
import { hintFor, renderMessage } from "../../skj/messages";
import type { Issue, Severity, TableDetection } from "../../skj/types";
import { PaneController, selectionOf } from "../controller";
import type { Strings } from "../i18n";
import { useStyles } from "./styles";

/** A long list would make the pane sluggish; the Catatan Data sheet holds all of them. */
export const ISSUES_SHOWN = 100;

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
// Shapes as well as colours: in forced-colours mode the badges lose their fill.
const BADGE_MARK = { error: "✕", warning: "!", info: "i" } as const;

interface Props {
  issues: Issue[];
  detection?: TableDetection;
  controller: PaneController;
  t: Strings;
  canSelect: boolean;
  /** Only this severity is listed (the counters toggle it). */
  filter?: Severity;
  onFilter: (filter: Severity | undefined) => void;
}

interface Group {
  severity: Severity;
  code: Issue["code"];
  issues: Issue[];
}

/** Issues of one code and severity together, errors first, each group in the order of its first row. */
export function groupIssues(issues: readonly Issue[]): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { severity: issue.severity, code: issue.code, issues: [] }));
    g.issues.push(issue);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  );
}

export const IssuesSection = memo(function IssuesSection({
  issues,
  detection,
  controller,
  t,
  canSelect,
  filter,
  onFilter,
}: Props) {
  const styles = useStyles();
  if (issues.length === 0) return <Body1>{t.issuesNone}</Body1>;
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, issues.filter((i) => i.severity === s).length])
  ) as Record<Severity, number>;
  const groups = groupIssues(filter ? issues.filter((i) => i.severity === filter) : issues);

  const location = (issue: Issue) => {
    const at = issue.row > 0 ? t.issueAt(issue.row, issue.column) : t.issueWholeSheet;
    // Issues of another sheet (the SKJ sheet) name it; the table's own sheet is shown above.
    const where = detection && issue.sheet !== detection.sheet ? `${issue.sheet} · ${at}` : at;
    const address = canSelect ? selectionOf(issue, detection) : undefined;
    return address ? (
      <Link
        as="button"
        onClick={() => void controller.selectIssue(issue)}
        title={`${issue.sheet}!${address}`}
      >
        {where}
      </Link>
    ) : (
      <Caption1>{where}</Caption1>
    );
  };
  const badge = (severity: Severity, count?: number) => (
    <Badge appearance="tint" size="medium" color={BADGE_COLOR[severity]}>
      <span aria-hidden="true">{BADGE_MARK[severity]}&nbsp;</span>
      {count && count > 1 ? t.issueCount(count, t.severity[severity]) : t.severity[severity]}
    </Badge>
  );
  const hint = (code: Issue["code"]) => {
    const text = hintFor(code, t.lang);
    return text ? (
      <Caption1 className={styles.wrapText} data-testid="issue-hint">
        {t.issueHint(text)}
      </Caption1>
    ) : null;
  };

  let shown = 0;
  return (
    <div className={styles.panel}>
      <div role="group" aria-label={t.issueFilterLabel} className={styles.issueFilters}>
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filter === s}
            onClick={() => onFilter(filter === s ? undefined : s)}
            data-testid={`issue-filter-${s}`}
          >
            {t.issueFilter(s, counts[s])}
          </ToggleButton>
        ))}
      </div>
      {canSelect && <Caption1>{t.issueClickHint}</Caption1>}
      <ul className={styles.issueList} data-testid="issues">
        {groups.map((g, k) => {
          if (shown >= ISSUES_SHOWN) return null;
          shown += 1;
          const first = g.issues[0];
          if (g.issues.length === 1)
            return (
              <li key={k} className={styles.issue} data-testid={`issue-${k}`}>
                <span className={styles.issueHead}>
                  {badge(g.severity)}
                  {location(first)}
                </span>
                <Caption1 className={styles.wrapText}>{renderMessage(first, t.lang)}</Caption1>
                {hint(g.code)}
              </li>
            );
          const rows = g.issues.slice(0, ISSUES_SHOWN);
          return (
            <li key={k} className={styles.issue} data-testid={`issue-${k}`}>
              <details>
                <summary className={styles.issueSummary} data-testid="issue-group">
                  {badge(g.severity, g.issues.length)}{" "}
                  <Caption1 className={styles.wrapText}>{renderMessage(first, t.lang)}</Caption1>
                </summary>
                <ul className={styles.issueList}>
                  {rows.map((issue, i) => (
                    <li key={i} className={styles.issue}>
                      {location(issue)}
                      {i > 0 && (
                        <Caption1 className={styles.wrapText}>
                          {renderMessage(issue, t.lang)}
                        </Caption1>
                      )}
                    </li>
                  ))}
                </ul>
                {g.issues.length > rows.length && (
                  <Caption1>{t.issuesMore(g.issues.length - rows.length)}</Caption1>
                )}
              </details>
              {hint(g.code)}
            </li>
          );
        })}
      </ul>
      {groups.length > ISSUES_SHOWN && (
        <Caption1>{t.issuesMore(groups.length - ISSUES_SHOWN)}</Caption1>
      )}
    </div>
  );
});
