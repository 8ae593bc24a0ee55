// "IDP YYYY" (docs/domain.md §17): one page per employee in the model, through both writers (the package
// writer's parts, the Office.js writer against the fake), split over sheets past Excel's page-break limit,
// and printed by LibreOffice: one page per employee, each with its own name.
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { writeReport } from "../../src/excel/writeReport";
import { addReportSheets } from "../../src/file/package/addSheets";
import { buildReport } from "../../src/report/buildReport";
import { buildIdpSheets, IDP_CHART_LIMIT, IDP_PER_SHEET } from "../../src/report/idpSheet";
import type { SheetModel } from "../../src/report/model";
import { sheetNamesFor } from "../../src/report/text";
import { msg, renderMessage } from "../../src/skj/messages";
import type { EmployeeResult, PlanResult } from "../../src/skj/types";
import { FakeExcel } from "../excel/fakeExcel";
import { exceljsWorkbook } from "../file/package/inputs";
import { find, sheetsOf, unzip, xml } from "../file/package/packageInspect";
import { NINE, TABLE_HEADER } from "../helpers/grid";
import { runCli, tempFolder } from "../helpers/cliRun";
import { convert, pdfText } from "../helpers/libreoffice";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";

const SIGNERS = (["employee", "supervisor", "pyb"] as const).map((who) =>
  renderMessage(msg("idp-signer", { who }), "id")
);
const TITLE = renderMessage(msg("idp-title", { year: 2027 }), "id");

function idpSheets(plan: PlanResult, lang: "id" | "en" = "id"): SheetModel[] {
  return buildReport(plan, { ...REPORT_OPTIONS, idp: true, lang }).sheets.filter(
    (s) => s.kind === "idp"
  );
}

/** The rows of each page: the sheet cut at its row breaks. */
function pages(sheet: SheetModel): SheetModel["values"][] {
  const cuts = [0, ...(sheet.print.rowBreaks ?? []), sheet.values.length];
  return cuts.slice(1).map((end, i) => sheet.values.slice(cuts[i], end));
}

const textsOf = (rows: SheetModel["values"]) =>
  rows.flat().filter((v): v is string => typeof v === "string");

describe("IDP pages in the model", () => {
  const plan = samplePlan();
  const [sheet] = idpSheets(plan);

  test("only when asked for", () => {
    expect(buildReport(plan, REPORT_OPTIONS).sheets.some((s) => s.kind === "idp")).toBe(false);
    expect(idpSheets(plan)).toHaveLength(1);
    expect(sheet.name).toBe(sheetNamesFor(2027, "id").idp);
  });

  test("one page per employee, with identity, every activity's credited JP and three signatures", () => {
    const all = pages(sheet);
    expect(all).toHaveLength(plan.employees.length);
    all.forEach((rows, i) => {
      const e = plan.employees[i];
      const texts = textsOf(rows);
      expect(texts[0]).toBe(TITLE);
      expect(texts).toContain(e.name);
      expect(texts).toContain(e.nip);
      for (const signer of SIGNERS) expect(texts).toContain(signer);
      // The activities in plan order: planned JP then credited JP in the last two columns.
      const activityRows = rows.filter((r) =>
        e.plan.activities.some((a) => r[3] === renderMessage(a.text, "id"))
      );
      expect(activityRows.map((r) => [r[9], r[10]])).toEqual(
        e.plan.activities.map((a) => [a.jp, a.creditedJp])
      );
      expect(texts.join(" ")).toContain(`JP yang diakui ${e.plan.creditedJp}`);
    });
  });

  test("a chart of standard and score per employee over the nine", () => {
    expect(sheet.charts).toHaveLength(plan.employees.length);
    sheet.charts.forEach((chart, i) => {
      const e = plan.employees[i];
      const rows = chart.categories.bottom - chart.categories.top + 1;
      expect(rows).toBe(e.competencies.length + e.technical.length);
      const standards = sheet.values
        .slice(chart.series[0].values.top, chart.series[0].values.bottom + 1)
        .map((r) => r[chart.series[0].values.left]);
      const scores = sheet.values
        .slice(chart.series[1].values.top, chart.series[1].values.bottom + 1)
        .map((r) => r[chart.series[1].values.left]);
      expect(standards.slice(0, 9)).toEqual(e.competencies.map((c) => c.standard));
      expect(scores.slice(0, 9)).toEqual(e.competencies.map((c) => c.score));
    });
  });

  test("prints at 9 pt or more, A4 portrait", () => {
    for (const s of sheet.styles) expect(s.style.font?.size ?? 10).toBeGreaterThanOrEqual(9);
    expect(sheet.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToPagesWide: 1 });
  });

  test("in English", () => {
    const [en] = idpSheets(plan, "en");
    const texts = textsOf(en.values);
    expect(texts).toContain(renderMessage(msg("idp-title", { year: 2027 }), "en"));
    expect(texts).not.toContain(TITLE);
    expect(texts).not.toContain(SIGNERS[0]);
  });
});

