// Help and about (Excel only): the self-test "Uji kemampuan Excel" and its table of what this Excel did and
// refused, with a button that copies the table as text. The controller runs the test through the host.
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { renderMessage } from "../../skj/messages";
import type { PaneController, PaneState } from "../controller";
import { SELF_TEST_STRINGS, type Strings } from "../i18n";
import { apiSetsText, featureLabel, selfTestText } from "../selfTestText";
import { CompactTable } from "./CompactTable";
import { useStyles } from "./styles";

interface Props {
  state: PaneState;
  controller: PaneController;
  t: Strings;
}

/** Office's webviews may refuse the Clipboard API: fall back to a selected textarea and execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand?.("copy") === true;
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function SelfTestSection({ state, controller, t }: Props) {
  const styles = useStyles();
  const s = SELF_TEST_STRINGS[t.lang];
  const test = state.selfTest;
  const report = test?.report;
  const [copy, setCopy] = useState<{ for: object; ok: boolean } | null>(null);
  const copied = report && copy?.for === report ? copy : null;

  return (
    <Accordion collapsible data-testid="help-section">
      <AccordionItem value="help">
        <AccordionHeader as="h2">{s.heading}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Body1>{s.intro}</Body1>
            <Button
              disabled={test?.running === true || state.busy !== undefined}
              onClick={() => void controller.runSelfTest()}
              data-testid="self-test-run"
            >
              {s.run}
            </Button>
            {test?.running && <Spinner size="tiny" label={s.running} />}
            {test?.error && (
              <MessageBar intent="error" data-testid="self-test-error">
                <MessageBarBody>
                  <MessageBarTitle>{s.failed}</MessageBarTitle>
                  {renderMessage(test.error, t.lang)}
                </MessageBarBody>
              </MessageBar>
            )}
            {report && !test?.running && (
              <>
                <Caption1 data-testid="self-test-platform">
                  {s.platform}: {report.platform || s.unknown} · {s.version}:{" "}
                  {report.version || s.unknown} · {s.apiSets}: {apiSetsText(report)}
                </Caption1>
                {report.problems.map((p, k) => (
                  <MessageBar key={k} intent="warning" data-testid="self-test-problem">
                    <MessageBarBody>{renderMessage(p, t.lang)}</MessageBarBody>
                  </MessageBar>
                ))}
                {report.rows.length > 0 && (
                  <CompactTable
                    label={s.run}
                    testId="self-test-table"
                    columns={[{ header: s.feature }, { header: s.outcome }]}
                    rows={report.rows.map((r) => ({
                      key: r.feature,
                      status: r.outcome.status,
                      cells: [
                        featureLabel(r.feature, t),
                        renderMessage({ code: "self-test-outcome", params: r.outcome }, t.lang),
                      ],
                    }))}
                  />
                )}
                <Button
                  onClick={() =>
                    void copyText(selfTestText(report, t)).then((ok) =>
                      setCopy({ for: report, ok })
                    )
                  }
                  data-testid="self-test-copy"
                >
                  {s.copy}
                </Button>
                <div role="status">
                  {copied && <Caption1>{copied.ok ? s.copied : s.copyFailed}</Caption1>}
                </div>
                {copied && !copied.ok && (
                  // A plain textarea: Fluent's would add to the bundle every page loads for one fallback.
                  <textarea
                    readOnly
                    rows={8}
                    className={styles.control}
                    value={selfTestText(report, t)}
                    aria-label={s.copy}
                    data-testid="self-test-text"
                  />
                )}
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
