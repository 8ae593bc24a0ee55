// Where the data comes from and what the pane understood of it: sheet, header rows and the counts.
import { memo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Subtitle2,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { ErrorCircleFilled, WarningFilled } from "@fluentui/react-icons";
import type { PaneController, PaneState } from "../controller";
import { FLOW_STRINGS, type Strings } from "../i18n";
import { formatCount, type Message, msg, renderMessage } from "../../skj/messages";
import { COMPETENCIES } from "../../skj/catalogue";
import type { Preview } from "../controller";
import type { TableDetection } from "../../skj/types";
import { ChoiceField } from "./ChoiceField";
import { EmployeeListButton } from "./EmployeeListButton";
import { FileButton } from "./FileButton";
import { useStyles } from "./styles";

interface Props {
  state: PaneState;
  controller: PaneController;
  t: Strings;
  canUseSelection: boolean;
  /** Open the column mapping (and put the keyboard on it). */
  onOpenMapping?: () => void;
}

/** Issue codes that only say, at length, what `pane-unmapped` says in a line. */
const SAID_BY_UNMAPPED = new Set(["competencies-unmapped", "competencies-missing"]);

/**
 * Why a preview plans nobody, when its counts alone would read "0 / 0 / 0": the competencies without a
 * column, and the table-level errors. Empty when the counters already tell (rows with errors, rows not
 * assessed) or somebody is planned.
 */
export function blockedReasons(preview: Preview, detection?: TableDetection): Message[] {
  if (preview.employees > 0 || preview.rowsWithErrors > 0 || preview.unassessedRows.length > 0)
    return [];
  const unmapped =
    detection?.layout === "wide"
      ? COMPETENCIES.filter((c) => detection.mapping.competencies[c.code] === undefined)
      : [];
  const reasons: Message[] = [];
  if (unmapped.length > 0)
    reasons.push(msg("pane-unmapped", { competencies: unmapped.map((c) => c.name) }));
  for (const issue of preview.issues)
    if (
      issue.severity === "error" &&
      issue.row === 0 &&
      !(unmapped.length > 0 && SAID_BY_UNMAPPED.has(issue.code))
    )
      reasons.push({ code: issue.code, params: issue.params } as Message);
  if (reasons.length === 0 && detection)
    reasons.push(
      msg("nobody-planned", {
        sheet: detection.sheet,
        reason: "no-rows",
        unassessed: 0,
        errorRows: 0,
        front: "pane",
      })
    );
  return reasons;
}

function rowsText(rows: number[]): string {
  if (rows.length === 0) return "";
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

export const SourceSection = memo(function SourceSection({
  state,
  controller,
  t,
  canUseSelection,
  onOpenMapping,
}: Props) {
  const styles = useStyles();
  const busy = state.busy !== undefined;
  const { detection, preview } = state;
  // Every sheet can be chosen (hidden ones are marked): agencies keep one sheet per eselon or unit.
  const sheets = state.grid?.sheets ?? [];
  const chosenSheet = detection?.sheet;
  const flow = FLOW_STRINGS[t.lang];
  const firstRun = state.hostKind === "file" && !state.fileName;
  const [dragging, setDragging] = useState(false);

  return (
    <section className={styles.section} aria-labelledby="source-heading">
      <Subtitle2 as="h2" id="source-heading">
        {t.sourceHeading}
      </Subtitle2>

      {state.hostKind === "file" ? (
        <>
          {firstRun && (
            <ol className={styles.steps} data-testid="steps">
              {flow.steps.map((step) => (
                <li key={step}>
                  <Caption1>{step}</Caption1>
                </li>
              ))}
            </ol>
          )}
          <div
            className={mergeClasses(firstRun && styles.dropZone, dragging && styles.dropActive)}
            data-testid="drop-zone"
            onDragOver={(event) => {
              if (busy) return;
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              const file = event.dataTransfer.files[0];
              if (file && !busy) void controller.openFile(file);
            }}
          >
            <div className={styles.row}>
              <FileButton
                label={t.openFile}
                accept=".xlsx,.xlsm,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                onFile={(file) => void controller.openFile(file)}
                disabled={busy}
                appearance={state.fileName ? "secondary" : "primary"}
                testId="open-file"
                inputTestId="file-input"
              />
              {firstRun && (
                <Button
                  disabled={busy}
                  onClick={() => void controller.openSample()}
                  data-testid="try-sample"
                >
                  {flow.trySample}
                </Button>
              )}
            </div>
            {firstRun && <Caption1>{flow.dropZone}</Caption1>}
          </div>
          <Caption1 className={styles.wrapText}>
            {state.fileName ? t.fileChosen(state.fileName) : t.noFileYet}
          </Caption1>
          <Caption1>{t.fileHint}</Caption1>
          <Link href="help.html" target="_blank" data-testid="help-link">
            {flow.help}
          </Link>
        </>
      ) : (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void controller.load()} data-testid="reload">
            {state.source === "selection" ? t.useWorkbook : t.reload}
          </Button>
          {canUseSelection && (
            <Tooltip content={t.selectionHint} relationship="description">
              <Button
                disabled={busy}
                onClick={() => void controller.useSelection()}
                data-testid="use-selection"
              >
                {t.useSelection}
              </Button>
            </Tooltip>
          )}
        </div>
      )}

      {controller.canWriteTemplate && (
        <div className={styles.section} data-testid="template">
          <Caption1 className={styles.wrapText}>{flow.template.hint}</Caption1>
          <div className={styles.row}>
            <Button
              appearance="subtle"
              disabled={busy || state.template?.running}
              onClick={() => void controller.createTemplate()}
              data-testid="create-template"
            >
              {state.template?.running ? flow.template.running : flow.template.button}
            </Button>
          </div>
          {state.template?.written?.downloadUrl ? (
            <Link
              href={state.template.written.downloadUrl}
              download={state.template.written.fileName}
              data-testid="template-download"
            >
              {flow.template.download(state.template.written.fileName ?? "")}
            </Link>
          ) : state.template?.written ? (
            <Caption1 role="status" data-testid="template-written">
              {flow.template.written(state.template.written.sheetNames)}
            </Caption1>
          ) : null}
          {state.template?.error && (
            <Caption1 role="alert" data-testid="template-error">
              {`${flow.template.failed} ${renderMessage(state.template.error, t.lang)}`}
            </Caption1>
          )}
        </div>
      )}

      {sheets.length > 1 && state.source === "workbook" && (
        <ChoiceField
          compact
          label={t.chooseSheet}
          value={chosenSheet}
          choices={sheets.map((sh) => sh.name)}
          name={(name) => name}
          optionText={(name) =>
            (sheets.find((sh) => sh.name === name)?.state ?? "visible") === "visible"
              ? name
              : `${name} ${t.sheetHidden}`
          }
          onChange={(name) => controller.chooseSheet(name)}
          disabled={busy}
          testId="choose-sheet"
        />
      )}

      {(detection || state.personSheets) && (
        <div
          className={mergeClasses(styles.section, styles.focusTarget)}
          data-testid="detection"
          id="detection"
          tabIndex={-1}
        >
          {detection ? (
            <>
              <Body1>
                {t.detectedSheet}: <strong data-testid="detected-sheet">{detection.sheet}</strong>
                {" · "}
                {t.headerRows}:{" "}
                <strong data-testid="detected-header-rows">{rowsText(detection.headerRows)}</strong>
              </Body1>
              <Caption1>
                {t.layout[detection.layout]}
                {state.source === "selection"
                  ? ` · ${t.selectionInUse}${state.selectionLabel ? `: ${t.selectionAt(state.selectionLabel.where, state.selectionLabel.table)}` : ""}.`
                  : ""}
              </Caption1>
            </>
          ) : (
            <Body1 className={styles.wrapText} data-testid="person-sheets">
              {renderMessage(
                msg("people-sheets", {
                  count: state.personSheets!.length,
                  sheets: state.personSheets!,
                }),
                t.lang
              )}
            </Body1>
          )}
          {preview && (
            <div className={styles.counts}>
              <div className={styles.count}>
                <span className={styles.countValue} data-testid="count-ready">
                  {formatCount(preview.employees, t.lang)}
                </span>
                <Caption1>{t.ready}</Caption1>
              </div>
              <Counter
                value={preview.rowsWithErrors}
                label={t.rowsWithErrors}
                lang={t.lang}
                color="danger"
                testId="count-errors"
              />
              <Counter
                value={preview.warnings}
                label={t.warnings}
                lang={t.lang}
                color="warning"
                testId="count-warnings"
              />
            </div>
          )}
          {preview && <Blocked preview={preview} state={state} t={t} onOpen={onOpenMapping} />}
          {preview && preview.unassessedRows.length > 0 && (
            <Caption1 data-testid="unassessed">{t.unassessed(preview.unassessedRows)}</Caption1>
          )}
          <EmployeeListButton state={state} controller={controller} t={t} />
        </div>
      )}
    </section>
  );
});

/** Beside the counts, in view: why they are all zero, and the way to the mapping. */
function Blocked(props: { preview: Preview; state: PaneState; t: Strings; onOpen?: () => void }) {
  const { preview, state, t, onOpen } = props;
  const reasons = blockedReasons(preview, state.detection);
  if (reasons.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="preview-blocked">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle.nothing}</MessageBarTitle>
        {reasons.map((r, i) => (
          <div key={i}>{renderMessage(r, t.lang)}</div>
        ))}
      </MessageBarBody>
      {onOpen && state.detection && (
        <MessageBarActions>
          <Button size="small" onClick={onOpen} data-testid="open-mapping">
            {renderMessage(msg("pane-open-mapping", {}), t.lang)}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A count under its label, with a coloured dot when it is not zero. */
function Counter(props: {
  value: number;
  label: string;
  lang: Strings["lang"];
  color: "danger" | "warning";
  testId: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.count}>
      <span className={styles.row}>
        <span className={styles.countValue} data-testid={props.testId}>
          {formatCount(props.value, props.lang)}
        </span>
        {/* An icon, not only a colour: error and warning stay apart in forced colours too. */}
        {props.value > 0 &&
          (props.color === "danger" ? (
            <ErrorCircleFilled aria-hidden="true" color={tokens.colorPaletteRedForeground1} />
          ) : (
            <WarningFilled aria-hidden="true" color={tokens.colorPaletteDarkOrangeForeground1} />
          ))}
      </span>
      <Caption1>{props.label}</Caption1>
    </div>
  );
}
