// One dropdown field of the pane: a labelled Fluent Dropdown over a fixed list of values, each shown by
// its name. The options, the source and the mapping sections all choose this way.
import type { ReactElement, ReactNode } from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { LIST_POSITIONING, useStyles } from "./styles";

interface Props<V extends string> {
  /** The field's label; a compact row (label beside the control) when `compact`. */
  label: string | ReactElement;
  hint?: string;
  value: V | undefined;
  choices: readonly V[];
  /** A value as the closed dropdown shows it, and as its option reads unless `optionText` says more. */
  name: (value: V) => string;
  optionText?: (value: V) => ReactNode;
  onChange: (value: V) => void;
  disabled: boolean;
  testId: string;
  fieldTestId?: string;
  compact?: boolean;
  /** A problem with the current choice (one column read for two fields). */
  validation?: { state: "error" | "warning"; message: string };
}

export function ChoiceField<V extends string>(props: Props<V>) {
  const styles = useStyles();
  const { value, name, compact } = props;
  return (
    <Field
      hint={props.hint}
      {...(props.validation
        ? { validationState: props.validation.state, validationMessage: props.validation.message }
        : {})}
      data-testid={props.fieldTestId}
      {...(compact
        ? {
            className: styles.fieldRow,
            label: { children: props.label, className: styles.fieldLabel },
            orientation: "horizontal" as const,
            size: "small" as const,
          }
        : { label: props.label })}
    >
      <Dropdown
        positioning={LIST_POSITIONING}
        className={styles.control}
        size={compact ? "small" : undefined}
        disabled={props.disabled}
        value={value === undefined ? "" : name(value)}
        selectedOptions={value === undefined ? [] : [value]}
        onOptionSelect={(_, d) => {
          if (d.optionValue !== undefined) props.onChange(d.optionValue as V);
        }}
        data-testid={props.testId}
      >
        {props.choices.map((c) => (
          <Option key={c} value={c} text={name(c)}>
            {props.optionText ? props.optionText(c) : name(c)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
