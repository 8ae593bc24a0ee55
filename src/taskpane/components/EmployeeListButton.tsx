// "Tambah daftar pegawai": a second workbook with the employee list, for grades the table lacks
// (docs/domain.md §11). The controller reads it through the host; this only picks the file.
import { memo } from "react";
import { Caption1 } from "@fluentui/react-components";
import { msg, renderMessage } from "../../skj/messages";
import type { PaneController, PaneState } from "../controller";
import type { Strings } from "../i18n";
import { FileButton } from "./FileButton";
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
  if (!state.canAddEmployeeList) return null;
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <FileButton
          size="small"
          label={renderMessage(msg("pane-people-add", {}), t.lang)}
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(file) => void controller.addEmployeeList(file)}
          disabled={state.busy !== undefined}
          testId="add-employee-list"
          inputTestId="employee-list-input"
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
