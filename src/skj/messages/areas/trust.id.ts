// Bahasa Indonesia texts of trust.params.ts.
import type { AreaCatalogue } from "../params";
import type { TrustMessageParams } from "./trust.params";
import { formatCount, joinList } from "../format";
import { renderMessage } from "../render";

export const trustId: AreaCatalogue<TrustMessageParams> = {
  "pane-unmapped": (p) =>
    `${joinList(p.competencies, "id")} tidak dipetakan — pilih kolomnya di Pemetaan kolom; sampai itu tidak ada pegawai yang dapat direncanakan.`,
  "pane-unmapped-field": () => "Tidak dipetakan — pilih kolomnya.",
  "pane-open-mapping": () => "Buka Pemetaan kolom",
  "pane-units-search": () => "Cari unit kerja",
  "pane-units-matching": (p) =>
    p.shown === 0
      ? "Tidak ada unit yang cocok."
      : `${formatCount(p.shown, "id")} dari ${formatCount(p.total, "id")} unit cocok.`,
  "pane-nobody-rows": (p) =>
    `Tabel di sheet "${p.sheet}" ditemukan, tetapi ${formatCount(p.errorRows, "id")} baris berisi kesalahan` +
    `${p.unassessed ? ` dan ${formatCount(p.unassessed, "id")} baris belum berisi nilai` : ""}. ` +
    `Yang pertama: ${renderMessage(p.first, "id")} Perbaiki datanya atau periksa pemetaan kolom.`,
};
