/** @jest-environment jsdom */
// The pane's flows through the real components and controller, with a fake workbook host.
import "./dom";
import { renderPane as renderShared } from "./renderPane";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { fakeHost, FakeHost, misleadingKomunikasi, noTable, threeEmployees } from "./fakeHost";
import { NINE, sheet, TABLE_HEADER, workbook } from "../helpers/grid";
import { JPM_METHODS } from "../../src/skj/registry/jpmMethods";
import { SCHEMES } from "../../src/skj/registry/schemes";
import { jpmChoices, schemeChoices } from "../../src/taskpane/i18n";

function renderPane(host: FakeHost) {
  // The selection and a click on an issue are offered where the host can do them.
  return renderShared(host, { selection: !!host.readSelection, selectCell: !!host.selectCell });
}

async function waitForDetection() {
  return screen.findByTestId("detected-sheet");
}

async function chooseOption(
  user: ReturnType<typeof userEvent.setup>,
  combobox: HTMLElement,
  name: string | RegExp
) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

test("shows the detected sheet, header rows and the counts", async () => {
  const host = fakeHost(threeEmployees());
  renderPane(host);
  expect(await waitForDetection()).toHaveTextContent("Data Pegawai");
  expect(screen.getByTestId("detected-header-rows")).toHaveTextContent("1");
  expect(screen.getByTestId("count-ready")).toHaveTextContent("2");
  expect(screen.getByTestId("count-errors")).toHaveTextContent("1");
  expect(host.reads).toBe(1);
  // Every field has a dropdown labelled by its name, showing the column it was read from.
  expect(screen.getByRole("combobox", { name: "Komunikasi" })).toHaveTextContent("H — Komunikasi");
  expect(screen.getByRole("combobox", { name: "NIP" })).toHaveTextContent("A — NIP");
  expect(screen.getByRole("combobox", { name: "Level SKJ" })).toHaveTextContent("(tidak ada)");
});

test("a mapping changed by the user changes what is planned", async () => {
  const host = fakeHost(misleadingKomunikasi());
  const { user } = renderPane(host);
  await waitForDetection();
  expect(screen.getByTestId("count-ready")).toHaveTextContent("3");

  // As detected, nobody is short on Komunikasi.
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await screen.findByTestId("result");
  expect(screen.getByTestId("result")).toHaveTextContent("Tidak ada kompetensi di bawah standar.");

  // A confident detection (no data error) keeps the mapping folded: the clerk opens it to change it.
  expect(screen.queryByRole("combobox", { name: "Komunikasi" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
  await chooseOption(user, screen.getByRole("combobox", { name: "Komunikasi" }), "O — Nilai K3");
  expect(screen.getByRole("combobox", { name: "Komunikasi" })).toHaveTextContent("O — Nilai K3");
  expect(screen.queryByTestId("result")).toBeNull(); // a stale summary is not shown

  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const needs = await screen.findByRole("table", { name: "Kebutuhan per kompetensi" });
  const row = within(needs).getByRole("row", { name: /Komunikasi/ });
  // Budi (2) and Citra (1) are below the standard 3; mean shortfall -1.5.
  expect(
    within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent)
  ).toEqual(["Komunikasi", "2", "-1,50"]);
  expect(host.writes).toHaveLength(2);
  const planValues = JSON.stringify(host.writes[1].sheets[0].values);
  expect(planValues).toContain("Komunikasi");
  expect(JSON.stringify(host.writes[0].sheets[0].values)).not.toContain("Komunikasi");
});

test("clicking an issue selects its cell in the workbook", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: /Catatan data/ }));
  await user.click(screen.getByRole("button", { name: "Baris 4, Komunikasi" }));
  expect(host.selected).toEqual([{ sheet: "Data Pegawai", address: "H4" }]);
});

test("generate writes the plan, shows the summary and opens the new sheet", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));

  expect(await screen.findByTestId("result-employees")).toHaveTextContent("2");
  expect(host.writes).toHaveLength(1);
  const model = host.writes[0];
  expect(model.sheets[0].name).toBe("Rencana Pengembangan 2027");
  expect(model.sheets.map((s) => s.name)).toContain("Rekap Kebutuhan 2027");
  expect(Number(screen.getByTestId("result-jp").textContent)).toBeGreaterThanOrEqual(40);
  const needs = screen.getByRole("table", { name: "Kebutuhan per kompetensi" });
  expect(within(needs).getByRole("row", { name: /Komunikasi/ })).toHaveTextContent("1");
  // Excel read the workbook again before planning (the clerk may have fixed cells).
  expect(host.reads).toBe(2);

  await user.click(screen.getByRole("button", { name: "Buka sheet Rencana Pengembangan 2027" }));
  expect(host.activated).toEqual(["Rencana Pengembangan 2027"]);
});

