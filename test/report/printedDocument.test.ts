// The printed documents as an agency files them (docs/domain.md §14.1): who prepared the plan beside who
// signs it, a row naming the employee atop every page their block runs onto, the summary's header on each
// page, and, over every kind of sheet the bundled sample gives, A4 paper, print titles and type of 9 pt or more.
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { buildReport, type BuildReportOptions } from "../../src/report/buildReport";
import { pageBodyHeight } from "../../src/report/layout";
import type { ModelValue, SheetModel } from "../../src/report/model";
import { PLAN_COLUMNS as C } from "../../src/report/planSheet";
import { REPORT_SHEETS } from "../../src/skj/registry/reportSheets";
import type { CellValue, PlanResult, WorkbookGrid } from "../../src/skj/types";
import { planOf, REPORT_OPTIONS } from "./fixtures";
import { expectValidReport, formulaAt, styleAt } from "./modelInvariants";

const SAMPLE = path.join(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");
const sampleGrid: WorkbookGrid = readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE))).grid;
const plan = planOf(sampleGrid);

const PREPARER = {
  title: "Kepala Subbidang Pengembangan Kompetensi",
  name: "Rina Wulandari, S.Psi.",
  nip: "198803102012122001",
};

function report(p: PlanResult, options: BuildReportOptions = REPORT_OPTIONS) {
  const model = buildReport(p, options);
  expectValidReport(model);
  return model;
}
const sheetOf = (model: ReturnType<typeof report>, kind: SheetModel["kind"]) =>
  model.sheets.find((s) => s.kind === kind)!;

