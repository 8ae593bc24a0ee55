// An input file as the CLI and the web page receive it: an Excel package, or a CSV/tab-separated export.
// The bytes decide first (a zip or OLE file is a workbook whatever its name), then the name.
import { looksLikeZip } from "../opc/zip";
import { looksLikeCfb } from "./cfb";
import { CsvFormat, CsvReadOptions, isDelimitedTextName, readCsv } from "./csv";
import { readWorkbook, ReadWorkbookResult } from "./readWorkbook";

export interface ReadInputResult extends ReadWorkbookResult {
  /** Set when the input was delimited text: how it was read. */
  csv?: CsvFormat;
}

/** True when `bytes` named `fileName` are read as delimited text (and the output is a new workbook). */
export function isDelimitedText(bytes: Uint8Array, fileName: string): boolean {
  return isDelimitedTextName(fileName) && !looksLikeZip(bytes) && !looksLikeCfb(bytes);
}

export function readInput(
  bytes: Uint8Array,
  fileName: string,
  options: CsvReadOptions = {}
): ReadInputResult {
  if (isDelimitedText(bytes, fileName)) return readCsv(bytes, fileName, options);
  const { compression: _unused, ...workbookOptions } = options;
  return readWorkbook(bytes, workbookOptions);
}
