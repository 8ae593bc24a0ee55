// The fake must be as strict as Excel, or tests against it prove nothing.
import { FakeExcel, storedAs } from "./fakeExcel";

function seeded(): FakeExcel {
  return new FakeExcel()
    .addSheet("Data", {
      values: [
        ["NIP", "Nama", "Nilai"],
        ["198001012005011001", "Ani", 3],
        ["198001012005011002", "Budi", { error: "#N/A" }],
      ],
    })
    .addSheet("It's 2027", {
      values: [
        [1, 2],
        [3, 4],
      ],
    });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return "no error";
}

describe("loading", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const fake = seeded();
    const code = await codeOf(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:C3");
        range.load("address");
        await context.sync();
        expect(range.address).toBe("Data!A1:C3");
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.values;
      })
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  test("a loaded property is not readable before the sync", async () => {
    const fake = seeded();
    const code = await codeOf(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("B2");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        return range.values;
      })
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  test("values come back as Excel gives them: errors as text, empty as '', types alongside", async () => {
    const fake = seeded();
    const got = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:D3");
      range.load("values, valueTypes");
      await context.sync();
      return { values: range.values, types: range.valueTypes };
    });
    expect(got.values).toEqual([
      ["198001012005011001", "Ani", 3, ""],
      ["198001012005011002", "Budi", "#N/A", ""],
    ]);
    expect(got.types).toEqual([
      ["String", "String", "Integer", "Empty"],
      ["String", "String", "Error", "Empty"],
    ]);
  });

  test("navigation paths and collections load like Office.js", async () => {
    const fake = seeded();
    const got = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      const range = sheets.getItem("Data").getRange("A1");
      range.load("format/font/bold, format/fill/color");
      await context.sync();
      return {
        names: sheets.items.map((s) => `${s.position}:${s.name}`),
        bold: range.format.font.bold,
        fill: range.format.fill.color,
      };
    });
    expect(got).toEqual({ names: ["0:Data", "1:It's 2027"], bold: false, fill: "#FFFFFF" });
  });

  test("anything the fake does not model throws instead of reading as undefined", async () => {
    const fake = seeded();
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        // A real API the fake does not implement.
        return range.getSpillingToRangeOrNullObject();
      })
    ).rejects.toThrow(/Range.getSpillingToRangeOrNullObject is not implemented in the fake/);
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        range.load("text");
        await context.sync();
      })
    ).rejects.toThrow(/Range.text \(in load\) is not implemented in the fake/);
  });

  test("objects cannot be used after their batch or in another context", async () => {
    const fake = seeded();
    const leaked = await fake.run(async (context) =>
      context.workbook.worksheets.getItem("Data").getRange("A1")
    );
    expect(() => leaked.load("values")).toThrow(/used after its Excel.run batch ended/);
    await fake.run(async (other) => {
      expect(() => {
        other.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        leaked.format.font.bold = true;
      }).toThrow(/used after its Excel.run batch ended/);
    });
  });
});

