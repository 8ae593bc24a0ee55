// The signature block under a results table (docs/domain.md §14): found in the shapes agencies write it,
// used by the report unless the options name a signatory.
import { buildReport } from "../../src/report/buildReport";
import { findSigner } from "../../src/skj/signer";
import { sheet, simpleTable, workbook } from "../helpers/grid";
import { planOf } from "../report/fixtures";

const NIP = "197003151995031002";
const scores = [3, 3, 3, 3, 3, 3, 3, 3, 3];
const table = simpleTable([
  {
    nip: "198001012005011001",
    name: "Ani",
    position: "Kepala Seksi",
    grade: "Eselon IV.a",
    unit: "Umum",
    scores,
  },
]);

function withBlock(lines: (string | null)[], col = 8) {
  const rows = [...table.rows.map((r) => [...r]), [], []];
  for (const line of lines) {
    const row: (string | null)[] = Array(col + 1).fill(null);
    row[col] = line;
    rows.push(row);
  }
  return sheet("Data Pegawai", rows);
}

test("place and date, a title over two lines, room to sign, name and NIP", () => {
  const grid = withBlock([
    "Sukamaju, 10 November 2026",
    "Kepala Badan Kepegawaian dan",
    "Pengembangan SDM",
    null,
    null,
    "Dr. H. Ahmad Fauzi, M.Si.",
    `NIP. ${NIP}`,
  ]);
  expect(findSigner(grid)).toEqual({
    title: "Kepala Badan Kepegawaian dan Pengembangan SDM",
    name: "Dr. H. Ahmad Fauzi, M.Si.",
    nip: NIP,
    place: "Sukamaju",
    address: "I11",
  });
});

test("'Mengetahui,' above the title, a NIP written with spaces and a colon", () => {
  const grid = withBlock([
    "Mengetahui,",
    "Sekretaris Daerah,",
    null,
    null,
    null,
    "Ir. Budi Santoso",
    "NIP: 19700315 199503 1 002",
  ]);
  expect(findSigner(grid)).toMatchObject({
    title: "Sekretaris Daerah",
    name: "Ir. Budi Santoso",
    nip: NIP,
  });
});

test("a table of NIPs without a signature block has no signer", () => {
  expect(findSigner(table)).toBeUndefined();
  expect(findSigner(withBlock(["Kepala Badan", null, "NIP. 123"]))).toBeUndefined();
});

test("the report is signed by the block's official unless the options name another", () => {
  const grid = withBlock([
    "Sukamaju, 10 November 2026",
    "Kepala Badan",
    null,
    "Dr. Ahmad",
    `NIP. ${NIP}`,
  ]);
  const plan = planOf(workbook(grid));
  expect(plan.signatory?.name).toBe("Dr. Ahmad");
  expect(plan.issues.some((i) => i.code === "signer-found")).toBe(true);
  const texts = (options: Parameters<typeof buildReport>[1]) =>
    buildReport(plan, options)
      .sheets[0].values.flat()
      .filter((v) => typeof v === "string");
  const none = { agency: "", signatory: { title: "", name: "", nip: "" }, date: "2026-11-22" };
  expect(texts(none)).toEqual(
    expect.arrayContaining([
      "Kepala Badan",
      "Dr. Ahmad",
      `NIP. ${NIP}`,
      "Sukamaju, 22 November 2026",
    ])
  );
  const other = {
    ...none,
    signatory: { title: "Plt. Kepala Badan", name: "Siti", nip: "" },
    place: "Kota",
  };
  const t = texts(other);
  expect(t).toEqual(
    expect.arrayContaining(["Plt. Kepala Badan", "Siti", "Kota, 22 November 2026"])
  );
  expect(t).not.toContain("Dr. Ahmad");
});
