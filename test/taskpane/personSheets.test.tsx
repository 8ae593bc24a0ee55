/** @jest-environment jsdom */
// Individual reports in the pane (docs/domain.md §11): a workbook with one sheet per employee shows what it
// will plan and plans it, in the file page and in Excel; choosing one report's sheet plans that one.
import "./dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import type { CellValue, WorkbookGrid } from "../../src/skj/types";
import { fakeHost, FakeHost } from "./fakeHost";
import { NINE, sheet, workbook } from "../helpers/grid";

const TODAY = new Date(2026, 4, 1);

function report(name: string, nip: string, eselon: string, score: number) {
  return sheet(name, [
    ["LAPORAN HASIL PENILAIAN KOMPETENSI"],
    [],
    ["Nama", ":", name],
    ["NIP", ":", nip],
    ["Jabatan", ":", "Kepala Seksi"],
    ["Eselon", ":", eselon],
    [],
    ["No", "Kompetensi", "Standar", "Nilai"],
    ...NINE.map((c, i): CellValue[] => [i + 1, c, 2, score]),
  ]);
}

const REPORTS: WorkbookGrid = workbook(
  report("Ani", "198001012005011001", "IV.a", 2),
  report("Budi", "198102022006021002", "IV.b", 1.5),
  report("Citra", "198203032007031003", "IV.a", 2)
);

function renderPane(host: FakeHost) {
  const controller = new PaneController(host, { today: () => TODAY });
  const user = userEvent.setup({ delay: null });
  render(<App controller={controller} autoLoad={host.kind === "excel"} />);
  return { controller, user };
}

test.each(["excel", "file"] as const)("%s: plans one employee per report sheet", async (kind) => {
  const host = fakeHost(REPORTS, kind);
  const { user } = renderPane(host);
  if (kind === "file")
    await user.upload(
      screen.getByTestId("file-input"),
      new File([new Uint8Array([80, 75, 3, 4])], "laporan.xlsx")
    );
  expect(await screen.findByTestId("person-sheets")).toHaveTextContent(
    '3 sheet dibaca sebagai laporan per pegawai (satu pegawai per sheet): "Ani", "Budi", "Citra".'
  );
  expect(screen.getByTestId("count-ready")).toHaveTextContent("3");
  expect(screen.queryByTestId("error-bar")).toBeNull();
  await user.click(screen.getByTestId("generate"));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  const written = JSON.stringify(host.writes[0]);
  for (const name of ["Ani", "Budi", "Citra"]) expect(written).toContain(name);
});

test("choosing one report's sheet plans that employee only", async () => {
  const host = fakeHost(REPORTS);
  const { controller } = renderPane(host);
  await screen.findByTestId("person-sheets");
  act(() => controller.chooseSheet("Budi"));
  await waitFor(() => expect(screen.getByTestId("count-ready")).toHaveTextContent("1"));
  expect(controller.getState().personSheets).toEqual(["Budi"]);
});
