// Why a workbook could not be read: a stable code plus a coded message that tells the clerk what to do
// (worded in the catalogues of src/skj/messages). `detail` is for logs and tests only.
import { MessageError, msg, type Message, type ReadErrorKind } from "../../skj/messages";

export type WorkbookReadErrorCode = ReadErrorKind;

export interface WorkbookReadErrorOptions {
  /** What was found instead, woven into the message ("a Word document (.docx)"). */
  found?: Message;
  /** Technical detail for logs and tests (English is fine here). */
  detail?: string;
}

/**
 * Thrown by readWorkbook and readWorkbookFile: a coded message the front end renders in its language.
 * The stack is replaced by the message: a clerk never needs a stack trace.
 */
export class WorkbookReadError extends MessageError {
  override readonly name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly detail?: string;

  constructor(code: WorkbookReadErrorCode, options: WorkbookReadErrorOptions = {}) {
    super(msg("read-error", { kind: code, ...(options.found ? { found: options.found } : {}) }));
    this.code = code;
    if (options.detail !== undefined) this.detail = options.detail;
    this.stack = `${this.name}: ${this.message}`;
  }
}