describe("writing", () => {
  test("a values array that does not match the range fails at sync, after earlier actions ran", async () => {
    const fake = seeded();
    let assignedWithoutError = false;
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("E1").values = [["first"]];
        ws.getRange("A1:B2").values = [["only one row", "x"]];
        assignedWithoutError = true;
        ws.getRange("F1").values = [["never"]];
        await context.sync();
      })
    );
    expect(assignedWithoutError).toBe(true);
    expect(code).toBe("InvalidArgument");
    expect(fake.sheet("Data").value("E1")).toBe("first");
    expect(fake.sheet("Data").value("A1")).toBe("NIP");
    expect(fake.sheet("Data").value("F1")).toBeNull();
  });

  test("numberFormat and formulas are shape-checked too; a scalar is not a 2-D array", async () => {
    const fake = seeded();
    const nf = await codeOf(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
        r.numberFormat = [["@"], ["@"]];
        await context.sync();
      })
    );
    const f = await codeOf(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
        r.formulas = "=1" as unknown as string[][];
        await context.sync();
      })
    );
    expect([nf, f]).toEqual(["InvalidArgument", "InvalidArgument"]);
  });

  test("null leaves a cell unchanged and '' clears it", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:C2").values = [[null, ""]];
    });
    expect(fake.sheet("Data").values("B2:C2")).toEqual([["Ani", null]]);
  });

  test("text is stored as Excel would store it typed in: numbers, formulas, apostrophes", () => {
    expect(storedAs("198001012005011001")).toBe(198001012005011000);
    expect(storedAs("'198001012005011001")).toBe("198001012005011001");
    expect(storedAs("0012")).toBe(12);
    expect(storedAs("=SUM(A1:A3)")).toEqual({ formula: "=SUM(A1:A3)" });
    expect(storedAs("-x")).toEqual({ formula: "=-x" });
    expect(storedAs("TRUE")).toBe(true);
    expect(storedAs("87%")).toBe(0.87);
    expect(storedAs("Ahli Muda")).toBe("Ahli Muda");
  });

  test("a text number format keeps digits as text", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("E2:E3");
      r.numberFormat = [["@"], ["@"]];
      r.values = [["0012"], ["198001012005011001"]];
    });
    expect(fake.sheet("Data").values("E2:E3")).toEqual([["0012"], ["198001012005011001"]]);
    expect(fake.sheet("Data").numberFormat("E2")).toBe("@");
  });

  test("formats, borders, widths and heights are stored per cell and read back", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const r = ws.getRange("A1:C2");
      r.format.font.bold = true;
      r.format.fill.color = "#1F4E78";
      r.format.horizontalAlignment = "Center";
      const inside = r.format.borders.getItem("InsideHorizontal");
      inside.style = "Continuous";
      inside.weight = "Medium";
      ws.getRange("B:B").format.columnWidth = 120;
      ws.getRange("2:2").format.rowHeight = 30;
    });
    const s = fake.sheet("Data");
    expect(s.format("B2").font.bold).toBe(true);
    expect(s.format("B2").fill).toBe("#1F4E78");
    expect(s.format("A1").horizontalAlignment).toBe("Center");
    expect(s.format("A1").borders.bottom).toEqual({
      style: "Continuous",
      weight: "Medium",
      color: "#000000",
    });
    expect(s.format("A2").borders.top?.weight).toBe("Medium");
    expect(s.format("A2").borders.bottom).toBeNull();
    expect(s.format("A3").font.bold).toBe(false);
    expect(s.columnWidth("B")).toBe(120);
    expect(s.columnWidth("C")).toBe(48);
    expect(s.rowHeight(2)).toBe(30);
  });

  test("enum strings and colours are checked at sync", async () => {
    const fake = seeded();
    const align = await codeOf(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1");
        r.format.horizontalAlignment = "center" as Excel.HorizontalAlignment;
        await context.sync();
      })
    );
    const color = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").format.fill.color = "#12345";
        await context.sync();
      })
    );
    const height = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("1:1").format.rowHeight = 500;
        await context.sync();
      })
    );
    expect([align, color, height]).toEqual([
      "InvalidArgument",
      "InvalidArgument",
      "InvalidArgument",
    ]);
  });
});

describe("sheets", () => {
  test("duplicate (any case), over-long and illegal names fail at sync, not at add()", async () => {
    const attempt = async (name: string) => {
      const fake = seeded();
      let queued = false;
      const code = await codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.add(name);
          queued = true;
          await context.sync();
        })
      );
      expect(queued).toBe(true);
      return code;
    };
    expect(await attempt("DATA")).toBe("ItemAlreadyExists");
    expect(await attempt("x".repeat(32))).toBe("InvalidArgument");
    expect(await attempt("A/B")).toBe("InvalidArgument");
    expect(await attempt("'quoted")).toBe("InvalidArgument");
    expect(await attempt("History")).toBe("InvalidArgument");
    expect(await attempt("x".repeat(31))).toBe("no error");
  });

  test("getItemOrNullObject: isNullObject throws before the sync, then tells", async () => {
    const fake = seeded();
    const got = await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake under test
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(got).toEqual([true, false]);
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const fake = seeded();
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
  });

  test("the last visible sheet cannot be deleted or hidden", async () => {
    const fake = new FakeExcel().addSheet("Only");
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Only").delete();
        await context.sync();
      })
    );
    expect(code).toBe("InvalidOperation");
    expect(fake.sheetNames()).toEqual(["Only"]);
  });
});

