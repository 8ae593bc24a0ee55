import { buildReport, formatDateId, sheetNamesFor } from "../../src/report/buildReport";
import { msg, renderMessage } from "../../src/skj/messages";
import { providerEntry } from "../../src/skj/registry/providers";
import type { CellValueRule, SheetModel } from "../../src/report/model";
import { PLAN_COLUMNS as C, PLAN_HEADERS } from "../../src/report/planSheet";
import { JPM_METHOD_LABELS } from "../../src/skj/scoring";
import { TRACK_NAMES } from "../../src/skj/methods";
import type { EmployeeResult, PlanResult } from "../../src/skj/types";
import {
  ANDI,
  BUDI,
  DEWI,
  planOf,
  REPORT_OPTIONS,
  samplePlan,
  SITI,
  TECHNICAL,
  largeWorkbook,
  assessmentWorkbook,
} from "./fixtures";
import {
  contains,
  expectValidReport,
  formulaAt,
  mergeAt,
  parseA1,
  rowStartingWith,
  rowWhere,
  styleAt,
} from "./modelInvariants";

function report(plan: PlanResult = samplePlan(), options = REPORT_OPTIONS) {
  const model = buildReport(plan, options);
  expectValidReport(model);
  return model;
}

function planSheet(plan: PlanResult = samplePlan(), options = REPORT_OPTIONS): SheetModel {
  return report(plan, options).sheets[0];
}

/** A row that repeats whose block runs onto a new page (docs/domain.md §14.1). */
const isContinuation = (row: unknown[]) => String(row[0]).startsWith("(lanjutan) ");

/** Rows of one employee's block, read back from the sheet (`activities`: without continuation rows). */
function readBlock(sheet: SheetModel, e: EmployeeResult) {
  const first = rowWhere(sheet, 2, e.name);
  const total = sheet.values.findIndex((row, r) => r > first && row[0] === "Total JP");
  const groups: { first: number; last: number; title: string }[] = [];
  const activities: number[] = [];
  for (let r = first + 3; r < total; r++) {
    if (isContinuation(sheet.values[r])) continue;
    activities.push(r);
    const title = sheet.values[r][C.competency];
    if (title !== "") groups.push({ first: r, last: r, title: String(title) });
    else groups[groups.length - 1].last = r;
  }
  return { first, total, groups, activities };
}

