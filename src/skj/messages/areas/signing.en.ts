// English texts of signing.params.ts.
import type { AreaCatalogue } from "../params";
import type { SigningMessageParams } from "./signing.params";

export const signingEn: AreaCatalogue<SigningMessageParams> = {
  "sheet-sign-prepared": () => "Prepared by,",
  "plan-continued": (p) => `(continued) ${p.no}. ${p.name}${p.nip ? ` — NIP ${p.nip}` : ""}`,
  "preparer-nip-invalid": () => "The preparer's NIP must be 18 digits (spaces allowed)",
};
