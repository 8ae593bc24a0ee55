// The same models through both writers: the package writer (its .xlsx read back with ExcelJS and
// from its parts) and the Office.js writer (against the fake). Both take the lowered report, so sheet
// and table names, values, formulas, number formats, cell formats, merges, sizes, print setup,
// conditional formats and charts must come out the same.
import ExcelJS from "exceljs";
import { addReportSheets } from "../../src/file/package/addSheets";
import { writeReport } from "../../src/excel/writeReport";
import { attr } from "../../src/file/opc/xml";
import { buildReport } from "../../src/report/buildReport";
import type { ModelValue, Rect, ReportModel, SheetModel } from "../../src/report/model";
import { FakeExcel } from "../excel/fakeExcel";
import { exceljsWorkbook } from "../file/package/inputs";
import { find, rels, sheetsOf, text, unzip, xml, type Parts } from "../file/package/packageInspect";
import { sampleModel } from "../file/package/sampleModel";
import { rectA1 } from "./modelInvariants";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";

const LONG = "Pelatihan kepemimpinan dan pengembangan kompetensi teknis. ".repeat(60).trim();
const GRID = { kind: "grid", weight: "thin", color: "#A6A6A6" } as const;

function base(name: string, values: ModelValue[][]): SheetModel {
  return {
    name,
    kind: "summary",
    values,
    formulas: [],
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    conditionalFormats: [],
    tables: [],
    charts: [],
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
  };
}

/** Awkward names, long texts, blanks, merges, conditional formats, a table, a filter and a chart. */
function awkwardModel(): ReportModel {
  const rows: ModelValue[][] = [
    ["REKAP UMUM", "", "", ""],
    ["", "", "", ""],
    ["No", "Nama", "Nilai", "Keterangan"],
    [1, "Ani", 0.82, LONG],
    [2, "Budi", 0.55, ""],
    [3, "Citra", 0.91, "0812"],
    ["", "Jumlah", 2.28, ""],
  ];
  const umum: SheetModel = {
    ...base("Ümum", rows),
    formulas: [{ row: 6, col: 2, formula: "=SUM(C4:C6)" }],
    styles: [
      { rect: { top: 0, left: 0, bottom: 0, right: 3 }, style: { font: { bold: true, size: 14 } } },
      { rect: { top: 1, left: 0, bottom: 1, right: 3 }, style: { fill: "#FFF2CC" } },
      {
        rect: { top: 2, left: 0, bottom: 2, right: 3 },
        style: {
          font: { bold: true, color: "#FFFFFF" },
          fill: "#1F4E78",
          horizontal: "center",
          vertical: "center",
          wrap: true,
          border: GRID,
        },
      },
      {
        rect: { top: 3, left: 0, bottom: 5, right: 1 },
        style: { border: GRID, vertical: "top" },
      },
      {
        rect: { top: 3, left: 2, bottom: 6, right: 2 },
        style: { border: GRID, numberFormat: "0.0%" },
      },
      {
        rect: { top: 3, left: 3, bottom: 5, right: 3 },
        style: { border: GRID, wrap: true, vertical: "top", numberFormat: "@" },
      },
      {
        rect: { top: 6, left: 0, bottom: 6, right: 1 },
        style: {
          font: { italic: true, underline: true },
          border: { kind: "outline", weight: "medium", color: "#000000" },
        },
      },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [5, 24, 10.5, 60],
    rowHeights: [
      { row: 0, height: 24 },
      { row: 3, height: 600 },
    ],
    conditionalFormats: [
      {
        kind: "cellValue",
        rect: { top: 3, left: 2, bottom: 5, right: 2 },
        operator: "lessThan",
        value: 0.6,
        style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
      },
      {
        kind: "cellValue",
        rect: { top: 3, left: 2, bottom: 5, right: 2 },
        operator: "between",
        value: 0.6,
        value2: 0.85,
        style: { fill: "#FFEB9C" },
      },
      { kind: "dataBar", rect: { top: 3, left: 0, bottom: 5, right: 0 }, color: "#638EC6" },
    ],
    freeze: { rows: 3, cols: 1 },
    tables: [
      {
        name: "1_Tabel",
        rect: { top: 2, left: 0, bottom: 5, right: 3 },
        style: "TableStyleLight9",
      },
    ],
    charts: [
      {
        kind: "barClustered",
        title: "Nilai per pegawai",
        categories: { top: 3, left: 1, bottom: 5, right: 1 },
        series: [{ name: "Nilai", values: { top: 3, left: 2, bottom: 5, right: 2 } }],
        anchor: { top: 8, left: 0, bottom: 22, right: 5 },
        xAxisTitle: "Pegawai",
        yAxisTitle: "Nilai",
      },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      repeatRows: { first: 2, last: 2 },
      footerCenter: "Halaman &P dari &N",
      rowBreaks: [5],
    },
    tabColor: "#1F4E78",
  };
  const history: SheetModel = {
    ...base("history", [
      ["Unit", "Jumlah"],
      ["Bidang A", 3],
      ["Bidang B", 4],
    ]),
    tables: [
      { name: "A1", rect: { top: 0, left: 0, bottom: 2, right: 1 }, style: "TableStyleLight1" },
    ],
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToPagesWide: 2,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    },
  };
  const long: SheetModel = {
    ...base("Rencana Pengembangan Kompetensi Pegawai 2027 [draf]", [
      ["Kode", "Uraian"],
      ["K1", "Integritas"],
      ["K2", ""],
    ]),
    tables: [
      { name: "Ümum", rect: { top: 0, left: 0, bottom: 2, right: 1 }, style: "TableStyleLight1" },
    ],
    columnWidths: [8, 30],
  };
  const clash: SheetModel = {
    ...base("Data Asesmen", [
      ["Nama", "Nilai"],
      ["Ani", 1],
    ]),
    tables: [
      {
        name: "TabelAsesmen",
        rect: { top: 0, left: 0, bottom: 1, right: 1 },
        style: "TableStyleLight1",
      },
    ],
  };
  const clashCase: SheetModel = {
    ...base("RENCANA PENGEMBANGAN 2026", [
      ["Kolom", "Nilai"],
      ["x", 2],
      ["y", 3],
    ]),
    autoFilter: { top: 0, left: 0, bottom: 2, right: 1 },
  };
  return { sheets: [umum, history, long, clash, clashCase] };
}

