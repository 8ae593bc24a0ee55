// Bahasa Indonesia texts of document.params.ts.
import type { AreaCatalogue } from "../params";
import type { DocumentMessageParams } from "./document.params";

export const documentId: AreaCatalogue<DocumentMessageParams> = {
  "signer-found": (p) =>
    `Blok tanda tangan di bawah tabel (${p.address}) dipakai untuk rencana: ${p.title ? `${p.title}, ` : ""}${p.name}. ` +
    "Isi penandatangan di Identitas laporan (CLI: --penandatangan-nama) bila orang lain yang menandatangani.",
};
