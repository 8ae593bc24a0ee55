/** @jest-environment jsdom */
// The pane in English says nothing in Indonesian (issue list, result, announcements, refusals), writes counts
// and decimals the English way, and gives the page an English lang and title; back in Bahasa Indonesia, all
// of it follows (issue 19, item 9).
import "./dom";
import "./textCodec";
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { readInput } from "../../src/file/read/input";
import type { WorkbookGrid } from "../../src/skj/types";
import { simpleTable, workbook } from "../helpers/grid";
import { fakeHost, noTable } from "./fakeHost";

const SAMPLE = path.resolve(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");
const TODAY = new Date(2026, 4, 1);

/** Words of Indonesian sentences that no English text of the pane uses. */
const INDONESIAN =
  /\b(tidak|kolom|baris|pegawai|dibaca|direncanakan|belum|sheet rencana|karena)\b/i;

/** A region's text without what the workbook itself says (quoted cell values, sheet and header names). */
function ownWords(el: Element | null, workbookWords: readonly string[] = []): string {
  let text = (el?.textContent ?? "").replace(/"[^"]*"/g, "");
  for (const w of workbookWords) text = text.split(w).join("");
  return text;
}

function sampleGrid(): WorkbookGrid {
  return readInput(new Uint8Array(fs.readFileSync(SAMPLE)), "contoh-hasil-asesmen.xlsx").grid;
}

function start(grid: WorkbookGrid, lang: "en" | "id" = "en") {
  const host = fakeHost(grid, "file");
  const controller = new PaneController(host, { lang, today: () => TODAY });
  const user = userEvent.setup({ delay: null });
  render(<App controller={controller} />);
  return { host, controller, user };
}

const file = (name: string) => new File(["x"], name);

test("the sample in English: issues, result and announcements hold no Indonesian sentence", async () => {
  const grid = sampleGrid();
  const { controller, user } = start(grid);
  await controller.openFile(file("contoh-hasil-asesmen.xlsx"));
  await screen.findByTestId("detected-sheet");
  // Header texts are the workbook's words ("Unit Kerja"): issues name the column by its header.
  const { detection } = controller.getState();
  const headers = (detection?.headers ?? []).map((h) => h.text).sort((a, b) => b.length - a.length);
  await user.click(screen.getByRole("button", { name: /^Data notes/ }));
  const issues = await screen.findByTestId("issues");
  expect(issues.textContent).toMatch(/What to do: /);
  expect(ownWords(issues, headers)).not.toMatch(INDONESIAN);
  expect(ownWords(screen.getByTestId("detection"), [...headers, detection!.sheet])).not.toMatch(
    INDONESIAN
  );

  await user.click(screen.getByRole("button", { name: "Create development plan" }));
  const result = await screen.findByTestId("result");
  await waitFor(() =>
    expect(screen.getByTestId("announce").textContent).toMatch(
      /^Plan ready: \d+ employees planned\./
    )
  );
  // Sheet names are the report's language (Bahasa Indonesia by default), not the pane's.
  const sheetNames = controller.getState().result!.sheetNames;
  expect(ownWords(result, sheetNames)).not.toMatch(INDONESIAN);
  expect(ownWords(screen.getByTestId("announce"))).not.toMatch(INDONESIAN);
});

test("a bad file in English: the error bar and the alert are English only", async () => {
  const { controller, host } = start(noTable());
  await controller.openFile(file("daftar-hadir.xlsx"));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain("no table of assessment scores");
  expect(ownWords(bar, ["Sheet1"])).not.toMatch(INDONESIAN);
  expect(ownWords(screen.getByTestId("announce-alert"), ["Sheet1"])).not.toMatch(INDONESIAN);
  expect(screen.getByTestId("announce-alert").textContent).toMatch(/^No assessment table found\./);
  void host;
});

test("a refused plan in English: the reason is English too", async () => {
  const rows = ["Ani", "Budi"].map((name, i) => ({
    nip: `19800101200501100${i}`,
    name,
    position: "Kepala Seksi",
    grade: "Eselon IV.a",
    unit: "Bidang Umum",
    scores: [3, 3, 3, i === 0 ? "tiga" : 9, 3, 3, 3, 3, 3],
  }));
  const { controller, user } = start(workbook(simpleTable(rows)));
  await controller.openFile(file("data.xlsx"));
  await screen.findByTestId("detected-sheet");
  expect(ownWords(screen.getByTestId("detection"), ["Data Pegawai"])).not.toMatch(INDONESIAN);
  await user.click(screen.getByRole("button", { name: "Create development plan" }));
  const bar = await screen.findByTestId("error-bar");
  expect(bar.textContent).toContain("2 rows have errors. The first: Row 2, column");
  const headers = ["Orientasi pada Hasil", "Data Pegawai"];
  expect(ownWords(bar, headers)).not.toMatch(INDONESIAN);
  expect(ownWords(screen.getByTestId("announce-alert"), headers)).not.toMatch(INDONESIAN);
});

/** 1,234 employees: one short on Komunikasi by half a level, the rest meet every standard. */
function manyEmployees(): WorkbookGrid {
  return workbook(
    simpleTable(
      Array.from({ length: 1234 }, (_, i) => ({
        nip: String(198001012005011000 + i).padStart(18, "0"),
        name: `Pegawai ${i + 1}`,
        position: "Kepala Seksi",
        grade: "Eselon IV.a",
        unit: "Bidang Umum",
        scores: [2, 2, i === 0 ? 1.5 : 2, 2, 2, 2, 2, 2, 2],
      }))
    )
  );
}

test("counts and decimals follow the language; so do <html lang> and the title", async () => {
  const { controller, user } = start(manyEmployees());
  expect(document.documentElement.lang).toBe("en");
  expect(document.title).toBe("SKJ Development Plan");
  await controller.openFile(file("data.xlsx"));
  await screen.findByTestId("detected-sheet");
  expect(screen.getByTestId("count-ready").textContent).toBe("1,234");
  await user.click(screen.getByRole("button", { name: "Create development plan" }));
  await screen.findByTestId("result", {}, { timeout: 20000 });
  expect(screen.getByTestId("result-employees").textContent).toBe("1,234");
  expect(screen.getByTestId("result-needs").textContent).toContain("0.50");
  expect(screen.getByTestId("announce").textContent).toBe("Plan ready: 1,234 employees planned.");

  controller.setLang("id");
  await waitFor(() => expect(document.documentElement.lang).toBe("id"));
  expect(document.title).toBe("Rencana Pengembangan SKJ");
  expect(screen.getByTestId("count-ready").textContent).toBe("1.234");
  expect(screen.getByTestId("result-employees").textContent).toBe("1.234");
  expect(screen.getByTestId("result-needs").textContent).toContain("0,50");
  expect(screen.getByTestId("announce").textContent).toBe(
    "Rencana selesai: 1.234 pegawai direncanakan."
  );
}, 60000);
