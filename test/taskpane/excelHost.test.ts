// The Excel host against the strict in-memory Excel: read -> detect -> write, through the pane's controller.
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { renderMessage } from "../../src/skj/messages";
import { PaneController } from "../../src/taskpane/controller";
import { FakeExcel, SeedValue } from "../excel/fakeExcel";
import { NINE } from "../helpers/grid";

const TODAY = new Date(2026, 10, 22);

/** Two title rows, then the table; Citra's Komunikasi is text, and Dedi's grade is unknown. */
function assessmentWorkbook(): FakeExcel {
  // Administrators (standard 3) who differ only in Komunikasi.
  const person = (nip: string, name: string, unit: string, kom: SeedValue): SeedValue[] => [
    nip,
    name,
    `Kepala ${unit}`,
    "III.a",
    unit,
    ...[3, 3, kom, 3, 3, 3, 3, 3, 3],
  ];
  const blank = (): SeedValue[] => Array<SeedValue>(5 + NINE.length).fill(null);
  const values: SeedValue[][] = [
    ["HASIL PEMETAAN KOMPETENSI 2026", ...blank().slice(1)],
    blank(),
    ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
    person("198001012005011001", "Ani", "Sekretariat", 3),
    person("198102022006021002", "Budi", "Mutasi", 2),
    person("198203032007031003", "Citra", "Diklat", "tiga"),
  ];
  return new FakeExcel()
    .addSheet("Data Pegawai", { values, merges: ["A1:N1"] })
    .addSheet("Catatan", { values: [["dibiarkan"]] });
}

function controllerFor(fake: FakeExcel) {
  const host = createExcelHost({
    run: (batch) => fake.run(batch),
    isSetSupported: fake.isSetSupported,
  });
  return new PaneController(host, { today: () => TODAY });
}

test("read -> detect -> write: the workbook gains the plan, summary and issues sheets", async () => {
  const fake = assessmentWorkbook();
  const controller = controllerFor(fake);
  await controller.load();
  const s = controller.getState();
  expect(s.detection?.sheet).toBe("Data Pegawai");
  expect(s.detection?.headerRows).toEqual([3]);
  expect(s.preview).toMatchObject({ employees: 2, rowsWithErrors: 1 });

  await controller.generate();
  const after = controller.getState();
  expect(after.error).toBeUndefined();
  expect(after.result?.sheetNames).toEqual([
    "Rencana Pengembangan 2027",
    "Rekap Kebutuhan 2027",
    "AKPK 2027",
    "Data Rumus 2027",
    "Catatan Data",
  ]);
  expect(fake.sheetNames()).toEqual([
    "Data Pegawai",
    "Catatan",
    "Rencana Pengembangan 2027",
    "Rekap Kebutuhan 2027",
    "AKPK 2027",
    "Data Rumus 2027",
    "Catatan Data",
  ]);
  // The plan sheet is brought to the front, and it names the employees planned.
  expect(fake.activeSheetName).toBe("Rencana Pengembangan 2027");
  const planText = JSON.stringify(fake.sheet("Rencana Pengembangan 2027").values());
  expect(planText).toContain("Budi");
  expect(planText).not.toContain("Citra");
  // The user's own sheets are untouched.
  expect(fake.sheet("Catatan").value("A1")).toBe("dibiarkan");
  expect(fake.sheet("Data Pegawai").value("H6")).toBe("tiga");
});

test("a second run kept beside the first adds sheets under new names, never overwriting", async () => {
  const fake = assessmentWorkbook();
  const controller = controllerFor(fake);
  await controller.load();
  await controller.generate();
  await controller.generate();
  // The pane asks first (next test); keeping both writes the new sheets beside the old.
  await controller.answerReplace("keep");
  expect(controller.getState().result?.sheetNames[0]).toBe("Rencana Pengembangan 2027 (2)");
  expect(fake.hasSheet("Rencana Pengembangan 2027")).toBe(true);
  await controller.openResult();
  expect(fake.activeSheetName).toBe("Rencana Pengembangan 2027 (2)");
  // Reading the workbook again still finds the assessment table, not a report sheet.
  await controller.load();
  expect(controller.getState().detection?.sheet).toBe("Data Pegawai");
});