test("the report carries the agency and the signatory typed in the pane", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Identitas laporan" }));
  await user.type(
    screen.getByRole("textbox", { name: "Nama instansi" }),
    "BKPSDM Kabupaten Contoh"
  );
  await user.type(screen.getByRole("textbox", { name: "Nama penanda tangan" }), "Dra. Siti Aminah");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await screen.findByTestId("result");
  const text = JSON.stringify(host.writes[0].sheets[0].values);
  expect(text).toContain("BKPSDM Kabupaten Contoh");
  expect(text).toContain("Dra. Siti Aminah");
});

test("the plan carries who prepared it, typed in the pane, beside the signature", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Identitas laporan" }));
  await user.type(screen.getByRole("textbox", { name: "Nama penyusun" }), "Rina Wulandari");
  await user.type(screen.getByRole("textbox", { name: "NIP penyusun" }), "198803102012122001");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await screen.findByTestId("result");
  const rows = host.writes[0].sheets[0].values;
  const r = rows.findIndex((row) => row.includes("Disusun oleh,"));
  expect(r).toBeGreaterThan(0);
  const col = rows[r].indexOf("Disusun oleh,");
  expect([rows[r + 3][col], rows[r + 4][col]]).toEqual([
    "Rina Wulandari",
    "NIP. 198803102012122001",
  ]);
});

test("no assessment table: the reason in Bahasa Indonesia, and nothing to generate", async () => {
  const host = fakeHost(noTable());
  renderPane(host);
  const bar = await screen.findByTestId("error-bar");
  expect(bar).toHaveTextContent("Tabel hasil asesmen tidak ditemukan");
  expect(bar).toHaveTextContent("sembilan kompetensi SKJ");
  // The title is said once, not again at the start of the reason.
  expect(bar.textContent!.match(/Tabel hasil asesmen tidak ditemukan/gi)).toHaveLength(1);
  expect(screen.getByRole("button", { name: "Buat Rencana Pengembangan" })).toBeDisabled();
});

test("a read that fails is reported in Bahasa Indonesia", async () => {
  const host = fakeHost(threeEmployees());
  host.failRead = "Excel sedang dalam mode edit sel.";
  renderPane(host);
  const bar = await screen.findByTestId("error-bar");
  expect(bar).toHaveTextContent("Workbook tidak dapat dibaca");
  expect(bar).toHaveTextContent("Excel sedang dalam mode edit sel.");
});

test("a write that fails is reported in Bahasa Indonesia and no summary appears", async () => {
  const host = fakeHost(threeEmployees());
  host.failWrite = "Workbook diproteksi; sheet baru tidak dapat ditambahkan.";
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar).toHaveTextContent("Sheet rencana gagal ditulis");
  expect(bar).toHaveTextContent("Workbook diproteksi");
  expect(screen.queryByTestId("result")).toBeNull();
  // The error can be dismissed and the button works again.
  await user.click(screen.getByRole("button", { name: "Tutup" }));
  expect(screen.queryByTestId("error-bar")).toBeNull();
  expect(screen.getByRole("button", { name: "Buat Rencana Pengembangan" })).toBeEnabled();
});

test("an invalid option stops the run with the schema's Indonesian message", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  const year = screen.getByRole("spinbutton", { name: "Tahun rencana" });
  await user.clear(year);
  await user.type(year, "1999");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar).toHaveTextContent("Pilihan belum benar");
  expect(bar).toHaveTextContent("Tahun minimal 2000");
  expect(host.writes).toHaveLength(0);
  // The field itself says what is wrong, as soon as it is typed.
  expect(year).toHaveAttribute("aria-invalid", "true");
  expect(year).toHaveAccessibleDescription(/Tahun minimal 2000/);

  await user.click(screen.getByRole("button", { name: "Identitas laporan" }));
  const nip = screen.getByRole("textbox", { name: "NIP penanda tangan" });
  expect(nip).not.toHaveAttribute("aria-invalid", "true");
  await user.type(nip, "abc");
  expect(nip).toHaveAttribute("aria-invalid", "true");
  expect(nip).toHaveAccessibleDescription(/NIP penandatangan harus 18 angka/);
});