describe("buildReport: sheets", () => {
  it("writes the plan, the summary, the programmes and the issues sheet, in that order, with the year in the names", () => {
    const plan = samplePlan();
    const model = report(plan);
    const names = sheetNamesFor(plan.year);
    expect(model.sheets.map((s) => [s.name, s.kind])).toEqual([
      [names.plan, "plan"],
      [names.summary, "summary"],
      [names.programmes, "programmes"],
      // Standards from a JF default table or the SKJ sheet: the standards sheet says which.
      [names.standards, "standards"],
      // The hidden formula data the plan's and summary's formulas refer to (docs/domain.md §22).
      [names.live, "live"],
      [names.issues, "issues"],
    ]);
    expect(names.plan).toBe("Rencana Pengembangan 2027");
    expect(names.summary).toBe("Rekap Kebutuhan 2027");
    for (const s of model.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it("leaves the issues sheet out when the data has no issue", () => {
    const plan = samplePlan();
    const clean: PlanResult = { ...plan, issues: [] };
    expect(report(clean).sheets.map((s) => s.kind)).toEqual([
      "plan",
      "summary",
      "programmes",
      "standards",
      "live",
    ]);
  });

  it("rejects a malformed date with a message in Bahasa Indonesia", () => {
    expect(() => buildReport(samplePlan(), { ...REPORT_OPTIONS, date: "22/11/2026" })).toThrow(
      /Tanggal "22\/11\/2026" tidak valid/
    );
  });
});

describe("plan sheet: title block", () => {
  const plan = samplePlan();
  const sheet = planSheet(plan);

  it("names the document, the agency and the date in Indonesian words", () => {
    expect(sheet.values[0][0]).toBe("RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN 2027");
    expect(mergeAt(sheet, 0, 0)).toEqual({ top: 0, left: 0, bottom: 0, right: 12 });
    expect(styleAt(sheet, 0, 0)?.font?.bold).toBe(true);
    expect(sheet.values[1][0]).toBe(REPORT_OPTIONS.agency);
    expect(sheet.values[rowStartingWith(sheet, "Dibuat:")][0]).toBe("Dibuat: 22 November 2026");
  });

  it("states the source sheet, how many employees were planned and how many rows were left out", () => {
    const line = String(sheet.values[rowStartingWith(sheet, "Sumber data:")][0]);
    expect(line).toContain(`sheet "${plan.source.sheet}"`);
    expect(line).toContain(`${plan.employees.length} pegawai direncanakan`);
    // Andi's row has an error and is not in the plan.
    expect(plan.employees.some((e) => e.name === ANDI)).toBe(false);
    expect(line).toContain("1 baris tidak direncanakan");
  });

  it("states the JPM formula, that it followed the file, the tolerance and the thresholds", () => {
    expect(plan.jpmMethodSource).toBe("file");
    const line = String(sheet.values[rowStartingWith(sheet, "JPM = ")][0]);
    const agreement = plan.jpmAgreement!;
    expect(agreement.matched).toBeLessThan(agreement.compared);
    expect(line).toContain(JPM_METHOD_LABELS[plan.jpmMethod]);
    expect(line).toContain(
      `Metode JPM mengikuti kolom JPM di file: ${agreement.matched} dari ${agreement.compared} baris cocok`
    );
    expect(line).toContain("Toleransi 0%");
    expect(line).toContain(
      "Optimal: JPM ≥ 90%; Cukup Optimal: 78% ≤ JPM < 90%; Kurang Optimal: JPM < 78%"
    );
    expect(line).toContain(`Target ${plan.jpTarget} JP per pegawai per tahun`);
  });
});

describe("plan sheet: header, freeze and print", () => {
  const sheet = planSheet();
  const header = sheet.values.findIndex((row) => row[0] === "No" && row[1] === "Kompetensi");

  it("has one header row, frozen and repeated on every printed page", () => {
    expect(sheet.values[header]).toEqual(PLAN_HEADERS);
    expect(sheet.freeze).toEqual({ rows: header + 1, cols: 0 });
    expect(sheet.print.repeatRows).toEqual({ first: header, last: header });
    const style = styleAt(sheet, header, 0);
    expect(style?.fill).toBeDefined();
    expect(style?.font?.bold).toBe(true);
    expect(style?.border?.kind).toBe("grid");
    // One range formats the whole header row.
    expect(
      sheet.styles.filter((s) => s.rect.top === header && s.rect.bottom === header)
    ).toHaveLength(1);
  });

  it("prints on A4 landscape, one page wide, with page numbers and margins", () => {
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      footerCenter: "Halaman &P dari &N",
    });
    const m = sheet.print.margins!;
    expect(m.left).toBeGreaterThan(0);
    expect(m.top).toBeGreaterThan(m.header);
    expect(m.bottom).toBeGreaterThan(m.footer);
  });

  it("gives labels a wide column and numbers a narrow one", () => {
    const w = sheet.columnWidths;
    expect(w).toHaveLength(PLAN_HEADERS.length);
    expect(w[C.label]).toBeGreaterThanOrEqual(34);
    expect(w[C.label]).toBeLessThanOrEqual(60);
    // One A4 landscape page wide at 95% or more: 10-pt text prints at 9.5 pt or more.
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(156);
    for (const col of [C.standard, C.score, C.gap, C.rank, C.jp]) {
      expect(w[col]).toBeGreaterThanOrEqual(7);
      expect(w[col]).toBeLessThanOrEqual(9);
    }
  });
});

describe("plan sheet: employee blocks", () => {
  const plan = samplePlan();
  const sheet = planSheet(plan);

  it("lists the planned employees in source-row order, numbered from 1", () => {
    const firstRows = plan.employees.map((e) => rowWhere(sheet, 2, e.name));
    expect([...firstRows].sort((a, b) => a - b)).toEqual(firstRows);
    expect(plan.employees.map((e) => e.row)).toEqual(
      [...plan.employees.map((e) => e.row)].sort((a, b) => a - b)
    );
    expect(firstRows.map((r) => sheet.values[r][0])).toEqual(plan.employees.map((_, i) => i + 1));
    expect(sheet.values.some((row) => row.includes(ANDI))).toBe(false);
  });

  it.each([BUDI, SITI, DEWI])(
    "shows %s's identity: NIP as text, JPM as a percentage, category",
    (name) => {
      const e = plan.employees.find((x) => x.name === name)!;
      const { first } = readBlock(sheet, e);
      const v = sheet.values;
      expect(v[first][1]).toBe("Nama");
      expect(v[first][7]).toBe(e.position);
      expect(v[first + 1][1]).toBe("NIP");
      expect(v[first + 1][2]).toBe(e.nip);
      expect(typeof v[first + 1][2]).toBe("string");
      expect(styleAt(sheet, first + 1, 2)?.numberFormat).toBe("@");
      expect(v[first + 1][7]).toBe(e.grade);
      expect(v[first + 2][2]).toBe(e.unit);
      expect(v[first][8]).toBe("JPM");
      expect(v[first][9]).toBe(e.jpm);
      expect(styleAt(sheet, first, 9)?.numberFormat).toBe("0.0%");
      expect(v[first + 1][9]).toBe(e.category);
      // Identity values are merged across where they need the room; the number is on the first row.
      expect(mergeAt(sheet, first, 0)).toBeUndefined();
      expect(mergeAt(sheet, first + 1, 3)).toEqual({
        top: first + 1,
        left: 2,
        bottom: first + 1,
        right: 5,
      });
    }
  );

  it("lists each competency below standard in priority order with its gap, incl. the technical one", () => {
    const e = plan.employees.find((x) => x.name === BUDI)!;
    expect(e.priorities.length).toBeGreaterThanOrEqual(3);
    expect(e.priorities[0].name).toBe(TECHNICAL);
    expect(e.priorities[0].standard).toBe(3); // the SKJ sheet's level for his position
    const { groups } = readBlock(sheet, e);
    const gapGroups = groups.slice(0, e.priorities.length);
    expect(gapGroups.map((g) => g.title)).toEqual(e.priorities.map((p) => p.name));
    gapGroups.forEach((g, i) => {
      const p = e.priorities[i];
      const row = sheet.values[g.first];
      expect([row[C.standard], row[C.score], row[C.gap], row[C.rank]]).toEqual([
        p.standard,
        p.score,
        p.gap,
        p.rank,
      ]);
      expect(styleAt(sheet, g.first, C.gap)?.numberFormat).toBe("+0.0;-0.0;0.0");
      // The competency's cells are on the group's first row only, not merged down (merges cost
      // Office.js a request each); the rows below are blank in those columns.
      for (const col of [C.competency, C.standard, C.score, C.gap, C.rank]) {
        expect(mergeAt(sheet, g.first, col)).toBeUndefined();
        for (let r = g.first + 1; r <= g.last; r++) expect(sheet.values[r][col]).toBe("");
      }
      expect(styleAt(sheet, g.first, C.competency)?.wrap).toBe(true);
    });
  });

  it.each([BUDI, SITI, DEWI])(
    "writes every activity of %s with method, label, provider, track, JP, credited JP and month",
    (name) => {
      const e = plan.employees.find((x) => x.name === name)!;
      const { first, activities } = readBlock(sheet, e);
      const rows = activities.map((r) => sheet.values[r]);
      const written = rows.map((row) => [
        row[C.method],
        row[C.label],
        row[C.provider],
        row[C.track],
        row[C.jp],
        row[C.creditedJp],
        row[C.month],
      ]);
      // Gap activities follow the priorities; next-level activities come after them.
      const expected = [
        ...e.priorities.flatMap((p) =>
          e.plan.activities.filter((a) => a.purpose === "gap" && a.competency === p.competency)
        ),
        ...e.plan.activities.filter((a) => a.purpose === "next-level"),
      ].map((a) => [
        `${a.method} – ${a.methodName}`,
        renderMessage(a.text, "id"),
        a.provider ? providerEntry(a.provider)!.name.id.replace(/\s*\([^)]*\)$/, "") : "",
        TRACK_NAMES[a.track],
        a.jp,
        a.creditedJp,
        renderMessage(msg("programme-month", { month: a.month, months: a.months }), "id"),
      ]);
      expect(written).toEqual(expected);
      expect(styleAt(sheet, first + 3, C.label)?.wrap).toBe(true);
    }
  );

  it.each([BUDI, SITI, DEWI])(
    "closes %s's block with a Total JP formula over the JP cells",
    (name) => {
      const e = plan.employees.find((x) => x.name === name)!;
      const { first, total } = readBlock(sheet, e);
      const formula = formulaAt(sheet, total, C.jp)!;
      const m = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula)!;
      expect(m).not.toBeNull();
      const [from, to] = [parseA1(m[1]), parseA1(m[2])];
      expect(from).toEqual({ row: first + 3, col: C.jp });
      expect(to).toEqual({ row: total - 1, col: C.jp });
      let sum = 0;
      for (let r = from.row; r <= to.row; r++)
        if (!isContinuation(sheet.values[r])) sum += Number(sheet.values[r][C.jp]);
      expect(sheet.values[total][C.jp]).toBe(sum);
      expect(sum).toBe(e.plan.totalJp);
      expect(styleAt(sheet, total, 0)?.font?.bold).toBe(true);
    }
  );

  it("gives an employee without gaps the next-level activities that reach the JP target", () => {
    const e = plan.employees.find((x) => x.name === SITI)!;
    expect(e.priorities).toEqual([]);
    const { first, total, groups } = readBlock(sheet, e);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.title.endsWith("(pengembangan lanjutan)"))).toBe(true);
    // The number of needs follows the scores: 0, shown "Tidak ada" by its number format.
    expect(sheet.values[first + 2][9]).toBe(0);
    expect(styleAt(sheet, first + 2, 9)?.numberFormat).toBe('[=0]"Tidak ada";0" kompetensi"');
    expect(sheet.values[total][C.jp]).toBeGreaterThanOrEqual(plan.jpTarget);
    expect(sheet.values[total][C.jp]).toBe(e.plan.totalJp);
  });

  it("colours the gap column by size with bands that do not overlap", () => {
    const rules = sheet.conditionalFormats.filter(
      (c): c is CellValueRule => c.kind === "cellValue"
    );
    expect(rules.length).toBe(3);
    const gaps: { row: number; gap: number }[] = [];
    sheet.values.forEach((row, r) => {
      if (typeof row[C.gap] === "number") gaps.push({ row: r, gap: row[C.gap] as number });
    });
    const matches = (rule: CellValueRule, v: number) =>
      rule.operator === "lessThanOrEqual"
        ? v <= rule.value
        : rule.operator === "between"
          ? v >= rule.value && v <= rule.value2!
          : false;
    const fills = new Set<string>();
    for (const { row, gap } of gaps) {
      const hit = rules.filter((rule) => contains(rule.rect, row, C.gap) && matches(rule, gap));
      expect(hit.length).toBe(gap < 0 ? 1 : 0);
      if (hit[0])
        fills.add(
          `${gap <= -1.5 ? "severe" : gap <= -1 ? "medium" : "light"}:${hit[0].style.fill}`
        );
    }
    // The sample has gaps of -2, -1.5, -1 and -0.5: three bands, three distinct fills.
    expect([...fills].sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^severe:/),
        expect.stringMatching(/^medium:/),
        expect.stringMatching(/^light:/),
      ])
    );
    expect(new Set([...fills].map((f) => f.split(":")[1])).size).toBe(3);
    const severe = rules.find((r) => r.operator === "lessThanOrEqual")!;
    expect(severe.value).toBe(-1.5);
  });
});

