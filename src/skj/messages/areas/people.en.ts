// English texts of people.params.ts.
import type { AreaCatalogue, Message } from "../params";
import type { PeopleMessageParams } from "./people.params";
import { firstOf } from "../format";
import { renderMessage } from "../render";

const r = (m: Message) => renderMessage(m, "en");
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
const some = (items: string[], max = 10) => firstOf(items, "en", max);

export const peopleEn: AreaCatalogue<PeopleMessageParams> = {
  "people-joined": (p) =>
    `The grades of ${p.count} employees were taken from the employee list ${quoted(p.lists)} (matched by NIP).`,
  "people-not-listed": (p) =>
    p.nip
      ? `NIP ${p.nip} is in no employee list (${quoted(p.lists)}); add the employee to the list or fill in the grade`
      : `the NIP is blank, so the grade cannot be looked up in the employee list ${quoted(p.lists)}; fill in the NIP or the grade`,
  "people-list-grade": (p) => `employee list "${p.list}" row ${p.row}: ${r(p.reason)}`,
  "people-default-used": (p) =>
    `The default grade "${p.grade}" (level ${p.level}) was used for ${p.count} employees whose grade is neither in the table nor in an employee list: ${some(p.rows)}. Check their grades.`,
  "people-default-invalid": (p) => `The default grade "${p.text}" cannot be used: ${r(p.reason)}.`,
  "people-list-not-found": (p) =>
    `"${p.file}" holds no employee list: it needs a sheet with an NIP column and an Eselon, Jenjang or Jabatan column.`,
  "people-sheets": (p) =>
    `${p.count} sheets were read as individual reports (one employee per sheet): ${some(p.sheets.map((s) => `"${s}"`))}.`,
  "people-sheets-unused": (p) =>
    `The individual report sheets ${some(p.sheets.map((s) => `"${s}"`))} were not read because the table on sheet "${p.table}" was planned; choose one of those sheets to read it.`,
  "people-sheet-no-scores": (p) =>
    `Sheet "${p.sheet}" looks like an individual report, but its competency standard and score columns were not found; head them "Standar" and "Nilai".`,
  "cli-people-source": (p) =>
    `Individual reports: ${p.sheets.length} sheets (${some(
      p.sheets.map((s) => `"${s}"`),
      5
    )})`,
  "pane-people-add": () => "Add employee list",
  "pane-people-added": (p) => `Employee list "${p.file}": ${p.employees} NIPs.`,
};
