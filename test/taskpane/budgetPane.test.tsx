/** @jest-environment jsdom */
// The pane's "Pagu anggaran" field reaches the AKPK sheet it writes, as --anggaran does (docs/domain.md §13).
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { fakeHost, threeEmployees } from "./fakeHost";

test("the budget ceiling typed in the options is the AKPK sheet's ceiling", async () => {
  const host = fakeHost(threeEmployees());
  const controller = new PaneController(host, { today: () => new Date(2026, 4, 1) });
  const user = userEvent.setup({ delay: null });
  render(
    <App controller={controller} autoLoad capabilities={{ selection: false, selectCell: false }} />
  );
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  const field = screen.getByTestId("option-budget-ceiling");
  expect(screen.getByLabelText("Pagu anggaran (Rp)")).toBe(field);
  await user.type(field, "Rp 7.500.000");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  const akpk = host.writes[0].sheets.find((s) => s.name.startsWith("AKPK"))!;
  const line = akpk.values.find((r) => r[0] === "Pagu anggaran")!;
  expect(line.filter((v) => typeof v === "number")).toEqual([7_500_000]);
});
