/** @jest-environment jsdom */
// The pane's "Pagu anggaran" field reaches the AKPK sheet it writes, as --anggaran does (docs/domain.md §13).
import "./dom";
import { startPane } from "./renderPane";
import { screen, waitFor } from "@testing-library/react";
import { threeEmployees } from "./fakeHost";

test("the budget ceiling typed in the options is the AKPK sheet's ceiling", async () => {
  const { host, user } = await startPane(threeEmployees());
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
