/** @jest-environment jsdom */
// "Tambah daftar pegawai" (docs/domain.md §11): a results table without grades gets them from a second
// workbook the clerk adds, in the file page and in Excel; a file with no list is said plainly.
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import type { WorkbookGrid } from "../../src/skj/types";
import { fakeHost, FakeHost } from "./fakeHost";
import { NINE, sheet, workbook } from "../helpers/grid";

const TODAY = new Date(2026, 4, 1);
const NIPS = ["198001012005011001", "198102022006021002"];

/** Results without a grade column, as an assessment system exports them. */
function resultsWithoutGrades(): WorkbookGrid {
  return workbook(
    sheet("Hasil", [
      ["NIP", "Nama", "Jabatan", "Unit Kerja", ...NINE],
      [NIPS[0], "Ani", "Kepala Bagian Umum", "Sekretariat", 3, 3, 3, 3, 3, 3, 3, 3, 3],
      [NIPS[1], "Budi", "Kepala Seksi Data", "Sekretariat", 2, 2, 2, 2, 2, 2, 2, 2, 2],
    ])
  );
}

const STAFF = workbook(
  sheet("DUK", [
    ["DAFTAR PEGAWAI"],
    ["NIP", "NAMA", "JABATAN", "ESELON", "GOLONGAN"],
    [`'${NIPS[0]}`, "Ani", "Kepala Bagian Umum", "III.a", "III/d"],
    [NIPS[1], "Budi", "Kepala Seksi Data", "IV.a", "III/c"],
  ])
);

function withListReader(host: FakeHost, lists: Record<string, WorkbookGrid>): string[] {
  const asked: string[] = [];
  host.readOtherWorkbook = async (file: File) => {
    asked.push(file.name);
    return lists[file.name] ?? workbook(sheet("Sheet1", [["bukan daftar"]]));
  };
  return asked;
}

function renderPane(host: FakeHost) {
  const controller = new PaneController(host, { today: () => TODAY });
  const user = userEvent.setup({ delay: null });
  render(<App controller={controller} autoLoad={host.kind === "excel"} />);
  return { controller, user };
}

const xlsx = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

test.each(["excel", "file"] as const)(
  "%s: the employees become plannable once the employee list is added",
  async (kind) => {
    const host = fakeHost(resultsWithoutGrades(), kind);
    const asked = withListReader(host, { "pegawai.xlsx": STAFF });
    const { user } = renderPane(host);
    if (kind === "file") await user.upload(screen.getByTestId("file-input"), xlsx("hasil.xlsx"));
    await screen.findByTestId("detected-sheet");
    expect(screen.getByTestId("count-ready")).toHaveTextContent("0");
    expect(screen.getByTestId("count-errors")).toHaveTextContent("2");

    expect(screen.getByTestId("add-employee-list")).toHaveTextContent("Tambah daftar pegawai");
    await user.upload(screen.getByTestId("employee-list-input"), xlsx("pegawai.xlsx"));
    await waitFor(() => expect(screen.getByTestId("count-ready")).toHaveTextContent("2"));
    expect(screen.getByTestId("count-errors")).toHaveTextContent("0");
    expect(screen.getByTestId("employee-list")).toHaveTextContent(
      'Daftar pegawai "pegawai.xlsx": 2 NIP.'
    );
    expect(asked).toEqual(["pegawai.xlsx"]);

    // The report is written with those grades, and its notes say where they came from.
    await user.click(screen.getByTestId("generate"));
    await waitFor(() => expect(host.writes).toHaveLength(1));
    expect(JSON.stringify(host.writes[0])).toContain(
      'Jenjang 2 pegawai diambil dari daftar pegawai \\"pegawai.xlsx › DUK\\"'
    );
  }
);

test("a file without an employee list is said, and nothing changes", async () => {
  const host = fakeHost(resultsWithoutGrades());
  withListReader(host, {});
  const { user, controller } = renderPane(host);
  await screen.findByTestId("detected-sheet");
  await user.upload(screen.getByTestId("employee-list-input"), xlsx("lain.xlsx"));
  expect(await screen.findByTestId("error-bar")).toHaveTextContent(
    'Di "lain.xlsx" tidak ada daftar pegawai: perlu sheet dengan kolom NIP dan kolom Eselon, Jenjang atau Jabatan.'
  );
  expect(screen.getByTestId("count-ready")).toHaveTextContent("0");
  expect(controller.getState().employeeLists).toBeUndefined();
});

test("a host that cannot read a second workbook shows no button", async () => {
  renderPane(fakeHost(resultsWithoutGrades()));
  await screen.findByTestId("detected-sheet");
  expect(screen.queryByTestId("add-employee-list")).toBeNull();
});
