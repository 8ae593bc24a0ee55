// One dropdown per field: which column of the table holds it. The options are the table's header columns.
import { Fragment, memo, useMemo, type ReactElement } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { msg, renderMessage } from "../../skj/messages";
import { COMPETENCIES } from "../../skj/catalogue";
import type { TableDetection, WorkbookGrid } from "../../skj/types";
import type { PaneController } from "../controller";
import type { Strings } from "../i18n";
import {
  columnLabel,
  columnSampler,
  fieldKey,
  fieldsOf,
  getColumn,
  MappingField,
} from "../mapping";
import { ChoiceField } from "./ChoiceField";
import { useStyles } from "./styles";

const NONE = "none";

interface Props {
  detection: TableDetection;
  /** The data, for a few values of each column beside its dropdown. */
  grid?: WorkbookGrid;
  /** Detection as it found the mapping: "restore" is offered once the user changed it. */
  detected?: TableDetection;
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
  grid,
  detected,
  technicalNames,
  controller,
  t,
  disabled,
}: Props) {
  const styles = useStyles();
  const fields = fieldsOf(detection, technicalNames);
  const { sheet, dataStartRow } = detection;
  const samplesOf = useMemo(
    () => (grid ? columnSampler(grid, { sheet, dataStartRow }) : () => []),
    [grid, sheet, dataStartRow]
  );
  // Columns read for two fields: the issue names them; each dropdown on such a column shows it.
  const shared = new Map(
    detection.issues
      .filter((i) => i.code === "mapping-field-shared" && i.col !== undefined)
      .map((i) => [i.col!, i])
  );
  const changed = detected !== undefined && detected.mapping !== detection.mapping;
  const choices = [NONE, ...detection.headers.map((h) => String(h.col))];
  const groupTitle = {
    identity: t.identityGroup,
    competency: t.competencyGroup,
    technical: t.technicalGroup,
  };

  return (
    <div className={styles.panel} data-testid="mapping">
      <Caption1>{t.mappingHint}</Caption1>
      {changed && (
        <Button
          size="small"
          icon={<ArrowUndoRegular />}
          onClick={() => controller.resetMapping()}
          disabled={disabled}
          data-testid="mapping-reset"
        >
          {t.mappingReset}
        </Button>
      )}
      {fields.map((f, i) => {
        const key = fieldKey(f);
        const col = getColumn(detection.mapping, f);
        const samples = col !== undefined ? samplesOf(col) : [];
        const problem = col !== undefined ? shared.get(col) : undefined;
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
              {...(samples.length ? { hint: t.mappingSample(samples.join(" · ")) } : {})}
              {...(problem
                ? {
                    validation: {
                      state: problem.severity === "error" ? "error" : "warning",
                      message: renderMessage(problem, t.lang),
                    },
                  }
                : f.kind === "competency" && col === undefined
                  ? {
                      // Said at the dropdown too: the counts above are zero because of it.
                      validation: {
                        state: "error",
                        message: renderMessage(msg("pane-unmapped-field", {}), t.lang),
                      },
                    }
                  : {})}
            />
          </div>
        );
      })}
    </div>
  );
});
