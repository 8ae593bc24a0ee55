// The reader's output is what the domain expects: the zod schema accepts it and the SKJ engine finds the table.
import * as fs from "node:fs";
import { readWorkbook } from "../../../src/file/read/readWorkbook";
import { runSkj, workbookGridSchema } from "../../../src/skj";
import { Fixtures, fixtures } from "../../fixtures/fixtures";
import { renderMessage } from "../../../src/skj/messages";

let fx: Fixtures;
beforeAll(() => {
  fx = fixtures();
}, 180_000);

describe.each([
  ["openpyxl", () => fx.kitchenSink],
  ["LibreOffice re-save", () => fx.kitchenSinkLo],
])("kitchen-sink (%s) through the SKJ engine", (_label, file) => {
  test("the grid passes the domain's schema and the engine reads all twelve employees", () => {
    const { grid } = readWorkbook(new Uint8Array(fs.readFileSync(file())));
    expect(workbookGridSchema.safeParse(grid).success).toBe(true);
    const outcome = runSkj(grid, { year: 2026 });
    if (!outcome.ok) throw new Error(renderMessage(outcome.message));
    const { result } = outcome;
    expect(result.source).toMatchObject({ sheet: "Penilaian", headerRows: [5, 6], layout: "wide" });
    expect(result.employees.map((e) => e.nip)).toEqual(fx.expected.employees.map((e) => e.nip));
    for (const [i, e] of result.employees.entries()) {
      expect(e.competencies.map((c) => c.score)).toEqual(fx.expected.employees[i].scores);
    }
  });
});
