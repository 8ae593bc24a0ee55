// One dropdown per field: which column of the table holds it. The options are the table's header columns.
import { Fragment, memo, type ReactElement } from "react";
import { Caption1 } from "@fluentui/react-components";
import { COMPETENCIES } from "../../skj/catalogue";
import type { TableDetection } from "../../skj/types";
import type { PaneController } from "../controller";
import type { Strings } from "../i18n";
import { columnLabel, fieldKey, fieldsOf, getColumn, MappingField } from "../mapping";
import { ChoiceField } from "./ChoiceField";
import { useStyles } from "./styles";

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
function breakAfterSlash(text: string): string | ReactElement {
  const parts = text.split("/");
  if (parts.length === 1) return text;
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
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
  const choices = [NONE, ...detection.headers.map((h) => String(h.col))];
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
            <ChoiceField
              compact
              label={breakAfterSlash(fieldLabel(f, t))}
              value={col === undefined ? NONE : String(col)}
              choices={choices}
              name={(c) => (c === NONE ? t.noColumn : columnLabel(detection, Number(c)))}
              onChange={(c) => controller.setMapping(f, c === NONE ? undefined : Number(c))}
              disabled={disabled}
              testId={`map-${key}`}
            />
          </div>
        );
      })}
    </div>
  );
});
