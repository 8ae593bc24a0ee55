/// <reference types="office-js" />
// The self-test a clerk or an IT officer runs from the pane ("Uji kemampuan Excel"): in a new scratch sheet
// it makes every kind of call the report writer makes, each feature in a request (an Excel.run) of its own so
// that one refusal is told apart from the rest, reads each back, and deletes the sheet whatever happened.
// What this Excel did and refused comes back as one row per feature of the registry, with the platform,
// version and ExcelApi requirement sets, for the pane's table.
import { excelApi, errorCode, excelErrorText, excelFailure, type SetSupport } from "./common";
import { formulaNumber } from "./writeReport";
import { type Message, msg } from "../skj/messages";
import type { SelfTestOutcome } from "../skj/messages/areas/host.params";
import {
  SELF_TEST_API_SETS,
  SELF_TEST_FEATURES,
  type SelfTestFeature,
} from "../skj/registry/selfTestFeatures";

export type SelfTestRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SelfTestRow {
  feature: SelfTestFeature;
  outcome: SelfTestOutcome;
}

export interface SelfTestReport {
  /** Office.context.diagnostics.platform ("PC", "OfficeOnline", "Mac", …); "" when Office does not say. */
  platform: string;
  /** Office.context.diagnostics.version ("16.0.17928.20114"); "" when Office does not say. */
  version: string;
  /** ExcelApi 1.1 … 1.17 and whether this Excel supports each. */
  apiSets: { version: string; supported: boolean }[];
  /** One row per registry entry, in its order (none when the scratch sheet could not be added). */
  rows: SelfTestRow[];
  /** What went wrong around the features: no scratch sheet, or one left behind. */
  problems: Message[];
}

export interface SelfTestOptions {
  isSetSupported?: SetSupport;
  /** Office.context.diagnostics (default: the global Office's). */
  diagnostics?: { platform?: unknown; version?: unknown };
  /** The scratch sheet's name (default: "Uji SKJ " and a time stamp, unlike any user's sheet). */
  sheetName?: string;
}

/** A value as it reads in the table: strings quoted, arrays and objects as JSON. */
function shown(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? String(v));
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** After the writes have synced: queue the loads, then (after the next sync) compare. */
type Check = () => SelfTestOutcome;
const OK: SelfTestOutcome = { status: "ok", checked: true };
/** The data-validation probe's rule, read back as Excel stored it. */
const VALIDATION = "=AND(ISNUMBER(E2),E2>=1,E2<=5)";

function expect(got: () => unknown, want: unknown, equal = same): Check {
  return () => {
    const value = got();
    return equal(value, want) ? OK : { status: "differs", got: shown(value), want: shown(want) };
  };
}

interface Probe {
  /** Queue the feature's calls (the writer's calls, on the report's small scale). */
  write(ws: Excel.Worksheet, has: (api: string) => boolean): void;
  /** Queue what reads it back; the returned check runs after the sync. Absent: nothing to read. */
  read?(ws: Excel.Worksheet, has: (api: string) => boolean): Check;
}

// The tiny report: a header row, three employees with score and standard, their gap as a formula, a total
// title row merged across; a unit table beside it, and a chart below that.
const HEADER = ["Nama", "Nilai", "Standar", "Selisih"];
const ROWS: [string, number, number][] = [
  ["Ani", 3, 3],
  ["Budi", 2, 3],
  ["Citra", 4, 3],
];
const VALUES = [HEADER.slice(0, 3), ...ROWS];
const GAP_FORMULAS = ROWS.map((_, k) => [`=B${k + 2}-C${k + 2}`]);
const NUMBER_FORMAT = "0.00";
const FILL = "#DDEBF7";
const BAD_FILL = "#F8CBAD";
const TAB = "#1F6FB2";
const MARGIN = 36; // points: half an inch, as the writer's margins
const close = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 0.5;
const sameColor = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" && a.toUpperCase() === b.toUpperCase();

function tableName(sheet: string): string {
  return `UjiSkj${sheet.replace(/[^A-Za-z0-9]/g, "")}`;
}

const RULE = { formula1: `=${formulaNumber(-0.5)}`, operator: "LessThan" as const };

