// English texts of input.params.ts.
import { joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { IdentityField } from "../../types";
import type { HeaderAt, InputMessageParams, MappedField } from "./input.params";

const headers = (list: readonly HeaderAt[], more: number) =>
  list.map((h) => `"${h.text}" (column ${h.column})`).join(", ") +
  (more > 0 ? ` and ${more} more` : "");

/** An unknown header by its text and cell, or a column without a header by its cell. */
const unknownAt = (header: string, address: string) =>
  header ? `Header "${header}" (${address}) is not known` : `Column ${address} has no header`;

const FIELD_NAME: Record<IdentityField, string> = {
  nip: "NIP",
  name: "Name",
  position: "Position",
  grade: "Grade/Echelon",
  unit: "Unit",
  level: "SKJ level",
  jpm: "JPM in file",
  category: "Category in file",
};
const fieldName = (f: MappedField) => ("identity" in f ? FIELD_NAME[f.identity] : f.competency);

export const inputEn: AreaCatalogue<InputMessageParams> = {
  "identity-field-name": (p) => FIELD_NAME[p.field],
  "mapping-field-shared": (p) =>
    `Column ${p.column} ("${p.header}") is read as ${p.fields.map(fieldName).join(" and ")} at once; ` +
    "one of them is wrong. Choose the right column under Column mapping (CLI: --kolom CODE=COLUMN).",
  "header-by-position": (p) =>
    `${unknownAt(p.header, p.address)}, but it stands where ${p.competency} belongs in ` +
    `the standard order and holds scores 1–5; it is read as ${p.competency}. ` +
    `If that is wrong, change it under Column mapping (CLI: --kolom ${p.code}=COLUMN).`,
  "header-not-scores": (p) =>
    `Header "${p.header}" (${p.address}) looks like ${p.competency}, but it does not hold scores 1–5 ` +
    `(e.g. ${p.example}), probably a total or an average; it is not read as ${p.competency}.`,
  "competencies-unmapped": (p) =>
    `Sheet "${p.sheet}": ${p.found} of the 9 SKJ competencies were recognised; ` +
    `${joinList(
      p.missing.map((m) => `${m.name} (${m.code})`),
      "en"
    )} ${p.missing.length === 1 ? "was" : "were"} not found. ` +
    (p.unknown.length > 0
      ? `Headers not understood: ${headers(p.unknown, p.more)}. `
      : "No other header is left unrecognised. ") +
    `Map the columns in the pane (Column mapping), or in the CLI with --kolom CODE=COLUMN ` +
    `(e.g. --kolom ${p.missing[0]?.code ?? "PDOL"}=${p.unknown[0]?.column ?? "K"}); ` +
    "until then its rows cannot be planned.",
  "jpm-column-ignored": (p) =>
    `Column "${p.header}" (column ${p.column}) does not agree with the JPM computed from the scores; it is not used as the file's JPM.`,
};