// ---------------------------------------------------------------------------------------------
// What each writer produced, in one shape.

interface CellView {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  size: number;
  color: string;
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: (string | null)[];
}

interface SheetView {
  name: string;
  cells: Map<string, CellView>;
  merges: string[];
  /** Column widths in whole pixels (what Excel shows), by column. */
  widths: number[];
  heights: number[];
  print: {
    orientation: string;
    fitToPagesWide: number;
    margins: number[];
    printTitleRows: string | null;
    footer: string;
  };
  freeze: { rows: number; cols: number } | null;
  tabColor: string;
  autoFilter: string | null;
  tables: { name: string; address: string; style: string }[];
  conditionalFormats: string[];
  charts: { type: string; title: string; series: string[] }[];
}

const H = { left: "Left", center: "Center", right: "Right" } as Record<string, string>;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as Record<string, string>;

function hex(argb: string | undefined): string | null {
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

/** Blank as null; numbers to Excel's 15 significant digits (Office.js keeps no more). */
function blank(v: unknown): unknown {
  if (typeof v === "number") return Number(v.toPrecision(15));
  return v === "" || v === undefined ? null : v;
}

/** OOXML's _xHHHH_ escapes, which ExcelJS 4.4 leaves in the text it reads (Excel decodes them). */
function decoded(v: unknown): unknown {
  return typeof v === "string"
    ? v.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : v;
}

// Plain functions, so that the Office.js lint rules do not take exceljs cells for Office.js ranges.
function cellOf(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row + 1, col + 1);
}

function exceljsCell(ws: ExcelJS.Worksheet, row: number, col: number): CellView {
  const cell = cellOf(ws, row, col);
  // ExcelJS gives every cell of a merge the value of its top-left cell; the others hold nothing.
  const covered = cell.isMerged && cell.master.address !== cell.address;
  const v = (covered ? null : cell.value) as ExcelJS.CellValue;
  const isFormula = typeof v === "object" && v !== null && "formula" in v;
  const font = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const edge = (b: Partial<ExcelJS.Border> | undefined) =>
    b?.style ? `${b.style}:${hex(b.color?.argb)}` : null;
  return {
    value: isFormula ? null : (blank(decoded(v)) as CellView["value"]),
    formula: isFormula ? `=${(v as ExcelJS.CellFormulaValue).formula}` : null,
    numberFormat: cell.numFmt || "General",
    bold: !!font.bold,
    italic: !!font.italic,
    underline: !!font.underline,
    size: font.size ?? 11,
    color: hex(font.color?.argb) ?? "#000000",
    fill: fill?.pattern === "solid" ? hex(fill.fgColor?.argb) : null,
    horizontal: H[cell.alignment?.horizontal ?? ""] ?? "General",
    vertical: V[cell.alignment?.vertical ?? ""] ?? "Bottom",
    wrap: !!cell.alignment?.wrapText,
    borders: [cell.border?.top, cell.border?.bottom, cell.border?.left, cell.border?.right].map(
      edge
    ),
  };
}

