// The pane as the tests start it: the real App and controller over a host, on 1 May 2026, with a user
// that types without delay. `startPane` also waits for the table found in a fake workbook.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import type { WorkbookHost } from "../../src/taskpane/host";
import type { WorkbookGrid } from "../../src/skj/types";
import { fakeHost } from "./fakeHost";

export const PANE_TODAY = new Date(2026, 4, 1);

/** Renders the pane over `host`; it reads the workbook at once in Excel. */
export function renderPane(
  host: WorkbookHost,
  capabilities: { selection: boolean; selectCell: boolean } = {
    selection: false,
    selectCell: false,
  }
) {
  const controller = new PaneController(host, { today: () => PANE_TODAY });
  const user = userEvent.setup({ delay: null });
  render(
    <App controller={controller} autoLoad={host.kind === "excel"} capabilities={capabilities} />
  );
  return { controller, user };
}

/** The pane over a fake Excel holding `grid`, once it has found the table. */
export async function startPane(grid: WorkbookGrid) {
  const host = fakeHost(grid);
  const { controller, user } = renderPane(host);
  await screen.findByTestId("detected-sheet");
  return { host, controller, user };
}
