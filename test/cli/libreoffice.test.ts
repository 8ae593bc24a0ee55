// The workbook `skj plan` writes, opened by a real spreadsheet program: LibreOffice opens it, reads the plan
// back as written, recalculates its formulas to the same values, and prints it on A4 landscape pages.
import { PLAN_COLUMNS } from "../../src/report/planSheet";
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { main, SAMPLE } from "../../src/cli/main";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { buildReport } from "../../src/report/buildReport";
import { runSkj } from "../../src/skj/run";
import { PlanResult } from "../../src/skj/types";
import { ROOT } from "../helpers/build";
import { convert, csvPerSheet, pdfText, tempDir } from "../helpers/libreoffice";
import { renderMessage } from "../../src/skj/messages";

const ARTIFACTS = path.join(ROOT, "test-output", "libreoffice");
const TODAY = new Date("2026-11-22T08:00:00Z");
const REPORT = {
  agency: "BKPSDM Kabupaten Sukamaju",
  place: "Sukamaju",
  signatory: {
    title: "Kepala BKPSDM",
    name: "Dr. H. Ahmad Fauzi, M.Si.",
    nip: "197003151995031002",
  },
  preparer: {
    title: "Kepala Bidang Pengembangan Kompetensi",
    name: "Rina Wulandari, S.Psi.",
    nip: "198803102012122001",
  },
  date: "2026-11-22",
};
const OPTIONS = [
  "--instansi",
  "BKPSDM Kabupaten Sukamaju",
  "--tempat",
  "Sukamaju",
  "--penandatangan-nama",
  "Dr. H. Ahmad Fauzi, M.Si.",
  "--penandatangan-nip",
  "197003151995031002",
  "--penandatangan-jabatan",
  "Kepala BKPSDM",
  "--penyusun-jabatan",
  "Kepala Bidang Pengembangan Kompetensi",
  "--penyusun-nama",
  "Rina Wulandari, S.Psi.",
  "--penyusun-nip",
  "198803102012122001",
];

