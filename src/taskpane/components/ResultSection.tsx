// After a run: how many were planned, total JP, shortfalls per competency, and the way to the result.
import { memo } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

import { renderMessage } from "../../skj/messages";
import type { GenerateSummary, PaneController, PaneState } from "../controller";
import type { Strings } from "../i18n";
import { CompactTable } from "./CompactTable";
import { useStyles } from "./styles";

const LOCALE = { id: "id-ID", en: "en-US" } as const;

/** 1786 -> "1.786" (Indonesian) or "1,786" (English). */
function formatInteger(value: number, lang: keyof typeof LOCALE): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(value);
}

/** -0.8 -> "-0,80": a fixed number of decimals so that a column of gaps lines up. */
function formatDecimal(value: number, decimals: number, lang: keyof typeof LOCALE): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

interface Props {
  result: GenerateSummary;
  hostKind: PaneState["hostKind"];
  controller: PaneController;
  t: Strings;
  /** Open the issue list on the rows that were left out. */
  onShowLeftOut: () => void;
}

export const ResultSection = memo(function ResultSection({
  result,
  hostKind,
  controller,
  t,
  onShowLeftOut,
}: Props) {
  const styles = useStyles();
  const { errorRows, unassessedRows } = result.leftOut;
  return (
    <section className={styles.section} aria-labelledby="result-heading" data-testid="result">
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle id="result-heading">{t.resultHeading}</MessageBarTitle>
          {t.sheetsCreated(result.sheetNames.join(", "))}
        </MessageBarBody>
      </MessageBar>
      {/* The next step comes first: at task-pane height the needs table would push it below the fold. */}
      {hostKind === "excel" && result.sheetNames.length > 0 && (
        <Button
          appearance="primary"
          onClick={() => void controller.openResult()}
          data-testid="open-sheet"
        >
          {t.openSheet(result.sheetNames[0])}
        </Button>
      )}
      {hostKind === "file" && result.downloadUrl && result.fileName && (
        <>
          <Button
            as="a"
            appearance="primary"
            href={result.downloadUrl}
            download={result.fileName}
            className={styles.wrapButton}
            data-testid="download-link"
          >
            {t.download(result.fileName)}
          </Button>
          <Caption1>{t.chartNote}</Caption1>
        </>
      )}
      {(errorRows.length > 0 || unassessedRows.length > 0) && (
        <MessageBar intent="warning" data-testid="result-left-out">
          <MessageBarBody>
            <MessageBarTitle>{t.leftOutTitle}</MessageBarTitle>
            {t.leftOut(errorRows.length, unassessedRows.length)}
          </MessageBarBody>
          {errorRows.length > 0 && (
            <MessageBarActions>
              <Button size="small" onClick={onShowLeftOut} data-testid="show-left-out">
                {t.leftOutShow}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {result.notes.length > 0 && (
        <MessageBar intent="warning" data-testid="result-notes">
          <MessageBarBody>
            <MessageBarTitle>{t.notesTitle}</MessageBarTitle>
            {result.notes.map((n) => renderMessage(n, t.lang)).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.counts}>
        <div className={styles.count}>
          <span className={styles.countValue} data-testid="result-employees">
            {formatInteger(result.employees, t.lang)}
          </span>
          <Caption1>{t.resultEmployees}</Caption1>
        </div>
        <div className={styles.count}>
          <span className={styles.countValue} data-testid="result-jp">
            {formatInteger(result.totalJp, t.lang)}
          </span>
          <Caption1>{t.resultJp}</Caption1>
        </div>
      </div>
      {result.needs.length === 0 ? (
        <Caption1>{t.resultNoNeeds}</Caption1>
      ) : (
        <CompactTable
          label={t.resultNeeds}
          testId="result-needs"
          columns={[
            { header: t.needCompetency },
            { header: t.needShort, numeric: true },
            { header: t.needMeanGap, numeric: true },
          ]}
          rows={result.needs.map((n) => ({
            key: n.competency,
            cells: [n.name, n.short, formatDecimal(n.meanShortfall, 2, t.lang)],
          }))}
        />
      )}
    </section>
  );
});
