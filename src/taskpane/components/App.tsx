// The task pane: data source and mapping, data issues, options, and one button that writes the plan.
// Rendering only: every action goes to the PaneController, which alone talks to the workbook host.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  Accordion,
  AriaLiveAnnouncer,
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
  ProgressBar,
  Subtitle1,
  Switch,
  webLightTheme,
} from "@fluentui/react-components";
import { type Message, renderMessage } from "../../skj/messages";
import type { PaneController } from "../controller";
import type { Severity } from "../../skj/types";
import { STRINGS } from "../i18n";
import { Announcer } from "./Announcer";
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

export function App({ controller, autoLoad = false, capabilities }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const t = STRINGS[state.lang];
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

  // Which sections are open, and the issue list's severity filter: the result's "show those rows" sets both.
  const [openItems, setOpenItems] = useState<string[]>(["mapping"]);
  const [issueFilter, setIssueFilter] = useState<Severity | undefined>();
  const showLeftOut = () => {
    setOpenItems((items) => [...new Set([...items, "issues"])]);
    setIssueFilter("error");
    requestAnimationFrame(() => document.getElementById("issues-list")?.focus());
  };

  const busy = state.busy !== undefined;
  const issues = state.preview?.issues ?? [];
  const errorCount = issues.filter((i) => i.severity === "error").length;

  return (
    <FluentProvider theme={webLightTheme}>
      <AriaLiveAnnouncer>
        <Announcer state={state} t={t} />
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
                      <Badge color="danger" size="small" className={styles.headerBadge}>
                        {errorCount}
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
          </main>

          <footer className={styles.footer}>
            {state.error && (
              <MessageBar intent="error" politeness="assertive" data-testid="error-bar">
                <MessageBarBody>
                  <MessageBarTitle>{t.errorTitle[state.error.kind]}</MessageBarTitle>
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
              <Field validationMessage={t.stage[state.busy.stage]} validationState="none">
                <ProgressBar
                  value={state.busy.fraction}
                  max={1}
                  aria-label={t.working}
                  data-testid="progress"
                />
              </Field>
            )}
            <Button
              appearance="primary"
              disabled={busy || (!state.detection && !state.personSheets)}
              onClick={() => void controller.generate()}
              data-testid="generate"
            >
              {t.generate}
            </Button>
          </footer>
        </div>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