describe("addresses and ranges", () => {
  test("quoted sheet names, whole columns and rows, derived ranges", async () => {
    const fake = seeded();
    const got = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("It's 2027");
      const quoted = ws.getRange("'It''s 2027'!A1:B2").load("address,values");
      const col = ws.getRange("A:A").load("address,rowCount");
      const rows = ws.getRange("1:3").load("address,rowCount");
      const cell = ws.getRange("A1").getCell(2, 3).load("address");
      const resized = ws.getRange("B2").getResizedRange(2, 1).load("address");
      const offset = ws.getRange("A1:B2").getOffsetRange(1, 1).load("address");
      await context.sync();
      return {
        addresses: [quoted, col, rows, cell, resized, offset].map((r) => r.address),
        counts: [col.rowCount, rows.rowCount],
        values: quoted.values,
      };
    });
    expect(got.addresses).toEqual([
      "'It''s 2027'!A1:B2",
      "'It''s 2027'!A:A",
      "'It''s 2027'!1:3",
      "'It''s 2027'!D3",
      "'It''s 2027'!B2:C4",
      "'It''s 2027'!B2:C3",
    ]);
    expect(got.counts).toEqual([1048576, 3]);
    expect(got.values).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test("an address on another sheet, or an invalid one, fails", async () => {
    const fake = seeded();
    const other = await codeOf(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("Sheet9!A1");
        r.load("address");
        await context.sync();
      })
    );
    const bad = await codeOf(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A0");
        r.load("address");
        await context.sync();
      })
    );
    expect([other, bad]).toEqual(["InvalidArgument", "InvalidArgument"]);
  });

  test("used ranges: values only, formats, blank sheet, null object", async () => {
    const fake = seeded().addSheet("Blank");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("H10").format.font.bold = true;
    });
    const got = await fake.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const blank = context.workbook.worksheets.getItem("Blank");
      const valuesOnly = data.getUsedRange(true).load("address");
      const all = data.getUsedRange().load("address");
      const blankUsed = blank.getUsedRange(true).load("address");
      const blankNull = blank.getUsedRangeOrNullObject(true);
      await context.sync();
      return [valuesOnly.address, all.address, blankUsed.address, blankNull.isNullObject];
    });
    expect(got).toEqual(["Data!A1:C3", "Data!A1:H10", "Blank!A1", true]);
  });

  test("merging keeps the top-left value, and merged areas can be listed (up to 512)", async () => {
    const fake = seeded();
    const got = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A2:B3").merge();
      const areas = ws.getRange().getMergedAreasOrNullObject();
      areas.load("areaCount");
      areas.areas.load("items/address");
      const none = ws.getRange("C1:C3").getMergedAreasOrNullObject();
      await context.sync();
      return {
        count: areas.areaCount,
        addresses: areas.areas.items.map((a) => a.address),
        none: none.isNullObject,
      };
    });
    expect(got).toEqual({ count: 1, addresses: ["Data!A2:B3"], none: true });
    expect(fake.sheet("Data").values("A2:B3")).toEqual([
      ["198001012005011001", null],
      [null, null],
    ]);

    const many = new FakeExcel({ maxMergedAreas: 2 }).addSheet("M", {
      merges: ["A1:B1", "A2:B2", "A3:B3"],
    });
    const code = await codeOf(
      many.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem("M")
          .getRange()
          .getMergedAreasOrNullObject();
        areas.load("areaCount");
        await context.sync();
      })
    );
    expect(code).toBe("GeneralException");
  });

  test("a merge that partly overlaps another one is refused", async () => {
    const fake = seeded();
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("A1:B1").merge();
        ws.getRange("B1:C1").merge();
        await context.sync();
      })
    );
    expect(code).toBe("MergedRangeConflict");
    expect(fake.sheet("Data").merges()).toEqual(["A1:B1"]);
  });
});