/** A raw CSV value as a number: LibreOffice keeps the % of percent-formatted cells ("88.88888888889%"). */
function numeric(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** A CSV line split into fields (LibreOffice quotes text with commas and quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe("the plan written by skj plan, in LibreOffice", () => {
  const dir = tempDir("skj-lo-plan-");
  const input = path.join(dir, "contoh.xlsx");
  const output = path.join(dir, "contoh-rencana.xlsx");
  let plan: PlanResult;
  let before: string;
  let pdf: string;

  beforeAll(async () => {
    fs.copyFileSync(SAMPLE, input);
    before = createHash("sha256").update(fs.readFileSync(input)).digest("hex");
    let err = "";
    const code = await main(["plan", input, "--out", output, ...OPTIONS], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      today: TODAY,
    });
    expect([code, err]).toEqual([0, ""]);
    const out = runSkj(readWorkbook(fs.readFileSync(input)).grid, { year: 2027 });
    if (!out.ok) throw new Error(renderMessage(out.message));
    plan = out.result;
    pdf = await convert(output, "pdf", dir);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("leaves the input byte for byte as it was", () => {
    expect(createHash("sha256").update(fs.readFileSync(input)).digest("hex")).toBe(before);
  });

  it("reads the plan sheet back as written, and recalculates every Total JP formula to the plan's total", async () => {
    const model = buildReport(plan, REPORT);
    const planModel = model.sheets[0];
    const sheets = await csvPerSheet(output, dir);
    const rows = csvRows(sheets.get("Rencana Pengembangan 2027")!);
    for (let r = 0; r < planModel.values.length; r++) {
      planModel.values[r].forEach((v, c) => {
        const got = rows[r]?.[c] ?? "";
        if (typeof v === "number")
          expect([r, c, numeric(got)]).toEqual([r, c, expect.closeTo(v, 9)]);
        else if (typeof v === "string" && v !== "") expect([r, c, got]).toEqual([r, c, v]);
      });
    }
    // The Total JP rows, two per employee (planned, then credited JP): LibreOffice's recalculated values
    // equal the employee's totals. (The other formulas refer to the formula data: liveFormulas.test.ts.)
    const totals = planModel.formulas.filter((f) => f.formula.startsWith("=SUM("));
    expect(totals.length).toBe(2 * plan.employees.length);
    totals.forEach((f, i) => {
      expect(f.formula).toMatch(/^=SUM\(/);
      const e = plan.employees[Math.floor(i / 2)];
      expect(f.col).toBe(i % 2 === 0 ? PLAN_COLUMNS.jp : PLAN_COLUMNS.creditedJp);
      expect(Number(rows[f.row][f.col])).toBe(i % 2 === 0 ? e.plan.totalJp : e.plan.creditedJp);
    });
    // The assessment sheet the clerk gave us reads back unchanged.
    const original = csvRows(sheets.get("Data Asesmen")!);
    expect(original[8].slice(0, 3)).toEqual(["1", plan.employees[0].name, plan.employees[0].nip]);
  }, 120_000);

  it("prints the plan on A4 landscape pages, one page per planned page break, header repeated", async () => {
    const text = await pdfText(pdf);
    // pdftotext ends every page with a form feed: page i of the PDF is pages[i - 1].
    const pages = text.split("\f").slice(0, -1);
    const planModel = buildReport(plan, REPORT).sheets[0];
    const planPages = pages.filter((p) => /Kegiatan Pengembangan/.test(p) && /JP Diakui/.test(p));
    expect(planPages.length).toBe(planModel.print.rowBreaks!.length + 1);
    // Every page break is the plan's own (LibreOffice added none), so no employee block was cut where the
    // plan did not choose to; every employee is printed.
    for (const e of plan.employees)
      expect([e.name, planPages.some((p) => p.includes(e.name))]).toEqual([e.name, true]);
    expect(planPages.join("\n")).toMatch(/Mengetahui/);
    // Who prepared it signs on the same page (docs/domain.md §14.1).
    const signed = planPages[planPages.length - 1];
    for (const t of ["Disusun oleh,", "Rina Wulandari, S.Psi.", "NIP. 198803102012122001"])
      expect(signed).toContain(t);
    // Each page that continues a block names the employee, as planned: LibreOffice printed every
    // continuation row at the top of its own page.
    const continued = planModel.values.filter((r) => String(r[0]).startsWith("(lanjutan) "));
    expect(continued.length).toBeGreaterThan(5);
    const withName = planPages.filter((p) => /\(lanjutan\) \d+\. /.test(p));
    expect(withName).toHaveLength(continued.length);
    for (const row of continued) {
      const name = String(row[0])
        .replace(/^\(lanjutan\) \d+\. /, "")
        .split(" — ")[0];
      const page = withName.find((p) => p.includes(String(row[0]).split(" — ")[0]))!;
      expect([name, page !== undefined && page.includes(name)]).toEqual([name, true]);
    }
    expect(planPages.join("\n")).toMatch(/Dr\. H\. Ahmad Fauzi, M\.Si\./);
    // A4 landscape: 842 x 595 pt.
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages.length), pdf], {
      encoding: "utf8",
    });
    const first = pages.findIndex((p) => /Kegiatan Pengembangan/.test(p)) + 1;
    const size = new RegExp(`Page\\s+${first} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(info)!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([842, 595]);
    // Both charts are printed: the office's own and the needs-analysis chart.
    expect(text).toMatch(/Rata-rata Nilai per Kompetensi/);
    expect(text).toMatch(/Pegawai di Bawah Standar per Kompetensi/);
    // A page image for a person to look at.
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      String(first),
      "-l",
      String(first + 1),
      pdf,
      path.join(ARTIFACTS, "rencana-halaman"),
    ]);
    expect(
      fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith("rencana-halaman")).length
    ).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
