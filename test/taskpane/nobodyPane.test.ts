// The pane on a table that plans nobody: an error that says why, never a result, and nothing written.
import { renderMessage } from "../../src/skj/messages";
import { PaneController } from "../../src/taskpane/controller";
import { NINE, sheet, workbook } from "../helpers/grid";
import { fakeHost } from "./fakeHost";

const TODAY = new Date(2026, 10, 22);

test("a template with headers and no scores: the pane says it is not filled in, and writes nothing", async () => {
  const grid = workbook(
    sheet("Templat", [
      ["NIP", "Nama", "Jabatan", "Eselon", ...NINE],
      ["198501012010011001", "Siti Aminah", "Kepala Subbagian Umum", "IV.a"],
      ["198602022011012002", "Budi Santoso", "Kepala Bidang Mutasi", "III.b"],
    ])
  );
  const host = fakeHost(grid, "file");
  const controller = new PaneController(host, { today: () => TODAY });
  await controller.load();
  expect(controller.getState().detection?.sheet).toBe("Templat");
  await controller.generate();
  const state = controller.getState();
  expect(state.result).toBeUndefined();
  expect(state.error?.kind).toBe("nothing");
  expect(renderMessage(state.error!.detail!)).toBe(
    'Tabel di sheet "Templat" ditemukan, tetapi 2 baris pegawainya belum berisi nilai kompetensi (templat belum diisi). Isi nilainya, lalu jalankan lagi.'
  );
  expect(host.writes).toHaveLength(0);
});
