// The self-test against the strict fake: what it reports on a full Excel, on one without ExcelApi 1.9, with one
// feature refused (with and without an error location), while the user edits a cell, and when the scratch sheet
// cannot be added; the scratch sheet is gone afterwards every time.
import { FakeExcel, FakeExcelOptions } from "./fakeExcel";
import { runSelfTest, SelfTestReport, SelfTestRun } from "../../src/excel/selfTest";
import {
  SELF_TEST_FEATURE_IDS,
  SELF_TEST_FEATURES,
  SelfTestFeature,
} from "../../src/skj/registry/selfTestFeatures";
import { renderMessage } from "../../src/skj/messages";
import type { SelfTestOutcome } from "../../src/skj/messages/areas/host.params";

const SHEET = "Uji SKJ test";
const DIAGNOSTICS = { platform: "OfficeOnline", version: "16.0.18000.10000" };

function workbook(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options).addSheet("Data", {
    values: [
      ["NIP", "Nama"],
      ["1", "Ani"],
    ],
  });
}

/** Excel.run as the pane calls it (waiting out cell edits); `before(n)` runs before the n-th run. */
function runOf(fake: FakeExcel, before?: (n: number) => void): SelfTestRun {
  let n = 0;
  return (batch) => {
    before?.(++n);
    return fake.run({ delayForCellEdit: true }, batch);
  };
}

async function selfTest(fake: FakeExcel, run = runOf(fake)): Promise<SelfTestReport> {
  return runSelfTest(run, {
    isSetSupported: fake.isSetSupported,
    diagnostics: DIAGNOSTICS,
    sheetName: SHEET,
  });
}

function outcomes(report: SelfTestReport): Record<string, SelfTestOutcome["status"]> {
  return Object.fromEntries(report.rows.map((r) => [r.feature, r.outcome.status]));
}

function allStatus(status: SelfTestOutcome["status"]): Record<string, string> {
  return Object.fromEntries(SELF_TEST_FEATURE_IDS.map((id) => [id, status]));
}

function expectSheetGone(fake: FakeExcel): void {
  expect(fake.sheetNames()).toEqual(["Data"]);
  expect(fake.tables()).toEqual([]);
}

test("a full Excel: every feature ok and read back as written, the scratch sheet deleted", async () => {
  const fake = workbook({ apiVersion: "1.13" });
  const report = await selfTest(fake);
  expect(report.rows.map((r) => r.feature)).toEqual([...SELF_TEST_FEATURE_IDS]);
  for (const row of report.rows) {
    expect({ feature: row.feature, outcome: row.outcome }).toEqual({
      feature: row.feature,
      outcome: { status: "ok", checked: true },
    });
  }
  expect(report.problems).toEqual([]);
  expect(report.platform).toBe("OfficeOnline");
  expect(report.version).toBe("16.0.18000.10000");
  expect(report.apiSets.map((s) => s.version)).toEqual(
    Array.from({ length: 17 }, (_, k) => `1.${k + 1}`)
  );
  expect(report.apiSets.filter((s) => s.supported).map((s) => s.version)).toEqual(
    Array.from({ length: 13 }, (_, k) => `1.${k + 1}`)
  );
  expectSheetGone(fake);
});

test("each feature is its own request: one sheet add, one run per feature, one delete", async () => {
  const fake = workbook();
  let runs = 0;
  await selfTest(
    fake,
    runOf(fake, () => runs++)
  );
  // range-areas takes one run when "," is accepted.
  expect(runs).toBe(1 + SELF_TEST_FEATURES.length + 1);
});

