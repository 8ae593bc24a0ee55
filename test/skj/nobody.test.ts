// Why nobody was planned: the reason a clerk and a script get instead of an empty success.
import { nobodyMessage, nobodyReason } from "../../src/skj/nobody";
import { renderMessage } from "../../src/skj/messages";
import { runSkj } from "../../src/skj/run";
import type { CellValue } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";

const HEADER = ["NIP", "Nama", "Jabatan", "Eselon", ...NINE];
const person = (nip: string, scores: CellValue[]): CellValue[] => [
  nip,
  "Siti",
  "Kepala Subbagian Umum",
  "IV.a",
  ...scores,
];

function planOf(rows: CellValue[][], units?: string[]) {
  const outcome = runSkj(workbook(sheet("Data", rows)), {
    year: 2027,
    ...(units ? { units } : {}),
  });
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  return outcome.result;
}

test("somebody planned: no reason", () => {
  const plan = planOf([HEADER, person("198501012010011001", new Array(9).fill(3))]);
  expect(nobodyReason(plan, false)).toBeNull();
  expect(nobodyMessage(plan, false, "cli")).toBeNull();
});

test("headers only, an empty template, rows with errors, a competency missing, units", () => {
  expect(nobodyReason(planOf([HEADER]), false)).toBe("no-rows");
  const template = planOf([
    HEADER,
    person("198501012010011001", []),
    person("198602022011012002", []),
  ]);
  expect(nobodyReason(template, false)).toBe("unassessed");
  expect(renderMessage(nobodyMessage(template, false, "pane")!)).toBe(
    'Tabel di sheet "Data" ditemukan, tetapi 2 baris pegawainya belum berisi nilai kompetensi (templat belum diisi). Isi nilainya, lalu jalankan lagi.'
  );
  const wrong = planOf([HEADER, person("198501012010011001", new Array(9).fill("x"))]);
  expect(nobodyReason(wrong, false)).toBe("errors");
  expect(renderMessage(nobodyMessage(wrong, false, "pane")!, "en")).toContain(
    "1 row has errors (see the data notes). Fix the data or check the column mapping above."
  );
  const eight = planOf([HEADER.slice(0, 12), person("198501012010011001", new Array(8).fill(3))]);
  expect(nobodyReason(eight, false)).toBe("mapping");
  const planned = planOf(
    [HEADER, person("198501012010011001", new Array(9).fill(3))],
    ["Tidak Ada"]
  );
  expect(nobodyReason(planned, true)).toBe("units");
});
