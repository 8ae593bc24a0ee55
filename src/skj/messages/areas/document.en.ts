// English texts of document.params.ts.
import type { AreaCatalogue } from "../params";
import type { DocumentMessageParams } from "./document.params";

export const documentEn: AreaCatalogue<DocumentMessageParams> = {
  "signer-found": (p) =>
    `The signature block under the table (${p.address}) signs the plan too: ${p.title ? `${p.title}, ` : ""}${p.name}. ` +
    "Fill the signatory under Report identity (CLI: --penandatangan-nama) if someone else signs.",
};