test("the JPM method follows the file's JPM column and says so", async () => {
  const rows = [
    ["NIP", "Nama", "Eselon", ...NINE, "JPM"],
    ["198001012005011001", "Ani", "III.a", 3, 3, 3, 3, 3, 3, 3, 3, 3, "100%"],
    ["198102022006021002", "Budi", "III.a", 3, 3, 2, 3, 3, 3, 3, 3, 3, "96,30%"],
    ["198203032007031003", "Citra", "III.a", 4, 3, 2, 3, 3, 3, 3, 3, 3, "80%"],
  ];
  const host = fakeHost(workbook(sheet("Hasil", rows)));
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  expect(screen.getByTestId("options")).toHaveTextContent(
    "Metode JPM mengikuti kolom JPM di file: 2 dari 3 baris cocok"
  );
});

test("the JPM method and scheme dropdowns offer every registry entry, and the chosen one is used", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  const method = screen.getByTestId("option-jpm");
  await user.click(method);
  const offered = (await screen.findAllByRole("option")).map((o) => o.textContent);
  for (const m of JPM_METHODS) expect(offered).toContain(jpmChoices("id")[m.id]);
  await user.keyboard("{Escape}");
  const scheme = screen.getByTestId("option-scheme");
  await user.click(scheme);
  const schemes = (await screen.findAllByRole("option")).map((o) => o.textContent);
  for (const s of SCHEMES) expect(schemes).toContain(schemeChoices("id")[s.id]);
  await user.keyboard("{Escape}");

  // The last method registered is chosen and reaches the report's statement of method.
  const last = JPM_METHODS[JPM_METHODS.length - 1];
  await chooseOption(user, method, jpmChoices("id")[last.id]);
  expect(method).toHaveTextContent(jpmChoices("id")[last.id]);
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  const texts = host.writes[0].sheets.flatMap((s) => s.values.flat()).map(String);
  expect(texts.some((t) => t.includes(`JPM = ${last.formula.id} (metode ${last.name.id}).`))).toBe(
    true
  );
});

test("the time zone option dates the report by the agency's calendar (WIB by default)", async () => {
  // 15:30 UTC: 22:30 WIB on the 22nd, already the 23rd in WIT.
  const evening = new Date("2026-11-22T15:30:00Z");
  const dates = async (zone?: string) => {
    const host = fakeHost(threeEmployees());
    const controller = new PaneController(host, { today: () => evening });
    const user = userEvent.setup({ delay: null });
    const view = render(
      <App
        controller={controller}
        autoLoad
        capabilities={{ selection: false, selectCell: false }}
      />
    );
    await waitForDetection();
    await user.click(screen.getByRole("button", { name: "Pilihan" }));
    const choice = screen.getByTestId("option-zone");
    expect(choice).toHaveTextContent("WIB");
    if (zone) await chooseOption(user, choice, new RegExp(`^${zone} `));
    await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
    await waitFor(() => expect(host.writes).toHaveLength(1));
    view.unmount();
    return host.writes[0].sheets[0].values
      .flat()
      .filter((v) => typeof v === "string" && v.startsWith("Dibuat: "));
  };
  expect(await dates()).toEqual(["Dibuat: 22 November 2026"]);
  expect(await dates("WIT")).toEqual(["Dibuat: 23 November 2026"]);
});

test("the selected range can be used instead of the whole workbook", async () => {
  const host = fakeHost(threeEmployees());
  // The selection holds only the header and Ani's row.
  host.selection = {
    sheets: [{ ...threeEmployees().sheets[0], rows: threeEmployees().sheets[0].rows.slice(0, 2) }],
    address: "A1:N2",
  };
  const { user } = renderPane(host);
  await waitForDetection();
  expect(screen.getByTestId("count-ready")).toHaveTextContent("2");
  await user.click(screen.getByRole("button", { name: "Pakai range yang dipilih" }));
  await waitFor(() => expect(screen.getByTestId("count-ready")).toHaveTextContent("1"));
  expect(screen.getByTestId("detection")).toHaveTextContent(
    "Memakai range yang dipilih: Data Pegawai!A1:N2."
  );
});

test("the English toggle translates the pane", async () => {
  const host = fakeHost(threeEmployees());
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("switch", { name: "English" }));
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("SKJ Development Plan");
  expect(screen.getByRole("button", { name: "Create development plan" })).toBeEnabled();
  expect(screen.getByText("Employees ready")).toBeInTheDocument();
  await user.click(screen.getByRole("switch", { name: "English" }));
  expect(screen.getByRole("button", { name: "Buat Rencana Pengembangan" })).toBeEnabled();
});

