/** @jest-environment jsdom */
// Nothing to plan is said where the clerk looks: beside the counts and at the dropdown when a competency has
// no column, and the create button's refusal names the cause itself (issue 19, item 6).
import "./dom";
import { startPane } from "./renderPane";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookGrid } from "../../src/skj/types";
import { simpleTable, workbook } from "../helpers/grid";
import { threeEmployees } from "./fakeHost";

function start(grid: WorkbookGrid = threeEmployees()) {
  return startPane(grid);
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest(".fui-Field") as HTMLElement;

async function unmapIntegritas(user: ReturnType<typeof userEvent.setup>) {
  if (!screen.queryByTestId("map-INT"))
    await user.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
  await user.click(screen.getByTestId("map-INT"));
  await user.click(await screen.findByRole("option", { name: "(tidak ada)" }));
  await waitFor(() => expect(screen.getByTestId("count-ready").textContent).toBe("0"));
}

test("an unmapped competency: the reason beside the zero counts and at its dropdown", async () => {
  const { user } = await start();
  expect(screen.queryByTestId("preview-blocked")).toBeNull();
  await unmapIntegritas(user);
  // Beside the counts, outside every collapsible section.
  const blocked = screen.getByTestId("preview-blocked");
  expect(within(screen.getByTestId("detection")).getByTestId("preview-blocked")).toBe(blocked);
  expect(blocked.closest(".fui-AccordionPanel")).toBeNull();
  expect(blocked.textContent).toContain("Belum ada pegawai yang dapat direncanakan");
  expect(blocked.textContent).toContain(
    "Integritas tidak dipetakan — pilih kolomnya di Pemetaan kolom; sampai itu tidak ada pegawai yang dapat direncanakan."
  );
  expect(screen.getByTestId("count-errors").textContent).toBe("0");
  expect(fieldOf("map-INT").textContent).toContain("Tidak dipetakan — pilih kolomnya.");
  expect(fieldOf("map-KS").textContent).not.toContain("Tidak dipetakan");
  // Mapped again: the note goes.
  await user.click(screen.getByTestId("mapping-reset"));
  await waitFor(() => expect(screen.queryByTestId("preview-blocked")).toBeNull());
});

test("the note's button opens the mapping on the unmapped dropdown", async () => {
  const { user } = await start();
  await unmapIntegritas(user);
  // Fold the mapping away, then come back through the note.
  await user.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
  await waitFor(() => expect(screen.queryByTestId("map-INT")).toBeNull());
  await user.click(within(screen.getByTestId("preview-blocked")).getByTestId("open-mapping"));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("map-INT")));
});

test("in English the note is English", async () => {
  const { user, controller } = await start();
  await unmapIntegritas(user);
  controller.setLang("en");
  await waitFor(() =>
    expect(screen.getByTestId("preview-blocked").textContent).toContain(
      "Integritas is not mapped — choose its column under Column mapping; until then nobody can be planned."
    )
  );
  expect(fieldOf("map-INT").textContent).toContain("Not mapped — choose its column.");
});

test("the create button's refusal names the unmapped competency, and is announced", async () => {
  const { user, host } = await start();
  await unmapIntegritas(user);
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain('Sheet "Data Pegawai": 8 dari 9 kompetensi SKJ dikenali');
  expect(bar.textContent).toContain("Integritas (INT) tidak ditemukan");
  expect(bar.textContent).not.toContain("lihat catatan data");
  const alert = screen.getByTestId("announce-alert").textContent;
  expect(alert).toContain("Belum ada pegawai yang dapat direncanakan.");
  expect(alert).toContain("Integritas (INT) tidak ditemukan");
  expect(host.writes).toHaveLength(0);
});

test("every row in error: the refusal quotes the first bad row", async () => {
  const rows = ["Ani", "Budi"].map((name, i) => ({
    nip: `19800101200501100${i}`,
    name,
    position: "Kepala Seksi",
    grade: "Eselon IV.a",
    unit: "Bidang Umum",
    scores: [3, 3, 3, i === 0 ? "tiga" : 9, 3, 3, 3, 3, 3],
  }));
  const { user } = await start(workbook(simpleTable(rows)));
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain(
    'Tabel di sheet "Data Pegawai" ditemukan, tetapi 2 baris berisi kesalahan. Yang pertama: Baris 2, kolom Orientasi pada Hasil (I2): "tiga" bukan angka'
  );
  expect(bar.textContent).toContain("Perbaiki datanya atau periksa pemetaan kolom.");
  // The counters tell here: no second note beside them.
  expect(screen.queryByTestId("preview-blocked")).toBeNull();
});

test("a write Excel refuses: the host's reason is shown and announced", async () => {
  const { user, host } = await start();
  host.failWrite = "Lembar 'Rencana Pengembangan 2026' dilindungi.";
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain("Sheet rencana gagal ditulis");
  expect(bar.textContent).toContain("Lembar 'Rencana Pengembangan 2026' dilindungi.");
  expect(screen.getByTestId("announce-alert").textContent).toContain(
    "Lembar 'Rencana Pengembangan 2026' dilindungi."
  );
});
