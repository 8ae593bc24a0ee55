// The plan's options: year, category scheme, JPM method, tolerance, thresholds, JP target, unit filter.
import { memo, useMemo } from "react";
import {
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
} from "@fluentui/react-components";
import { renderMessage, type Lang, type Message } from "../../skj/messages";
import type { PaneController, Preview } from "../controller";
import type { Strings } from "../i18n";
import {
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
import { LIST_POSITIONING, useStyles } from "./styles";

interface Props {
  options: OptionsDraft;
  preview?: Preview;
  controller: PaneController;
  t: Strings;
  disabled: boolean;
}

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
  const schemeInUse =
    options.scheme === "auto" && preview?.scheme
      ? t.schemeFollowed(t.schemeChoice[preview.scheme.value])
      : undefined;
  const units = preview?.units ?? [];
  const problems = useMemo(() => optionProblems(options), [options]);
  const selectedCount = options.units.reduce((n, u) => n + (preview?.unitCounts[u] ?? 0), 0);

  return (
    <div className={styles.panel} data-testid="options">
      <Field label={t.year} {...marked(problems.year, t.lang)}>
        <Input
          className={styles.control}
          type="number"
          inputMode="numeric"
          value={options.year}
          disabled={disabled}
          onChange={(_, d) => set("year", d.value)}
          data-testid="option-year"
        />
      </Field>

      <ChoiceField
        label={t.scheme}
        hint={schemeInUse}
        value={options.scheme}
        choices={SCHEME_CHOICES}
        name={(s) => t.schemeChoice[s]}
        onChange={(s) => set("scheme", s)}
        disabled={disabled}
        testId="option-scheme"
      />

      <ChoiceField
        label={t.jpmMethod}
        hint={note}
        value={options.jpmMethod}
        choices={JPM_CHOICES}
        name={(m) => t.jpmChoice[m]}
        onChange={(m) => set("jpmMethod", m)}
        disabled={disabled}
        testId="option-jpm"
        fieldTestId="option-jpm-field"
      />

      <ChoiceField
        label={t.tolerance}
        hint={t.toleranceHint}
        value={options.tolerance}
        choices={TOLERANCE_CHOICES}
        name={(c) => `${c}%`}
        onChange={(c) => set("tolerance", c)}
        disabled={disabled}
        testId="option-tolerance"
      />

      <Field label={t.jpTarget} hint={t.jpTargetHint} {...marked(problems.jpTarget, t.lang)}>
        <Input
          className={styles.control}
          type="number"
          inputMode="numeric"
          value={options.jpTarget}
          disabled={disabled}
          onChange={(_, d) => set("jpTarget", d.value)}
          data-testid="option-jp-target"
        />
      </Field>

      <Caption1 as="h3">{t.thresholds}</Caption1>
      <div className={styles.thresholds}>
        {THRESHOLD_FIELDS.map(({ key, label }) => (
          <Field key={key} label={label} size="small" {...marked(problems[key], t.lang)}>
            <Input
              className={styles.control}
              size="small"
              inputMode="decimal"
              value={options[key]}
              disabled={disabled}
              onChange={(_, d) => set(key, d.value)}
              contentAfter="%"
              data-testid={`option-${key}`}
            />
          </Field>
        ))}
      </div>

      {units.length > 1 && (
        <Field
          label={t.units}
          hint={options.units.length > 0 ? t.unitsSelected(selectedCount) : undefined}
        >
          <Dropdown
            positioning={LIST_POSITIONING}
            className={styles.control}
            multiselect
            disabled={disabled}
            placeholder={t.unitsPlaceholder}
            value={options.units.join(", ")}
            selectedOptions={options.units}
            onOptionSelect={(_, d) => set("units", d.selectedOptions)}
            data-testid="option-units"
          >
            {units.map((u) => (
              <Option key={u} value={u}>
                {u}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      <ChoiceField
        label={t.sheetLang}
        hint={t.sheetLangHint}
        value={options.sheetLang}
        choices={SHEET_LANG_CHOICES}
        name={(l) => t.sheetLangChoice[l]}
        onChange={(l) => set("sheetLang", l)}
        disabled={disabled}
        testId="option-sheet-lang"
      />

      <ChoiceField
        label={t.zone}
        hint={t.zoneHint}
        value={options.zone}
        choices={ZONE_CHOICES}
        name={(z) => t.zoneChoice[z]}
        onChange={(z) => set("zone", z)}
        disabled={disabled}
        testId="option-zone"
      />

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
  ] as const;
  return (
    <div className={styles.panel} data-testid="report-identity">
      {fields.map(([key, label]) => (
        <Field key={key} label={label} {...marked(problems[key], t.lang)}>
          <Input
            className={styles.control}
            value={options[key]}
            disabled={disabled}
            inputMode={key === "signatoryNip" ? "numeric" : undefined}
            onChange={(_, d) => controller.setOption(key, d.value)}
            data-testid={`option-${key}`}
          />
        </Field>
      ))}
    </div>
  );
});
