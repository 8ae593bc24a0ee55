// `skj template` (docs/domain.md §21): the workbook it writes is read by another program (openpyxl), its
// validation formulas are computed by LibreOffice on good and bad entries, and a template filled in by
// openpyxl plans with no issue.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PlanResult } from "../../src/skj/types";
import { runCli, tempFolder } from "../helpers/cliRun";
import { csvPerSheet } from "../helpers/libreoffice";

const tmp = tempFolder("skj-template-");

function python(script: string): string {
  return execFileSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" });
}

interface Validation {
  type: string | null;
  sqref: string;
  formula1: string | null;
  promptTitle: string | null;
  prompt: string | null;
  errorTitle: string | null;
  allowBlank: boolean;
}

/** What openpyxl finds in the written file: sheets, validations, the NIP cell's format, panes, tables. */
function inspect(file: string) {
  return JSON.parse(
    python(`
import json, openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(file)})
out = {"sheets": wb.sheetnames, "validations": {}}
for ws in wb.worksheets:
    out["validations"][ws.title] = [dict(type=v.type, sqref=str(v.sqref), formula1=v.formula1,
        promptTitle=v.promptTitle, prompt=v.prompt, errorTitle=v.errorTitle, allowBlank=bool(v.allow_blank))
        for v in ws.data_validations.dataValidation]
ws = wb.worksheets[0]
out["header"] = [c.value for c in ws[1]]
out["nipFormat"] = [ws["A2"].number_format, ws["A2001"].number_format]
out["freeze"] = ws.freeze_panes
out["tables"] = {n: ws.tables[n].ref for n in ws.tables.keys()}
print(json.dumps(out))
`)
  ) as {
    sheets: string[];
    validations: Record<string, Validation[]>;
    header: string[];
    nipFormat: string[];
    freeze: string;
    tables: Record<string, string>;
  };
}

const ROWS: (string | number)[][] = [
  [
    "198503212010011002",
    "Budi Santoso, S.E.",
    "Analis SDM Aparatur Ahli Muda",
    "JF Ahli Muda",
    "Bagian Umum",
    "PNS",
    3,
    3.5,
    3,
    2.5,
    3,
    3,
    2,
    3,
    3,
  ],
  [
    "199001012015032001",
    "Siti Aminah",
    "Kepala Subbagian Kepegawaian",
    "Pengawas",
    "Bagian Umum",
    "PNS",
    3,
    3,
    2,
    3,
    3,
    2.5,
    2,
    2,
    3,
  ],
  [
    "197812312005011003",
    "Drs. Ahmad",
    "Kepala Bagian Umum",
    "Administrator",
    "Sekretariat",
    "PNS",
    4,
    3,
    3,
    3,
    3,
    3,
    3,
    3,
    3,
  ],
  [
    "199505052019032004",
    "Rina Wati",
    "Pengadministrasi Umum",
    "Pelaksana",
    "Bagian Umum",
    "PNS",
    2,
    2,
    1.5,
    2,
    2,
    1,
    1,
    1,
    2,
  ],
];

/** Fills the template as a clerk would, with openpyxl: four employees and one SKJ row. */
function fill(template: string, filled: string, rows = ROWS): void {
  python(`
import json, openpyxl
wb = openpyxl.load_workbook(${JSON.stringify(template)})
ws = wb.worksheets[0]
for r, row in enumerate(json.loads(${JSON.stringify(JSON.stringify(rows))})):
    for c, v in enumerate(row):
        ws.cell(row=2 + r, column=1 + c, value=v)
skj = wb["SKJ"]
skj["A2"] = "Kepala Bagian Umum"
for c in range(9):
    skj.cell(row=2, column=2 + c, value=3)
wb.save(${JSON.stringify(filled)})
`);
}