function probes(sheet: string): Record<SelfTestFeature, Probe> {
  // The conditional format add() made, read back in the same Excel.run.
  let added: Excel.ConditionalFormat | undefined;
  return {
    values: {
      write: (ws) => {
        ws.getRange("A1:C4").values = VALUES;
      },
      read: (ws) => {
        const r = ws.getRange("A1:C4").load("values");
        return expect(() => r.values, VALUES);
      },
    },
    formulas: {
      write: (ws) => {
        ws.getRange("D1").values = [[HEADER[3]]];
        ws.getRange("D2:D4").formulas = GAP_FORMULAS;
      },
      read: (ws) => {
        const r = ws.getRange("D2:D4").load("formulas");
        return expect(() => r.formulas, GAP_FORMULAS);
      },
    },
    "number-format": {
      write: (ws) => {
        ws.getRange("B2:D4").numberFormat = ROWS.map(() => [
          NUMBER_FORMAT,
          NUMBER_FORMAT,
          NUMBER_FORMAT,
        ]);
      },
      read: (ws) => {
        const r = ws.getRange("D2").load("numberFormat");
        return expect(() => r.numberFormat, [[NUMBER_FORMAT]]);
      },
    },
    "range-areas": {
      // Written by probeRangeAreas (it tries both list separators).
      write: () => undefined,
    },
    merge: {
      write: (ws) => {
        ws.getRange("A6").values = [["Jumlah pegawai: 3"]];
        ws.getRange("A6:D6").merge(false);
      },
      read: (ws, has) => {
        // Merged areas read back from ExcelApi 1.13 on; before it the merge is only known accepted.
        if (!has("1.13")) return () => ({ status: "ok", checked: false });
        const areas = ws.getRange("A1:D8").getMergedAreasOrNullObject().load("address");
        return () => {
          const got = areas.isNullObject
            ? ""
            : areas.address.replace(/^.*!/, "").replace(/\$/g, "");
          return got === "A6:D6"
            ? OK
            : { status: "differs", got: shown(got), want: shown("A6:D6") };
        };
      },
    },
    "conditional-format": {
      write: (ws) => {
        added = ws.getRange("D2:D4").conditionalFormats.add("CellValue");
        // The writer's locale-free form of a decimal threshold (-0.5 → "=-1/2").
        added.cellValue.rule = { formula1: RULE.formula1, operator: RULE.operator };
        added.cellValue.format.fill.color = BAD_FILL;
      },
      read: () => {
        // Read back through the object add() returned, as Excel stored it.
        const value = added!.cellValue.load("rule");
        return expect(
          () => ({ formula1: value.rule.formula1, operator: value.rule.operator }),
          RULE
        );
      },
    },
    "data-validation": {
      write: (ws) => {
        // The template's kind of rule: a custom formula relative to the range's first cell.
        const dv = ws.getRange("E2:E4").dataValidation;
        dv.rule = { custom: { formula: VALIDATION } };
        dv.prompt = { showPrompt: true, title: "Uji", message: "Nilai 1–5" };
      },
      read: (ws) => {
        const dv = ws.getRange("E2:E4").dataValidation.load("rule");
        return expect(() => dv.rule.custom?.formula, VALIDATION);
      },
    },
    "page-setup": {
      write: (ws) => {
        const pl = ws.pageLayout;
        pl.orientation = "Landscape";
        pl.paperSize = "A4";
        pl.topMargin = MARGIN;
        pl.bottomMargin = MARGIN;
        pl.leftMargin = MARGIN;
        pl.rightMargin = MARGIN;
      },
      read: (ws) => {
        const pl = ws.pageLayout.load("orientation,paperSize,topMargin,leftMargin");
        const want = {
          orientation: "Landscape",
          paperSize: "A4",
          topMargin: MARGIN,
          leftMargin: MARGIN,
        };
        return expect(
          () => ({
            orientation: pl.orientation,
            paperSize: pl.paperSize,
            topMargin: pl.topMargin,
            leftMargin: pl.leftMargin,
          }),
          want,
          (a, b) => {
            const x = a as typeof want;
            return (
              x.orientation === want.orientation &&
              x.paperSize === want.paperSize &&
              close(x.topMargin, (b as typeof want).topMargin) &&
              close(x.leftMargin, (b as typeof want).leftMargin)
            );
          }
        );
      },
    },
    "print-titles": {
      write: (ws) => {
        ws.pageLayout.setPrintTitleRows("$1:$1");
      },
      read: (ws) => {
        const r = ws.pageLayout.getPrintTitleRowsOrNullObject().load("rowIndex,rowCount");
        return expect(() => (r.isNullObject ? null : { row: r.rowIndex + 1, rows: r.rowCount }), {
          row: 1,
          rows: 1,
        });
      },
    },
    "fit-to-width": {
      write: (ws) => {
        ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      },
      read: (ws) => {
        const pl = ws.pageLayout.load("zoom");
        return expect(() => pl.zoom?.horizontalFitToPages ?? null, 1);
      },
    },
    "page-breaks": {
      write: (ws) => {
        ws.horizontalPageBreaks.add("A4");
      },
      read: (ws) => {
        const breaks = ws.horizontalPageBreaks.load("items/rowIndex");
        return expect(() => breaks.items.map((b) => b.rowIndex + 1), [4]);
      },
    },
    table: {
      write: (ws) => {
        ws.getRange("F1:G3").values = [
          ["Unit", "JP"],
          ["Sekretariat", 20],
          ["Bidang Mutasi", 40],
        ];
        const t = ws.tables.add(ws.getRange("F1:G3"), true);
        t.name = tableName(sheet);
        t.style = "TableStyleMedium2";
      },
      read: (ws) => {
        const tables = ws.tables.load("items/name,items/style");
        return expect(
          () => tables.items.map((t) => [t.name, t.style]),
          [[tableName(sheet), "TableStyleMedium2"]]
        );
      },
    },
    chart: {
      write: (ws) => {
        const chart = ws.charts.add("BarClustered", ws.getRange("A1:B4"), "Columns");
        chart.title.text = "Nilai";
        chart.setPosition("F8", "L20");
      },
      read: (ws) => {
        const charts = ws.charts.load("items/chartType");
        return expect(() => charts.items.map((c) => c.chartType), ["BarClustered"]);
      },
    },
    freeze: {
      write: (ws) => {
        ws.freezePanes.freezeRows(1);
      },
      read: (ws) => {
        const r = ws.freezePanes.getLocationOrNullObject().load("rowIndex,rowCount");
        return expect(() => (r.isNullObject ? null : { rows: r.rowCount }), { rows: 1 });
      },
    },
    "tab-color": {
      write: (ws) => {
        ws.tabColor = TAB;
      },
      read: (ws) => {
        ws.load("tabColor");
        return expect(() => ws.tabColor, TAB, sameColor);
      },
    },
  };
}

