/** @jest-environment jsdom */
// The pane in English: the engine's issues are rendered by the English catalogue, and the sheets can be
// written in English too.
import "./dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { PaneController } from "../../src/taskpane/controller";
import { fakeHost, threeEmployees } from "./fakeHost";

const TODAY = new Date(2026, 4, 1);

/** Common words of Indonesian sentences (domain terms such as competency names are not among them). */
const INDONESIAN =
  /\b(tidak|baris|pegawai|dan|yang|dengan|untuk|kolom|bukan|angka|direncanakan|galat|peringatan|catatan)\b/i;

function renderEnglishPane() {
  const host = fakeHost(threeEmployees());
  const controller = new PaneController(host, { lang: "en", today: () => TODAY });
  const user = userEvent.setup({ delay: null });
  render(
    <App
      controller={controller}
      autoLoad
      capabilities={{ selection: !!host.readSelection, selectCell: !!host.selectCell }}
    />
  );
  return { host, user };
}

test("in English the engine's issues are English, with no Indonesian sentence", async () => {
  const { user } = renderEnglishPane();
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: /Data notes/ }));
  const list = await screen.findByTestId("issues");
  const text = list.textContent ?? "";
  // Citra's Komunikasi score is the word "tiga".
  expect(text).toContain('"tiga" is not a number; this row is not planned.');
  expect(text).toContain("Error");
  // Quoted cell values are the workbook's own words; the sentences around them are English.
  expect(text.replace(/"[^"]*"/g, "")).not.toMatch(INDONESIAN);
});

test("the report language option writes the plan, the summary and the notes in English", async () => {
  const { host, user } = renderEnglishPane();
  await screen.findByTestId("detected-sheet");
  await user.click(screen.getByRole("button", { name: "Options" }));
  const choice = await screen.findByTestId("option-sheet-lang");
  expect(choice).toHaveTextContent("Bahasa Indonesia");
  await user.click(choice);
  await user.click(await screen.findByRole("option", { name: "English" }));
  await user.click(screen.getByRole("button", { name: "Create development plan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  const sheets = host.writes[0].sheets;
  expect(sheets.map((s) => s.name)).toEqual([
    "Development plan 2027",
    "Needs summary 2027",
    "Competency plan 2027",
    "Formula data 2027",
    "Data notes",
  ]);
  const notes = sheets[sheets.length - 1];
  expect(notes.values[0][0]).toBe("DATA NOTES");
  const messages = JSON.stringify(notes.values);
  expect(messages).toContain("is not a number; this row is not planned.");
  expect(messages).not.toContain("tidak direncanakan");
  expect(sheets[0].values[0][0]).toBe("ASN COMPETENCY DEVELOPMENT PLAN 2027");
  expect(sheets[1].values[0][0]).toBe("ASN COMPETENCY DEVELOPMENT NEEDS SUMMARY 2027");
});
