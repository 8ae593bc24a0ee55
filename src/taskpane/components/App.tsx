// The task pane: data source and mapping, data issues, options, and one button that writes the plan.
// Rendering only: every action goes to the PaneController, which alone talks to the workbook host.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  PortalMountNodeProvider,
  ProgressBar,
  Subtitle1,
  Switch,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ErrorCircleFilled } from "@fluentui/react-icons";
import type { PaneTheme } from "../host";
import { formatCount, type Message, msg, renderMessage } from "../../skj/messages";
import type { PaneController } from "../controller";
import type { Severity } from "../../skj/types";
import { FLOW_STRINGS, STRINGS } from "../i18n";
import { IssuesSection } from "./IssuesSection";
import { MappingSection } from "./MappingSection";
import { OptionsSection, ReportIdentitySection } from "./OptionsSection";
import { ResultSection } from "./ResultSection";
import { SelfTestSection } from "./SelfTestSection";
import { SourceSection } from "./SourceSection";
import { useStaticStyles, useStyles } from "./styles";

export interface AppProps {
  controller: PaneController;
  /** Read the workbook on mount (Excel: the open workbook; file mode waits for a file). */
  autoLoad?: boolean;
  /** Excel: offer "use the selected range" and clickable issue locations. */
  capabilities?: { selection: boolean; selectCell: boolean };
}

/** The detail without its first words when they repeat the title ("Tabel … tidak ditemukan: …"). */

/** The error's detail under its title: a detail that would repeat the title gives only its reason. */
function reasonOf(detail: Message): Message {
  return detail.code === "table-not-found"
    ? { ...detail, params: { ...detail.params, reasonOnly: true } }
    : detail;
}