describe("plan sheet: signature block", () => {
  it("ends with place and date, Mengetahui, the signatory's title, space, name and NIP", () => {
    const sheet = planSheet();
    const col = 8;
    const at = rowWhere(sheet, col, "Mengetahui,");
    const lastTotal = Math.max(...sheet.values.map((row, r) => (row[0] === "Total JP" ? r : -1)));
    expect(at).toBeGreaterThan(lastTotal);
    const lines = sheet.values.slice(at - 1).map((row) => row[col]);
    expect(lines).toEqual([
      `Contoh, ${formatDateId(REPORT_OPTIONS.date)}`,
      "Mengetahui,",
      REPORT_OPTIONS.signatory.title,
      "",
      REPORT_OPTIONS.signatory.name,
      `NIP. ${REPORT_OPTIONS.signatory.nip}`,
    ]);
    const nameRow = at + 3;
    expect(styleAt(sheet, nameRow, col)?.font).toMatchObject({ bold: true, underline: true });
    const space = sheet.rowHeights.find((h) => h.row === at + 2)!;
    expect(space.height).toBeGreaterThanOrEqual(45);
    expect(mergeAt(sheet, at, col)).toEqual({ top: at, left: 8, bottom: at, right: 12 });
  });

  it("leaves dotted spaces to fill by hand when place and signatory are not given", () => {
    const options = { agency: "", signatory: { title: "", name: "", nip: "" }, date: "2027-01-05" };
    const sheet = planSheet(samplePlan(), options as typeof REPORT_OPTIONS);
    const at = rowWhere(sheet, 8, "Mengetahui,");
    expect(sheet.values[at - 1][8]).toBe("...................., 5 Januari 2027");
    expect(String(sheet.values[at + 1][8])).toMatch(/^\.{10,}$/);
    expect(String(sheet.values[at + 3][8])).toMatch(/^\(\.+\)$/);
    expect(sheet.values[at + 4][8]).toBe("NIP.");
    // No agency: the title is followed directly by the date line.
    expect(String(sheet.values[1][0])).toBe("Dibuat: 5 Januari 2027");
  });
});

