// `skj template`: write the entry template (docs/domain.md §21) as a new workbook. It never overwrites a
// file: a template already being filled in must not be lost to a second run.
import * as fs from "fs";
import * as path from "path";
import { emptyWorkbook } from "../file/package/gridWorkbook";
import { addReportSheets } from "../file/package/addSheets";
import { buildTemplate } from "../report/templateSheet";
import { type Lang, msg } from "../skj/messages";
import { TEMPLATE_FILE_NAME } from "../skj/template";
import { nodeCompression } from "./compression";

/** Where the template goes when no name is given: the current folder. */
export const DEFAULT_TEMPLATE_FILE = TEMPLATE_FILE_NAME;

export interface TemplateWritten {
  file: string;
  sheets: string[];
}

/** The template's bytes: a new workbook holding only the template's sheets. */
export function templateWorkbook(lang: Lang): { bytes: Uint8Array; sheets: string[] } {
  const written = addReportSheets(emptyWorkbook(), buildTemplate(lang), {
    compression: nodeCompression,
  });
  return { bytes: written.bytes, sheets: written.sheetNames };
}

/** Checks the name before anything is built; the CLI turns a refusal into its message. */
export function templateTarget(out: string | undefined) {
  const file = out ?? DEFAULT_TEMPLATE_FILE;
  if (path.extname(file).toLowerCase() !== ".xlsx") {
    return {
      ok: false as const,
      message: msg("cli-output-extension", {
        output: file,
        expected: ".xlsx",
        found: path.extname(file),
      }),
    };
  }
  if (fs.existsSync(file)) return { ok: false as const, message: msg("template-exists", { file }) };
  return { ok: true as const, file };
}
