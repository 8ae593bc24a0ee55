// The unit filter: agencies have dozens of units, so they are listed by name and a search box above the
// list narrows it (names match without regard to case, accents or punctuation).
import { useId, useMemo, useState } from "react";
import { Caption1, Dropdown, Field, Option, SearchBox } from "@fluentui/react-components";
import { msg, renderMessage } from "../../skj/messages";
import { normalizeText } from "../../skj/text";
import type { Strings } from "../i18n";
import { LIST_POSITIONING, useStyles } from "./styles";

/** Fewer units than this are found at a glance: no search box. */
export const UNIT_SEARCH_FROM = 8;

interface Props {
  units: readonly string[];
  selected: string[];
  hint?: string;
  disabled: boolean;
  t: Strings;
  onChange: (units: string[]) => void;
}

/** Units sorted by name as an Indonesian reader sorts them ("Bidang 2" before "Bidang 10"). */
export function sortUnits(units: readonly string[]): string[] {
  return [...units].sort((a, b) =>
    a.localeCompare(b, "id", { numeric: true, sensitivity: "base" })
  );
}

export function UnitFilter({ units, selected, hint, disabled, t, onChange }: Props) {
  const styles = useStyles();
  const sorted = useMemo(() => sortUnits(units), [units]);
  const [query, setQuery] = useState("");
  const wanted = normalizeText(query);
  // The chosen units stay in the list, so that a search never hides what is selected.
  const shown = wanted
    ? sorted.filter((u) => normalizeText(u).includes(wanted) || selected.includes(u))
    : sorted;
  const searchId = useId();
  const searchable = sorted.length >= UNIT_SEARCH_FROM;
  return (
    <Field label={t.units} hint={hint}>
      <div className={styles.unitFilter}>
        {searchable && (
          <>
            <SearchBox
              id={searchId}
              size="small"
              className={styles.control}
              aria-label={renderMessage(msg("pane-units-search", {}), t.lang)}
              placeholder={renderMessage(msg("pane-units-search", {}), t.lang)}
              value={query}
              disabled={disabled}
              onChange={(_, d) => setQuery(d.value)}
              data-testid="option-units-search"
            />
            {wanted && (
              <Caption1 aria-live="polite" data-testid="option-units-matching">
                {renderMessage(
                  msg("pane-units-matching", {
                    shown: shown.filter((u) => normalizeText(u).includes(wanted)).length,
                    total: sorted.length,
                  }),
                  t.lang
                )}
              </Caption1>
            )}
          </>
        )}
        <Dropdown
          positioning={LIST_POSITIONING}
          className={styles.control}
          multiselect
          disabled={disabled}
          placeholder={t.unitsPlaceholder}
          value={selected.join(", ")}
          selectedOptions={selected}
          onOptionSelect={(_, d) => onChange(d.selectedOptions)}
          data-testid="option-units"
        >
          {shown.map((u) => (
            <Option key={u} value={u}>
              {u}
            </Option>
          ))}
        </Dropdown>
      </div>
    </Field>
  );
}