function fakeCell(fake: FakeExcel, sheet: string, address: string): CellView {
  const s = fake.sheet(sheet);
  const f = s.format(address);
  const formula = s.formula(address);
  const edge = (b: { weight: string; color: string } | null) =>
    b ? `${b.weight.toLowerCase()}:${b.color.toUpperCase()}` : null;
  return {
    value: formula ? null : (blank(s.value(address)) as CellView["value"]),
    formula,
    numberFormat: s.numberFormat(address),
    bold: f.font.bold,
    italic: f.font.italic,
    underline: f.font.underline !== "None",
    size: f.font.size,
    color: f.font.color.toUpperCase(),
    fill: f.fill ? f.fill.toUpperCase() : null,
    horizontal: f.horizontalAlignment,
    vertical: f.verticalAlignment,
    wrap: f.wrapText,
    borders: [f.borders.top, f.borders.bottom, f.borders.left, f.borders.right].map(edge),
  };
}

/** The cells a sheet model covers (values, styles and formulas). */
function extent(sheet: SheetModel): Rect {
  let bottom = sheet.values.length - 1;
  let right = Math.max(...sheet.values.map((r) => r.length)) - 1;
  for (const s of sheet.styles) {
    bottom = Math.max(bottom, s.rect.bottom);
    right = Math.max(right, s.rect.right);
  }
  return { top: 0, left: 0, bottom, right };
}

function a1(row: number, col: number): string {
  return rectA1({ top: row, left: col, bottom: row, right: col });
}

function cellsOf(sheet: SheetModel, view: (row: number, col: number) => CellView) {
  const out = new Map<string, CellView>();
  const r = extent(sheet);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.set(a1(row, col), view(row, col));
  return out;
}

