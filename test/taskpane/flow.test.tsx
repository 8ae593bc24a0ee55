/** @jest-environment jsdom */
// The pane's first run, its announcements, a bad file and a cancelled write, through the real components.
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { isEmptyWorkbook, PaneController } from "../../src/taskpane/controller";
import { HostError } from "../../src/taskpane/host";
import { officeTheme } from "../../src/taskpane/hosts/excelHost";
import { msg } from "../../src/skj/messages";
import { sheet, workbook } from "../helpers/grid";
import { fakeHost, FakeHost, noTable, threeEmployees } from "./fakeHost";

const TODAY = new Date(2026, 4, 1);

function renderPane(host: FakeHost) {
  const controller = new PaneController(host, { today: () => TODAY });
  const user = userEvent.setup({ delay: null });
  render(<App controller={controller} />);
  return { controller, user };
}

const file = (name: string) => new File(["x"], name);

test("first run: numbered steps, the sample, the help page and a drop zone", async () => {
  const host = fakeHost(threeEmployees(), "file");
  host.sample = async () => file("contoh-hasil-asesmen.xlsx");
  const { user } = renderPane(host);
  expect(screen.getByTestId("steps").querySelectorAll("li")).toHaveLength(3);
  expect(screen.getByTestId("help-link")).toHaveAttribute("href", "help.html");
  await user.click(screen.getByRole("button", { name: "Coba file contoh" }));
  await screen.findByTestId("detected-sheet");
  expect(host.opened).toEqual(["contoh-hasil-asesmen.xlsx"]);
  // Once a file is open the first-run steps and the sample give way to the data.
  expect(screen.queryByTestId("steps")).toBeNull();
  expect(screen.queryByTestId("try-sample")).toBeNull();
});

test("a workbook without a table: plain words, the old file name gone, focus on the error", async () => {
  const host = fakeHost(threeEmployees(), "file");
  const { controller } = renderPane(host);
  await controller.openFile(file("data.xlsx"));
  await screen.findByTestId("detected-sheet");
  host.grid = noTable();
  await controller.openFile(file("daftar-hadir.xlsx"));
  const bar = await screen.findByTestId("error-bar");
  expect(screen.getByTestId("bad-file")).toHaveTextContent(
    "tidak ada tabel nilai asesmen (NIP, nama, nilai kompetensi)"
  );
  expect(controller.getState().fileName).toBeUndefined();
  expect(screen.queryByText(/daftar-hadir\.xlsx/)).toBeNull();
  expect(screen.getByTestId("steps")).toBeTruthy(); // back to the first run
  await waitFor(() => expect(document.activeElement).toBe(bar));
  expect(screen.getByTestId("announce-alert").textContent).toContain("tidak ada tabel nilai");
});

test("an empty workbook and a wrong file type are told apart", async () => {
  const host = fakeHost(workbook(sheet("Sheet1", [[null, ""]])), "file");
  const { controller } = renderPane(host);
  await controller.openFile(file("kosong.xlsx"));
  expect(await screen.findByTestId("bad-file")).toHaveTextContent("Buku kerja ini kosong");

  host.open = async (f: File) => {
    throw new HostError(msg("file-not-xlsx", { file: f.name }));
  };
  await controller.openFile(file("foto.png"));
  await waitFor(() =>
    expect(screen.getByTestId("bad-file")).toHaveTextContent(
      "File ini bukan buku kerja Excel (.xlsx) atau CSV."
    )
  );
  expect(controller.getState().error?.badFile).toBe("wrongType");
});

test("isEmptyWorkbook: blanks only", () => {
  expect(isEmptyWorkbook(workbook(sheet("A", [[null, "", " "]])))).toBe(true);
  expect(isEmptyWorkbook(workbook(sheet("A", [[null]]), sheet("B", [[0]])))).toBe(false);
});

test("the live region says the stage, then that the plan is done", async () => {
  const host = fakeHost(threeEmployees(), "file");
  let release!: () => void;
  const write = host.write.bind(host);
  host.write = async (model, onProgress) => {
    onProgress(0.5);
    await new Promise<void>((r) => (release = r));
    return write(model, () => undefined);
  };
  const { controller, user } = renderPane(host);
  await controller.openFile(file("data.xlsx"));
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() =>
    expect(screen.getByTestId("announce")).toHaveTextContent("Menulis sheet rencana… 50%")
  );
  release();
  await waitFor(() =>
    expect(screen.getByTestId("announce")).toHaveTextContent(
      "Rencana selesai: 2 pegawai direncanakan."
    )
  );
  // After a result the create button is no longer the primary action.
  expect(screen.getByTestId("generate").className).not.toMatch(/primary/);
});

test("cancel stops the write without an error", async () => {
  const host = fakeHost(threeEmployees(), "file");
  let reject!: (e: Error) => void;
  host.write = () => new Promise((_, r) => (reject = r));
  host.cancel = () => reject(new Error("cancelled"));
  const { controller, user } = renderPane(host);
  await controller.openFile(file("data.xlsx"));
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await user.click(await screen.findByRole("button", { name: "Batal" }));
  await waitFor(() => expect(screen.getByTestId("announce")).toHaveTextContent("Dibatalkan."));
  expect(screen.queryByTestId("error-bar")).toBeNull();
  expect(controller.getState().busy).toBeUndefined();
});

test("the Office theme: light, dark, or high contrast on a black body", () => {
  expect(officeTheme(undefined)).toBe("light");
  expect(officeTheme({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: false })).toBe("light");
  expect(officeTheme({ bodyBackgroundColor: "#262626", isDarkTheme: true })).toBe("dark");
  expect(officeTheme({ bodyBackgroundColor: "#000000", isDarkTheme: true })).toBe("highContrast");
});

test("the pane takes the host's theme and follows a change", async () => {
  const host = fakeHost(threeEmployees(), "file");
  host.theme = () => "dark";
  const { controller } = renderPane(host);
  expect(controller.getState().theme).toBe("dark");
  controller.setTheme("highContrast");
  expect(controller.getState().theme).toBe("highContrast");
});