describe("plan sheet: page breaks", () => {
  it("starts pages only at an employee block, a competency of a block longer than a page, the legend, the rows left out or the signature", () => {
    const plan = planOf(largeWorkbook(40, 4));
    const sheet = planSheet(plan);
    const breaks = sheet.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    const starts = new Set<number>();
    sheet.values.forEach((row, r) => {
      // A block starts at its name row, or at the blank spacer row just above it when the page fills there.
      if (row[1] === "Nama") starts.add(r).add(r - 1);
      // A block that runs onto a new page goes on under a row naming the employee.
      if (isContinuation(row)) starts.add(r);
      if (row[8] === "Mengetahui,") starts.add(r - 1);
      // The legend and the list of rows left out are blocks of their own.
      if (row[0] === "Keterangan" || String(row[0]).startsWith("Baris yang tidak direncanakan"))
        starts.add(r).add(r - 1);
    });
    const competencyStarts = new Set<number>();
    sheet.values.forEach((row, r) => {
      if (typeof row[1] === "string" && row[1] !== "" && typeof row[2] === "number")
        competencyStarts.add(r);
    });
    for (const b of breaks) expect(starts.has(b) || competencyStarts.has(b)).toBe(true);
  });
});

describe("a plan without employees", () => {
  it("still makes a sound report that says nobody could be planned and points at the issues", () => {
    const wb = assessmentWorkbook();
    // Every row gets a score that is not a number.
    wb.sheets[0].rows = wb.sheets[0].rows.map((row, i) =>
      i === 0 ? row : [...row.slice(0, 6), "x", ...row.slice(7)]
    );
    const plan = planOf(wb);
    expect(plan.employees).toHaveLength(0);
    const model = report(plan);
    expect(model.sheets.map((s) => s.kind)).toEqual(["plan", "summary", "programmes", "issues"]);
    const sheet = model.sheets[0];
    expect(
      sheet.values.some(
        (row) => row[0] === "Tidak ada pegawai yang dapat direncanakan. Periksa sheet Catatan Data."
      )
    ).toBe(true);
    expect(sheet.formulas).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(model.sheets[1].charts).toEqual([]);
    expect(rowWhere(sheet, 8, "Mengetahui,")).toBeGreaterThan(0);
  });
});

