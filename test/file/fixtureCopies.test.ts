// Issue "Workbooks as HR offices keep them": workbooks written by other programs (openpyxl, LibreOffice) with
// a chart, a chart sheet, a picture, comments, a table, a pivot table and a VBA project go through `skj plan`.
// The plan must be right, and the copy it writes must keep every original part byte for byte, open in
// LibreOffice with the chart and the plan printed, and read back with the original sheets unchanged.
//
// pivot.xlsx and macro.xlsm (LibreOffice, from scripts/fixtures/pivot.fods) name only two of the nine
// competencies, so they hold no SKJ table: `skj plan` rightly declines them. To put a pivot table and a real
// vbaProject.bin through the copy, this file adds the seven missing competency columns to their Data sheet
// part (xl/worksheets/sheet1.xml) and leaves every other part as LibreOffice wrote it.
import { agencyStandards } from "../../src/report/standardsSheet";
import { execFile, execFileSync } from "child_process";
import { createHash } from "crypto";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import { defaultOutput, main } from "../../src/cli/main";
import { readWorkbook, ReadWorkbookResult } from "../../src/file/read/readWorkbook";
import { PlanResult } from "../../src/skj/types";
import { Fixtures, fixtures } from "../fixtures/fixtures";
import { NINE } from "../helpers/grid";
import { pdfText, tempDir } from "../helpers/libreoffice";

const TODAY = new Date("2026-11-22T08:00:00Z");
/** Parts the package writer may patch; every other original part must come back byte for byte. */
const MAY_CHANGE =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/.*)$/;
/** Default levels of the grades in the fixtures (docs/domain.md §2). */
const LEVEL: Record<string, number> = {
  "II.b": 4,
  "III.a": 3,
  "IV.a": 2,
  "JF Ahli Muda": 3,
  "JF Ahli Pertama": 2,
  Pelaksana: 1,
};
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Employee {
  row: number;
  nip: string;
  name: string;
  grade: string;
  scores: number[];
}

interface Case {
  label: string;
  input: string;
  employees: Employee[];
  /** Text LibreOffice must print from the user's own sheets (a chart title, a name). */
  printed: string[];
  output?: string;
  plan?: PlanResult;
  pdf?: string;
  pdfFile?: string;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    today: TODAY,
  });
  return { code, out, err };
}

const read = (file: string): ReadWorkbookResult =>
  readWorkbook(new Uint8Array(fs.readFileSync(file)));

/** Scores written into the added columns: 1–5 in steps of 0.5, different per row and competency. */
const added = (row: number, j: number) => 1 + ((row * 3 + j * 5) % 9) / 2;

/**
 * The Data sheet of pivot.xlsx / macro.xlsm with Komunikasi … Perekat Bangsa added in F–L (inline strings and
 * numbers, as a clerk typing them would add), every other part untouched.
 */
function withNineCompetencies(file: string): Uint8Array {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  let rows = 0;
  const patched = sheet
    .replace('<dimension ref="A1:E9"/>', '<dimension ref="A1:L9"/>')
    .replace(
      /<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g,
      (_m, r: string, attrs: string, cells: string) => {
        rows++;
        const n = Number(r);
        const extra = NINE.slice(2).map((name, j) => {
          const ref = `${"FGHIJKL"[j]}${n}`;
          return n === 1
            ? `<c r="${ref}" t="inlineStr"><is><t>${name}</t></is></c>`
            : `<c r="${ref}" t="n"><v>${added(n, j)}</v></c>`;
        });
        return `<row r="${r}"${attrs}>${cells}${extra.join("")}</row>`;
      }
    );
  if (rows !== 9 || !patched.includes("A1:L9")) throw new Error(`unexpected Data sheet in ${file}`);
  parts["xl/worksheets/sheet1.xml"] = strToU8(patched);
  return zipSync(parts);
}

/**
 * Converts several workbooks to PDF with one soffice process (test/helpers/libreoffice's `convert` starts one
 * per file), in a throwaway profile of its own; returns the PDFs in the order of `files`.
 */
function convertAllToPdf(files: string[], outDir: string): Promise<string[]> {
  const profile = path.join(outDir, "profil");
  fs.mkdirSync(profile, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { timeout: 180_000 }, (error, stdout, stderr) => {
      const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
      const missing = pdfs.filter((p) => !fs.existsSync(p));
      if (error || missing.length > 0) {
        reject(
          new Error(
            `soffice --convert-to pdf: ${error?.message ?? ""} missing ${missing.join(", ")}\n${stdout}\n${stderr}`
          )
        );
      } else resolve(pdfs);
    });
  });
}

let fx: Fixtures;
let dir: string;
let cases: Case[];