/** Every cell holding `text`, as [row, col]. */
function cellsWith(sheet: SheetModel, test: (v: ModelValue) => boolean): [number, number][] {
  const out: [number, number][] = [];
  sheet.values.forEach((row, r) => row.forEach((v, c) => test(v) && out.push([r, c])));
  return out;
}
const only = (sheet: SheetModel, text: string) => {
  const found = cellsWith(sheet, (v) => v === text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("Disusun oleh: the preparer's block beside the signature", () => {
  const withPreparer = report(plan, { ...REPORT_OPTIONS, preparer: PREPARER });
  const signer = REPORT_OPTIONS.signatory;

  it.each([
    ["plan", "Mengetahui,"],
    ["summary", "Mengetahui,"],
    ["programmes", "Ditetapkan oleh,"],
  ] as const)(
    "%s: prepared by, title, room, name underlined and NIP, line for line left of the signatory",
    (kind, verb) => {
      const sheet = sheetOf(withPreparer, kind);
      const [r, left] = only(sheet, "Disusun oleh,");
      const [vr, right] = only(sheet, verb);
      expect(vr).toBe(r);
      expect(left).toBeLessThan(right);
      const column = (c: number) => [1, 2, 3, 4].map((k) => sheet.values[r + k][c]);
      expect(column(left)).toEqual([PREPARER.title, "", PREPARER.name, `NIP. ${PREPARER.nip}`]);
      expect(column(right)).toEqual([signer.title, "", signer.name, `NIP. ${signer.nip}`]);
      expect(styleAt(sheet, r + 3, left)?.font).toMatchObject({ bold: true, underline: true });
      // The room to sign is as tall on both sides.
      expect(sheet.rowHeights.find((h) => h.row === r + 2)?.height).toBeGreaterThanOrEqual(54);
      // The two blocks do not touch: the preparer's merge ends before the signatory's begins.
      const merge = sheet.merges.find((m) => m.top === r && m.left === left)!;
      expect(merge.right).toBeLessThan(right);
    }
  );

  it("is left out, with no dotted lines of its own, when nobody is named as preparer", () => {
    const blank = { ...REPORT_OPTIONS, signatory: { title: "", name: "", nip: "" } };
    for (const options of [blank, { ...blank, preparer: { title: " ", name: "", nip: "" } }]) {
      const model = report(plan, options);
      for (const [kind, verb] of [
        ["plan", "Mengetahui,"],
        ["summary", "Mengetahui,"],
        ["programmes", "Ditetapkan oleh,"],
      ] as const) {
        const sheet = sheetOf(model, kind);
        expect(cellsWith(sheet, (v) => v === "Disusun oleh,")).toEqual([]);
        // Left of the signature, from the place-and-date line to the NIP, nothing is printed.
        const [r, right] = only(sheet, verb);
        for (let k = r - 1; k <= r + 4; k++)
          expect(sheet.values[k].slice(0, right).every((v) => v === "")).toBe(true);
      }
    }
  });

  it("says Prepared by in English", () => {
    const en = report(plan, { ...REPORT_OPTIONS, preparer: PREPARER, lang: "en" });
    for (const kind of ["plan", "summary", "programmes"] as const)
      expect(only(sheetOf(en, kind), "Prepared by,")).toBeDefined();
  });
});

describe("continuation rows on the plan", () => {
  const model = report(plan);
  const sheet = sheetOf(model, "plan");
  const breaks = sheet.print.rowBreaks ?? [];
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const heightOf = (r: number) => heights.get(r) ?? 15;
  /** Each employee block: its name row, its Total JP row, name and NIP. */
  const blocks = plan.employees.map((e) => {
    const first = sheet.values.findIndex((row) => row[1] === "Nama" && row[2] === e.name);
    const total = sheet.values.findIndex((row, r) => r > first && row[0] === "Total JP");
    return { e, first, total };
  });

  it("names the 15-activity employee atop the page her block runs onto", () => {
    const long = plan.employees.filter((e) => e.plan.activities.length === 15);
    expect(long.length).toBeGreaterThan(0);
    const { e, first, total } = blocks.find((b) => b.e === long[0])!;
    const inside = breaks.filter((r) => r > first && r <= total);
    expect(inside.length).toBeGreaterThan(0);
    for (const r of inside) {
      const text = String(sheet.values[r][0]);
      expect(text).toBe(
        `(lanjutan) ${blocks.indexOf(blocks.find((b) => b.e === e)!) + 1}. ${e.name} — NIP ${e.nip}`
      );
      expect(sheet.merges).toContainEqual({ top: r, left: 0, bottom: r, right: C.month });
      expect(styleAt(sheet, r, 0)?.font).toMatchObject({ bold: true, italic: true });
    }
    // Her total still adds up her activities only.
    expect(formulaAt(sheet, total, C.jp)).toBe(`=SUM(K${first + 4}:K${total})`);
    expect(sheet.values[total][C.jp]).toBe(e.plan.totalJp);
  });

  it("starts no page inside a block without the employee's name, and every page fits", () => {
    expect(breaks.length).toBeGreaterThan(10);
    let continued = 0;
    for (const r of breaks) {
      const owner = blocks.find((b) => r > b.first && r <= b.total);
      if (!owner) continue;
      expect(String(sheet.values[r][0])).toContain(`${owner.e.name} — NIP ${owner.e.nip}`);
      continued++;
    }
    expect(continued).toBeGreaterThan(5);
    // Continuation rows only where a page starts.
    const rows = cellsWith(sheet, (v) => String(v).startsWith("(lanjutan) ")).map(([r]) => r);
    expect(rows.every((r) => breaks.includes(r))).toBe(true);
    expect(rows).toHaveLength(continued);
    // Each page holds its rows and the repeated header: the pages were planned with room for them.
    const page = pageBodyHeight(sheet.print, sheet.columnWidths);
    const header = heightOf(sheet.print.repeatRows!.first);
    const cuts = [0, ...breaks, sheet.values.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      let used = i > 0 ? header : 0;
      for (let r = cuts[i]; r < cuts[i + 1]; r++) used += heightOf(r);
      expect(used).toBeLessThanOrEqual(page);
    }
  });

  it("says (continued) in English", () => {
    const en = sheetOf(report(plan, { ...REPORT_OPTIONS, lang: "en" }), "plan");
    const rows = cellsWith(en, (v) => String(v).startsWith("(continued) "));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every(([r]) => (en.print.rowBreaks ?? []).includes(r))).toBe(true);
  });
});

describe("the summary's header on every page", () => {
  it("repeats the per-unit table's header, the table that runs onto the next page", () => {
    const sheet = sheetOf(report(plan), "summary");
    const repeat = sheet.print.repeatRows!;
    expect(repeat.first).toBe(repeat.last);
    expect(sheet.values[repeat.first].slice(0, 3)).toEqual(["No", "Kompetensi", "Unit Kerja"]);
    const tableEnd = sheet.values.findIndex((row, r) => r > repeat.first && row[0] === "");
    // A page starts inside that table: that page begins with the repeated header.
    expect((sheet.print.rowBreaks ?? []).some((r) => r > repeat.first + 1 && r < tableEnd)).toBe(
      true
    );
  });
});

/** The sample with a target position, a performance rating and a potential on each row. */
function extendedSample(): WorkbookGrid {
  const grid = structuredClone(sampleGrid);
  const rows = grid.sheets[0].rows;
  const header = rows.findIndex((row) => row.includes("NAMA"));
  const put = (row: CellValue[], values: CellValue[]) => {
    const out = [...row];
    while (out.length < 21) out.push(null);
    return [...out.slice(0, 21), ...values];
  };
  grid.sheets[0].rows = rows.map((row, i) =>
    i === header
      ? put(row, ["JABATAN TARGET", "KINERJA", "POTENSI"])
      : i > header + 1 && typeof row[1] === "string" && row[1] !== ""
        ? put(row, ["Administrator", i % 2 ? "Baik" : "Sangat Baik", i % 3 ? "Sedang" : "Tinggi"])
        : row
  );
  return grid;
}

describe("every sheet the sample gives", () => {
  const all = planOf(extendedSample(), {
    previous: { file: "rencana-2026.xlsx", workbook: sampleGrid },
    jfTable: "B",
  });
  const model = report(all, { ...REPORT_OPTIONS, preparer: PREPARER, idp: true });
  /** Sheets that print without repeated rows, and why. */
  const NO_TITLES: Partial<Record<SheetModel["kind"], string>> = {
    idp: "one page per employee, each with its own heading; nothing runs onto a second page",
  };

  // The rekap's own sheets come from many files: test/skj/rekap.test.ts checks their print.
  const PLAN_SHEETS = REPORT_SHEETS.filter((s) => !("onlyInRekap" in s && s.onlyInRekap));

  it("includes every kind of sheet", () => {
    expect(new Set(model.sheets.map((s) => s.kind))).toEqual(new Set(PLAN_SHEETS.map((s) => s.id)));
  });

  it.each(PLAN_SHEETS.map((s) => s.id))(
    "%s: A4, print titles or a reason not to, no type below 9 pt",
    (kind) => {
      const sheets = model.sheets.filter((s) => s.kind === kind);
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        expect(sheet.print.paper).toBe("A4");
        if (sheet.print.repeatRows) {
          const { first, last } = sheet.print.repeatRows;
          // The repeated rows are a header: non-empty cells, every one of them.
          for (let r = first; r <= last; r++)
            expect(sheet.values[r].filter((v) => v !== "" && v !== null).length).toBeGreaterThan(1);
        } else expect(NO_TITLES[kind]).toBeDefined();
        for (const { style } of sheet.styles)
          expect(style.font?.size ?? 11).toBeGreaterThanOrEqual(9);
      }
    }
  );
});
