// The plan's options: year, category scheme, JPM method, tolerance, thresholds, JP target, unit filter.
import { memo, useMemo } from "react";
import {
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Switch,
} from "@fluentui/react-components";
import { msg, renderMessage, type Lang, type Message } from "../../skj/messages";
import { jfTableEntry } from "../../skj/registry/jfTables";
import type { ThresholdKey } from "../../skj/registry/schemes";
import type { PaneController, Preview } from "../controller";
import type { Strings } from "../i18n";
import {
  JF_TABLE_CHOICES,
  JPM_CHOICES,
  OptionsDraft,
  optionProblems,
  SCHEME_CHOICES,
  SHEET_LANG_CHOICES,
  THRESHOLD_FIELDS,
  TOLERANCE_CHOICES,
  ZONE_CHOICES,
} from "../options";
import { ChoiceField } from "./ChoiceField";
import { UnitFilter } from "./UnitFilter";
import { useStyles } from "./styles";

interface Props {
  options: OptionsDraft;
  preview?: Preview;
  controller: PaneController;
  t: Strings;
  disabled: boolean;
}

/** The draft fields chosen from a fixed list. */
type ChoiceKey = "scheme" | "jpmMethod" | "tolerance" | "sheetLang" | "zone" | "jfTable";

/** Field props that mark a field with its problem (Fluent shows the message under it). */
function marked(problem: Message | undefined, lang: Lang) {
  return problem
    ? { validationState: "error" as const, validationMessage: renderMessage(problem, lang) }
    : { validationState: "none" as const };
}

/** What the JPM method choice means for this file, when the file has its own JPM column. */
function jpmNote(preview: Preview | undefined, t: Strings): string | undefined {
  const jpm = preview?.jpm;
  if (!jpm?.agreement) return undefined;
  const { matched, compared } = jpm.agreement;
  if (jpm.source === "file") return t.jpmFollowed(matched, compared);
  if (jpm.source === "user") return t.jpmUserAgreement(matched, compared);
  return t.jpmUnmatched(compared);
}

