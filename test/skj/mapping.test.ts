// One column read by two fields: the mapping says so (NIP from the Nama column would plan names as NIPs).
import { renderMessage } from "../../src/skj/messages";
import { withColumn } from "../../src/skj/mapping";
import { detectTable } from "../../src/skj/detect";
import { runSkj } from "../../src/skj/run";
import type { TableDetection } from "../../src/skj/types";
import { simpleTable, workbook } from "../helpers/grid";

const table = simpleTable([
  {
    nip: "198001012005011001",
    name: "Ani Lestari",
    position: "Analis",
    grade: "IV.a",
    unit: "Umum",
    scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
  },
]);

function detected(): TableDetection {
  const d = detectTable(workbook(table));
  if (!d.ok) throw new Error("no table");
  return d.detection;
}

test("a detected table reads each column once: no shared-column issue", () => {
  expect(detected().issues.filter((i) => i.code === "mapping-field-shared")).toEqual([]);
});

test("NIP moved onto the Nama column is an error naming both fields and the column", () => {
  const moved = withColumn(detected(), { kind: "identity", field: "nip" }, 1);
  const shared = moved.issues.filter((i) => i.code === "mapping-field-shared");
  expect(shared).toHaveLength(1);
  expect(shared[0]).toMatchObject({ severity: "error", col: 1, column: "Nama" });
  expect(renderMessage(shared[0])).toBe(
    'Kolom B ("Nama") dibaca untuk NIP dan Nama sekaligus; salah satunya keliru. ' +
      "Pilih kolom yang benar di Pemetaan kolom (CLI: --kolom KODE=KOLOM)."
  );
  expect(renderMessage(shared[0], "en")).toMatch(
    /^Column B \("Nama"\) is read as NIP and Name at once/
  );
  // The run carries it into the plan's issues, so the report's notes say it too.
  const outcome = runSkj(workbook(table), { detection: moved });
  const issues = outcome.ok ? outcome.result.issues : outcome.issues;
  expect(issues.some((i) => i.code === "mapping-field-shared")).toBe(true);
  // Moving it back clears it.
  const back = withColumn(moved, { kind: "identity", field: "nip" }, 0);
  expect(back.issues.filter((i) => i.code === "mapping-field-shared")).toEqual([]);
});

test("a competency read from the Unit Kerja column is a warning", () => {
  const moved = withColumn(detected(), { kind: "competency", code: "INT" }, 4);
  const shared = moved.issues.filter((i) => i.code === "mapping-field-shared");
  expect(shared).toHaveLength(1);
  expect(shared[0].severity).toBe("warning");
  expect(renderMessage(shared[0])).toContain("Unit Kerja dan Integritas");
});