describe("tables, API versions, limits", () => {
  test("table names are unique across the workbook; tables cannot cover merged cells", async () => {
    const fake = seeded();
    const dup = await codeOf(
      fake.run(async (context) => {
        const a = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
        a.name = "Nilai";
        const b = context.workbook.worksheets.getItem("It's 2027").tables.add("A1:B2", true);
        b.name = "NILAI";
        await context.sync();
      })
    );
    expect(dup).toBe("ItemAlreadyExists");
    expect(fake.tables().map((t) => t.name)).toEqual(["Nilai", "Table2"]);

    const merged = new FakeExcel().addSheet("S", {
      values: [
        ["a", "b"],
        [1, 2],
      ],
      merges: ["A2:B2"],
    });
    const code = await codeOf(
      merged.run(async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
        await context.sync();
      })
    );
    expect(code).toBe("MergedRangeConflict");
  });

  test("APIs newer than the configured ExcelApi version fail with ApiNotFound", async () => {
    const fake = new FakeExcel({ apiVersion: "1.6" }).addSheet("S");
    expect(fake.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(false);
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").tabColor = "#FF0000";
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });

  test("syncs are counted with their request and response bytes", async () => {
    const fake = seeded();
    const big = Array.from({ length: 1000 }, (_, i) => [`baris ${i}`, i]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A10:B1009").values = big;
      await context.sync();
      const r = context.workbook.worksheets.getItem("Data").getRange("A10:B1009");
      r.load("values");
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    const [write, read] = fake.syncs;
    const payload = JSON.stringify(big).length;
    expect(write.requestBytes).toBeGreaterThan(payload);
    // 2,000 cells go as two chunks of 750 rows (getRow/getBoundingRect paths, instantiates).
    expect(write.requestBytes).toBeLessThan(payload + 3000);
    expect(read.requestBytes).toBeLessThan(1000);
    expect(read.responseBytes).toBeGreaterThan(payload);
  });

  test("a request over the byte limit fails without running anything", async () => {
    const fake = new FakeExcel({ maxRequestBytes: 10_000 }).addSheet("S");
    const code = await codeOf(
      fake.run(async (context) => {
        const rows = Array.from({ length: 2000 }, () => ["xxxxxxxx"]);
        context.workbook.worksheets.getItem("S").getRange("A1:A2000").values = rows;
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheet("S").usedRange()).toBeNull();
  });

  test("failOnSync fails the n-th sync after half of its actions", async () => {
    const fake = seeded().failOnSync(2);
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("E1").values = [["one"]];
        await context.sync();
        ws.getRange("E2").values = [["two"]];
        ws.getRange("E3").values = [["three"]];
        await context.sync();
      })
    );
    expect(code).toBe("GeneralException");
    expect(fake.sheet("Data").values("E1:E3")).toEqual([["one"], ["two"], [null]]);
    expect(fake.syncs.map((s) => s.failed)).toEqual([undefined, "GeneralException"]);
  });
});