export const OptionsSection = memo(function OptionsSection({
  options,
  preview,
  controller,
  t,
  disabled,
}: Props) {
  const styles = useStyles();
  const set = <K extends keyof OptionsDraft>(key: K, value: OptionsDraft[K]) =>
    controller.setOption(key, value);
  const note = jpmNote(preview, t);
  const pane = (field: "jfTable" | "jfTableHint" | "jpmRounded" | "jpmRoundedHint") =>
    renderMessage(msg("standards-pane", { field }), t.lang);
  const schemeInUse =
    options.scheme === "auto" && preview?.scheme
      ? t.schemeFollowed(t.schemeChoice[preview.scheme.value])
      : undefined;
  /** A dropdown bound to a field of the draft: its value, its change and the section's disabled state. */
  const choice = <K extends ChoiceKey>(
    key: K,
    label: string,
    choices: readonly OptionsDraft[K][],
    name: (value: OptionsDraft[K]) => string,
    testId: string,
    hint?: string,
    fieldTestId?: string
  ) => (
    <ChoiceField
      {...{ label, hint, choices, name, testId, fieldTestId, disabled }}
      value={options[key]}
      onChange={(value) => set(key, value)}
    />
  );
  // Sorted and searchable in the filter: agencies have dozens of units.
  const units = preview?.units ?? [];
  const problems = useMemo(() => optionProblems(options), [options]);
  /** A number field of the draft, marked with its problem: a whole number, or a percent (thresholds). */
  const numberField = (
    key: "year" | "jpTarget" | ThresholdKey,
    label: string,
    testId: string,
    { hint, percent = false }: { hint?: string; percent?: boolean } = {}
  ) => (
    <Field
      key={key}
      label={label}
      hint={hint}
      size={percent ? "small" : undefined}
      {...marked(problems[key], t.lang)}
    >
      <Input
        className={styles.control}
        size={percent ? "small" : undefined}
        type={percent ? undefined : "number"}
        inputMode={percent ? "decimal" : "numeric"}
        value={options[key]}
        disabled={disabled}
        onChange={(_, d) => set(key, d.value)}
        contentAfter={percent ? "%" : undefined}
        data-testid={testId}
      />
    </Field>
  );
  const selectedCount = options.units.reduce((n, u) => n + (preview?.unitCounts[u] ?? 0), 0);

  return (
    <div className={styles.panel} data-testid="options">
      {numberField("year", t.year, "option-year")}

      {choice(
        "scheme",
        t.scheme,
        SCHEME_CHOICES,
        (v) => t.schemeChoice[v],
        "option-scheme",
        schemeInUse
      )}

      {choice(
        "jpmMethod",
        t.jpmMethod,
        JPM_CHOICES,
        (v) => t.jpmChoice[v],
        "option-jpm",
        note,
        "option-jpm-field"
      )}

      {options.jpmMethod === "mean" && (
        <Field hint={pane("jpmRoundedHint")}>
          <Switch
            label={pane("jpmRounded")}
            checked={options.jpmRounded}
            disabled={disabled}
            onChange={(_, d) => set("jpmRounded", d.checked)}
            data-testid="option-jpm-rounded"
          />
        </Field>
      )}

      {choice(
        "jfTable",
        pane("jfTable"),
        JF_TABLE_CHOICES,
        (v) => jfTableEntry(v).name[t.lang],
        "option-jf-table",
        pane("jfTableHint")
      )}

      {choice(
        "tolerance",
        t.tolerance,
        TOLERANCE_CHOICES,
        (v) => `${v}%`,
        "option-tolerance",
        t.toleranceHint
      )}

      {numberField("jpTarget", t.jpTarget, "option-jp-target", { hint: t.jpTargetHint })}

      <Field
        label={renderMessage(msg("pane-budget-label", {}), t.lang)}
        hint={renderMessage(msg("pane-budget-hint", {}), t.lang)}
        {...marked(problems.budgetCeiling, t.lang)}
      >
        <Input
          className={styles.control}
          inputMode="numeric"
          placeholder="Rp 100.000.000"
          value={options.budgetCeiling}
          disabled={disabled}
          onChange={(_, d) => set("budgetCeiling", d.value)}
          data-testid="option-budget-ceiling"
        />
      </Field>

      <Caption1 as="h3">{t.thresholds}</Caption1>
      <div className={styles.thresholds}>
        {THRESHOLD_FIELDS.map(({ key, label }) =>
          numberField(key, label, `option-${key}`, { percent: true })
        )}
      </div>

      {units.length > 1 && (
        <UnitFilter
          units={units}
          selected={options.units}
          hint={options.units.length > 0 ? t.unitsSelected(selectedCount) : undefined}
          disabled={disabled}
          t={t}
          onChange={(chosen) => set("units", chosen)}
        />
      )}

      {choice(
        "sheetLang",
        t.sheetLang,
        SHEET_LANG_CHOICES,
        (v) => t.sheetLangChoice[v],
        "option-sheet-lang",
        t.sheetLangHint
      )}

      {choice("zone", t.zone, ZONE_CHOICES, (v) => t.zoneChoice[v], "option-zone", t.zoneHint)}

      <Field hint={t.idpHint}>
        <Switch
          label={t.idp}
          checked={options.idp}
          disabled={disabled}
          onChange={(_, d) => set("idp", d.checked)}
          data-testid="option-idp"
        />
      </Field>

      {preview?.talent?.hasPerformance && !preview.talent.hasPotential && (
        <Field hint={t.potentialFromJpmHint}>
          <Switch
            label={t.potentialFromJpm}
            checked={options.potentialFromJpm}
            disabled={disabled}
            onChange={(_, d) => set("potentialFromJpm", d.checked)}
            data-testid="option-potential-from-jpm"
          />
        </Field>
      )}

      <MessageBar intent="info">
        <MessageBarBody>{t.jfNote}</MessageBarBody>
      </MessageBar>
    </div>
  );
});

interface ReportProps {
  options: OptionsDraft;
  controller: PaneController;
  t: Strings;
  disabled: boolean;
}

/** Who the report is for and who signs it. */
export const ReportIdentitySection = memo(function ReportIdentitySection({
  options,
  controller,
  t,
  disabled,
}: ReportProps) {
  const styles = useStyles();
  const problems = useMemo(() => optionProblems(options), [options]);
  const fields = [
    ["agency", t.agency],
    ["signatoryTitle", t.signatoryTitle],
    ["signatoryName", t.signatoryName],
    ["signatoryNip", t.signatoryNip],
    ["preparerTitle", t.preparerTitle],
    ["preparerName", t.preparerName],
    ["preparerNip", t.preparerNip],
  ] as const;
  return (
    <div className={styles.panel} data-testid="report-identity">
      {fields.map(([key, label]) => (
        <Field key={key} label={label} {...marked(problems[key], t.lang)}>
          <Input
            className={styles.control}
            value={options[key]}
            disabled={disabled}
            inputMode={key === "signatoryNip" || key === "preparerNip" ? "numeric" : undefined}
            onChange={(_, d) => controller.setOption(key, d.value)}
            data-testid={`option-${key}`}
          />
        </Field>
      ))}
    </div>
  );
});
