// Bahasa Indonesia texts of input.params.ts.
import { joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { IdentityField } from "../../types";
import type { HeaderAt, InputMessageParams, MappedField } from "./input.params";

const headers = (list: readonly HeaderAt[], more: number) =>
  list.map((h) => `"${h.text}" (kolom ${h.column})`).join(", ") +
  (more > 0 ? ` dan ${more} lainnya` : "");

/** An unknown header by its text and cell, or a column without a header by its cell. */
const unknownAt = (header: string, address: string) =>
  header ? `Judul kolom "${header}" (${address}) tidak dikenal` : `Kolom ${address} tidak berjudul`;

const FIELD_NAME: Record<IdentityField, string> = {
  nip: "NIP",
  name: "Nama",
  position: "Jabatan",
  grade: "Jenjang/Eselon",
  unit: "Unit Kerja",
  level: "Level SKJ",
  jpm: "JPM file",
  category: "Kategori file",
};
const fieldName = (f: MappedField) => ("identity" in f ? FIELD_NAME[f.identity] : f.competency);

export const inputId: AreaCatalogue<InputMessageParams> = {
  "identity-field-name": (p) => FIELD_NAME[p.field],
  "mapping-field-shared": (p) =>
    `Kolom ${p.column} ("${p.header}") dibaca untuk ${p.fields.map(fieldName).join(" dan ")} sekaligus; ` +
    "salah satunya keliru. Pilih kolom yang benar di Pemetaan kolom (CLI: --kolom KODE=KOLOM).",
  "header-by-position": (p) =>
    `${unknownAt(p.header, p.address)}, tetapi berada di tempat ${p.competency} ` +
    `menurut urutan standar dan isinya nilai 1–5; kolom ini dibaca sebagai ${p.competency}. ` +
    `Bila keliru, ubah di Pemetaan kolom (CLI: --kolom ${p.code}=KOLOM).`,
  "header-not-scores": (p) =>
    `Judul kolom "${p.header}" (${p.address}) mirip ${p.competency}, tetapi isinya bukan nilai 1–5 ` +
    `(misalnya ${p.example}), kemungkinan jumlah atau rata-rata; kolom ini tidak dibaca sebagai ${p.competency}.`,
  "competencies-unmapped": (p) =>
    `Sheet "${p.sheet}": ${p.found} dari 9 kompetensi SKJ dikenali; ` +
    `${joinList(
      p.missing.map((m) => `${m.name} (${m.code})`),
      "id"
    )} tidak ditemukan. ` +
    (p.unknown.length > 0
      ? `Judul kolom yang tidak dikenali: ${headers(p.unknown, p.more)}. `
      : "Tidak ada judul kolom lain yang belum dikenali. ") +
    `Petakan kolomnya di panel (Pemetaan kolom), atau di CLI dengan --kolom KODE=KOLOM ` +
    `(misalnya --kolom ${p.missing[0]?.code ?? "PDOL"}=${p.unknown[0]?.column ?? "K"}); ` +
    "sampai itu baris-barisnya tidak dapat direncanakan.",
  "jpm-column-ignored": (p) =>
    `Kolom "${p.header}" (kolom ${p.column}) tidak cocok dengan JPM yang dihitung dari nilai; tidak dipakai sebagai JPM file.`,
};
