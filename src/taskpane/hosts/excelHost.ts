// Excel mode: the open workbook through Office.js. Each call is one Excel.run batch of the src/excel
// adapter, so no Office object outlives its request context.
import { activateSheet, replaceSheets, writeReport } from "../../excel/writeReport";
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

/** The parts of Office's global a theme watch uses (a fake in tests). */
export interface OfficeThemeSource {
  context?: {
    officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
    document?: {
      addHandlerAsync?: (
        type: string,
        handler: (event: {
          officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
        }) => void,
        callback?: (result: { status: string }) => void
      ) => void;
    };
  };
  EventType?: { OfficeThemeChanged?: string };
}

/** How often the theme is read again where Office raises no event for it. */
export const THEME_POLL_MS = 3000;

/**
 * Follow Office's theme while the pane is open. Office documents OfficeThemeChanged for Outlook only; where a
 * client raises it for a document too, it is used. Everywhere else the theme is read again when the pane gets
 * the focus back (the user changed it in File > Account) and every few seconds: a property read, no request.
 */
export function followOfficeTheme(
  office: OfficeThemeSource | undefined,
  onChange: (theme: PaneTheme) => void,
  env: {
    setInterval: (f: () => void, ms: number) => unknown;
    clearInterval: (id: unknown) => void;
    onFocus?: (f: () => void) => () => void;
  }
): () => void {
  const read = (): PaneTheme => {
    try {
      return officeTheme(office?.context?.officeTheme);
    } catch {
      return "light";
    }
  };
  let last = read();
  const report = (theme: PaneTheme) => {
    if (theme === last) return;
    last = theme;
    onChange(theme);
  };
  const check = () => report(read());
  const type = office?.EventType?.OfficeThemeChanged;
  try {
    if (type)
      office?.context?.document?.addHandlerAsync?.(
        type,
        (event) => report(event.officeTheme ? officeTheme(event.officeTheme) : read()),
        // A client that refuses the event is followed by the checks below.
        () => undefined
      );
  } catch {
    // Not supported by this client: the checks below still follow the theme.
  }
  const timer = env.setInterval(check, THEME_POLL_MS);
  const stopFocus = env.onFocus?.(check);
  return () => {
    env.clearInterval(timer);
    stopFocus?.();
  };
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
    writeTemplate: async (model) => {
      const written = await run((context) =>
        writeReport(context, model, { ...support, activate: true })
      );
      return { sheetNames: written.sheets, notes: written.skipped };
    },
    replaceSheets: (pairs) => run((context) => replaceSheets(context, pairs)),
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
    watchTheme: (onChange) =>
      followOfficeTheme(
        typeof Office !== "undefined" ? (Office as unknown as OfficeThemeSource) : undefined,
        onChange,
        {
          setInterval: (f, ms) => setInterval(f, ms),
          clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
          onFocus: (f) => {
            if (typeof window === "undefined") return () => undefined;
            const onVisible = () => {
              if (document.visibilityState === "visible") f();
            };
            window.addEventListener("focus", f);
            document.addEventListener("visibilitychange", onVisible);
            return () => {
              window.removeEventListener("focus", f);
              document.removeEventListener("visibilitychange", onVisible);
            };
          },
        }
      ),
  };
}
