/** @jest-environment jsdom */
// The help section's self-test through the real components and controller: the table of what Excel did
// and refused, the copied text, file mode without it, and the Excel host over the strict fake Excel.
import "./dom";
import { PANE_TODAY, renderPane } from "./renderPane";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneController } from "../../src/taskpane/controller";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import type { SelfTestReport } from "../../src/excel/selfTest";
import { SELF_TEST_FEATURES } from "../../src/skj/registry/selfTestFeatures";
import { fakeHost, threeEmployees } from "./fakeHost";
import { FakeExcel } from "../excel/fakeExcel";

const TODAY = PANE_TODAY;

const REPORT: SelfTestReport = {
  platform: "PC",
  version: "16.0.17928.20114",
  apiSets: Array.from({ length: 17 }, (_, k) => ({ version: `1.${k + 1}`, supported: k < 12 })),
  rows: [
    { feature: "values", outcome: { status: "ok", checked: true } },
    {
      feature: "fit-to-width",
      outcome: { status: "differs", got: "null", want: "1" },
    },
    {
      feature: "chart",
      outcome: {
        status: "refused",
        code: "GeneralException",
        detail: "An internal error has occurred [GeneralException, ChartCollection.add]",
      },
    },
    { feature: "freeze", outcome: { status: "unsupported", api: "1.7" } },
  ],
  problems: [],
};

async function runTest(user: ReturnType<typeof userEvent.setup>, lang: "id" | "en" = "id") {
  await user.click(
    screen.getByRole("button", { name: lang === "id" ? "Bantuan dan tentang" : "Help and about" })
  );
  await user.click(
    screen.getByRole("button", {
      name: lang === "id" ? "Uji kemampuan Excel" : "Test Excel's capabilities",
    })
  );
  return screen.findByTestId("self-test-table");
}

function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent ?? "")
    );
}

test("shows what this Excel did and refused, and copies it as text", async () => {
  const host = fakeHost(threeEmployees());
  let calls = 0;
  host.selfTest = async () => {
    calls++;
    return REPORT;
  };
  const { user } = renderPane(host);
  await screen.findByTestId("detected-sheet");
  const table = await runTest(user);
  expect(calls).toBe(1);
  expect(tableRows(table)).toEqual([
    ["Nilai 2-D", "OK"],
    ["Muat selebar halaman", "Berbeda: terbaca null, seharusnya 1"],
    [
      "Grafik",
      "Ditolak: GeneralException — An internal error has occurred [GeneralException, ChartCollection.add]",
    ],
    ["Bekukan panel", "Tidak didukung (perlu ExcelApi 1.7)"],
  ]);
  expect(screen.getByTestId("self-test-platform")).toHaveTextContent(
    "Platform: PC · Versi: 16.0.17928.20114 · ExcelApi yang didukung: 1.1–1.12"
  );

  await user.click(screen.getByRole("button", { name: "Salin hasil" }));
  expect(await screen.findByText("Hasil disalin.")).toBeInTheDocument();
  expect(await navigator.clipboard.readText()).toBe(
    [
      "Uji kemampuan Excel",
      "Platform: PC",
      "Versi: 16.0.17928.20114",
      "ExcelApi yang didukung: 1.1–1.12",
      "",
      "Fitur\tHasil",
      "Nilai 2-D\tOK",
      "Muat selebar halaman\tBerbeda: terbaca null, seharusnya 1",
      "Grafik\tDitolak: GeneralException — An internal error has occurred [GeneralException, ChartCollection.add]",
      "Bekukan panel\tTidak didukung (perlu ExcelApi 1.7)",
      "",
    ].join("\n")
  );
});

test("when the clipboard is refused, the text is shown to copy by hand", async () => {
  const host = fakeHost(threeEmployees());
  host.selfTest = async () => REPORT;
  const { user } = renderPane(host);
  await screen.findByTestId("detected-sheet");
  await runTest(user);
  jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("NotAllowedError"));
  await user.click(screen.getByRole("button", { name: "Salin hasil" }));
  expect(
    await screen.findByText("Tidak dapat menyalin: pilih teks hasil di bawah lalu salin.")
  ).toBeInTheDocument();
  expect((screen.getByTestId("self-test-text") as HTMLTextAreaElement).value).toContain(
    "Grafik\tDitolak: GeneralException"
  );
});

test("a test that cannot run says why", async () => {
  const host = fakeHost(threeEmployees());
  host.selfTest = async () => {
    throw new Error("Excel is gone");
  };
  const { user } = renderPane(host);
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Bantuan dan tentang" }));
  await user.click(screen.getByRole("button", { name: "Uji kemampuan Excel" }));
  expect(await screen.findByTestId("self-test-error")).toHaveTextContent(
    "Uji tidak dapat dijalankan"
  );
});

test("file mode has no self-test section", async () => {
  renderPane(fakeHost(threeEmployees(), "file"));
  expect(await screen.findByTestId("open-file")).toBeInTheDocument();
  expect(screen.queryByTestId("help-section")).toBeNull();
  expect(screen.queryByRole("button", { name: "Bantuan dan tentang" })).toBeNull();
});

test("the Excel host over the strict fake: every feature ok in English, the scratch sheet gone", async () => {
  const fake = new FakeExcel({ apiVersion: "1.13" }).addSheet("Data", {
    values: [["Daftar hadir"], ["Ani"]],
  });
  const host = createExcelHost({
    run: (batch) => fake.run({ delayForCellEdit: true }, batch),
    isSetSupported: fake.isSetSupported,
  });
  const { controller, user } = renderPane(host);
  act(() => controller.setLang("en"));
  // The workbook has no assessment table: the self-test is there all the same.
  await screen.findByTestId("error-bar");
  const table = await runTest(user, "en");
  expect(tableRows(table)).toEqual(SELF_TEST_FEATURES.map((f) => [f.label.en, "OK"]));
  expect(screen.getByTestId("self-test-platform")).toHaveTextContent(
    "Platform: unknown · Version: unknown · Supported ExcelApi: 1.1–1.13"
  );
  expect(fake.sheetNames()).toEqual(["Data"]);
});

test("the controller runs one self-test at a time and keeps its report", async () => {
  const host = fakeHost(threeEmployees());
  let calls = 0;
  let finish: (r: SelfTestReport) => void = () => undefined;
  host.selfTest = () => {
    calls++;
    return new Promise<SelfTestReport>((resolve) => (finish = resolve));
  };
  const controller = new PaneController(host, { today: () => TODAY });
  const first = controller.runSelfTest();
  void controller.runSelfTest();
  expect(controller.getState().selfTest).toEqual({ running: true });
  finish(REPORT);
  await first;
  expect(calls).toBe(1);
  expect(controller.getState().selfTest).toEqual({ running: false, report: REPORT });
});