beforeAll(async () => {
  fx = fixtures();
  dir = tempDir("skj-fixture-copies-");
  const fromKitchenSink = fx.expected.employees.map((e) => ({
    row: e.row,
    nip: e.nip,
    name: e.name,
    grade: e.grade,
    scores: e.scores,
  }));
  const copy = (from: string, name: string) => {
    const to = path.join(dir, name);
    fs.copyFileSync(from, to);
    return to;
  };
  cases = [
    {
      label: "kitchen-sink.xlsx (openpyxl)",
      input: copy(fx.kitchenSink, "kitchen-sink.xlsx"),
      employees: fromKitchenSink,
      printed: ["Grafik Rata-rata Kompetensi", "Drs. Ahmad Fauzi, M.Si"],
    },
    {
      label: "kitchen-sink-lo.xlsx (LibreOffice)",
      input: copy(fx.kitchenSinkLo, "kitchen-sink-lo.xlsx"),
      employees: fromKitchenSink,
      printed: ["Grafik Rata-rata Kompetensi", "Drs. Ahmad Fauzi, M.Si"],
    },
  ];
  for (const [label, from, name] of [
    ["pivot.xlsx with nine competencies", fx.pivot, "pivot-sembilan.xlsx"],
    ["macro.xlsm with nine competencies", fx.macro, "makro-sembilan.xlsm"],
  ]) {
    const input = path.join(dir, name);
    fs.writeFileSync(input, withNineCompetencies(from));
    // Names, grades and the first two scores as LibreOffice wrote them; the other seven as added above.
    const data = read(from).grid.sheets.find((s) => s.name === "Data")!;
    const employees = data.rows.slice(1).map((r, i) => ({
      row: i + 2,
      nip: "",
      name: r[0] as string,
      grade: r[2] as string,
      scores: [r[3] as number, r[4] as number, ...NINE.slice(2).map((_, j) => added(i + 2, j))],
    }));
    cases.push({ label, input, employees, printed: ["Agus Salim"] });
  }
  for (const c of cases) {
    const r = await run("plan", c.input, "--json");
    expect([c.label, r.code, r.err]).toEqual([c.label, 0, ""]);
    c.plan = JSON.parse(r.out) as PlanResult;
    const written = await run("plan", c.input);
    expect([c.label, written.code, written.err]).toEqual([c.label, 0, ""]);
    c.output = defaultOutput(c.input);
  }
  // All four copies in one LibreOffice run: it is slow to start and the machine is shared.
  const pdfs = await convertAllToPdf(
    cases.map((c) => c.output!),
    path.join(dir, "pdf")
  );
  for (const [i, c] of cases.entries()) {
    c.pdf = await pdfText(pdfs[i]);
    c.pdfFile = pdfs[i];
  }
}, 240_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The formula data sheet is written for a wide table with someone planned (docs/domain.md §22). */
const live = (plan: PlanResult) => plan.source.cells !== undefined && plan.employees.length > 0;

describe("the plan of each workbook", () => {
  test("every employee, with the grade's standard and the gaps computed from the scores written", () => {
    for (const c of cases) {
      const p = c.plan!;
      expect([c.label, p.source.sheet]).toEqual([
        c.label,
        c.label.startsWith("kitchen") ? "Penilaian" : "Data",
      ]);
      expect([c.label, p.employees.map((e) => [e.row, e.nip, e.name])]).toEqual([
        c.label,
        c.employees.map((e) => [e.row, e.nip, e.name]),
      ]);
      p.employees.forEach((e, i) => {
        const want = c.employees[i];
        const level = LEVEL[want.grade];
        expect([c.label, e.name, e.level]).toEqual([c.label, want.name, level]);
        expect([c.label, e.name, e.competencies.map((x) => x.score)]).toEqual([
          c.label,
          e.name,
          want.scores,
        ]);
        expect([c.label, e.name, e.competencies.map((x) => x.gap)]).toEqual([
          c.label,
          e.name,
          want.scores.map((s) => s - level),
        ]);
        const jpm = want.scores.reduce((a, b) => a + b, 0) / (9 * level);
        expect(e.jpm).toBeCloseTo(jpm, 12);
      });
    }
  });

  test("a few gaps spelt out: Siti (IV.a) is 1 short on Mengelola Perubahan; Agus (II.b) 0.5 on Pelayanan Publik", () => {
    const ks = cases[0].plan!;
    const siti = ks.employees.find((e) => e.nip === "197902142005012003")!;
    expect(siti.competencies.find((c) => c.code === "MP")).toMatchObject({
      standard: 2,
      score: 1,
      gap: -1,
    });
    expect(siti.priorities[0]).toMatchObject({ competency: "MP", gap: -1 });
    const agus = ks.employees.find((e) => e.nip === "197011171996011001")!;
    expect(agus.competencies.find((c) => c.code === "PP")).toMatchObject({
      standard: 4,
      score: 3.5,
      gap: -0.5,
    });
  });

  test("the totals row, the error row and the notes under the table are not employees, and raise no error", () => {
    for (const c of cases.slice(0, 2)) {
      expect([c.label, c.plan!.issues.filter((i) => i.severity === "error")]).toEqual([
        c.label,
        [],
      ]);
      expect(c.plan!.employees.some((e) => e.row >= fx.expected.averageRow)).toBe(false);
    }
  });

  test("a table without NIPs is planned by name, with a warning per row", () => {
    for (const c of cases.slice(2)) {
      const missing = c.plan!.issues.filter((i) => i.code === "nip-missing").map((i) => i.row);
      expect([c.label, missing]).toEqual([c.label, c.employees.map((e) => e.row)]);
    }
  });

  test("the untouched pivot.xlsx and macro.xlsm hold no SKJ table: exit 2 and a message saying why", async () => {
    for (const file of [fx.pivot, fx.macro]) {
      const r = await run("plan", file, "--json");
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.err).toMatch(
        /Tabel hasil asesmen tidak ditemukan: .*sedikitnya tiga dari sembilan kompetensi SKJ/
      );
    }
  });
});

