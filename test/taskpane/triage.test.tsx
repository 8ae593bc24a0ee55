/** @jest-environment jsdom */
// The pane a clerk can triage with (issue list grouped, errors first, counters that filter, a hint per kind),
// a result that names the rows left out and leads to them, announcements for screen readers, and the page's
// language following the pane's.
import "./dom";
import { startPane } from "./renderPane";
import { screen, waitFor, within } from "@testing-library/react";
import { hintFor } from "../../src/skj/messages";
import { simpleTable, workbook } from "../helpers/grid";

/** Eight clerks without a grade (read from the position: warnings) and two rows with a bad score (errors). */
function messyWorkbook() {
  const ok = Array.from({ length: 8 }, (_, i) => ({
    nip: `19800101200501100${i}`,
    name: `Pegawai ${i + 1}`,
    position: "Analis Kepegawaian Ahli Muda",
    grade: "",
    unit: "Bidang Umum",
    scores: [3, 3, 2.5, 3, 3, 3, 3, 3, 3],
  }));
  const bad = [
    { nip: "198202022006021010", name: "Rina", scores: [3, "tiga", 3, 3, 3, 3, 3, 3, 3] },
    { nip: "198303032007031011", name: "Sari", scores: [3, 3, 3, 9, 3, 3, 3, 3, 3] },
  ].map((b) => ({ ...b, position: "Kepala Seksi", grade: "Eselon IV.a", unit: "Bidang Umum" }));
  return workbook(simpleTable([...ok, ...bad]));
}

function start() {
  return startPane(messyWorkbook());
}

test("errors come first, one kind of warning is one group, counters filter", async () => {
  const { user } = await start();
  await user.click(screen.getByRole("button", { name: /Catatan data|Data notes/ }));
  const list = screen.getByTestId("issues");
  const items = within(list)
    .getAllByRole("listitem")
    .filter((li) => li.parentElement === list);
  // The two bad rows are errors of one kind: grouped, and listed before the warnings.
  expect(items[0].textContent).toMatch(/^✕\s*2 × Galat/);
  const warnings = items.filter((li) => /Peringatan/.test(li.textContent ?? ""));
  expect(warnings.length).toBeGreaterThan(0);
  expect(items.indexOf(warnings[0])).toBeGreaterThan(0);
  const grade = warnings.find((li) => /8 × Peringatan/.test(li.textContent ?? ""));
  expect(grade).toBeDefined();
  // Each group says what to do.
  for (const li of items)
    expect(within(li).getByTestId("issue-hint").textContent).toMatch(/^Yang perlu dilakukan: /);
  // The error counter filters the list to the errors.
  await user.click(screen.getByTestId("issue-filter-error"));
  const filtered = within(screen.getByTestId("issues")).getAllByTestId(/^issue-\d+$/);
  expect(filtered).toHaveLength(1);
  expect(filtered[0].textContent).toMatch(/Galat/);
  // Pressed again: everything.
  await user.click(screen.getByTestId("issue-filter-error"));
  expect(within(screen.getByTestId("issues")).getAllByTestId(/^issue-\d+$/).length).toBe(
    items.length
  );
});

test("the result names the rows left out, leads to them, and is announced", async () => {
  const { host, user } = await start();
  await user.click(screen.getByRole("button", { name: "Buat Rencana Pengembangan" }));
  await waitFor(() => expect(host.writes).toHaveLength(1));
  // A screen reader hears that the plan is done, and who was left out (the polite live region).
  await waitFor(() => {
    const live = screen.getByTestId("announce");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toContain("Rencana selesai");
    expect(live.textContent).toContain("2 baris tidak dapat direncanakan");
  });
  const leftOut = await screen.findByTestId("result-left-out");
  expect(leftOut.textContent).toContain("2 baris tidak dapat direncanakan karena galat data");
  await user.click(screen.getByTestId("show-left-out"));
  const list = await screen.findByTestId("issues");
  expect(screen.getByTestId("issue-filter-error").getAttribute("aria-pressed")).toBe("true");
  expect(within(list).getAllByTestId(/^issue-\d+$/)).toHaveLength(1);
});

test("the page's language and title follow the pane's", async () => {
  const { user } = await start();
  expect(document.documentElement.lang).toBe("id");
  await user.click(screen.getByTestId("lang-switch"));
  expect(document.documentElement.lang).toBe("en");
  expect(document.title).not.toBe("");
  expect(document.title).toMatch(/[A-Za-z]/);
  await user.click(screen.getByRole("button", { name: /Catatan data|Data notes/ }));
  expect(screen.getAllByTestId("issue-hint")[0].textContent).toMatch(/^What to do: /);
});

test("every issue code the product raises has a fix hint in both languages", () => {
  // The codes of issues: every msg("…") within an object literal that carries a severity, in the sources.
  const fs = jest.requireActual<typeof import("fs")>("fs");
  const path = jest.requireActual<typeof import("path")>("path");
  const root = path.resolve(__dirname, "../../src");
  const files: string[] = [];
  const walk = (dir: string) =>
    fs.readdirSync(dir, { withFileTypes: true }).forEach((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(d.name) && !p.includes(`${path.sep}messages${path.sep}`))
        files.push(p);
    });
  ["skj", "file", "excel"].forEach((d) => walk(path.join(root, d)));
  const codes = new Set<string>();
  for (const file of files) {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (!/severity[:,]/.test(line)) return;
      for (const l of lines.slice(i, i + 9))
        for (const m of l.matchAll(/msg\("([a-z0-9-]+)"/g)) codes.add(m[1]);
    });
  }
  expect(codes.size).toBeGreaterThan(20);
  const missing = [...codes].filter(
    (c) => !hintFor(c as never, "id") || !hintFor(c as never, "en")
  );
  expect(missing).toEqual([]);
});