describe("RangeAreas (Worksheet.getRanges)", () => {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"] as const;

  /** The same formats, once through getRanges and once area by area through getRange. */
  async function formatBoth(addresses: string[]): Promise<[FakeExcel, FakeExcel]> {
    const fakes = [seeded(), seeded()] as [FakeExcel, FakeExcel];
    const apply = (target: Excel.Range | Excel.RangeAreas) => {
      target.format.font.bold = true;
      target.format.font.color = "#C00000";
      target.format.fill.color = "#F2F2F2";
      target.format.horizontalAlignment = "Center";
      target.format.wrapText = true;
      for (const edge of edges) {
        const b = target.format.borders.getItem(edge);
        b.style = "Continuous";
        b.weight = "Medium";
        b.color = "#404040";
      }
    };
    await fakes[0].run(async (context) => {
      apply(context.workbook.worksheets.getItem("Data").getRanges(addresses.join(", ")));
    });
    await fakes[1].run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      for (const a of addresses) apply(ws.getRange(a));
    });
    return fakes;
  }

  test("every area gets the format its own Range would: edges outline each area", async () => {
    const [areas, ranges] = await formatBoth(["A1:B3", "D2:E2", "B6", "C5:C8"]);
    for (let r = 1; r <= 9; r++) {
      for (const col of ["A", "B", "C", "D", "E", "F"]) {
        expect([`${col}${r}`, areas.sheet("Data").format(`${col}${r}`)]).toEqual([
          `${col}${r}`,
          ranges.sheet("Data").format(`${col}${r}`),
        ]);
      }
    }
    const s = areas.sheet("Data");
    // A1:B3 is outlined on its own; so is the single row D2:E2 (no inside line) and the cell B6.
    expect(s.format("A1").borders.top?.weight).toBe("Medium");
    expect(s.format("B3").borders.bottom?.weight).toBe("Medium");
    expect(s.format("A2").borders.top?.weight).toBe("Medium");
    expect(s.format("D2").borders.left?.weight).toBe("Medium");
    expect(s.format("E2").borders.right?.weight).toBe("Medium");
    expect(s.format("B6").borders.bottom?.weight).toBe("Medium");
    expect(s.format("C4").borders.bottom).toBeNull();
    expect(s.format("C5").borders.top?.weight).toBe("Medium");
    expect(s.format("F2").fill).toBeNull();
  });

  test("row heights over whole rows, column widths over whole columns", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRanges("2:2,5:7").format.rowHeight = 28.5;
      ws.getRanges("A:A;C:D").format.columnWidth = 60;
    });
    const s = fake.sheet("Data");
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((r) => s.rowHeight(r))).toEqual([
      15, 28.5, 15, 15, 28.5, 28.5, 28.5, 15,
    ]);
    expect(["A", "B", "C", "D", "E"].map((c) => s.columnWidth(c))).toEqual([60, 48, 60, 60, 48]);
  });

  test("properties must be loaded; format reads give the value all areas share, else null", async () => {
    const fake = seeded();
    const notLoaded = await codeOf(
      fake.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("Data").getRanges("A1:B2,D4");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return areas.areaCount;
      })
    );
    expect(notLoaded).toBe("PropertyNotLoaded");
    const read = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B2").format.fill.color = "#FFFF00";
      ws.getRange("D4").format.fill.color = "#FFFF00";
      ws.getRange("A1:B2").format.font.bold = true;
      const areas = ws.getRanges("A1:B2, D4");
      areas.load(
        "areaCount, address, cellCount, format/wrapText, format/fill/color, format/font/bold"
      );
      await context.sync();
      return {
        areaCount: areas.areaCount,
        address: areas.address,
        cellCount: areas.cellCount,
        fill: areas.format.fill.color,
        bold: areas.format.font.bold,
        wrap: areas.format.wrapText,
      };
    });
    expect(read).toEqual({
      areaCount: 2,
      address: "Data!A1:B2, Data!D4",
      cellCount: 5,
      fill: "#FFFF00",
      bold: false,
      wrap: false,
    });
  });

  test("addresses must resolve on this sheet, within 8,192 characters, with a separator Excel takes", async () => {
    const attempt = (address: string, fake = seeded()) =>
      codeOf(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRanges(address).format.fill.color =
            "#FFFF00";
          await context.sync();
        })
      );
    expect(await attempt("A1:B2,ZZZZ9")).toBe("InvalidArgument");
    expect(await attempt("A1:B2,,C3")).toBe("InvalidArgument");
    expect(await attempt("A1,'It''s 2027'!B2")).toBe("InvalidArgument");
    expect(await attempt("Data!A1,Data!B2")).toBe("no error");
    const long = Array.from({ length: 1600 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    expect(await attempt(long)).toBe("InvalidArgument");
    expect(await attempt(long.slice(0, 8000).replace(/,[^,]*$/, ""))).toBe("no error");
    const semicolonOnly = () => new FakeExcel({ rangeListSeparators: ";" }).addSheet("Data");
    expect(await attempt("A1:B2,D4", semicolonOnly())).toBe("InvalidArgument");
    expect(await attempt("A1:B2;D4", semicolonOnly())).toBe("no error");
    const fewAreas = new FakeExcel({ maxRangeAreas: 2 }).addSheet("Data");
    expect(await attempt("A1,B2,C3", fewAreas)).toBe("InvalidArgument");
  });

  test("getRanges needs ExcelApi 1.9, and its address list is counted in the request", async () => {
    const old = new FakeExcel({ apiVersion: "1.8" }).addSheet("S");
    const code = await codeOf(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges("A1,B2").format.font.bold = true;
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
    const fake = new FakeExcel().addSheet("S");
    const bytesFor = async (address: string) => {
      fake.resetCounters();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges(address).format.font.bold = true;
      });
      return fake.syncs[0].requestBytes;
    };
    const short = await bytesFor("A1,B2");
    const longer = await bytesFor("A1,B2,C3:D4,E5");
    expect(longer - short).toBe(",C3:D4,E5".length);
  });
});

