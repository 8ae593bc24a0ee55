// Excel mode: the open workbook through Office.js. Each call is one Excel.run batch of the src/excel
// adapter, so no Office object outlives its request context.
import { activateSheet, writeReport } from "../../excel/writeReport";
import { readSelection, readWorkbook, selectCell } from "../../excel/readWorkbook";
import type { SetSupport } from "../../excel/common";
import { runSelfTest } from "../../excel/selfTest";
import type { PaneTheme, WorkbookHost } from "../host";

/** Office's theme as light, dark or high contrast (its body background's lightness; black or white is contrast). */
export function officeTheme(theme?: {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}): PaneTheme {
  if (!theme) return "light";
  const bg = (theme.bodyBackgroundColor ?? "").toLowerCase();
  if (bg === "#000000" || bg === "#000") return "highContrast";
  return theme.isDarkTheme ? "dark" : "light";
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Excel.run, or a fake's run in tests. */
  run?: ExcelRun;
  /** Office's requirement-set check (default: the global Office's). */
  isSetSupported?: SetSupport;
}

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  // delayForCellEdit: while the user is typing in a cell, requests wait for the edit to end
  // instead of failing with InvalidOperationInCellEditMode.
  const run: ExcelRun = options.run ?? ((batch) => Excel.run({ delayForCellEdit: true }, batch));
  const support = options.isSetSupported ? { isSetSupported: options.isSetSupported } : {};
  return {
    kind: "excel",
    read: (onProgress) =>
      run((context) =>
        readWorkbook(context, {
          ...support,
          onProgress: (done, total) => onProgress(total > 0 ? done / total : 1),
        })
      ),
    readSelection: () => run((context) => readSelection(context, support)),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
    write: async (model, onProgress) => {
      const written = await run((context) =>
        writeReport(context, model, {
          ...support,
          activate: true,
          onProgress,
          // Office.js lives on the page: the write stays here, and gives the page back between pieces.
          pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
        })
      );
      onProgress(1);
      return { sheetNames: written.sheets, notes: written.skipped };
    },
    activateSheet: (name) => run((context) => activateSheet(context, name)),
    selfTest: () => runSelfTest(run, support),
    theme: () => {
      try {
        return officeTheme(
          typeof Office !== "undefined"
            ? (Office.context?.officeTheme as {
                bodyBackgroundColor?: string;
                isDarkTheme?: boolean;
              })
            : undefined
        );
      } catch {
        return "light";
      }
    },
  };
}