describe("thousands of employees", () => {
  const plan = samplePlan();
  const many = 2 * IDP_PER_SHEET + 37;
  const employees: EmployeeResult[] = Array.from({ length: many }, (_, i) => ({
    ...plan.employees[i % plan.employees.length],
    nip: String(198000000000000000 + i),
  }));
  const big = { ...plan, employees };
  const built = buildIdpSheets(big, "IDP 2027", {
    lang: "id",
    names: sheetNamesFor(2027, "id"),
    agency: "",
    date: { year: 2026, month: 11, day: 22 },
    place: "",
    signatory: { title: "", name: "", nip: "" },
  });

  test("split into sheets under Excel's limit of page breaks, and said so", () => {
    expect(built.sheets.map((s) => s.name)).toEqual([
      "IDP 2027 (1)",
      "IDP 2027 (2)",
      "IDP 2027 (3)",
    ]);
    expect(built.sheets.map((s) => (s.print.rowBreaks ?? []).length)).toEqual([
      IDP_PER_SHEET - 1,
      IDP_PER_SHEET - 1,
      36,
    ]);
    for (const s of built.sheets) expect((s.print.rowBreaks ?? []).length).toBeLessThan(1026);
    // Every employee is on a page: nobody is cut off.
    const nips = built.sheets.flatMap((s) => pages(s).map((rows) => rows[3][1]));
    expect(nips).toEqual(employees.map((e) => e.nip));
    expect(built.notices.map((m) => m.code)).toEqual(["idp-split", "idp-no-charts"]);
  });

  test("past the chart limit, in-cell bars instead of a chart per page", () => {
    expect(many).toBeGreaterThan(IDP_CHART_LIMIT);
    for (const s of built.sheets) {
      expect(s.charts).toEqual([]);
      expect(s.conditionalFormats.filter((f) => f.kind === "dataBar")).toHaveLength(
        pages(s).length
      );
    }
  });
});

describe("IDP pages through both writers", () => {
  const plan = samplePlan();
  const model = buildReport(plan, { ...REPORT_OPTIONS, idp: true });

  test("the package writer: the sheet, its row breaks and a chart part per page", async () => {
    const input = await exceljsWorkbook();
    const written = addReportSheets(input, model);
    const parts = unzip(written.bytes);
    const idp = sheetsOf(parts).find((s) => s.name === "IDP 2027")!;
    const breaks = find(xml(parts, idp.part!), "brk");
    expect(breaks).toHaveLength(plan.employees.length - 1);
    const drawingCharts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    // The summary's chart and one per IDP page.
    expect(drawingCharts.length).toBe(plan.employees.length + 1);
    // ExcelJS reads the pages back.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(written.bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("IDP 2027")!;
    const names: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => names.push(String(c.value))));
    for (const e of plan.employees) expect(names).toContain(e.name);
  });

  test("the Office.js writer: page breaks and charts on the sheet", async () => {
    const fake = new FakeExcel().addSheet("Data Asesmen", { values: [["HASIL ASESMEN"]] });
    const result = await fake.run((context) =>
      writeReport(context, model, { isSetSupported: fake.isSetSupported })
    );
    expect(result.sheets).toContain("IDP 2027");
    const s = fake.sheet("IDP 2027");
    expect(s.pageBreaks()).toHaveLength(plan.employees.length - 1);
    expect(s.charts()).toHaveLength(plan.employees.length);
    expect(s.pageLayout().orientation).toBe("Portrait");
  });
});

describe("LibreOffice prints one IDP page per employee", () => {
  const tmp = tempFolder("skj-idp-");
  test("three employees, three pages, each with its name", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hasil Asesmen");
    ws.addRow([...TABLE_HEADER]);
    const names = ["Ani Rahmawati", "Bambang Sutrisno", "Citra Dewi"];
    names.forEach((name, i) =>
      ws.addRow([
        `19800101200501100${i}`,
        name,
        "Analis Kebijakan",
        "IV.a",
        "Bidang Umum",
        ...NINE.map((_, k) => (k % 3 === i ? 1.5 : 2.5)),
      ])
    );
    const input = path.join(tmp, "tiga.xlsx");
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp, "tiga-rencana.xlsx");
    const run = await runCli("plan", input, "--idp", "--out", out);
    expect(run.code).toBe(0);
    const pdf = await convert(out, "pdf", tmp);
    const text = await pdfText(pdf);
    // pdftotext separates pages with form feeds.
    const idpPages = text.split("\f").filter((p) => p.includes(TITLE));
    expect(idpPages).toHaveLength(3);
    idpPages.forEach((page, i) => {
      expect(page).toContain(names[i]);
      for (const other of names.filter((_, k) => k !== i)) expect(page).not.toContain(other);
      for (const signer of SIGNERS) expect(page).toContain(signer);
    });
    expect(fs.existsSync(out)).toBe(true);
  }, 120_000);
});