describe("the copy skj plan writes", () => {
  test("keeps every original part byte for byte; only the workbook-level parts may change", () => {
    for (const c of cases) {
      const before = unzipSync(new Uint8Array(fs.readFileSync(c.input)));
      const after = unzipSync(new Uint8Array(fs.readFileSync(c.output!)));
      for (const [name, data] of Object.entries(before)) {
        expect([c.label, name, name in after]).toEqual([c.label, name, true]);
        if (!MAY_CHANGE.test(name))
          expect([c.label, name, sha(after[name])]).toEqual([c.label, name, sha(data)]);
      }
      // It did add the report: the plan and the needs summary, and the data notes when there are issues.
      const added = Object.keys(after).filter((n) => !(n in before));
      const sheets = added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect([c.label, sheets.length]).toEqual([
        c.label,
        3 +
          (c.plan!.issues.length > 0 ? 1 : 0) +
          (agencyStandards(c.plan!) ? 1 : 0) +
          (live(c.plan!) ? 1 : 0),
      ]);
    }
  });

  test("reads back with our reader: the original sheets' values unchanged, the plan sheets after them", () => {
    for (const c of cases) {
      const before = read(c.input);
      const after = read(c.output!);
      const n = before.grid.sheets.length;
      expect([c.label, after.grid.sheets.slice(0, n)]).toEqual([c.label, before.grid.sheets]);
      expect(
        after.info.sheets.slice(0, before.info.sheets.length).map((s) => [s.name, s.kind, s.state])
      ).toEqual(before.info.sheets.map((s) => [s.name, s.kind, s.state]));
      expect([c.label, after.grid.sheets.slice(n).map((s) => s.name)]).toEqual([
        c.label,
        [
          "Rencana Pengembangan 2027",
          "Rekap Kebutuhan 2027",
          "AKPK 2027",
          ...(agencyStandards(c.plan!) ? ["Standar Kompetensi 2027"] : []),
          ...(live(c.plan!) ? ["Data Rumus 2027"] : []),
          ...(c.plan!.issues.length > 0 ? ["Catatan Data"] : []),
        ],
      ]);
      expect(after.info.contents).toMatchObject({
        pivotTables: before.info.contents.pivotTables,
        comments: before.info.contents.comments,
        images: before.info.contents.images,
        vbaProject: before.info.contents.vbaProject,
      });
      // The report may add tables of its own; the user's stay.
      expect(after.info.contents.tables).toBeGreaterThanOrEqual(before.info.contents.tables);
    }
  });

  test("the .xlsm gives an .xlsm, macro-enabled, with vbaProject.bin identical", () => {
    const c = cases[3];
    expect(path.extname(c.output!)).toBe(".xlsm");
    const original = unzipSync(new Uint8Array(fs.readFileSync(fx.macro)))["xl/vbaProject.bin"];
    const copied = unzipSync(new Uint8Array(fs.readFileSync(c.output!)))["xl/vbaProject.bin"];
    expect(original.length).toBeGreaterThan(0);
    expect(sha(copied)).toBe(sha(original));
    expect(read(c.output!).info.macroEnabled).toBe(true);
  });

  test("--out with the other extension is refused before writing: Excel would not open the copy", async () => {
    for (const [input, wrong] of [
      [cases[3].input, "hasil.xlsx"],
      [cases[1].input, "hasil.xlsm"],
    ]) {
      const out = path.join(dir, wrong);
      const r = await run("plan", input, "--out", out);
      expect([wrong, r.code]).toEqual([wrong, 2]);
      expect(r.err).toMatch(
        /jadi berkas hasil harus bernama \.xls[xm] juga, bukan ".*": Excel tidak mau membuka/
      );
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  test("LibreOffice opens each copy and prints the user's sheets, the chart and the plan", () => {
    for (const c of cases) {
      const text = c.pdf!;
      for (const expected of [
        ...c.printed,
        "RENCANA PENGEMBANGAN KOMPETENSI ASN",
        "REKAP KEBUTUHAN",
      ]) {
        expect([c.label, expected, text.includes(expected)]).toEqual([c.label, expected, true]);
      }
      for (const e of c.plan!.employees)
        expect([c.label, e.name, text.includes(e.name)]).toEqual([c.label, e.name, true]);
    }
  });
});

/** Pixels of a page rendered by pdftoppm (binary PPM) within `tolerance` of an RGB colour. */
function pixelsNear(ppm: Buffer, rgb: [number, number, number], tolerance: number): number {
  // Header: "P6", width, height, maxval, each followed by white space.
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at]))) at++;
    let f = "";
    while (!/\s/.test(String.fromCharCode(ppm[at]))) f += String.fromCharCode(ppm[at++]);
    fields.push(f);
  }
  at++;
  if (fields[0] !== "P6") throw new Error(`not a binary PPM: ${fields[0]}`);
  let n = 0;
  for (let i = at; i + 2 < ppm.length; i += 3) {
    if (
      Math.abs(ppm[i] - rgb[0]) <= tolerance &&
      Math.abs(ppm[i + 1] - rgb[1]) <= tolerance &&
      Math.abs(ppm[i + 2] - rgb[2]) <= tolerance
    )
      n++;
  }
  return n;
}

