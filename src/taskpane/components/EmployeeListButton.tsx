// "Tambah daftar pegawai": a second workbook with the employee list, for grades the table lacks
// (docs/domain.md §11). The controller reads it through the host; this only picks the file.
import { memo, useRef } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { msg, renderMessage } from "../../skj/messages";
import type { PaneController, PaneState } from "../controller";
import type { Strings } from "../i18n";
import { useStyles } from "./styles";

interface Props {
  state: PaneState;
  controller: PaneController;
  t: Strings;
}

export const EmployeeListButton = memo(function EmployeeListButton({
  state,
  controller,
  t,
}: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  if (!state.canAddEmployeeList) return null;
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Button
          size="small"
          disabled={state.busy !== undefined}
          onClick={() => input.current?.click()}
          data-testid="add-employee-list"
        >
          {renderMessage(msg("pane-people-add", {}), t.lang)}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="employee-list-input"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void controller.addEmployeeList(file);
          }}
        />
      </div>
      {state.employeeLists?.map((l) => (
        <Caption1 key={l.file} className={styles.wrapText} data-testid="employee-list">
          {renderMessage(msg("pane-people-added", l), t.lang)}
        </Caption1>
      ))}
    </div>
  );
});
