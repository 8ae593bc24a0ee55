/// <reference types="office-js" />
// Helpers shared by the Office.js reader and writer: A1 addresses, requirement-set checks, errors.
import {
  type ExcelHint,
  MessageError,
  msg,
  type SheetAction,
  type WriteStepId,
} from "../skj/messages";
import { columnLetter } from "../skj/text";

/** 0-based, inclusive; the same shape as the domain's CellRange and the report model's Rect. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Sheet-relative A1 address of a box ("B3", "B3:F9"). */
export function a1(box: Box): string {
  const start = `${columnLetter(box.left)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${columnLetter(box.right)}${box.bottom + 1}`;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Whole columns "B:D" (0-based, inclusive). */
export function columnsA1(first: number, last: number): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** Whole rows "3:5" (0-based, inclusive). */
export function rowsA1(first: number, last: number): string {
  return `${first + 1}:${last + 1}`;
}

export function intersect(a: Box, b: Box): Box | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

export type SetSupport = (name: string, version: string) => boolean;

/**
 * A check for ExcelApi versions: the caller's function, else Office's own. Without either (not inside
 * Office) nothing beyond the manifest's baseline is assumed.
 */
export function excelApi(isSetSupported?: SetSupport): (version: string) => boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  const check: SetSupport =
    isSetSupported ?? (requirements ? (n, v) => requirements.isSetSupported(n, v) : () => false);
  return (version) => {
    try {
      return check("ExcelApi", version);
    } catch {
      return false;
    }
  };
}

/** Excel's error as text for a message: its own message, with the code when there is one. */
export function excelErrorText(e: unknown): string {
  if (e && typeof e === "object") {
    const err = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    // Without its final full stop, so that callers can go on with their own sentence.
    const message = (typeof err.message === "string" ? err.message : String(e)).replace(
      /\.\s*$/,
      ""
    );
    const code = typeof err.code === "string" ? err.code : "";
    const where =
      typeof err.debugInfo?.errorLocation === "string" ? err.debugInfo.errorLocation : "";
    const detail = [code, where].filter(Boolean).join(", ");
    return detail ? `${message} [${detail}]` : message;
  }
  return String(e);
}

export function errorCode(e: unknown): string {
  return e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : "";
}

/** After a failure: one more request to tell a missing or hidden sheet from anything else. */
export async function explainSheetError(
  context: Excel.RequestContext,
  sheet: string,
  e: unknown,
  action: SheetAction,
  address?: string
): Promise<Error> {
  const where = { action, sheet, ...(address !== undefined ? { address } : {}) };
  const failed = () =>
    new MessageError(msg("excel-sheet-action-failed", { ...where, detail: excelErrorText(e) }), {
      cause: e,
    });
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("visibility");
  try {
    await context.sync();
  } catch {
    return failed();
  }
  if (ws.isNullObject) return new MessageError(msg("excel-sheet-missing", { sheet }), { cause: e });
  if (ws.visibility !== "Visible") {
    return new MessageError(msg("excel-sheet-hidden", { sheet }), { cause: e });
  }
  if (errorCode(e) === "InvalidArgument") {
    return new MessageError(msg("excel-bad-address", where), { cause: e });
  }
  return failed();
}

/**
 * An Excel error for a message: its text, and what the user can do when the state of Excel's window
 * caused it (cell-edit mode; another workbook in front, which Excel gives as a general error on
 * adding, activating or freezing).
 */
export function excelFailure(e: unknown, step?: WriteStepId): { detail: string; hint?: ExcelHint } {
  const code = errorCode(e);
  const detail = excelErrorText(e);
  if (code === "InvalidOperationInCellEditMode") return { detail, hint: "cell-edit" };
  if (
    (code === "GeneralException" || code === "InvalidOperation") &&
    (step === "create-sheet" || step === "activate" || step === "freeze")
  ) {
    return { detail, hint: "other-workbook" };
  }
  return { detail };
}