test("an issue selects its cell on its sheet", async () => {
  const fake = assessmentWorkbook();
  fake.select("Catatan", "A1");
  const controller = controllerFor(fake);
  await controller.load();
  const issue = controller.getState().preview!.issues.find((i) => i.code === "score-invalid")!;
  await controller.selectIssue(issue);
  expect(fake.activeSheetName).toBe("Data Pegawai");
  expect(fake.selectedAddress).toMatch(/H6$/);
});

test("the selected range is read on its own", async () => {
  const fake = assessmentWorkbook();
  fake.select("Data Pegawai", "A3:N5"); // header, Ani and Budi
  const controller = controllerFor(fake);
  await controller.useSelection();
  const s = controller.getState();
  expect(s.source).toBe("selection");
  expect(s.selectionLabel).toEqual({ where: "Data Pegawai!A3:N5" });
  expect(s.preview).toMatchObject({ employees: 2, rowsWithErrors: 0 });
});

test("a failed write leaves no half-written sheet and says why in Bahasa Indonesia", async () => {
  const fake = assessmentWorkbook();
  const controller = controllerFor(fake);
  await controller.load();
  // Generate reads the workbook again, learns the sheet names, then writes in one request: fail that one.
  fake.resetCounters();
  await controller.load();
  const readSyncs = fake.syncCount;
  fake.failOnSync(readSyncs + 2, { code: "GeneralException", message: "Kesalahan umum" });
  await controller.generate();
  const s = controller.getState();
  expect(s.error?.kind).toBe("write");
  expect(s.error?.detail?.code).toBe("excel-write-failed");
  expect(renderMessage(s.error!.detail!)).toMatch(/^Gagal menulis laporan ke Excel/);
  expect(s.result).toBeUndefined();
  expect(fake.sheetNames()).toEqual(["Data Pegawai", "Catatan"]);
});

test("with Office's globals: the default Excel.run is used", async () => {
  const fake = assessmentWorkbook();
  const restore = fake.installGlobals();
  try {
    const controller = new PaneController(createExcelHost(), { today: () => TODAY });
    await controller.load();
    expect(controller.getState().detection?.sheet).toBe("Data Pegawai");
  } finally {
    restore();
  }
});

test("planning again asks before replacing last run's sheets; a renamed sheet is kept, the others replaced", async () => {
  const fake = assessmentWorkbook();
  const controller = controllerFor(fake);
  await controller.load();
  await controller.generate();
  const first = controller.getState().result!.sheetNames;
  expect(first).toContain("Data Rumus 2027");
  // The clerk keeps last year's summary under a name of their own.
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Rekap Kebutuhan 2027").name = "Rekap versi lama";
    await context.sync();
  });

  await controller.generate();
  const asked = controller.getState();
  expect(asked.result).toBeUndefined();
  expect(asked.busy).toBeUndefined();
  expect(asked.replaceAsk?.sheets).toEqual(first.filter((n) => n !== "Rekap Kebutuhan 2027"));
  expect(fake.sheetNames()).toHaveLength(2 + first.length);

  await controller.answerReplace("replace");
  const replaced = controller.getState();
  expect(replaced.error).toBeUndefined();
  expect(replaced.result?.sheetNames).toEqual(first);
  expect(fake.sheetNames()).toEqual(["Data Pegawai", "Catatan", "Rekap versi lama", ...first]);
  // The new plan's formulas point at the formula data under its final name.
  const plan = fake.sheet("Rencana Pengembangan 2027");
  expect(plan.formula("J7")).toMatch(/^='Data Rumus 2027( \(2\))?'!\$AO\$3$/);

  // Keeping both gives " (2)" sheets beside the old ones; cancelling writes nothing.
  await controller.generate();
  await controller.answerReplace("keep");
  expect(controller.getState().result?.sheetNames).toEqual(first.map((n) => `${n} (2)`));
  const count = fake.sheetNames().length;
  await controller.generate();
  await controller.answerReplace("cancel");
  expect(controller.getState()).toMatchObject({ cancelled: true, result: undefined });
  expect(fake.sheetNames()).toHaveLength(count);
});
