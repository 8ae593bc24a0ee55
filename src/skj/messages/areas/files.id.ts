// Bahasa Indonesia texts of files.params.ts.
import { joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { FilesMessageParams } from "./files.params";

const SEPARATOR = { ",": "koma (,)", ";": "titik koma (;)", "\t": "tab", "|": "garis tegak (|)" };
const ENCODING = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1252": "Windows-1252 (bukan UTF-8)",
};
const FIX_MAPPING = {
  cli: "petakan kolomnya dengan --kolom KODE=KOLOM (mis. --kolom PDOL=K)",
  pane: "periksa pemetaan kolom di atas",
};

export const filesId: AreaCatalogue<FilesMessageParams> = {
  "csv-read": (p) =>
    `Berkas CSV "${p.file}" dibaca sebagai sheet "${p.sheet}": ${p.rows} baris, pemisah ${SEPARATOR[p.separator]}, ` +
    `desimal ${p.decimal === "," ? "koma" : "titik"}, pengodean ${ENCODING[p.encoding]}.`,
  "nobody-planned": (p) => {
    switch (p.reason) {
      case "no-rows":
        return `Tabel di sheet "${p.sheet}" ditemukan, tetapi tidak ada baris pegawai di bawah judul kolomnya. Isi data pegawai, lalu jalankan lagi.`;
      case "unassessed":
        return `Tabel di sheet "${p.sheet}" ditemukan, tetapi ${p.unassessed} baris pegawainya belum berisi nilai kompetensi (templat belum diisi). Isi nilainya, lalu jalankan lagi.`;
      case "errors":
        return `Tabel di sheet "${p.sheet}" ditemukan, tetapi tidak ada pegawai yang dapat direncanakan: ${p.errorRows} baris berisi kesalahan (lihat catatan data)${p.unassessed ? ` dan ${p.unassessed} baris belum berisi nilai` : ""}. Perbaiki datanya atau ${FIX_MAPPING[p.front]}.`;
      case "mapping":
        return `Tabel di sheet "${p.sheet}" ditemukan, tetapi kolomnya belum lengkap terbaca (lihat catatan data), sehingga tidak ada pegawai yang dapat direncanakan. Silakan ${FIX_MAPPING[p.front]}.`;
      case "units":
        return `Tabel di sheet "${p.sheet}" ditemukan, tetapi tidak ada pegawai yang dapat direncanakan di unit yang dipilih.`;
    }
  },
  "cli-no-output": (p) =>
    `Berkas hasil "${p.output}" tidak ditulis karena tidak ada pegawai yang direncanakan (berikan --out untuk tetap menulisnya).`,
  "kolom-format": (p) =>
    `--kolom "${p.arg}" tidak dapat dibaca: tulis KODE=KOLOM, dengan KOLOM berupa huruf kolom atau judul kolom, mis. --kolom PDOL=K atau --kolom "NIP=NIP Baru".`,
  "kolom-field-unknown": (p) =>
    `--kolom "${p.arg}": "${p.field}" bukan kode yang dikenal. Kode yang dapat dipakai: ${p.fields.join(", ")}.`,
  "kolom-column-unknown": (p) =>
    `--kolom "${p.arg}": tidak ada kolom berjudul "${p.column}" di baris judul tabel` +
    `${
      p.headers.length
        ? ` (judul yang ada: ${joinList(
            p.headers.slice(0, 30).map((h) => `"${h}"`),
            "id"
          )})`
        : ""
    }. Tulis judulnya persis atau pakai huruf kolom (mis. K).`,
  "kolom-no-header": (p) =>
    `--kolom "${p.arg}": baris judul tabel tidak ditemukan di sheet "${p.sheet}". Pakai huruf kolom dan pastikan sheet berisi judul kolom.`,
  "kolom-applied": (p) =>
    `Kolom ${p.column}${p.header ? ` ("${p.header}")` : ""} dibaca sebagai ${p.field}, sesuai --kolom ${p.arg}.`,
};