test("an Excel without ExcelApi 1.9: its features are not supported, the rest ok", async () => {
  const fake = workbook({ apiVersion: "1.8" });
  const report = await selfTest(fake);
  const want = allStatus("ok");
  for (const f of SELF_TEST_FEATURES) if (f.api === "1.9") want[f.id] = "unsupported";
  expect(outcomes(report)).toEqual(want);
  const unsupported = report.rows.filter((r) => r.outcome.status === "unsupported");
  expect(unsupported.map((r) => r.feature).sort()).toEqual(
    ["fit-to-width", "page-breaks", "page-setup", "print-titles", "range-areas"].sort()
  );
  for (const r of unsupported) expect(r.outcome).toEqual({ status: "unsupported", api: "1.9" });
  // Merges are accepted but cannot be read back before ExcelApi 1.13.
  expect(report.rows.find((r) => r.feature === "merge")!.outcome).toEqual({
    status: "ok",
    checked: false,
  });
  expect(renderMessage(msg(unsupported[0].outcome), "id")).toBe(
    "Tidak didukung (perlu ExcelApi 1.9)"
  );
  expectSheetGone(fake);
});

function msg(outcome: SelfTestOutcome) {
  return { code: "self-test-outcome" as const, params: outcome };
}

test("getRanges refused with both separators: that one feature refused with Excel's code, the others ok", async () => {
  const fake = workbook({ rangeListSeparators: "" });
  const report = await selfTest(fake);
  expect(outcomes(report)).toEqual({ ...allStatus("ok"), "range-areas": "refused" });
  const row = report.rows.find((r) => r.feature === "range-areas")!;
  expect(row.outcome).toMatchObject({ status: "refused", code: "InvalidArgument" });
  expect(renderMessage(msg(row.outcome), "en")).toMatch(/^Refused: InvalidArgument — /);
  expectSheetGone(fake);
});

test("getRanges taking only ';' (a semicolon-locale Excel): ok, and the table says so", async () => {
  const fake = workbook({ rangeListSeparators: ";" });
  const report = await selfTest(fake);
  expect(outcomes(report)).toEqual(allStatus("ok"));
  const row = report.rows.find((r) => r.feature === "range-areas")!;
  expect(row.outcome).toEqual({ status: "ok", checked: true, separator: ";" });
  expect(renderMessage(msg(row.outcome), "id")).toContain("hanya menerima pemisah ';'");
  expectSheetGone(fake);
});

test.each<[SelfTestFeature, boolean]>([
  ["chart", false],
  ["page-setup", true],
  ["values", true],
])(
  "an injected refusal of %s (without location: %s) is that feature's alone",
  async (feature, withoutLocation) => {
    const fake = workbook();
    // Run 1 adds the sheet; the features follow in registry order, one run each.
    const target = 2 + SELF_TEST_FEATURE_IDS.indexOf(feature);
    const run = runOf(fake, (n) => {
      if (n === target) {
        fake.failOnSync(1, {
          code: "GeneralException",
          message: "Refused by the test.",
          withoutLocation,
        });
      }
    });
    const report = await selfTest(fake, run);
    const got = outcomes(report);
    expect(got[feature]).toBe("refused");
    const row = report.rows.find((r) => r.feature === feature)!;
    expect(row.outcome).toMatchObject({ status: "refused", code: "GeneralException" });
    if (withoutLocation) {
      expect(row.outcome).toEqual({
        status: "refused",
        code: "GeneralException",
        detail: "Refused by the test [GeneralException]",
      });
    }
    // The others are unaffected: a refusal does not carry over to the next request.
    const others = Object.entries(got).filter(([f]) => f !== feature);
    expect(others.every(([, status]) => status === "ok")).toBe(true);
    expectSheetGone(fake);
  }
);

test("a value Excel changes on the way is reported as differing, with what came back", async () => {
  const fake = workbook();
  // Excel stores the tab colour but gives back another (as a theme-mapped colour would).
  const run = runOf(fake, (n) => {
    if (n === 2 + SELF_TEST_FEATURE_IDS.indexOf("tab-color")) {
      const sheet = fake.state.sheetByName(SHEET)!;
      Object.defineProperty(sheet, "tabColor", {
        configurable: true,
        get: () => "#000000",
        set: () => undefined,
      });
    }
  });
  const report = await selfTest(fake, run);
  expect(report.rows.find((r) => r.feature === "tab-color")!.outcome).toEqual({
    status: "differs",
    got: '"#000000"',
    want: '"#1F6FB2"',
  });
  expectSheetGone(fake);
});

