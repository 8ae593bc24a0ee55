// English texts of files.params.ts.
import { joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { FilesMessageParams } from "./files.params";

const SEPARATOR = { ",": "comma (,)", ";": "semicolon (;)", "\t": "tab", "|": "vertical bar (|)" };
const ENCODING = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1252": "Windows-1252 (not UTF-8)",
};
const FIX_MAPPING = {
  cli: "map the columns with --kolom CODE=COLUMN (e.g. --kolom PDOL=K)",
  pane: "check the column mapping above",
};

export const filesEn: AreaCatalogue<FilesMessageParams> = {
  "csv-read": (p) =>
    `CSV file "${p.file}" read as sheet "${p.sheet}": ${p.rows} rows, separator ${SEPARATOR[p.separator]}, ` +
    `decimal ${p.decimal === "," ? "comma" : "point"}, encoding ${ENCODING[p.encoding]}.`,
  "nobody-planned": (p) => {
    switch (p.reason) {
      case "no-rows":
        return `The table on sheet "${p.sheet}" was found, but there are no employee rows under its headers. Fill in the employees, then run again.`;
      case "unassessed":
        return `The table on sheet "${p.sheet}" was found, but its ${p.unassessed} employee ${p.unassessed === 1 ? "row has" : "rows have"} no competency scores yet (an empty template). Fill in the scores, then run again.`;
      case "errors":
        return `The table on sheet "${p.sheet}" was found, but no employee can be planned: ${p.errorRows} ${p.errorRows === 1 ? "row has" : "rows have"} errors (see the data notes)${p.unassessed ? ` and ${p.unassessed} ${p.unassessed === 1 ? "row has" : "rows have"} no scores yet` : ""}. Fix the data or ${FIX_MAPPING[p.front]}.`;
      case "mapping":
        return `The table on sheet "${p.sheet}" was found, but not all of its columns could be read (see the data notes), so no employee can be planned. Please ${FIX_MAPPING[p.front]}.`;
      case "units":
        return `The table on sheet "${p.sheet}" was found, but no employee of the chosen units can be planned.`;
    }
  },
  "cli-no-output": (p) =>
    `The output file "${p.output}" was not written because no employee was planned (give --out to write it anyway).`,
  "kolom-format": (p) =>
    `--kolom "${p.arg}" cannot be read: write CODE=COLUMN, where COLUMN is a column letter or a column header, e.g. --kolom PDOL=K or --kolom "NIP=NIP Baru".`,
  "kolom-field-unknown": (p) =>
    `--kolom "${p.arg}": "${p.field}" is not a known code. Codes that can be used: ${p.fields.join(", ")}.`,
  "kolom-column-unknown": (p) =>
    `--kolom "${p.arg}": no column is headed "${p.column}" in the table's header row` +
    `${
      p.headers.length
        ? ` (the headers are: ${joinList(
            p.headers.slice(0, 30).map((h) => `"${h}"`),
            "en"
          )})`
        : ""
    }. Write the header exactly or use the column letter (e.g. K).`,
  "kolom-no-header": (p) =>
    `--kolom "${p.arg}": no header row of a table was found on sheet "${p.sheet}". Use column letters and make sure the sheet has column headers.`,
  "kolom-applied": (p) =>
    `Column ${p.column}${p.header ? ` ("${p.header}")` : ""} read as ${p.field}, as given by --kolom ${p.arg}.`,
};
