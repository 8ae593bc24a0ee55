/** @jest-environment jsdom */
// The pane's JF table dropdown and the mean method's rounding switch reach the report (docs/domain.md §16).
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { jpmChoices } from "../../src/taskpane/i18n";
import { fakeHost, threeEmployees } from "./fakeHost";

test("table B and the rounding chosen in the pane are applied and stated on the standards sheet", async () => {
  const host = fakeHost(threeEmployees());
  const controller = new PaneController(host, { today: () => new Date(2026, 4, 1) });
  const user = userEvent.setup({ delay: null });
  render(
    <App
      controller={controller}
      autoLoad={host.kind === "excel"}
      capabilities={{ selection: !!host.readSelection, selectCell: !!host.selectCell }}
    />
  );
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  // The switch is offered with the mean method only.
  expect(screen.queryByTestId("option-jpm-rounded")).toBeNull();
  await user.click(screen.getByTestId("option-jpm"));
  await user.click(await screen.findByRole("option", { name: jpmChoices("id").mean }));
  await user.click(screen.getByTestId("option-jpm-rounded"));
  await user.click(screen.getByTestId("option-jf-table"));
  await user.click(await screen.findByRole("option", { name: "Tabel B (penyetaraan jabatan)" }));
  expect(controller.getState().options).toMatchObject({ jfTable: "B", jpmRounded: true });

  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  const standards = host.writes[0].sheets.find((s) => s.kind === "standards")!;
  const texts = standards.values.flat().map(String);
  expect(
    texts.some((t) => t.includes("memakai Tabel B (penyetaraan jabatan), sesuai pilihan pengguna"))
  ).toBe(true);
  expect(texts.some((t) => t.includes("dibulatkan 2 desimal"))).toBe(true);
  expect(standards.values.find((r) => r[0] === "JF Ahli Muda")!.slice(1, 10)).toEqual(
    Array(9).fill(2)
  );
});