describe("plan sheet: rows left out", () => {
  it("names every table row the plan could not include, with its reason", () => {
    const plan = samplePlan();
    const sheet = planSheet(plan);
    const errorRows = [
      ...new Set(
        plan.issues
          .filter((i) => i.severity === "error" && i.row > 0 && i.sheet === plan.source.sheet)
          .map((i) => i.row)
      ),
    ];
    const count =
      errorRows.length + plan.unassessedRows.filter((r) => !errorRows.includes(r)).length;
    expect(count).toBeGreaterThan(0);
    const title = rowStartingWith(sheet, "Baris yang tidak direncanakan");
    expect(sheet.values[title][0]).toBe(
      `Baris yang tidak direncanakan (${count}): perbaiki datanya lalu buat rencana lagi`
    );
    const lines = sheet.values.slice(title + 1, title + 1 + count).map((r) => String(r[0]));
    for (const row of errorRows) {
      const first = plan.issues.find((i) => i.severity === "error" && i.row === row)!;
      expect(lines).toContain(renderMessage(first, "id"));
    }
    // Before the signature.
    expect(title).toBeLessThan(rowWhere(sheet, 8, "Mengetahui,"));
  });
});

describe("plan sheet: standards from the SKJ sheet", () => {
  it("shades the standards the SKJ sheet set and says so in the legend", () => {
    const plan = samplePlan();
    const sheet = planSheet(plan);
    let marked = 0;
    let plain = 0;
    for (const e of plan.employees) {
      const { first, total } = readBlock(sheet, e);
      for (let r = first + 3; r < total; r++) {
        const name = sheet.values[r][C.competency];
        if (typeof sheet.values[r][C.standard] !== "number") continue;
        const c = [...e.competencies, ...e.technical].find(
          (x) => x.name === name || `${x.name} (pengembangan lanjutan)` === name
        )!;
        const fill = styleAt(sheet, r, C.standard)?.fill;
        if (c.standardSource === "skj-sheet") {
          expect(fill).toBe("#DDEBF7");
          marked++;
        } else {
          expect(fill).not.toBe("#DDEBF7");
          plain++;
        }
      }
    }
    expect(marked).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
    expect(sheet.values.flat()).toContain(
      'Standar yang tebal berlatar biru diambil dari sheet "SKJ" (standar jabatan instansi); yang lain dari standar bawaan jenjangnya.'
    );
  });
});
