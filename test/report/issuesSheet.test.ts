import { buildReport } from "../../src/report/buildReport";
import { issueHeaders } from "../../src/report/issuesSheet";
import type { SheetModel } from "../../src/report/model";
import type { PlanResult } from "../../src/skj/types";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";
import { a1, expectValidReport, rowWhere, styleAt } from "./modelInvariants";
import { renderMessage } from "../../src/skj/messages";

const SEVERITY = { error: "Galat", warning: "Peringatan", info: "Info" } as const;

function issuesOf(plan: PlanResult): SheetModel {
  const model = buildReport(plan, REPORT_OPTIONS);
  expectValidReport(model);
  const sheet = model.sheets.find((s) => s.kind === "issues");
  if (!sheet) throw new Error("no issues sheet");
  return sheet;
}

describe("issues sheet", () => {
  const plan = samplePlan();
  const sheet = issuesOf(plan);
  const header = rowWhere(sheet, 0, "No");

  it("lists every issue of the plan, one per row, in the plan's order", () => {
    expect(sheet.name).toBe("Catatan Data");
    expect(plan.issues.map((i) => i.severity)).toEqual(
      expect.arrayContaining(["error", "warning"])
    );
    expect(sheet.values[header]).toEqual([
      "No",
      "Sheet",
      "Baris",
      "Kolom",
      "Sel",
      "Tingkat",
      "Pesan",
    ]);
    const rows = sheet.values.slice(header + 1);
    expect(rows).toHaveLength(plan.issues.length);
    rows.forEach((row, i) => {
      const issue = plan.issues[i];
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBe(issue.sheet);
      expect(row[2]).toBe(issue.row > 0 ? issue.row : "");
      expect(row[3]).toBe(issue.column);
      const address =
        issue.address ??
        (issue.row > 0 && issue.col !== undefined ? a1(issue.row - 1, issue.col) : "");
      expect(row[4]).toBe(address);
      expect(row[5]).toBe(SEVERITY[issue.severity]);
      expect(row[6]).toBe(renderMessage(issue));
    });
  });

  it("fills in the cell address when an issue names only the row and the column", () => {
    const index = plan.issues.findIndex((i) => i.row > 0 && i.col !== undefined);
    expect(index).toBeGreaterThanOrEqual(0);
    const issues = plan.issues.map((i, k) => (k === index ? { ...i, address: undefined } : i));
    const bare = issuesOf({ ...plan, issues });
    const issue = plan.issues[index];
    expect(bare.values[header + 1 + index][4]).toBe(a1(issue.row - 1, issue.col!));
  });

  it("filters, freezes the header and colours the severity", () => {
    const last = sheet.values.length - 1;
    expect(sheet.autoFilter).toEqual({ top: header, left: 0, bottom: last, right: 6 });
    expect(sheet.freeze).toEqual({ rows: header + 1, cols: 0 });
    expect(sheet.print.repeatRows).toEqual({ first: header, last: header });
    const fillOf = (severity: keyof typeof SEVERITY) => {
      const i = plan.issues.findIndex((x) => x.severity === severity);
      return styleAt(sheet, header + 1 + i, 5)?.fill;
    };
    expect(fillOf("error")).toMatch(/^#/);
    expect(fillOf("warning")).toMatch(/^#/);
    expect(fillOf("error")).not.toBe(fillOf("warning"));
    expect(styleAt(sheet, header + 1, 6)?.wrap).toBe(true);
  });

  it("says how many issues of each severity there are", () => {
    const intro = String(sheet.values[1][0]);
    const count = (s: string) => plan.issues.filter((i) => i.severity === s).length;
    expect(intro).toContain(
      `${plan.issues.length} catatan: ${count("error")} galat, ${count("warning")} peringatan, ${count("info")} info`
    );
  });

  it("is written in English when the report is", () => {
    const model = buildReport(plan, { ...REPORT_OPTIONS, lang: "en" });
    expectValidReport(model);
    const english = model.sheets.find((s) => s.kind === "issues")!;
    expect(english.values[0][0]).toBe("DATA NOTES");
    const h = rowWhere(english, 0, "No");
    expect(english.values[h]).toEqual(issueHeaders("en"));
    expect(issueHeaders("en")).toEqual([
      "No",
      "Sheet",
      "Row",
      "Column",
      "Cell",
      "Level",
      "Message",
    ]);
    english.values.slice(h + 1).forEach((row, i) => {
      expect(row[5]).toBe(
        { error: "Error", warning: "Warning", info: "Info" }[plan.issues[i].severity]
      );
      expect(row[6]).toBe(renderMessage(plan.issues[i], "en"));
    });
  });

  it("writes a whole-sheet issue without a row number or a cell", () => {
    const p: PlanResult = {
      ...plan,
      issues: [
        {
          sheet: "SKJ",
          row: 0,
          column: "",
          severity: "info",
          code: "skj-sheet-unreadable",
          params: { sheet: "SKJ" },
        },
      ],
    };
    const s = issuesOf(p);
    const h = rowWhere(s, 0, "No");
    expect(s.values[h + 1]).toEqual([
      1,
      "SKJ",
      "",
      "",
      "",
      "Info",
      renderMessage({ code: "skj-sheet-unreadable", params: { sheet: "SKJ" } }),
    ]);
  });
});