test("a scratch sheet Excel will not delete is named for the user to delete", async () => {
  const fake = workbook();
  const last = 2 + SELF_TEST_FEATURE_IDS.length;
  const run = runOf(fake, (n) => {
    if (n === last) fake.failOnSync(2, { code: "AccessDenied", message: "Denied by the test." });
  });
  const report = await selfTest(fake, run);
  expect(outcomes(report)).toEqual(allStatus("ok"));
  expect(report.problems).toEqual([
    {
      code: "self-test-sheet-left",
      params: { sheet: SHEET, detail: expect.stringContaining("AccessDenied") },
    },
  ]);
  expect(fake.sheetNames()).toEqual(["Data", SHEET]);
});

test("while the user edits a cell, the requests wait and every feature is tried", async () => {
  const fake = workbook();
  fake.editCell();
  const report = await selfTest(fake);
  expect(outcomes(report)).toEqual(allStatus("ok"));
  expectSheetGone(fake);
});

test("a protected workbook structure: no scratch sheet, nothing tried, said so", async () => {
  const fake = workbook().protectStructure();
  const report = await selfTest(fake);
  expect(report.rows).toEqual([]);
  expect(report.problems.map((p) => p.code)).toEqual(["self-test-no-sheet"]);
  expect(renderMessage(report.problems[0], "id")).toMatch(
    /^Uji tidak dapat membuat lembar sementara/
  );
  expectSheetGone(fake);
});

test("a feature throwing at call time (API missing though Office said it was there) is refused, the sheet still deleted", async () => {
  // Office claims 1.13 but the fake is 1.8: getRanges and pageLayout throw ApiNotFound when called.
  const fake = workbook({ apiVersion: "1.8" });
  const report = await runSelfTest(runOf(fake), {
    isSetSupported: () => true,
    diagnostics: DIAGNOSTICS,
    sheetName: SHEET,
  });
  const got = outcomes(report);
  expect(got["page-setup"]).toBe("refused");
  expect(report.rows.find((r) => r.feature === "page-setup")!.outcome).toMatchObject({
    code: "ApiNotFound",
  });
  expect(got["range-areas"]).toBe("refused");
  expect(got.values).toBe("ok");
  expect(got["tab-color"]).toBe("ok");
  expectSheetGone(fake);
});

describe("the fake's read-backs the self-test relies on", () => {
  test("null objects and empty lists when nothing is set; the set's values once it is", async () => {
    const fake = workbook();
    const read = () =>
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        const frozen = ws.freezePanes.getLocationOrNullObject().load("address");
        const titles = ws.pageLayout.getPrintTitleRowsOrNullObject().load("address");
        const breaks = ws.horizontalPageBreaks.load("items/rowIndex");
        await context.sync();
        return {
          frozen: frozen.isNullObject ? null : frozen.address,
          titles: titles.isNullObject ? null : titles.address,
          breaks: breaks.items.map((b) => b.rowIndex),
        };
      });
    expect(await read()).toEqual({ frozen: null, titles: null, breaks: [] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.freezePanes.freezeAt("A1:B2");
      ws.pageLayout.setPrintTitleRows("$1:$2");
      ws.horizontalPageBreaks.add("A5");
      ws.horizontalPageBreaks.add("A3");
      await context.sync();
    });
    expect(await read()).toEqual({ frozen: "Data!A1:B2", titles: "Data!1:2", breaks: [2, 4] });
  });

  test("below their requirement sets they throw ApiNotFound when called", async () => {
    const fake = workbook({ apiVersion: "1.6" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").freezePanes.getLocationOrNullObject();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").pageLayout.getPrintTitleRowsOrNullObject();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
