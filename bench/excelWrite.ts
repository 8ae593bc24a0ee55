/// <reference types="office-js" />
// Measurement (not a test): how many context.sync calls and how many request bytes writeReport needs
// for reports of 100 / 1,000 / 10,000 employees (~8 plan rows × 12 columns each, plus the summary
// and issues sheets), measured against the strict fake, which serialises requests as Office.js does.
// "full" merges each employee's six identity cells and outlines each employee; "lean" does neither,
// to show what per-employee formatting costs in requests.
// Times are the adapter's and the fake's work in Node, not Excel's.
import { writeReport } from "../src/excel/writeReport";
import { FakeExcel } from "../test/excel/fakeExcel";
import { sampleReport } from "../test/excel/sampleReport";

export interface ExcelWriteFigures {
  employees: number;
  /** "full": identity cells merged and an outline per employee; "lean": neither. */
  variant: "full" | "lean";
  /** Plan rows (8 per employee) and all cells written on every sheet. */
  planRows: number;
  cells: number;
  merges: number;
  styledRanges: number;
  /** context.sync calls: one to read the sheet names, then the write requests. */
  syncs: number;
  /** Request bytes of each sync, in order. */
  requestBytes: number[];
  totalRequestBytes: number;
  largestRequestBytes: number;
  /** Milliseconds for the whole write against the fake (Node, not Excel). */
  ms: number;
}

export async function benchExcelWrite(
  sizes: number[] = [100, 1_000, 10_000],
  print = true
): Promise<ExcelWriteFigures[]> {
  const figures: ExcelWriteFigures[] = [];
  const runs = (["full", "lean"] as const).flatMap((variant) =>
    sizes.map((employees) => ({ variant, employees }))
  );
  for (const { variant, employees } of runs) {
    const model = sampleReport({
      employees,
      rowsPerEmployee: 8,
      perEmployeeFormatting: variant === "full",
    });
    const fake = new FakeExcel().addSheet("Data", { values: [["NIP", "Nama"]] });
    const started = Date.now();
    const result = await fake.run((context) =>
      writeReport(context, model, { isSetSupported: fake.isSetSupported })
    );
    const ms = Date.now() - started;
    const requestBytes = fake.syncs.map((s) => s.requestBytes);
    figures.push({
      employees,
      variant,
      planRows: employees * 8,
      cells: model.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0),
      merges: model.sheets.reduce((n, s) => n + s.merges.length, 0),
      styledRanges: model.sheets.reduce((n, s) => n + s.styles.length, 0),
      syncs: result.syncs,
      requestBytes,
      totalRequestBytes: requestBytes.reduce((a, b) => a + b, 0),
      largestRequestBytes: Math.max(...requestBytes),
      ms,
    });
  }
  if (print) printTable(figures);
  return figures;
}

function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(2);
}

function printTable(figures: ExcelWriteFigures[]): void {
  const header = [
    "variant",
    "employees",
    "cells",
    "merges",
    "styled ranges",
    "syncs",
    "total MB",
    "largest MB",
    "ms (fake)",
  ];
  const rows = figures.map((f) => [
    f.variant,
    f.employees.toLocaleString("en-US"),
    f.cells.toLocaleString("en-US"),
    f.merges.toLocaleString("en-US"),
    f.styledRanges.toLocaleString("en-US"),
    String(f.syncs),
    mb(f.totalRequestBytes),
    mb(f.largestRequestBytes),
    String(f.ms),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const f of figures) {
    console.log(
      `${f.variant} ${f.employees}: request MB per sync = ${f.requestBytes.map(mb).join(", ")}`
    );
  }
}

if (require.main === module) {
  benchExcelWrite().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
