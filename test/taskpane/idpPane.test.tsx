/** @jest-environment jsdom */
// The pane's "Buat halaman IDP per pegawai" switch adds the IDP pages to what it writes, as --idp does
// (docs/domain.md §17); off, no IDP sheet is written.
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { fakeHost, threeEmployees } from "./fakeHost";

async function write(withIdp: boolean) {
  const host = fakeHost(threeEmployees());
  const controller = new PaneController(host, { today: () => new Date(2026, 4, 1) });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <App controller={controller} autoLoad capabilities={{ selection: false, selectCell: false }} />
  );
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  if (withIdp) await user.click(screen.getByLabelText("Buat halaman IDP per pegawai"));
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  view.unmount();
  return host.writes[0].sheets;
}

test("the IDP switch writes one page per planned employee", async () => {
  const sheets = await write(true);
  const idp = sheets.find((s) => s.name.startsWith("IDP"))!;
  expect(idp).toBeDefined();
  // Ani and Budi are planned; Citra's row has a score that is not a number.
  expect(idp.print.rowBreaks).toHaveLength(1);
  const texts = idp.values.flat().filter((v) => typeof v === "string");
  expect(texts.filter((t) => t.startsWith("RENCANA PENGEMBANGAN INDIVIDU"))).toHaveLength(2);
  expect(texts).toEqual(expect.arrayContaining(["Ani", "Budi"]));
  expect(texts).not.toContain("Citra");
});

test("without the switch no IDP sheet is written", async () => {
  const sheets = await write(false);
  expect(sheets.some((s) => s.name.startsWith("IDP"))).toBe(false);
});
