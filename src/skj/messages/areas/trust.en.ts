// English texts of trust.params.ts.
import type { AreaCatalogue } from "../params";
import type { TrustMessageParams } from "./trust.params";
import { formatCount, joinList } from "../format";
import { renderMessage } from "../render";

export const trustEn: AreaCatalogue<TrustMessageParams> = {
  "pane-unmapped": (p) =>
    `${joinList(p.competencies, "en")} ${p.competencies.length === 1 ? "is" : "are"} not mapped — choose ${p.competencies.length === 1 ? "its column" : "their columns"} under Column mapping; until then nobody can be planned.`,
  "pane-unmapped-field": () => "Not mapped — choose its column.",
  "pane-open-mapping": () => "Open the column mapping",
  "pane-units-search": () => "Search units",
  "pane-units-matching": (p) =>
    p.shown === 0
      ? "No unit matches."
      : `${formatCount(p.shown, "en")} of ${formatCount(p.total, "en")} units match.`,
  "pane-nobody-rows": (p) =>
    `The table on sheet "${p.sheet}" was found, but ${formatCount(p.errorRows, "en")} ${p.errorRows === 1 ? "row has" : "rows have"} errors` +
    `${p.unassessed ? ` and ${formatCount(p.unassessed, "en")} ${p.unassessed === 1 ? "row has" : "rows have"} no scores yet` : ""}. ` +
    `The first: ${renderMessage(p.first, "en")} Correct the data or check the column mapping.`,
};