describe("the report's chart in a workbook without a theme part", () => {
  test("LibreOffice draws the bars (the series has its own fill, not the theme's accent)", () => {
    const c = cases.find((x) => x.label.startsWith("kitchen-sink-lo"))!;
    const parts = unzipSync(new Uint8Array(fs.readFileSync(c.input)));
    expect(Object.keys(parts).filter((n) => n.startsWith("xl/theme/"))).toEqual([]);
    const pdf = c.pdfFile!;
    const pageText = (p: number) =>
      execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    let first = 0;
    for (let p = 1; p <= pages && !first; p++)
      if (pageText(p).includes("REKAP KEBUTUHAN")) first = p;
    expect(first).toBeGreaterThan(0);
    // From the summary's first page to the end (the summary, then Catatan Data): the bars are there.
    const prefix = path.join(dir, "rekap");
    execFileSync("pdftoppm", ["-f", String(first), "-l", String(pages), "-r", "40", pdf, prefix]);
    const blue = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith("rekap") && f.endsWith(".ppm"))
      .reduce(
        (n, f) => n + pixelsNear(fs.readFileSync(path.join(dir, f)), [0x44, 0x72, 0xc4], 16),
        0
      );
    expect(blue).toBeGreaterThan(200);
  });
});

describe("files that are not workbooks, each with its own message", () => {
  test("legacy .xls, encrypted .xlsx, a truncated file and a zip that is not a workbook: exit 2, no output", async () => {
    const truncated = path.join(dir, "terpotong.xlsx");
    const whole = fs.readFileSync(fx.kitchenSinkLo);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const word = path.join(dir, "laporan.xlsx");
    fs.writeFileSync(
      word,
      zipSync({
        "[Content_Types].xml": strToU8(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": strToU8(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": strToU8(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
        ),
      })
    );
    const legacy = path.join(dir, "lama.xls");
    fs.copyFileSync(fx.legacyXls, legacy);
    const encrypted = path.join(dir, "terkunci.xlsx");
    fs.copyFileSync(fx.encrypted, encrypted);
    const expected: [string, RegExp][] = [
      [legacy, /format lama \(\.xls, Excel 97–2003\)/],
      [encrypted, /dilindungi kata sandi \(terenkripsi\)/],
      [truncated, /terpotong \(tidak lengkap\)/],
      [word, /bukan buku kerja Excel \(dokumen Word \(\.docx\)\)/],
    ];
    const messages = new Set<string>();
    for (const [file, message] of expected) {
      const before = sha(fs.readFileSync(file));
      const r = await run("plan", file);
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.err).toMatch(
        new RegExp(`^Berkas "${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" tidak dapat dibaca: `)
      );
      expect(r.err).toMatch(message);
      expect(fs.existsSync(defaultOutput(file))).toBe(false);
      expect(sha(fs.readFileSync(file))).toBe(before);
      messages.add(r.err.replace(/^Berkas "[^"]*"/, ""));
    }
    expect(messages.size).toBe(4);
  });
});
