// English texts of document.params.ts.
import type { AreaCatalogue } from "../params";
import type { DocumentMessageParams } from "./document.params";
import { formatNumber, formatPercent } from "../format";
import { boundText } from "./sheets.id";

export const documentEn: AreaCatalogue<DocumentMessageParams> = {
  "signer-found": (p) =>
    `The signature block under the table (${p.address}) signs the plan too: ${p.title ? `${p.title}, ` : ""}${p.name}. ` +
    "Fill the signatory under Report identity (CLI: --penandatangan-nama) if someone else signs.",
  "plan-plain-note": (p) =>
    "How to read it: Gap = score − standard. A competency scored below its standard" +
    (p.tolerance > 0 ? ` by more than ${formatPercent(p.tolerance, "en", 0)}` : "") +
    " is a development need; priority 1 is the largest shortfall. JPM compares the employee's scores with the " +
    "position's standards (100% = every standard met) and sets the category: " +
    p.bands
      .map((b) => `${b.category} ${boundText(b.bound, (x) => formatPercent(x, "en", 0))}`)
      .join("; ") +
    `. Target ${formatNumber(p.jpTarget, "en")} JP per employee a year; only JP credited by LAN's guideline ` +
    "count (column JP Credited). The formulas and the levels are explained in the notes at the end of the sheet.",
  "plan-legend-title": () => "Notes",
  "plan-skj-mark": (p) =>
    `Standards in bold on blue come from the "${p.sheet}" sheet (the agency's position standards); the others are the grade's default.`,
  "plan-level-key": () =>
    "Competency levels (PermenPANRB 38/2017): 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.",
};
