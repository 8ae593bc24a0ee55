// English texts of template.params.ts.
import type { AreaCatalogue } from "../params";
import type { TemplateField, TemplateMessageParams } from "./template.params";

const PROMPT_TITLE: Record<TemplateField, string> = {
  nip: "NIP (18 digits)",
  name: "Employee's name",
  position: "Position title",
  grade: "Grade of position",
  unit: "Unit",
  employment: "Employment status",
  score: "Competency score (1–5)",
  "skj-position": "Position title",
  "skj-level": "Required level (1–5)",
};

const ERROR_TITLE: Record<TemplateField, string> = {
  nip: "Invalid NIP",
  name: "Invalid name",
  position: "Invalid position",
  grade: "Unknown grade",
  unit: "Invalid unit",
  employment: "Unknown status",
  score: "Invalid score",
  "skj-position": "Invalid position",
  "skj-level": "Invalid level",
};

export const templateEn: AreaCatalogue<TemplateMessageParams> = {
  "template-prompt-title": (p) => PROMPT_TITLE[p.field],
  "template-prompt": (p) =>
    ({
      nip: `Type the NIP's ${p.digits} digits without spaces, e.g. 198503212010011002. The cell is formatted as Text so the number is kept.`,
      name: "Full name with titles, as in the appointment decree.",
      position:
        "Position title as in the decree, e.g. Analis SDM Aparatur Ahli Muda. A JF level is read from this title too.",
      grade:
        "Pick from the list: JPT, Administrator, Pengawas, Pelaksana or a JF level. The position's standards come from this grade.",
      unit: "The unit or OPD, for the summary per unit.",
      employment: "PNS or PPPK. A PPPK employee's plan is capped at 24 JP a year.",
      score: `Assessed level ${p.min}–${p.max} in steps of 0.5 (e.g. 3 or 3.5). Leave blank if not assessed.`,
      "skj-position":
        "Type the position title exactly as in the data sheet's Jabatan column; fill in the levels it requires.",
      "skj-level": `The level the position requires, a whole number ${p.min}–${p.max}. Leave blank to use the grade's standard.`,
    })[p.field],
  "template-error-title": (p) => ERROR_TITLE[p.field],
  "template-error": (p) =>
    ({
      nip: `The NIP must be ${p.digits} digits without spaces or punctuation.`,
      name: "Fill in the employee's name.",
      position: "Fill in the position title.",
      grade: "Pick a grade from the list.",
      unit: "Fill in the unit.",
      employment: "Fill in PNS or PPPK.",
      score: `The score must be a number from ${p.min} to ${p.max} in steps of 0.5.`,
      "skj-position": "Fill in the position title.",
      "skj-level": `The required level must be a whole number from ${p.min} to ${p.max}.`,
    })[p.field],
  "template-guide-title": () => "HOW TO FILL IN THE ASSESSMENT RESULTS TEMPLATE",
  "template-guide-step": (p) =>
    ({
      1: `Fill in the sheet "${p.entrySheet}": one row per employee from row 2. Do not change the column headers in row 1; the entry checks cover rows up to ${p.rows + 1}.`,
      2: "Type the NIP as 18 digits (the cell is Text); pick the grade and status from the lists; name, position and unit as in the decree.",
      3: "Fill in the nine managerial and socio-cultural competencies with the assessed level 1–5 (steps of 0.5) from the assessment centre's report.",
      4: `Sheet "${p.skjSheet}" (may stay empty): where the agency sets standards per position, type the position title exactly as in the Jabatan column and the level 1–5 of each competency. Positions not listed use their grade's standard.`,
      5: 'Once filled in, open the SKJ pane and choose "Create plan", or run "skj plan file.xlsx", to draw up the development plan.',
    })[p.step],
  "template-guide-basis": () =>
    "Basis: PermenPANRB 38/2017 on the competency standards of ASN positions; PP 11/2017 art. 203–207 on competency development.",
  "template-exists": (p) =>
    `"${p.file}" already exists and is not overwritten (it may be a template being filled in); give another name with --out.`,
  "template-written": (p) =>
    `Template written to ${p.file} (sheets ${p.sheets.map((s) => `"${s}"`).join(", ")}).`,
};
