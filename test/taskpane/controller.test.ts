// The pane's plain-TS logic: options parsing, mapping edits, issue addresses, and the controller's flows
// against a fake host (no React).
import {
  clipSheet,
  extentOf,
  PaneController,
  selectionOf,
  headerSignature,
  withSelection,
  summarizeIssues,
} from "../../src/taskpane/controller";
import { fieldsOf, fieldKey, withColumn } from "../../src/taskpane/mapping";
import {
  defaultOptions,
  optionProblems,
  parseNumberInput,
  parseOptions,
} from "../../src/taskpane/options";
import { detectTable } from "../../src/skj/detect";
import type { Issue, TableDetection } from "../../src/skj/types";
import { fakeHost, misleadingKomunikasi, noTable, threeEmployees } from "./fakeHost";
import { sheet, simpleTable, workbook } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";
import { issueAddress } from "../../src/skj/issues";

const TODAY = new Date(2026, 10, 22);

function detectionOf(grid = threeEmployees()): TableDetection {
  const outcome = detectTable(grid);
  if (!outcome.ok) throw new Error(renderMessage(outcome.message));
  return outcome.detection;
}

async function loaded(grid = threeEmployees(), kind: "excel" | "file" = "excel") {
  const host = fakeHost(grid, kind);
  const controller = new PaneController(host, { today: () => TODAY });
  await controller.load();
  return { host, controller };
}