describe("requests and errors as Office.js and Excel give them", () => {
  test("each Range costs an instantiate, a keep-reference and a second instantiate; untrack() takes the keep-reference back", async () => {
    const bytes = async (untrack: boolean) => {
      const fake = seeded();
      await fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        for (let r = 10; r < 110; r++) {
          const range = ws.getRange(`A${r}`);
          (untrack ? range.untrack() : range).values = [[r]];
        }
        await context.sync();
      });
      return fake.syncs[0];
    };
    const tracked = await bytes(false);
    const untracked = await bytes(true);
    // 100 ranges: set + instantiate + _KeepReference + instantiate each (plus the sheet's objects).
    expect(tracked.actions).toBeGreaterThanOrEqual(400);
    expect(untracked.actions).toBeGreaterThanOrEqual(300);
    expect(untracked.actions).toBeLessThan(tracked.actions - 90);
    expect(untracked.requestBytes).toBeLessThan(tracked.requestBytes - 100 * 80);
  });

  test("an array over 1,500 cells goes as chunks of round(1500 / columns) rows", async () => {
    const fake = seeded();
    const grid = Array.from({ length: 1000 }, (_, i) => [i, i + 1, i + 2]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A10:C1009").values = grid;
      await context.sync();
    });
    // 3 columns → 500 rows a chunk → 2 chunks, each with three ranges (getRow, getRow,
    // getBoundingRect) instantiated twice and a set action; the whole array is not sent as one.
    const sets = 2;
    expect(fake.syncs[0].actions).toBeGreaterThanOrEqual(sets * 7);
    expect(fake.sheet("Data").value("C1009")).toBe(1001);
  });

  test("a request over 5 MB as Office.js sends it fails with RequestPayloadSizeLimitExceeded", async () => {
    const fake = new FakeExcel({ maxRequestBytes: 100_000 }).addSheet("S");
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        // 1,000 small writes: little payload, but each Range's own actions count.
        for (let r = 1; r <= 1000; r++) ws.getRange(`A${r}`).values = [[1]];
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("ApiNotFound is thrown when the API is called, not at sync", () => {
    const fake = new FakeExcel({ apiVersion: "1.8" }).addSheet("S");
    return fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      expect(() => ws.getRanges("A1,B2")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => context.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
    });
  });

  test("errors can come without errorLocation", async () => {
    const fake = new FakeExcel({ errorLocation: false }).addSheet("S");
    let error: { debugInfo?: { errorLocation?: string }; code?: string } = {};
    await fake
      .run(async (context) => {
        context.workbook.worksheets.add("S");
        await context.sync();
      })
      .catch((e) => (error = e));
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.debugInfo?.errorLocation).toBeUndefined();
  });

  test("cell-edit mode fails a request unless Excel.run asked to wait", async () => {
    const fake = new FakeExcel().addSheet("S").editCell();
    const add = (context: Excel.RequestContext) => {
      context.workbook.worksheets.add("T");
      return context.sync();
    };
    expect(await codeOf(fake.run(add))).toBe("InvalidOperationInCellEditMode");
    expect(fake.hasSheet("T")).toBe(false);
    await fake.run({ delayForCellEdit: true }, add);
    expect(fake.hasSheet("T")).toBe(true);
  });

  test("another workbook in front: adding, activating and freezing fail; writing cells does not", async () => {
    const fake = new FakeExcel().addSheet("S").focusOtherWorkbook();
    const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S");
    const attempt = (f: (c: Excel.RequestContext) => void) =>
      codeOf(
        fake.run(async (c) => {
          f(c);
          await c.sync();
        })
      );
    expect(await attempt((c) => c.workbook.worksheets.add("T"))).toBe("GeneralException");
    expect(await attempt((c) => ws(c).activate())).toBe("GeneralException");
    expect(await attempt((c) => ws(c).freezePanes.freezeRows(1))).toBe("GeneralException");
    expect(await attempt((c) => (ws(c).getRange("A1").values = [[1]]))).toBe("no error");
  });

  test("getMergedAreas lists only the areas whose top-left cell is inside the range", async () => {
    const fake = new FakeExcel().addSheet("S", { merges: ["A1:A3", "B2:C2", "D5:E6"] });
    const found = await fake.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("S")
        .getRange("A2:E5")
        .getMergedAreasOrNullObject();
      areas.areas.load("items/address");
      await context.sync();
      return areas.areas.items.map((r) => r.address);
    });
    // A1:A3 starts above the range: Excel leaves it out.
    expect(found).toEqual(["S!B2:C2", "S!D5:E6"]);
  });
});