const THEMES: Record<PaneTheme, typeof webLightTheme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function App({ controller, autoLoad = false, capabilities }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const t = STRINGS[state.lang];
  const flow = FLOW_STRINGS[state.lang];
  const errorRef = useRef<HTMLDivElement>(null);
  // Floating lists open inside <main>, so their content sits in a landmark too.
  const [portalNode, setPortalNode] = useState<HTMLElement | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoLoad) void controller.load();
  }, [autoLoad, controller]);

  // The page's language and title follow the pane's (screen readers pronounce by <html lang>).
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = t.title;
  }, [state.lang, t]);

  useEffect(() => {
    // The button sits in the footer; bring the summary into view once it appears, and put the
    // keyboard on its next step (open the sheet, or download) instead of leaving focus on the page.
    if (!state.result) return;
    resultRef.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
    resultRef.current
      ?.querySelector<HTMLElement>("a[href], button")
      ?.focus({ preventScroll: true });
  }, [state.result]);

  // After a file is chosen, focus moves to what was found in it (the file dialog leaves it nowhere).
  const focusDetection = useRef(false);
  useEffect(() => {
    if (state.fileName) focusDetection.current = true;
  }, [state.fileName]);
  useEffect(() => {
    if (!state.detection || !focusDetection.current) return;
    focusDetection.current = false;
    document.getElementById("detection")?.focus({ preventScroll: false });
  }, [state.detection]);

  // A bad file or a failed step: the keyboard (and a screen reader) goes to what went wrong.
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state.error]);

  const leftOut = state.result?.leftOut;
  const leftOutText =
    leftOut && (leftOut.errorRows.length || leftOut.unassessedRows.length)
      ? ` ${t.leftOut(leftOut.errorRows.length, leftOut.unassessedRows.length)}`
      : "";

  // What a screen reader hears: the stage while working (in steps of a quarter, not every percent),
  // the result, a stop. Errors go to the assertive region.
  const quarter =
    state.busy?.fraction === undefined ? undefined : Math.floor(state.busy.fraction * 4) / 4;
  const announcement = state.busy
    ? flow.progress(t.stage[state.busy.stage], quarter)
    : state.result
      ? `${flow.done(state.result.employees)}${leftOutText}`
      : state.cancelled
        ? flow.cancelled
        : "";
  // The reason itself is announced too (a refused mapping, Excel's refusal), not only the title.
  const alert = state.error
    ? [
        `${t.errorTitle[state.error.kind]}.`,
        state.error.badFile
          ? `${flow.badFile[state.error.badFile].what} ${flow.badFile[state.error.badFile].todo}`
          : "",
        state.error.detail ? renderMessage(reasonOf(state.error.detail), t.lang) : "",
      ]
        .filter(Boolean)
        .join(" ")
    : "";

  const busy = state.busy !== undefined;
  const issues = state.preview?.issues ?? [];
  const errorCount = issues.filter((i) => i.severity === "error").length;

  // Open sections: confident detection (no error in the data) keeps the mapping folded, doubt opens it,
  // until the user toggles; a new file or sheet starts again. The result's "show those rows" opens the
  // issues on the errors.
  const accordionKey = `${state.fileName ?? ""}|${state.detection?.sheet ?? ""}`;
  const [opened, setOpened] = useState<{ key: string; items: string[] }>();
  const openItems =
    opened?.key === accordionKey
      ? opened.items
      : errorCount > 0 || state.preview?.employees === 0
        ? ["mapping"]
        : [];
  const setOpenItems = (items: string[]) => setOpened({ key: accordionKey, items });
  const [issueFilter, setIssueFilter] = useState<Severity | undefined>();
  const showLeftOut = () => {
    setOpenItems([...new Set([...openItems, "issues"])]);
    setIssueFilter("error");
    requestAnimationFrame(() => document.getElementById("issues-list")?.focus());
  };
  // From the "nothing can be planned" note: the mapping, with the keyboard on the first unmapped dropdown.
  const openMapping = () => {
    setOpenItems([...new Set([...openItems, "mapping"])]);
    requestAnimationFrame(() => {
      const mapping = document.querySelector<HTMLElement>('[data-testid="mapping"]');
      const invalid = mapping?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? mapping?.querySelector<HTMLElement>("button, input"))?.focus();
    });
  };

  return (
    <FluentProvider theme={THEMES[state.theme]}>
      <PortalMountNodeProvider value={portalNode ?? undefined}>
        <div className={styles.root} lang={state.lang}>
          <header className={styles.header}>
            <div className={styles.headerText}>
              <Subtitle1 as="h1">{t.title}</Subtitle1>
              <Caption1>{t.subtitle}</Caption1>
            </div>
            <Switch
              label={t.english}
              checked={state.lang === "en"}
              onChange={(_, d) => controller.setLang(d.checked ? "en" : "id")}
              data-testid="lang-switch"
            />
          </header>

          <main className={styles.body}>
            <div ref={resultRef}>
              {state.result && (
                <ResultSection
                  result={state.result}
                  hostKind={state.hostKind}
                  controller={controller}
                  t={t}
                  onShowLeftOut={showLeftOut}
                />
              )}
            </div>

            <SourceSection
              state={state}
              controller={controller}
              t={t}
              canUseSelection={capabilities?.selection ?? false}
              onOpenMapping={openMapping}
            />

            {(state.detection || state.personSheets) && (
              <Accordion
                multiple
                collapsible
                openItems={openItems}
                onToggle={(_, d) => setOpenItems(d.openItems.map(String))}
              >
                {state.detection && (
                  <AccordionItem value="mapping">
                    <AccordionHeader as="h2">{t.mappingHeading}</AccordionHeader>
                    <AccordionPanel>
                      <MappingSection
                        detection={state.detection}
                        grid={state.grid}
                        detected={state.detected}
                        technicalNames={state.technicalNames}
                        controller={controller}
                        t={t}
                        disabled={busy}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                )}
                <AccordionItem value="issues">
                  <AccordionHeader as="h2" data-testid="issues-header">
                    {t.issuesHeading(issues.length)}
                    {errorCount > 0 && (
                      <Badge
                        color="danger"
                        size="medium"
                        icon={<ErrorCircleFilled />}
                        className={styles.headerBadge}
                      >
                        {formatCount(errorCount, t.lang)} {t.severity.error.toLowerCase()}
                      </Badge>
                    )}
                  </AccordionHeader>
                  <AccordionPanel id="issues-list" tabIndex={-1}>
                    <IssuesSection
                      issues={issues}
                      detection={state.detection}
                      controller={controller}
                      t={t}
                      canSelect={capabilities?.selectCell ?? false}
                      filter={issueFilter}
                      onFilter={setIssueFilter}
                    />
                  </AccordionPanel>
                </AccordionItem>
                <AccordionItem value="options">
                  <AccordionHeader as="h2">{t.optionsHeading}</AccordionHeader>
                  <AccordionPanel>
                    <OptionsSection
                      options={state.options}
                      preview={state.preview}
                      controller={controller}
                      t={t}
                      disabled={busy}
                    />
                  </AccordionPanel>
                </AccordionItem>
                <AccordionItem value="report">
                  <AccordionHeader as="h2">{t.reportHeading}</AccordionHeader>
                  <AccordionPanel>
                    <ReportIdentitySection
                      options={state.options}
                      controller={controller}
                      t={t}
                      disabled={busy}
                    />
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            )}
            {state.hostKind === "excel" && (
              <SelfTestSection state={state} controller={controller} t={t} />
            )}
            <div ref={setPortalNode} />
          </main>

          <footer className={styles.footer}>
            {state.replaceAsk && (
              <MessageBar intent="warning" data-testid="replace-ask" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{flow.replace.title}</MessageBarTitle>
                  {renderMessage(
                    msg("live-replace-ask", { sheets: state.replaceAsk.sheets }),
                    t.lang
                  )}
                </MessageBarBody>
                <MessageBarActions>
                  <Button
                    appearance="primary"
                    onClick={() => void controller.answerReplace("replace")}
                    data-testid="replace-old"
                  >
                    {flow.replace.replace}
                  </Button>
                  <Button
                    onClick={() => void controller.answerReplace("keep")}
                    data-testid="replace-keep"
                  >
                    {flow.replace.keep}
                  </Button>
                  <Button
                    appearance="subtle"
                    onClick={() => void controller.answerReplace("cancel")}
                    data-testid="replace-cancel"
                  >
                    {flow.replace.cancel}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {state.error && (
              <MessageBar
                intent="error"
                data-testid="error-bar"
                ref={errorRef}
                tabIndex={-1}
                className={styles.focusTarget}
              >
                <MessageBarBody>
                  <MessageBarTitle>{t.errorTitle[state.error.kind]}</MessageBarTitle>
                  {state.error.badFile && (
                    <span data-testid="bad-file">
                      {flow.badFile[state.error.badFile].what}{" "}
                      <strong>{flow.badFile[state.error.badFile].todo}</strong>{" "}
                    </span>
                  )}
                  {state.error.detail && renderMessage(reasonOf(state.error.detail), t.lang)}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      size="small"
                      aria-label={t.dismiss}
                      onClick={() => controller.dismissError()}
                    >
                      ×
                    </Button>
                  }
                />
              </MessageBar>
            )}
            {state.busy && (
              <div className={styles.row}>
                <Field
                  className={styles.grow}
                  validationMessage={flow.progress(t.stage[state.busy.stage], state.busy.fraction)}
                  validationState="none"
                >
                  <ProgressBar
                    value={state.busy.fraction}
                    max={1}
                    aria-label={t.working}
                    data-testid="progress"
                  />
                </Field>
                {(state.hostKind === "file" || state.busy.stage === "plan") && (
                  <Button size="small" onClick={() => controller.cancel()} data-testid="cancel">
                    {flow.cancel}
                  </Button>
                )}
              </div>
            )}
            <div
              className={styles.visuallyHidden}
              role="status"
              aria-live="polite"
              data-testid="announce"
            >
              {announcement}
            </div>
            <div className={styles.visuallyHidden} role="alert" data-testid="announce-alert">
              {alert}
            </div>
            <Button
              // One primary action per view: creating the plan, until a result offers its own next step.
              appearance={
                state.result || (!state.detection && !state.personSheets) ? "secondary" : "primary"
              }
              disabled={busy || (!state.detection && !state.personSheets)}
              onClick={() => void controller.generate()}
              data-testid="generate"
            >
              {t.generate}
            </Button>
          </footer>
        </div>
      </PortalMountNodeProvider>
    </FluentProvider>
  );
}