describe("options", () => {
  test("defaults: next year, automatic scheme and JPM method, thresholds of docs/domain.md §4, 20 JP", () => {
    const draft = defaultOptions(TODAY);
    expect(draft).toMatchObject({
      year: "2027",
      scheme: "auto",
      jpmMethod: "auto",
      tolerance: "0",
      jpTarget: "20",
    });
    const parsed = parseOptions(draft, TODAY);
    expect(parsed).toEqual({
      ok: true,
      run: {
        year: 2027,
        tolerance: 0,
        jpTarget: 20,
        thresholds: { pemetaan: { optimal: 0.9, cukup: 0.78 }, pengisian: { ms: 0.8, mms: 0.68 } },
      },
      report: {
        agency: "",
        signatory: { title: "", name: "", nip: "" },
        date: "2026-11-22",
        lang: "id",
      },
    });
  });

  test("the report is dated by the agency's time zone (WIB by default), not the computer's clock", () => {
    // 15:30 UTC is 22:30 WIB, 23:30 WITA and 00:30 the next day WIT.
    const evening = new Date("2026-11-22T15:30:00Z");
    const dated = (zone?: "WIB" | "WITA" | "WIT") => {
      const draft = defaultOptions(evening);
      expect(draft.zone).toBe("WIB");
      const parsed = parseOptions(zone ? { ...draft, zone } : draft, evening);
      return parsed.ok ? parsed.report.date : parsed.message.code;
    };
    expect(dated()).toBe("2026-11-22");
    expect(dated("WITA")).toBe("2026-11-22");
    expect(dated("WIT")).toBe("2026-11-23");
    // 06:30 WIB is still the previous day in UTC: the plan carries the agency's day.
    expect(parseOptions(defaultOptions(), new Date("2026-11-21T23:30:00Z"))).toMatchObject({
      report: { date: "2026-11-22" },
    });
  });

  test("choices and typed numbers reach the engine's options (decimal comma accepted)", () => {
    const parsed = parseOptions(
      {
        ...defaultOptions(TODAY),
        year: " 2028 ",
        scheme: "pengisian",
        jpmMethod: "capped",
        tolerance: "10",
        optimal: "92,5",
        jpTarget: "24",
        units: ["Bidang Mutasi"],
        agency: "BKPSDM Kota Contoh",
        signatoryNip: "197001011990031001",
      },
      TODAY
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.run).toMatchObject({
      year: 2028,
      scheme: "pengisian",
      jpmMethod: "capped",
      tolerance: 0.1,
      jpTarget: 24,
      units: ["Bidang Mutasi"],
    });
    expect(parsed.run.thresholds!.pemetaan.optimal).toBeCloseTo(0.925);
    expect(parsed.report.agency).toBe("BKPSDM Kota Contoh");
    expect(parsed.report.signatory!.nip).toBe("197001011990031001");
  });

  test("blank year and JP target fall back to the defaults", () => {
    const parsed = parseOptions({ ...defaultOptions(TODAY), year: "", jpTarget: "" }, TODAY);
    expect(parsed.ok && parsed.run.year).toBe(2027);
    expect(parsed.ok && parsed.run.jpTarget).toBe(20);
  });

  test("every problem is listed in Bahasa Indonesia", () => {
    const parsed = parseOptions(
      { ...defaultOptions(TODAY), year: "dua ribu", cukup: "95", jpTarget: "1000" },
      TODAY
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = renderMessage(parsed.message);
    expect(text).toContain("Tahun harus berupa angka");
    expect(text).toContain("Target JP maksimal 500");
    expect(text).toContain("Batas Cukup Optimal harus lebih kecil dari batas Optimal");
    const english = renderMessage(parsed.message, "en");
    expect(english).toContain("Year must be a number");
    expect(english).toContain("JP target must be at most 500");
    expect(english).toContain("The Cukup Optimal threshold must be below the Optimal threshold");
  });

  test("a threshold above 100% and a signatory NIP that is not 18 digits are refused", () => {
    const parsed = parseOptions(
      { ...defaultOptions(TODAY), optimal: "150", signatoryNip: "abc" },
      TODAY
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(renderMessage(parsed.message)).toContain("Batas Optimal maksimal 100%");
    expect(renderMessage(parsed.message)).toContain("NIP penandatangan harus 18 angka");
    const spaced = parseOptions(
      { ...defaultOptions(TODAY), signatoryNip: "19700101 199003 1 001" },
      TODAY
    );
    expect(spaced.ok).toBe(true);
  });

  test("the preparer goes into the report when typed, and a preparer's NIP that is not 18 digits is refused", () => {
    const preparer = {
      preparerTitle: "Kepala Subbidang Pengembangan Kompetensi",
      preparerName: "Rina Wulandari",
      preparerNip: "19880310 201212 2 001",
    };
    const parsed = parseOptions({ ...defaultOptions(TODAY), ...preparer }, TODAY);
    expect(parsed.ok && parsed.report.preparer).toEqual({
      title: preparer.preparerTitle,
      name: preparer.preparerName,
      nip: preparer.preparerNip,
    });
    const bad = { ...defaultOptions(TODAY), preparerName: "Rina", preparerNip: "1988" };
    expect(parseOptions(bad, TODAY).ok).toBe(false);
    const problems = optionProblems(bad, TODAY);
    expect(Object.keys(problems)).toEqual(["preparerNip"]);
    expect(renderMessage(problems.preparerNip!)).toBe("NIP penyusun harus 18 angka (spasi boleh)");
    expect(renderMessage(problems.preparerNip!, "en")).toBe(
      "The preparer's NIP must be 18 digits (spaces allowed)"
    );
  });

  test("each problem is tied to its field; a rule across limits marks the lower one", () => {
    expect(optionProblems(defaultOptions(TODAY), TODAY)).toEqual({});
    const problems = optionProblems(
      { ...defaultOptions(TODAY), year: "1999", optimal: "150", mms: "90", signatoryNip: "12" },
      TODAY
    );
    expect(problems.optimal).toEqual({ code: "option-max", params: { field: "optimal", max: 1 } });
    expect(problems.mms).toEqual({ code: "threshold-order", params: { scheme: "pengisian" } });
    expect(
      Object.fromEntries(Object.entries(problems).map(([k, m]) => [k, renderMessage(m)]))
    ).toEqual({
      year: "Tahun minimal 2000",
      optimal: "Batas Optimal maksimal 100%",
      mms: "Batas MMS harus lebih kecil dari batas MS",
      signatoryNip: "NIP penandatangan harus 18 angka (spasi boleh)",
    });
  });

  test("number inputs: blank, comma, junk", () => {
    expect(parseNumberInput("")).toBeUndefined();
    expect(parseNumberInput("7,5")).toBe(7.5);
    expect(parseNumberInput("1 000")).toBe(1000);
    expect(parseNumberInput("12a")).toBeNaN();
  });
});

describe("mapping edits", () => {
  test("a missing competency is an error until the user maps it; the detector's stale issue goes", () => {
    const detection = detectionOf();
    const kom = { kind: "competency", code: "KOM" } as const;
    const without = withColumn(detection, kom, undefined);
    expect(without.mapping.competencies.KOM).toBeUndefined();
    const missing = without.issues.filter((i) => i.code === "competencies-unmapped");
    expect(missing).toHaveLength(1);
    expect(missing[0].severity).toBe("error");
    expect(renderMessage(missing[0])).toContain("Komunikasi");
    const back = withColumn(without, kom, 7);
    expect(back.mapping.competencies.KOM).toBe(7);
    expect(back.issues.filter((i) => i.code === "competencies-unmapped")).toEqual([]);
    // The original detection is untouched.
    expect(detection.mapping.competencies.KOM).toBe(7);
  });

  test("two competencies on one column are flagged", () => {
    const detection = withColumn(detectionOf(), { kind: "competency", code: "INT" }, 7);
    const dup = detection.issues.find((i) => i.code === "mapping-duplicate");
    expect(renderMessage(dup!)).toBe(
      "Kolom H dipakai untuk Integritas dan Komunikasi; periksa pemetaan kolom."
    );
  });

  test("identity and technical fields move and disappear", () => {
    let d = detectionOf();
    d = withColumn(d, { kind: "identity", field: "level" }, 3);
    expect(d.mapping.level).toBe(3);
    d = withColumn(d, { kind: "identity", field: "nip" }, undefined);
    d = withColumn(d, { kind: "identity", field: "name" }, undefined);
    expect(d.issues.map((i) => i.code)).toContain("identity-missing");
    d = withColumn(d, { kind: "technical", name: "Analisis Data" }, 4);
    expect(d.mapping.technical).toEqual([{ name: "Analisis Data", col: 4 }]);
    d = withColumn(d, { kind: "technical", name: "Analisis Data" }, undefined);
    expect(d.mapping.technical).toEqual([]);
  });

  test("fields: identity, the nine, then technical names; long tables get their three columns", () => {
    const keys = fieldsOf(detectionOf(), ["Manajemen ASN"]).map(fieldKey);
    expect(keys).toEqual([
      "nip",
      "name",
      "position",
      "grade",
      "unit",
      "level",
      "jpm",
      "category",
      "INT",
      "KS",
      "KOM",
      "OPH",
      "PP",
      "PDOL",
      "MP",
      "PK",
      "PB",
      "tech-Manajemen ASN",
    ]);
    const long = fieldsOf({ ...detectionOf(), layout: "long" }, []).map(fieldKey);
    expect(long.slice(-3)).toEqual(["long-competency", "long-score", "long-standard"]);
  });
});

describe("helpers", () => {
  const base: Issue = {
    sheet: "Data",
    row: 9,
    column: "Komunikasi",
    severity: "error",
    code: "nip-missing",
    params: { row: 9 },
  };

  test("issue addresses: the cell, the row, the column's header cell", () => {
    expect(selectionOf({ ...base, address: "H9", col: 7 })).toBe("H9");
    expect(selectionOf({ ...base, col: 7 })).toBe("H9");
    expect(selectionOf(base)).toBe("9:9");
    // The report's Sel column names cells only.
    expect(issueAddress(base)).toBeUndefined();
    const detection = { ...detectionOf(), sheet: "Data", headerRows: [4, 5] };
    expect(selectionOf({ ...base, row: 0, col: 2 }, detection)).toBe("C5");
    expect(issueAddress({ ...base, row: 0, col: 2 }, { detection })).toBe("C5");
    expect(selectionOf({ ...base, row: 0 }, detection)).toBeUndefined();
  });

  test("counts: distinct rows with errors, warnings", () => {
    const issues: Issue[] = [
      { ...base, row: 3 },
      { ...base, row: 3, code: "name-missing", params: { row: 3 } },
      { ...base, row: 5 },
      { ...base, row: 0 },
      { ...base, row: 6, severity: "warning" },
      { ...base, row: 7, severity: "info" },
    ];
    expect(summarizeIssues(issues)).toEqual({ rowsWithErrors: 2, warnings: 1 });
  });

  test("a selection stands in for its sheet and keeps the others", () => {
    const book = workbook(sheet("SKJ", [["Jabatan"]]), sheet("Data", [["a"]]));
    const merged = withSelection(book, workbook(sheet("Data", [["b"]])));
    expect(merged.sheets.map((s) => [s.name, s.rows[0][0]])).toEqual([
      ["SKJ", "Jabatan"],
      ["Data", "b"],
    ]);
  });

  test("the header signature changes when a header cell changes", () => {
    const grid = threeEmployees();
    const detection = detectionOf(grid);
    const same = headerSignature(threeEmployees(), detection);
    expect(same).toBe(headerSignature(grid, detection));
    grid.sheets[0].rows[0][7] = "Komunikasi Lisan";
    expect(headerSignature(grid, detection)).not.toBe(same);
  });
});

describe("controller", () => {
  test("load finds the table and previews the counts", async () => {
    const { controller } = await loaded();
    const s = controller.getState();
    expect(s.detection?.sheet).toBe("Data Pegawai");
    expect(s.preview).toMatchObject({ employees: 2, rowsWithErrors: 1 });
    expect(s.preview?.units).toEqual(["Sekretariat", "Bidang Mutasi"]);
    expect(s.busy).toBeUndefined();
  });

  test("no table: noTable error with the engine's message, no detection", async () => {
    const { controller } = await loaded(noTable());
    const s = controller.getState();
    expect(s.detection).toBeUndefined();
    expect(s.error?.kind).toBe("noTable");
    expect(s.error?.detail?.code).toBe("table-not-found");
    expect(renderMessage(s.error!.detail!)).toContain("Tabel hasil asesmen tidak ditemukan");
    await controller.generate();
    expect(controller.getState().result).toBeUndefined();
  });

  test("a user mapping is what gets planned", async () => {
    const { host, controller } = await loaded(misleadingKomunikasi());
    controller.setMapping({ kind: "competency", code: "KOM" }, 14);
    await controller.generate();
    const result = controller.getState().result!;
    expect(result.needs.map((n) => [n.competency, n.short])).toEqual([["KOM", 2]]);
    expect(host.writes[0].sheets[0].name).toBe("Rencana Pengembangan 2027");
  });

  test("the unit filter plans only the chosen units", async () => {
    const { host, controller } = await loaded();
    controller.setOption("units", ["Bidang Mutasi"]);
    await controller.generate();
    expect(controller.getState().result?.employees).toBe(1);
    expect(JSON.stringify(host.writes[0].sheets[0].values)).toContain("Budi");
    expect(JSON.stringify(host.writes[0].sheets[0].values)).not.toContain("Ani");
    // The preview keeps every unit so the filter can be changed back.
    expect(controller.getState().preview?.units).toEqual(["Sekretariat", "Bidang Mutasi"]);
  });

  test("nothing to plan in the chosen units: an error, no write", async () => {
    const { host, controller } = await loaded();
    controller.setOption("units", ["Bidang Diklat"]); // Citra's row has an error
    await controller.generate();
    expect(controller.getState().error).toEqual({
      kind: "nothing",
      detail: {
        code: "nobody-planned",
        params: {
          sheet: "Data Pegawai",
          reason: "units",
          unassessed: 0,
          errorRows: 1,
          front: "pane",
        },
      },
    });
    expect(host.writes).toHaveLength(0);
  });

  test("Excel: cells fixed since the read are planned as they are now", async () => {
    const { host, controller } = await loaded();
    host.grid.sheets[0].rows[3][7] = 3; // Citra's "tiga" fixed to 3
    await controller.generate();
    expect(controller.getState().result?.employees).toBe(3);
    expect(controller.getState().preview?.rowsWithErrors).toBe(0);
  });

  test("Excel: headers changed since the read: mapping re-detected, nothing written", async () => {
    const { host, controller } = await loaded();
    controller.setMapping({ kind: "identity", field: "level" }, 3);
    host.grid.sheets[0].rows[0].splice(2, 0, "Golongan"); // a column inserted
    host.grid.sheets[0].rows.slice(1).forEach((r) => r.splice(2, 0, "III/c"));
    await controller.generate();
    const s = controller.getState();
    expect(s.error?.kind).toBe("changed");
    expect(host.writes).toHaveLength(0);
    expect(s.detection?.mapping.competencies.KOM).toBe(8);
    expect(s.detection?.mapping.level).toBeUndefined();
  });

  test("a read error keeps the message; a later load recovers", async () => {
    const host = fakeHost(threeEmployees());
    host.failRead = "Excel sibuk.";
    const controller = new PaneController(host, { today: () => TODAY });
    await controller.load();
    expect(controller.getState().error).toEqual({
      kind: "read",
      detail: { code: "unexpected", params: { detail: "Excel sibuk." } },
    });
    host.failRead = undefined;
    await controller.load();
    expect(controller.getState().error).toBeUndefined();
    expect(controller.getState().detection?.sheet).toBe("Data Pegawai");
  });

  test("issues select their cell; sheet-wide issues without a column select nothing", async () => {
    const { host, controller } = await loaded();
    const issue = controller.getState().preview!.issues.find((i) => i.code === "score-invalid")!;
    await controller.selectIssue(issue);
    await controller.selectIssue({ ...issue, row: 0, col: undefined, address: undefined });
    expect(host.selected).toEqual([{ sheet: "Data Pegawai", address: "H4" }]);
  });

  test("the selection is searched on its own sheet, with the rest of the workbook kept", async () => {
    const host = fakeHost(
      workbook(
        sheet("Catatan", [["Integritas", "Kerja Sama", "Komunikasi", "Perekat Bangsa"]]),
        simpleTable(
          [
            {
              nip: "1",
              name: "Ani",
              position: "Staf",
              grade: "Pelaksana",
              unit: "U",
              scores: [1, 1, 1, 1, 1, 1, 1, 1, 1],
            },
          ],
          "Data"
        )
      )
    );
    host.selection = workbook(
      simpleTable(
        [
          {
            nip: "1",
            name: "Ani",
            position: "Staf",
            grade: "Pelaksana",
            unit: "U",
            scores: [1, 1, 1, 1, 1, 1, 1, 1, 1],
          },
        ],
        "Data"
      )
    );
    const controller = new PaneController(host, { today: () => TODAY });
    await controller.useSelection();
    expect(controller.getState().source).toBe("selection");
    expect(controller.getState().detection?.sheet).toBe("Data");
    expect(controller.getState().grid?.sheets.map((s) => s.name)).toEqual(["Catatan", "Data"]);
  });

  test("file mode: a file the host refuses leaves no table and says why", async () => {
    const host = fakeHost(threeEmployees(), "file");
    host.open = async () => {
      throw new Error("File terlalu besar.");
    };
    const controller = new PaneController(host, { today: () => TODAY });
    await controller.openFile(new File(["x"], "besar.xlsx"));
    expect(controller.getState().error).toEqual({
      kind: "read",
      detail: { code: "unexpected", params: { detail: "File terlalu besar." } },
    });
    expect(controller.getState().detection).toBeUndefined();
    expect(host.reads).toBe(0);
  });

  test("listeners hear every change and can unsubscribe", async () => {
    const host = fakeHost(threeEmployees());
    const controller = new PaneController(host, { today: () => TODAY });
    const seen: string[] = [];
    const off = controller.subscribe(() => seen.push(controller.getState().busy?.stage ?? "idle"));
    await controller.load();
    off();
    controller.setLang("en");
    expect(seen[0]).toBe("read");
    expect(seen[seen.length - 1]).toBe("idle");
    expect(controller.getState().lang).toBe("en");
    expect(seen).not.toContain("write");
  });
});

describe("selection re-read", () => {
  test("generate keeps to the cells selected when the table was found, wherever the selection is now", async () => {
    const host = fakeHost(threeEmployees());
    // Header and Ani's row only.
    host.selection = {
      sheets: [
        { ...threeEmployees().sheets[0], rows: threeEmployees().sheets[0].rows.slice(0, 2) },
      ],
    };
    const controller = new PaneController(host, { today: () => TODAY });
    await controller.useSelection();
    // The clerk clicks an issue: the selection is now a single cell elsewhere.
    host.selection = workbook(sheet("Data Pegawai", [["x"]]));
    host.grid.sheets[0].rows[1][1] = "Ani Suryani"; // and edits a cell inside the selection
    await controller.generate();
    const values = JSON.stringify(host.writes[0].sheets[0].values);
    expect(controller.getState().result?.employees).toBe(1);
    expect(values).toContain("Ani Suryani");
    expect(values).not.toContain("Budi");
  });

  test("clipSheet keeps values, origin and the merges that touch the box", () => {
    const grid = sheet(
      "S",
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
        ["g", "h", "i"],
      ],
      ["A1:B1", "C3:C3"]
    );
    const clipped = clipSheet(grid, { top: 1, left: 1, bottom: 2, right: 2 });
    expect(clipped.rows).toEqual([
      ["e", "f"],
      ["h", "i"],
    ]);
    expect(clipped.origin).toEqual({ row: 1, col: 1 });
    expect(clipped.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 2 }]);
    expect(extentOf(clipped)).toEqual({
      sheet: "S",
      box: { top: 1, left: 1, bottom: 2, right: 2 },
    });
  });
});
