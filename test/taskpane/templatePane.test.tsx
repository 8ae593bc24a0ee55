/** @jest-environment jsdom */
// "Buat template isian" (docs/domain.md §21) through the real components and controller: in Excel the sheets are
// added to the open workbook with their validations (the strict fake Excel); in file mode a new workbook is
// offered as a download, which our reader plans with no issue once filled in. And planning again in Excel over
// last run's sheets asks first (docs/domain.md §22).
import "./textCodec";
import "./dom";
import { renderPane } from "./renderPane";
import { screen } from "@testing-library/react";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { FileHost } from "../../src/taskpane/hosts/fileHost";
import { readWorkbook } from "../../src/file/read/readWorkbook";
import { runSkj } from "../../src/skj/run";
import { FakeExcel } from "../excel/fakeExcel";
import { NINE } from "../helpers/grid";

test("in Excel the template's sheets are added to the open workbook, with their checks", async () => {
  const fake = new FakeExcel({ apiVersion: "1.13" }).addSheet("Data", {
    values: [["Daftar hadir"], ["Ani"]],
  });
  const host = createExcelHost({
    run: (batch) => fake.run({ delayForCellEdit: true }, batch),
    isSetSupported: fake.isSetSupported,
  });
  const { user } = renderPane(host);
  // The workbook holds no assessment table: the template is offered all the same.
  await screen.findByTestId("error-bar");
  await user.click(screen.getByTestId("create-template"));
  expect(await screen.findByTestId("template-written")).toHaveTextContent(
    'Template ditambahkan: lembar "Data Asesmen", "SKJ", "Petunjuk".'
  );
  expect(fake.sheetNames()).toEqual(["Data", "Data Asesmen", "SKJ", "Petunjuk"]);
  const entry = fake.sheet("Data Asesmen");
  expect(entry.value("A1")).toBe("NIP");
  expect(entry.dataValidations().map((v) => v.address)).toContain("G2:O2001");
});

test("in file mode a new workbook is offered; filled in, it plans with no issue", async () => {
  let blob: Blob | undefined;
  const host = new FileHost({
    // The template is built on the page: no worker is started for it.
    createWorker: () => {
      throw new Error("no worker expected");
    },
    createObjectUrl: (b) => {
      blob = b;
      return "blob:template";
    },
    revokeObjectUrl: () => undefined,
  });
  const { user } = renderPane(host);
  await user.click(screen.getByTestId("create-template"));
  const link = await screen.findByTestId("template-download");
  expect(link).toHaveTextContent("Unduh template-hasil-asesmen.xlsx");
  expect(link).toHaveAttribute("href", "blob:template");
  // jsdom's Blob has no arrayBuffer(): its FileReader reads it.
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob!);
  });
  const grid = readWorkbook(bytes).grid;
  expect(grid.sheets.map((s) => s.name)).toEqual(["Data Asesmen", "SKJ", "Petunjuk"]);
  // A clerk's two rows, typed under the header.
  const entry = grid.sheets[0];
  entry.rows[1] = [
    "198503212010011002",
    "Budi",
    "Analis SDM Aparatur Ahli Muda",
    "JF Ahli Muda",
    "Umum",
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
  ];
  entry.rows[2] = [
    "199001012015032001",
    "Siti",
    "Kepala Subbagian Umum",
    "Pengawas",
    "Umum",
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
  ];
  const outcome = runSkj(grid, { year: 2027 });
  expect(outcome.ok && outcome.result.employees.map((e) => e.name)).toEqual(["Budi", "Siti"]);
  expect(outcome.ok && outcome.result.issues).toEqual([]);
});

test("planning again in Excel asks before replacing last run's sheets, and replaces them when told", async () => {
  const person = (nip: string, name: string): (string | number)[] => [
    nip,
    name,
    "Kepala Bagian Umum",
    "III.a",
    "Sekretariat",
    3,
    3,
    2,
    3,
    3,
    3,
    3,
    3,
    3,
  ];
  const fake = new FakeExcel({ apiVersion: "1.13" }).addSheet("Data Pegawai", {
    values: [
      ["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE],
      person("198001012005011001", "Ani"),
      person("198102022006021002", "Budi"),
    ],
  });
  const host = createExcelHost({
    run: (batch) => fake.run({ delayForCellEdit: true }, batch),
    isSetSupported: fake.isSetSupported,
  });
  const { user } = renderPane(host);
  const generate = await screen.findByTestId("generate");
  await user.click(generate);
  await screen.findByTestId("result");
  const first = fake.sheetNames().slice(1);
  await user.click(screen.getByTestId("generate"));
  const ask = await screen.findByTestId("replace-ask");
  expect(ask).toHaveTextContent('Buku kerja ini sudah berisi lembar "Rencana Pengembangan 2027"');
  expect(ask).toHaveTextContent("Lembar yang sudah Anda ganti namanya tidak disentuh.");
  await user.click(screen.getByTestId("replace-old"));
  await screen.findByTestId("result");
  expect(screen.queryByTestId("replace-ask")).toBeNull();
  expect(fake.sheetNames()).toEqual(["Data Pegawai", ...first]);
});
