// The writer works on the package the reader opened: a `skj plan` run opens (unzips) its input once, and the
// writer's input goes through the same zip limits as the reader's.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import * as opcPackage from "../../../src/file/opc/package";
import { ZipArchive } from "../../../src/file/opc/zip";
import { addReportSheets } from "../../../src/file/package/addSheets";
import { readWorkbook } from "../../../src/file/read/readWorkbook";
import { withDeclaredSize } from "../opc/zipCraft";
import { exceljsWorkbook } from "./inputs";
import { sampleModel } from "./sampleModel";

const SAMPLE = path.join(__dirname, "../../../assets/sample/contoh-hasil-asesmen.xlsx");

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

test("the writer given the reader's package writes the same bytes as given the file's bytes", async () => {
  const input = await exceljsWorkbook();
  // The zip's entry times come from the clock: hold it still for both runs.
  jest.useFakeTimers({ now: new Date(2026, 10, 22, 8, 0, 0) });
  const read = readWorkbook(input);
  const viaPackage = addReportSheets(read.package, sampleModel());
  const viaBytes = addReportSheets(input, sampleModel());
  expect(viaPackage.sheetNames).toEqual(viaBytes.sheetNames);
  expect(Buffer.compare(Buffer.from(viaPackage.bytes), Buffer.from(viaBytes.bytes))).toBe(0);
  // The opened package is left as the reader had it: a second write gives the same again.
  const again = addReportSheets(read.package, sampleModel());
  expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(viaBytes.bytes))).toBe(0);
});

test("`skj plan` opens its input once and inflates each sheet part once, the rest never", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skj-opc-"));
  try {
    const opens = jest.spyOn(opcPackage, "openPackage");
    const read = jest.spyOn(ZipArchive.prototype, "read");
    const out = path.join(dir, "hasil.xlsx");
    const code = await main(["plan", SAMPLE, "--out", out], {
      stdout: () => {},
      stderr: () => {},
      today: new Date("2026-11-22T08:00:00Z"),
    });
    expect(code).toBe(0);
    expect(opens).toHaveBeenCalledTimes(1);
    const inflated = new Map<string, number>();
    for (const [entry] of read.mock.calls)
      inflated.set(entry.name, (inflated.get(entry.name) ?? 0) + 1);
    expect(inflated.get("xl/worksheets/sheet1.xml")).toBe(1);
    expect(inflated.get("xl/worksheets/sheet2.xml")).toBe(1);
    // Pictures, charts, drawings, the theme and document properties are copied as stored.
    const untouched = [...inflated.keys()].filter((n) =>
      /^(xl\/media|xl\/charts|xl\/drawings|xl\/theme|docProps)\//.test(n)
    );
    expect(untouched).toEqual([]);
    // And they are still there, byte for byte, in the copy.
    const before = new ZipArchive(new Uint8Array(fs.readFileSync(SAMPLE)));
    const after = new ZipArchive(new Uint8Array(fs.readFileSync(out)));
    read.mockRestore();
    for (const name of ["xl/media/image1.png", "xl/charts/chart1.xml", "xl/theme/theme1.xml"]) {
      expect([name, Buffer.from(after.read(after.get(name)!))]).toEqual([
        name,
        Buffer.from(before.read(before.get(name)!)),
      ]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("the writer's input goes through the zip limits", () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return (e as { code?: string }).code;
    }
    return undefined;
  };

  test("a workbook part declaring more than a part may hold is refused before inflating", async () => {
    const bomb = withDeclaredSize(await exceljsWorkbook(), "xl/workbook.xml", 300 * 1024 * 1024);
    expect(code(() => addReportSheets(bomb, sampleModel()))).toBe("too-large");
  });

  test("an archive declaring more than 4 GB in all is refused on opening", async () => {
    let bomb = withDeclaredSize(await exceljsWorkbook(), "docProps/core.xml", 0xffffffff);
    bomb = withDeclaredSize(bomb, "docProps/app.xml", 0xffffffff);
    expect(code(() => addReportSheets(bomb, sampleModel()))).toBe("too-large");
  });

  test("a cut-off file is reported as truncated", async () => {
    const input = await exceljsWorkbook();
    expect(code(() => addReportSheets(input.subarray(0, input.length - 30), sampleModel()))).toBe(
      "truncated"
    );
  });
});