test("file mode: open a file, generate, and offer the result as a download", async () => {
  const host = fakeHost(threeEmployees(), "file");
  const { user } = renderPane(host);
  expect(
    screen.getByText("Pilih file hasil asesmen (.xlsx atau .csv) untuk mulai.")
  ).toBeInTheDocument();
  expect(host.reads).toBe(0);
  expect(screen.getByRole("button", { name: "Buka file .xlsx atau .csv" })).toBeEnabled();

  const file = new File([new Uint8Array([80, 75, 3, 4])], "data.xlsx", {
    type: "application/octet-stream",
  });
  await user.upload(screen.getByTestId("file-input"), file);
  expect(await waitForDetection()).toHaveTextContent("Data Pegawai");
  expect(host.opened).toEqual(["data.xlsx"]);
  expect(screen.getByText("File: data.xlsx")).toBeInTheDocument();
  // No Excel-only controls in file mode.
  expect(screen.queryByRole("button", { name: "Pakai range yang dipilih" })).toBeNull();

  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  const link = await screen.findByRole("link", { name: "Unduh data-rencana.xlsx" });
  expect(link).toHaveAttribute("href", "blob:fake/1");
  expect(link).toHaveAttribute("download", "data-rencana.xlsx");
  expect(screen.getByTestId("result")).toHaveTextContent(
    "Grafik pada sheet Rekap Kebutuhan tampil saat file dibuka di Excel."
  );
  expect(host.reads).toBe(1); // a file does not change under the page: no re-read
  expect(host.writes[0].sheets[0].name).toBe("Rencana Pengembangan 2027");
});

test("a workbook with one sheet per eselon: the other sheet is named, and choosing it plans that one", async () => {
  const eselon = (name: string, people: [string, string, number][]) =>
    sheet(name, [
      ["NIP", "Nama", "Eselon", ...NINE],
      ...people.map(([nip, nama, score]) => [nip, nama, "III.a", ...NINE.map(() => score)]),
    ]);
  const host = fakeHost(
    workbook(
      eselon("Eselon III", [["198501012010011001", "Ani", 3]]),
      eselon("Eselon IV", [
        ["198601012010011002", "Budi", 2],
        ["198701012010011003", "Citra", 3],
      ])
    )
  );
  const { user } = renderPane(host);
  expect(await waitForDetection()).toHaveTextContent("Eselon III");
  expect(screen.getByTestId("count-ready")).toHaveTextContent("1");
  await user.click(screen.getByRole("button", { name: /Catatan data/i }));
  expect(await screen.findByText(/Sheet "Eselon IV" juga berisi tabel hasil asesmen/)).toBeTruthy();

  await chooseOption(user, screen.getByRole("combobox", { name: "Sheet data" }), "Eselon IV");
  expect(screen.getByTestId("detected-sheet")).toHaveTextContent("Eselon IV");
  expect(screen.getByTestId("count-ready")).toHaveTextContent("2");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await screen.findByTestId("result");
  expect(JSON.stringify(host.writes[0].sheets[0].values)).toContain("Budi");
  expect(JSON.stringify(host.writes[0].sheets[0].values)).not.toContain("Ani");
});

test("a table with performance but no potential offers the JPM stand-in; chosen, the talent sheet says so", async () => {
  const rows = [
    [...TABLE_HEADER, "Predikat Kinerja"],
    [
      "198001012005011001",
      "Ani",
      "Analis",
      "IV.a",
      "Umum",
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      3,
      "Sangat Baik",
    ],
    ["198001012005011002", "Budi", "Analis", "IV.a", "Umum", 2, 1, 2, 1, 2, 1, 2, 1, 2, "Baik"],
  ];
  const host = fakeHost(workbook(sheet("Hasil", rows)));
  const { user } = renderPane(host);
  await waitForDetection();
  await user.click(screen.getByRole("button", { name: "Pilihan" }));
  const toggle = await screen.findByRole("switch", {
    name: "Pakai kategori JPM sebagai pengganti potensi",
  });
  // Off by default: nobody placed, no talent sheet.
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await screen.findByTestId("result");
  expect(host.writes[0].sheets.map((s) => s.kind)).not.toContain("talent");

  await user.click(toggle);
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(2));
  const talent = host.writes[1].sheets.find((s) => s.kind === "talent");
  expect(talent?.name).toMatch(/^Pemetaan Talenta \d{4}$/);
  const text = JSON.stringify(talent?.values);
  expect(text).toContain("kategori JPM kompetensi dipakai sebagai pengganti potensi");
  expect(text).toContain("Kotak 9: 1 pegawai");
});
