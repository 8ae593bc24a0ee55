/** @jest-environment jsdom */
// The column mapping a clerk can trust: a few values of each column beside its dropdown, the NIP field
// moved onto the Nama column marked at the dropdown and refused when the plan is made, and one click back
// to what detection found.
import "./dom";
import { startPane } from "./renderPane";
import { screen, waitFor, within } from "@testing-library/react";
import { threeEmployees } from "./fakeHost";

async function start() {
  const { host, user } = await startPane(threeEmployees());
  return { host, user };
}

/** The Field around a dropdown: its hint and validation message live there. */
const fieldOf = (testId: string) => screen.getByTestId(testId).closest(".fui-Field") as HTMLElement;

test("each dropdown shows a few values of its column", async () => {
  await start();
  expect(fieldOf("map-nip").textContent).toContain(
    "Contoh: 198001012005011001 · 198102022006021002 · 198203032007031003"
  );
  expect(fieldOf("map-name").textContent).toContain("Contoh: Ani · Budi · Citra");
});

test("NIP read from the Nama column is marked, refused, and restored in one click", async () => {
  const { host, user } = await start();
  expect(screen.queryByTestId("mapping-reset")).toBeNull();
  await user.click(screen.getByTestId("map-nip"));
  await user.click(await screen.findByRole("option", { name: /— Nama$/ }));
  // Both dropdowns on column B say so.
  await waitFor(() => expect(fieldOf("map-nip").textContent).toMatch(/NIP dan Nama/));
  expect(fieldOf("map-name").textContent).toMatch(/NIP dan Nama/);
  expect(within(fieldOf("map-nip")).getByText(/Contoh: Ani/)).toBeTruthy();
  // Making the plan is refused with the reason.
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain("Pemetaan kolom perlu diperbaiki");
  expect(bar.textContent).toMatch(/NIP dan Nama/);
  expect(host.writes).toHaveLength(0);
  // Back to what detection found: no mark, and the plan is written.
  await user.click(screen.getByTestId("mapping-reset"));
  await waitFor(() => expect(fieldOf("map-nip").textContent).not.toMatch(/NIP dan Nama/));
  expect(screen.queryByTestId("mapping-reset")).toBeNull();
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
});
