// The plan's options: year, category scheme, JPM method, tolerance, thresholds, JP target, unit filter.
import { memo, useMemo } from "react";
import {
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
} from "@fluentui/react-components";
import { renderMessage, type Lang, type Message } from "../../skj/messages";
import type { JpmMethod, Scheme } from "../../skj/types";
import type { PaneController, Preview } from "../controller";
import type { Strings } from "../i18n";
import {
  JPM_CHOICES,
  OptionsDraft,
  optionProblems,
  SCHEME_CHOICES,
  THRESHOLD_FIELDS,
  TOLERANCE_CHOICES,
  ToleranceChoice,
} from "../options";
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

      <Field label={t.scheme} hint={schemeInUse}>
        <Dropdown
          positioning={LIST_POSITIONING}
          className={styles.control}
          disabled={disabled}
          value={t.schemeChoice[options.scheme]}
          selectedOptions={[options.scheme]}
          onOptionSelect={(_, d) =>
            d.optionValue && set("scheme", d.optionValue as "auto" | Scheme)
          }
          data-testid="option-scheme"
        >
          {SCHEME_CHOICES.map((s) => (
            <Option key={s} value={s}>
              {t.schemeChoice[s]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label={t.jpmMethod} hint={note} data-testid="option-jpm-field">
        <Dropdown
          positioning={LIST_POSITIONING}
          className={styles.control}
          disabled={disabled}
          value={t.jpmChoice[options.jpmMethod]}
          selectedOptions={[options.jpmMethod]}
          onOptionSelect={(_, d) =>
            d.optionValue && set("jpmMethod", d.optionValue as "auto" | JpmMethod)
          }
          data-testid="option-jpm"
        >
          {JPM_CHOICES.map((m) => (
            <Option key={m} value={m}>
              {t.jpmChoice[m]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label={t.tolerance} hint={t.toleranceHint}>
        <Dropdown
          positioning={LIST_POSITIONING}
          className={styles.control}
          disabled={disabled}
          value={`${options.tolerance}%`}
          selectedOptions={[options.tolerance]}
          onOptionSelect={(_, d) =>
            d.optionValue && set("tolerance", d.optionValue as ToleranceChoice)
          }
          data-testid="option-tolerance"
        >
          {TOLERANCE_CHOICES.map((c) => (
            <Option key={c} value={c}>{`${c}%`}</Option>
          ))}
        </Dropdown>
      </Field>

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

      <Checkbox
        label={t.sheetsInEnglish}
        checked={options.sheetLang === "en"}
        disabled={disabled}
        onChange={(_, d) => set("sheetLang", d.checked === true ? "en" : "id")}
        data-testid="option-sheet-lang"
      />

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