async function throughPackage(model: ReportModel): Promise<SheetView[]> {
  const out = addReportSheets(await exceljsWorkbook(), model);
  const parts = unzip(out.bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.bytes) as unknown as ExcelJS.Buffer);
  const sheets = sheetsOf(parts);
  return out.sheetNames.map((name, i) => {
    const ws = wb.getWorksheet(name)!;
    const part = sheets.find((s) => s.name === name)!.part!;
    const sheetRels = rels(parts, part);
    const root = xml(parts, part);
    const sheet = model.sheets[i];
    const setup = ws.pageSetup;
    const m = setup.margins!;
    const pane = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
    return {
      name,
      cells: cellsOf(sheet, (r, c) => exceljsCell(ws, r, c)),
      merges: [...(ws.model as unknown as { merges: string[] }).merges].sort(),
      widths: sheet.columnWidths.map((_, c) => Math.round((ws.getColumn(c + 1).width ?? 0) * 7)),
      heights: Array.from({ length: sheet.values.length }, (_, r) => ws.getRow(r + 1).height ?? 15),
      print: {
        orientation: setup.orientation!,
        fitToPagesWide: setup.fitToWidth!,
        margins: [m.top, m.bottom, m.left, m.right, m.header, m.footer].map(
          (x) => Math.round(x * 7200) / 100
        ),
        printTitleRows: setup.printTitlesRow ? `$${setup.printTitlesRow.replace(":", ":$")}` : null,
        footer: (ws.headerFooter?.oddFooter ?? "").replace(/^&C/, ""),
      },
      freeze: pane?.state === "frozen" ? { rows: pane.ySplit ?? 0, cols: pane.xSplit ?? 0 } : null,
      tabColor: hex((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? "",
      autoFilter: (ws.autoFilter as string | undefined) ?? null,
      tables: sheetRels
        .filter((r) => r.type.endsWith("/table"))
        .map((r) => {
          const t = xml(parts, r.part!);
          return {
            name: attr(t, "name")!,
            address: attr(t, "ref")!,
            style: attr(find(t, "tableStyleInfo")[0], "name")!,
          };
        }),
      conditionalFormats: find(root, "conditionalFormatting").map((f) => {
        const rule = find(f, "cfRule")[0];
        const type = attr(rule, "type") === "cellIs" ? "CellValue" : "DataBar";
        return `${attr(f, "sqref")} ${type}`;
      }),
      charts: chartsOf(parts, sheetRels),
    };
  });
}

function chartsOf(parts: Parts, sheetRels: ReturnType<typeof rels>): SheetView["charts"] {
  const drawing = sheetRels.find((r) => r.type.endsWith("/drawing"));
  if (!drawing) return [];
  return rels(parts, drawing.part!).map((r) => {
    const c = xml(parts, r.part!);
    const bar = find(c, "barChart")[0];
    const dir = attr(find(bar, "barDir")[0], "val");
    const grouping = attr(find(bar, "grouping")[0], "val");
    const title = find(find(c, "title")[0], "t")[0];
    const raw = text(parts, r.part!);
    return {
      type: `${dir === "bar" ? "Bar" : "Column"}${grouping === "clustered" ? "Clustered" : grouping}`,
      title: raw.slice(title.openEnd, title.closeStart),
      series: find(c, "ser").map((s) => {
        const v = find(find(s, "tx")[0], "v")[0];
        return raw.slice(v.openEnd, v.closeStart);
      }),
    };
  });
}

async function throughOfficeJs(model: ReportModel): Promise<SheetView[]> {
  const fake = new FakeExcel()
    .addSheet("Data Asesmen", { values: [["HASIL ASESMEN KOMPETENSI 2026"]] })
    .addSheet("Referensi", { visibility: "Hidden" })
    .addSheet("rencana pengembangan 2026", { values: [["lembar lama"]] })
    .addTable("Data Asesmen", "A3:F5", "TabelAsesmen");
  const result = await fake.run((context) =>
    writeReport(context, model, { isSetSupported: fake.isSetSupported })
  );
  expect(result.skipped).toEqual([]);
  return result.sheets.map((name, i) => {
    const s = fake.sheet(name);
    const sheet = model.sheets[i];
    const pl = s.pageLayout();
    return {
      name,
      cells: cellsOf(sheet, (r, c) => fakeCell(fake, name, a1(r, c))),
      merges: s.merges().sort(),
      widths: sheet.columnWidths.map((_, c) => Math.round(s.columnWidth(c) / 0.75)),
      heights: Array.from({ length: sheet.values.length }, (_, r) => s.rowHeight(r + 1)),
      print: {
        orientation: pl.orientation.toLowerCase(),
        fitToPagesWide: pl.zoom.horizontalFitToPages ?? 0,
        margins: [
          pl.topMargin,
          pl.bottomMargin,
          pl.leftMargin,
          pl.rightMargin,
          pl.headerMargin,
          pl.footerMargin,
        ],
        printTitleRows: pl.printTitleRows,
        footer: pl.footers.center,
      },
      freeze: s.freeze(),
      tabColor: s.tabColor.toUpperCase(),
      autoFilter: s.autoFilter(),
      tables: fake
        .tables()
        .filter((t) => t.sheet === name)
        .map(({ name: n, address, style }) => ({ name: n, address, style })),
      conditionalFormats: s.conditionalFormats().map((f) => `${f.address} ${f.type}`),
      charts: s.charts().map((c) => ({
        type: c.type,
        title: c.title,
        series: c.series.map((x) => x.name),
      })),
    };
  });
}

function expectSame(pkg: SheetView[], office: SheetView[]): void {
  expect(pkg.map((s) => s.name)).toEqual(office.map((s) => s.name));
  pkg.forEach((p, i) => {
    const o = office[i];
    const { cells: pc, ...pRest } = p;
    const { cells: oc, ...oRest } = o;
    expect(pRest).toEqual(oRest);
    for (const [address, cell] of pc)
      expect([p.name, address, cell]).toEqual([p.name, address, oc.get(address)]);
  });
}

describe("the package writer and the Office.js writer agree", () => {
  test("awkward names, long texts, blanks, merges, conditional formats, tables and a chart", async () => {
    const model = awkwardModel();
    const [pkg, office] = await Promise.all([throughPackage(model), throughOfficeJs(model)]);
    expect(pkg.map((s) => s.name)).toEqual([
      "Ümum",
      "history (laporan)",
      "Rencana Pengembangan Kompetensi",
      "Data Asesmen (2)",
      "RENCANA PENGEMBANGAN 2026 (2)",
    ]);
    expect(pkg.flatMap((s) => s.tables.map((t) => t.name))).toEqual([
      "T_1_Tabel",
      "T_A1",
      "Umum",
      "TabelAsesmen_2",
    ]);
    // The long text and the text that looks like a number arrive whole, as text.
    expect(pkg[0].cells.get("D4")!.value).toBe(LONG);
    expect(office[0].cells.get("D6")!.value).toBe("0812");
    // Blank cells are blank on both sides, also where they are styled.
    expect(pkg[0].cells.get("A2")).toMatchObject({ value: null, fill: "#FFF2CC" });
    // Row heights stop at Excel's 409 points; widths are the same pixels.
    expect(pkg[0].heights[3]).toBe(409);
    expect(pkg[0].widths).toEqual([40, 173, 79, 425]);
    // Margins: Excel's defaults when the model gives none.
    expect(pkg[0].print.margins).toEqual([54, 54, 50.4, 50.4, 21.6, 21.6]);
    expect(pkg[0].charts).toEqual([
      { type: "BarClustered", title: "Nilai per pegawai", series: ["Nilai"] },
    ]);
    expectSame(pkg, office);
  });

  test("the hand-made sample model and a report built from a plan", async () => {
    for (const model of [sampleModel(true), buildReport(samplePlan(), REPORT_OPTIONS)]) {
      const [pkg, office] = await Promise.all([throughPackage(model), throughOfficeJs(model)]);
      expectSame(pkg, office);
    }
  });
});