function refused(e: unknown): SelfTestOutcome {
  return { status: "refused", code: errorCode(e), detail: excelErrorText(e) };
}

async function probe(
  run: SelfTestRun,
  sheet: string,
  p: Probe,
  has: (api: string) => boolean
): Promise<SelfTestOutcome> {
  try {
    return await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      p.write(ws, has);
      await context.sync();
      if (!p.read) return { status: "ok", checked: false };
      const check = p.read(ws, has);
      await context.sync();
      return check();
    });
  } catch (e) {
    return refused(e);
  }
}

/** Fill and bold on two areas at once, as the writer styles; "," first, then ";" (Excel on some locales). */
async function probeRangeAreas(run: SelfTestRun, sheet: string): Promise<SelfTestOutcome> {
  let first: SelfTestOutcome | null = null;
  for (const separator of [",", ";"] as const) {
    const outcome = await probe(
      run,
      sheet,
      {
        write: (ws) => {
          const areas = ws.getRanges(`A1:D1${separator}A6:D6`);
          areas.format.font.bold = true;
          areas.format.fill.color = FILL;
        },
        read: (ws) => {
          const head = ws.getRange("A1").format.load("font/bold,fill/color");
          const total = ws.getRange("A6").format.load("font/bold,fill/color");
          return expect(
            () => [head.font.bold, head.fill.color, total.font.bold, total.fill.color],
            [true, FILL, true, FILL],
            (a, b) =>
              (a as unknown[]).every((x, k) =>
                typeof x === "string"
                  ? sameColor(x, (b as unknown[])[k])
                  : x === (b as unknown[])[k]
              )
          );
        },
      },
      () => true
    );
    if (outcome.status !== "refused") {
      return separator === ";" && outcome.status === "ok" ? { ...outcome, separator } : outcome;
    }
    first ??= outcome;
  }
  return first!;
}

function globalDiagnostics(): { platform?: unknown; version?: unknown } {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.diagnostics ?? {};
  } catch {
    return {};
  }
}

/** Run the self-test: a scratch sheet, one request per feature, the sheet deleted in every case. */
export async function runSelfTest(
  run: SelfTestRun,
  options: SelfTestOptions = {}
): Promise<SelfTestReport> {
  const has = excelApi(options.isSetSupported);
  const diagnostics = options.diagnostics ?? globalDiagnostics();
  const report: SelfTestReport = {
    platform: typeof diagnostics.platform === "string" ? diagnostics.platform : "",
    version: typeof diagnostics.version === "string" ? diagnostics.version : "",
    apiSets: SELF_TEST_API_SETS.map((version) => ({ version, supported: has(version) })),
    rows: [],
    problems: [],
  };
  const sheet = options.sheetName ?? `Uji SKJ ${Date.now().toString(36)}`;
  try {
    await run(async (context) => {
      context.workbook.worksheets.add(sheet);
      await context.sync();
    });
  } catch (e) {
    const failure = excelFailure(e, "create-sheet");
    report.problems.push(msg("self-test-no-sheet", failure));
    await removeSheet(run, sheet, has, report);
    return report;
  }
  try {
    const all = probes(sheet);
    for (const { id, api } of SELF_TEST_FEATURES) {
      const outcome: SelfTestOutcome = !has(api)
        ? { status: "unsupported", api }
        : id === "range-areas"
          ? await probeRangeAreas(run, sheet)
          : await probe(run, sheet, all[id], has);
      report.rows.push({ feature: id, outcome });
    }
  } finally {
    await removeSheet(run, sheet, has, report);
  }
  return report;
}

/** Delete the scratch sheet if it is there (a table on it goes with it). */
async function removeSheet(
  run: SelfTestRun,
  sheet: string,
  has: (api: string) => boolean,
  report: SelfTestReport
): Promise<void> {
  try {
    await run(async (context) => {
      if (!has("1.4")) {
        // No *OrNullObject before ExcelApi 1.4: a sheet that was never added gives ItemNotFound.
        context.workbook.worksheets.getItem(sheet).delete();
        await context.sync();
        return;
      }
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") return;
    report.problems.push(msg("self-test-sheet-left", { sheet, detail: excelErrorText(e) }));
  }
}
