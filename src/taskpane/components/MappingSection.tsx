// One dropdown per field: which column of the table holds it. The options are the table's header columns.
import { Fragment, memo, ReactNode } from "react";
import { Caption1, Dropdown, Field, Option } from "@fluentui/react-components";
import { COMPETENCIES } from "../../skj/catalogue";
import type { TableDetection } from "../../skj/types";
import type { PaneController } from "../controller";
import type { Strings } from "../i18n";
import { columnLabel, fieldKey, fieldsOf, getColumn, MappingField } from "../mapping";
import { LIST_POSITIONING, useStyles } from "./styles";

const NONE = "none";

interface Props {
  detection: TableDetection;
  technicalNames: string[];
  controller: PaneController;
  t: Strings;
  disabled: boolean;
}

function fieldLabel(f: MappingField, t: Strings): string {
  switch (f.kind) {
    case "identity":
      return t.identity[f.field];
    case "competency":
      return COMPETENCIES.find((c) => c.code === f.code)!.name;
    case "technical":
      return f.name;
    case "long":
      return t.longField[f.field];
  }
}

/** "Jenjang/Eselon" may wrap after the slash in a narrow pane instead of inside a word. */
function breakAfterSlash(text: string): ReactNode {
  const parts = text.split("/");
  if (parts.length === 1) return text;
  return parts.map((p, i) => (
    <Fragment key={i}>
      {p}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

function groupOf(f: MappingField): "identity" | "competency" | "technical" {
  if (f.kind === "identity") return "identity";
  if (f.kind === "technical") return "technical";
  return "competency";
}

export const MappingSection = memo(function MappingSection({
  detection,
  technicalNames,
  controller,
  t,
  disabled,
}: Props) {
  const styles = useStyles();
  const fields = fieldsOf(detection, technicalNames);
  const groupTitle = {
    identity: t.identityGroup,
    competency: t.competencyGroup,
    technical: t.technicalGroup,
  };

  return (
    <div className={styles.panel} data-testid="mapping">
      <Caption1>{t.mappingHint}</Caption1>
      {fields.map((f, i) => {
        const key = fieldKey(f);
        const col = getColumn(detection.mapping, f);
        const group = groupOf(f);
        const heading =
          i === 0 || groupOf(fields[i - 1]) !== group ? (
            <Caption1 as="h3" className={styles.mappingGroup}>
              {groupTitle[group]}
            </Caption1>
          ) : null;
        return (
          <div key={key}>
            {heading}
            <Field
              className={styles.fieldRow}
              label={{ children: breakAfterSlash(fieldLabel(f, t)), className: styles.fieldLabel }}
              orientation="horizontal"
              size="small"
            >
              <Dropdown
                positioning={LIST_POSITIONING}
                className={styles.control}
                size="small"
                disabled={disabled}
                data-testid={`map-${key}`}
                value={col === undefined ? t.noColumn : columnLabel(detection, col)}
                selectedOptions={[col === undefined ? NONE : String(col)]}
                onOptionSelect={(_, data) => {
                  if (data.optionValue === undefined) return;
                  controller.setMapping(
                    f,
                    data.optionValue === NONE ? undefined : Number(data.optionValue)
                  );
                }}
              >
                <Option value={NONE}>{t.noColumn}</Option>
                {detection.headers.map((h) => (
                  <Option key={h.col} value={String(h.col)}>
                    {columnLabel(detection, h.col)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
        );
      })}
    </div>
  );
});
