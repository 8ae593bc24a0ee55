// The data issues with their sheet row and column; in Excel a click selects the cell so the clerk can fix it.
import { memo } from "react";
import { Badge, Body1, Caption1, Link } from "@fluentui/react-components";
import { renderMessage } from "../../skj/messages";
import type { Issue, TableDetection } from "../../skj/types";
import { PaneController, selectionOf } from "../controller";
import type { Strings } from "../i18n";
import { useStyles } from "./styles";

/** A long list would make the pane sluggish; the Catatan Data sheet holds all of them. */
export const ISSUES_SHOWN = 100;

interface Props {
  issues: Issue[];
  detection?: TableDetection;
  controller: PaneController;
  t: Strings;
  canSelect: boolean;
}

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export const IssuesSection = memo(function IssuesSection({
  issues,
  detection,
  controller,
  t,
  canSelect,
}: Props) {
  const styles = useStyles();
  if (issues.length === 0) return <Body1>{t.issuesNone}</Body1>;
  const shown = issues.slice(0, ISSUES_SHOWN);
  return (
    <div className={styles.panel}>
      {canSelect && <Caption1>{t.issueClickHint}</Caption1>}
      <ul className={styles.issueList} data-testid="issues">
        {shown.map((issue, i) => {
          const at = issue.row > 0 ? t.issueAt(issue.row, issue.column) : t.issueWholeSheet;
          // Issues of another sheet (the SKJ sheet) name it; the table's own sheet is shown above.
          const where =
            detection && issue.sheet !== detection.sheet ? `${issue.sheet} · ${at}` : at;
          const address = canSelect ? selectionOf(issue, detection) : undefined;
          return (
            <li key={i} className={styles.issue} data-testid={`issue-${i}`}>
              <span className={styles.issueHead}>
                <Badge appearance="tint" size="small" color={BADGE_COLOR[issue.severity]}>
                  {t.severity[issue.severity]}
                </Badge>
                {address ? (
                  <Link
                    as="button"
                    onClick={() => void controller.selectIssue(issue)}
                    title={`${issue.sheet}!${address}`}
                  >
                    {where}
                  </Link>
                ) : (
                  <Caption1>{where}</Caption1>
                )}
              </span>
              <Caption1 className={styles.wrapText}>{renderMessage(issue, t.lang)}</Caption1>
            </li>
          );
        })}
      </ul>
      {issues.length > shown.length && (
        <Caption1>{t.issuesMore(issues.length - shown.length)}</Caption1>
      )}
    </div>
  );
});