describe("skj template", () => {
  const file = path.join(tmp, "template.xlsx");

  beforeAll(async () => {
    const { code, out } = await runCli("template", "--out", file);
    expect(code).toBe(0);
    expect(out).toContain('lembar "Data Asesmen", "SKJ", "Petunjuk"');
  });

  it("writes the data sheet with a dropdown, a rule or a prompt on every column, read back by openpyxl", () => {
    const found = inspect(file);
    expect(found.sheets).toEqual(["Data Asesmen", "SKJ", "Petunjuk"]);
    expect(found.header.slice(0, 6)).toEqual([
      "NIP",
      "Nama",
      "Jabatan",
      "Jenjang Jabatan",
      "Unit Kerja",
      "Status Kepegawaian",
    ]);
    expect(found.header).toHaveLength(15);
    const v = found.validations["Data Asesmen"];
    expect(v.map((x) => [x.sqref, x.type])).toEqual([
      ["A2:A2001", "custom"],
      ["B2:B2001", null],
      ["C2:C2001", null],
      ["D2:D2001", "list"],
      ["E2:E2001", null],
      ["F2:F2001", "list"],
      ["G2:O2001", "custom"],
    ]);
    expect(v.every((x) => x.allowBlank && x.promptTitle && x.prompt)).toBe(true);
    expect(v[3].formula1).toMatch(/^"JPT Pratama,.*,Pelaksana,JF Ahli Pertama,.*"$/);
    expect(v[5].formula1).toBe('"PNS,PPPK"');
    expect(v[6].errorTitle).toBe("Nilai tidak valid");
    expect(found.nipFormat).toEqual(["@", "@"]);
    expect(found.freeze).toBe("C2");
    expect(found.tables).toEqual({ TabelAsesmen: "A1:O51" });
    expect(found.validations.SKJ.map((x) => [x.sqref, x.type])).toEqual([
      ["A2:A31", null],
      ["B2:J31", "custom"],
    ]);
  });

  it("refuses to overwrite a file, which stays as it was", async () => {
    const before = fs.readFileSync(file);
    const { code, err } = await runCli("template", "--out", file);
    expect(code).toBe(2);
    expect(err).toContain("sudah ada dan tidak ditimpa");
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("its rules accept good entries and refuse bad ones, as LibreOffice computes them", async () => {
    const found = inspect(file);
    const rule = (sqref: string, sheet = "Data Asesmen") =>
      found.validations[sheet].find((x) => x.sqref === sqref)!.formula1!;
    // Each rule's formula, moved from its first cell to the cell under test, next to the value.
    const cases: { rule: string; first: string; value: string | number; ok: boolean }[] = [
      { rule: rule("A2:A2001"), first: "A2", value: "198503212010011002", ok: true },
      { rule: rule("A2:A2001"), first: "A2", value: "19850321201001100", ok: false },
      { rule: rule("A2:A2001"), first: "A2", value: "19850321 2010011002", ok: false },
      { rule: rule("A2:A2001"), first: "A2", value: "-98503212010011002", ok: false },
      { rule: rule("A2:A2001"), first: "A2", value: "1.8503212010011002", ok: false },
      { rule: rule("A2:A2001"), first: "A2", value: 198503212010011000, ok: false },
      { rule: rule("G2:O2001"), first: "G2", value: 3.5, ok: true },
      { rule: rule("G2:O2001"), first: "G2", value: 1, ok: true },
      { rule: rule("G2:O2001"), first: "G2", value: 5, ok: true },
      { rule: rule("G2:O2001"), first: "G2", value: 3.25, ok: false },
      { rule: rule("G2:O2001"), first: "G2", value: 0.5, ok: false },
      { rule: rule("G2:O2001"), first: "G2", value: 5.5, ok: false },
      { rule: rule("G2:O2001"), first: "G2", value: "tiga", ok: false },
      { rule: rule("B2:J31", "SKJ"), first: "B2", value: 3, ok: true },
      { rule: rule("B2:J31", "SKJ"), first: "B2", value: 3.5, ok: false },
      { rule: rule("B2:J31", "SKJ"), first: "B2", value: "tiga", ok: false },
    ];
    const check = path.join(tmp, "cek-rumus.xlsx");
    python(`
import json, re, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Cek"
for i, c in enumerate(json.loads(${JSON.stringify(JSON.stringify(cases))})):
    r = i + 1
    ws.cell(row=r, column=1, value=c["value"])
    # The rule is relative to its first cell: point it at A{r}.
    ws.cell(row=r, column=2, value="=" + re.sub(r"\\b" + c["first"] + r"\\b", f"A{r}", c["rule"]))
wb.save(${JSON.stringify(check)})
`);
    const csv = (await csvPerSheet(check, tmp)).get("Cek")!;
    const computed = csv
      .trim()
      .split("\n")
      .map((line) => line.trim().split(",").pop());
    expect(computed).toEqual(cases.map((c) => (c.ok ? "TRUE" : "FALSE")));
  });

  it("filled in by another program, it plans every employee with no issue", async () => {
    const filled = path.join(tmp, "terisi.xlsx");
    fill(file, filled);
    const { code, out } = await runCli("plan", filled, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanResult;
    expect(plan.issues).toEqual([]);
    expect(plan.employees.map((e) => [e.nip, e.level])).toEqual([
      [ROWS[0][0], 3],
      [ROWS[1][0], 2],
      [ROWS[2][0], 3],
      [ROWS[3][0], 1],
    ]);
    // The SKJ sheet's row is the standard of that position.
    expect(plan.employees[2].competencies.map((c) => c.standardSource)).toEqual(
      Array(9).fill("skj-sheet")
    );
    expect(plan.employees[0].competencies[0].standardSource).toBe("default");
  });

  it("a PPPK employee is planned with the cap, the only note being that information", async () => {
    const filled = path.join(tmp, "terisi-pppk.xlsx");
    const rows = ROWS.map((r, i) => (i === 3 ? [...r.slice(0, 5), "PPPK", ...r.slice(6)] : r));
    fill(file, filled, rows);
    const { code, out } = await runCli("plan", filled, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanResult;
    expect(plan.issues.map((i) => i.severity)).toEqual(["info"]);
    expect(plan.employees[3].plan.creditedJp).toBeLessThanOrEqual(24);
  });

  it("in English: prompts and sheet names in English, still planned with no issue", async () => {
    const en = path.join(tmp, "template-en.xlsx");
    const { code } = await runCli("template", "--out", en, "--lang", "en");
    expect(code).toBe(0);
    const found = inspect(en);
    expect(found.sheets).toEqual(["Assessment data", "SKJ", "Instructions"]);
    expect(found.validations["Assessment data"][6]).toMatchObject({
      promptTitle: "Competency score (1–5)",
      errorTitle: "Invalid score",
    });
    const filled = path.join(tmp, "filled-en.xlsx");
    fill(en, filled);
    const planned = await runCli("plan", filled, "--json");
    expect((JSON.parse(planned.out) as PlanResult).issues).toEqual([]);
  });
});
