// Node entry point for the CLI: read a workbook file from disk.
import { readFile } from "node:fs/promises";
import { msg } from "../../skj/messages";
import { WorkbookReadError } from "../opc/errors";
import { readWorkbook, ReadWorkbookOptions, ReadWorkbookResult } from "./readWorkbook";

export async function readWorkbookFile(
  path: string,
  options: ReadWorkbookOptions = {}
): Promise<ReadWorkbookResult> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new WorkbookReadError("not-found", {
        found: msg("found-path", { path }),
        detail: String(e),
      });
    }
    if (code === "EISDIR") {
      throw new WorkbookReadError("unreadable", {
        found: msg("found-folder", { path }),
        detail: String(e),
      });
    }
    throw new WorkbookReadError("unreadable", {
      found: msg("found-path", { path }),
      detail: String(e),
    });
  }
  // A plain Uint8Array view: the reader is shared with the browser and must not see Buffer methods.
  return readWorkbook(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), options);
}
