// Sheets written in English: the plan and the summary carry no Indonesian word of the sheets' own texts,
// their names are English, and the Indonesian default is untouched.
import { buildReport } from "../../src/report/buildReport";
import { PLAN_HEADERS, planHeaders } from "../../src/report/planSheet";
import { NEED_HEADERS } from "../../src/report/summarySheet";
import type { PlanResult } from "../../src/skj/types";
import { indonesianIn, indonesianSheetWords } from "../helpers/sheetWords";
import { REPORT_OPTIONS, samplePlan } from "./fixtures";
import { expectValidReport } from "./modelInvariants";

/** Texts that are data, not the sheet's own words: the input's values, the user's identity, plan content. */
function dataTexts(plan: PlanResult): Set<string> {
  const texts = new Set<string>([
    REPORT_OPTIONS.agency,
    REPORT_OPTIONS.place,
    ...Object.values(REPORT_OPTIONS.signatory),
    plan.source.sheet,
  ]);
  for (const e of plan.employees) {
    for (const v of [e.name, e.nip, e.position, e.grade, e.unit, e.category]) texts.add(v);
    // Technical competencies are named by the workbook's SKJ sheet.
    for (const t of e.technical) texts.add(t.name);
  }
  return texts;
}

describe("report sheets in English", () => {
  const plan = samplePlan();
  const english = buildReport(plan, { ...REPORT_OPTIONS, lang: "en" });
  const indonesian = buildReport(plan, REPORT_OPTIONS);

  it("is a valid report with English sheet names", () => {
    expectValidReport(english);
    expect(english.sheets.map((s) => s.name)).toEqual([
      "Development plan 2027",
      "Needs summary 2027",
      "Competency plan 2027",
      "Competency standards 2027",
      "Formula data 2027",
      "Data notes",
    ]);
  });

  it("the word list is a real list of the sheets' Indonesian words", () => {
    const words = indonesianSheetWords();
    for (const w of [
      "rencana",
      "kebutuhan",
      "pegawai",
      "mengetahui",
      "triwulan",
      "dibuat",
      "jumlah",
    ])
      expect(words.has(w)).toBe(true);
    // Domain terms shared by both languages are not in it.
    for (const w of ["coaching", "peraturan", "sheet"]) expect(words.has(w)).toBe(false);
    // And it finds them in the Indonesian sheets.
    for (const sheet of indonesian.sheets.slice(0, 2))
      expect(indonesianIn(sheet.values, dataTexts(plan), words).length).toBeGreaterThan(10);
  });

  it("the plan and the summary contain none of the sheets' Indonesian words", () => {
    const data = dataTexts(plan);
    for (const sheet of english.sheets) expect(indonesianIn(sheet.values, data)).toEqual([]);
  });

  it("writes English titles, headers, labels, legends and the signature block", () => {
    const [planSheet, summary] = english.sheets;
    const texts = planSheet.values.flat();
    expect(texts).toContain("ASN COMPETENCY DEVELOPMENT PLAN 2027");
    expect(texts).toContain("Prepared: 22 November 2026");
    expect(texts).toContain("Acknowledged by,");
    expect(texts).toContain("Contoh, 22 November 2026");
    expect(texts).toContain("Experiential (70)");
    expect(texts).toContain("February");
    expect(planSheet.values).toContainEqual(planHeaders("en"));
    expect(planHeaders("en")).toEqual([
      "No",
      "Competency",
      "Standard",
      "Score",
      "Gap",
      "Priority",
      "Development Method",
      "Development Activity",
      "Provider",
      "70/20/10 Track",
      "JP",
      "JP Credited",
      "Month",
    ]);
    const summaryTexts = summary.values.flat();
    expect(summaryTexts).toContain("ASN COMPETENCY DEVELOPMENT NEEDS SUMMARY 2027");
    expect(summaryTexts).toContain("A. Development Needs per Competency");
    expect(summaryTexts).toContain("Managerial");
    expect(summary.tables.map((t) => t.name)).toEqual(["Unit_Needs_2027"]);
    expect(summary.charts[0].title).toBe("Employees Below Standard per Competency");
    // Method names come from the registry's English names; codes stay.
    expect(texts.some((v) => typeof v === "string" && /^NKL\d\d – [A-Z][a-z]/.test(v))).toBe(true);
    expect(texts).not.toContain("NKL01 – Coaching oleh atasan");
  });

  it("keeps the Indonesian default as it was", () => {
    expect(indonesian.sheets.map((s) => s.name)).toEqual([
      "Rencana Pengembangan 2027",
      "Rekap Kebutuhan 2027",
      "AKPK 2027",
      "Standar Kompetensi 2027",
      "Data Rumus 2027",
      "Catatan Data",
    ]);
    const [planSheet, summary] = indonesian.sheets;
    expect(planSheet.values).toContainEqual(PLAN_HEADERS);
    expect(planSheet.values.flat()).toContain("Mengetahui,");
    expect(planSheet.values.flat()).toContain("Dibuat: 22 November 2026");
    expect(summary.values).toContainEqual(NEED_HEADERS);
    expect(summary.tables.map((t) => t.name)).toEqual(["Kebutuhan_Unit_2027"]);
  });
});
