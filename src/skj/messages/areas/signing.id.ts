// Bahasa Indonesia texts of signing.params.ts.
import type { AreaCatalogue } from "../params";
import type { SigningMessageParams } from "./signing.params";

export const signingId: AreaCatalogue<SigningMessageParams> = {
  "sheet-sign-prepared": () => "Disusun oleh,",
  "plan-continued": (p) => `(lanjutan) ${p.no}. ${p.name}${p.nip ? ` — NIP ${p.nip}` : ""}`,
  "preparer-nip-invalid": () => "NIP penyusun harus 18 angka (spasi boleh)",
};
