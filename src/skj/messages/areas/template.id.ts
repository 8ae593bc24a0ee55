// Bahasa Indonesia texts of template.params.ts.
import type { AreaCatalogue } from "../params";
import type { TemplateField, TemplateMessageParams } from "./template.params";

const PROMPT_TITLE: Record<TemplateField, string> = {
  nip: "NIP (18 angka)",
  name: "Nama pegawai",
  position: "Nama jabatan",
  grade: "Jenjang jabatan",
  unit: "Unit kerja",
  employment: "Status kepegawaian",
  score: "Nilai kompetensi (1–5)",
  "skj-position": "Nama jabatan",
  "skj-level": "Level standar (1–5)",
};

const ERROR_TITLE: Record<TemplateField, string> = {
  nip: "NIP tidak valid",
  name: "Nama tidak valid",
  position: "Jabatan tidak valid",
  grade: "Jenjang tidak dikenal",
  unit: "Unit tidak valid",
  employment: "Status tidak dikenal",
  score: "Nilai tidak valid",
  "skj-position": "Jabatan tidak valid",
  "skj-level": "Level tidak valid",
};

export const templateId: AreaCatalogue<TemplateMessageParams> = {
  "template-prompt-title": (p) => PROMPT_TITLE[p.field],
  "template-prompt": (p) =>
    ({
      nip: `Tulis ${p.digits} angka NIP tanpa spasi, mis. 198503212010011002. Sel berformat Teks agar angka tidak berubah.`,
      name: "Nama lengkap dengan gelar, seperti pada SK.",
      position:
        "Nama jabatan seperti pada SK, mis. Analis SDM Aparatur Ahli Muda. Jenjang JF juga dibaca dari nama ini.",
      grade:
        "Pilih dari daftar: JPT, Administrator, Pengawas, Pelaksana atau jenjang JF. Standar kompetensi jabatan diambil dari jenjang ini.",
      unit: "Nama unit kerja atau OPD, untuk rekap per unit.",
      employment: "PNS atau PPPK. Rencana pegawai PPPK dibatasi 24 JP per tahun.",
      score: `Level hasil asesmen ${p.min}–${p.max}, kelipatan 0,5 (mis. 3 atau 3,5). Kosongkan bila tidak diukur.`,
      "skj-position":
        "Tulis nama jabatan persis seperti pada kolom Jabatan lembar data; isi level yang disyaratkan jabatan itu.",
      "skj-level": `Level yang disyaratkan jabatan, bilangan bulat ${p.min}–${p.max}. Kosongkan untuk memakai standar jenjang.`,
    })[p.field],
  "template-error-title": (p) => ERROR_TITLE[p.field],
  "template-error": (p) =>
    ({
      nip: `NIP harus ${p.digits} angka tanpa spasi atau tanda baca.`,
      name: "Isi nama pegawai.",
      position: "Isi nama jabatan.",
      grade: "Pilih jenjang dari daftar.",
      unit: "Isi nama unit kerja.",
      employment: "Isi PNS atau PPPK.",
      score: `Nilai harus angka ${p.min} sampai ${p.max} dengan kelipatan 0,5.`,
      "skj-position": "Isi nama jabatan.",
      "skj-level": `Level standar harus bilangan bulat ${p.min} sampai ${p.max}.`,
    })[p.field],
  "template-guide-title": () => "PETUNJUK PENGISIAN TEMPLATE HASIL ASESMEN",
  "template-guide-step": (p) =>
    ({
      1: `Isi lembar "${p.entrySheet}": satu baris per pegawai mulai baris 2. Jangan mengubah judul kolom di baris 1; pemeriksaan isian berlaku sampai baris ${p.rows + 1}.`,
      2: "NIP ditulis 18 angka (sel berformat Teks); jenjang dan status dipilih dari daftar; nama, jabatan dan unit kerja seperti pada SK.",
      3: "Nilai sembilan kompetensi manajerial dan sosial kultural diisi level hasil asesmen 1–5 (kelipatan 0,5), dari laporan pusat asesmen.",
      4: `Lembar "${p.skjSheet}" (boleh kosong): bila instansi menetapkan standar per jabatan, tulis nama jabatan persis seperti di kolom Jabatan dan level 1–5 tiap kompetensi. Jabatan yang tidak ditulis memakai standar jenjangnya.`,
      5: 'Setelah terisi, buka panel SKJ dan pilih "Buat Rencana", atau jalankan "skj plan berkas.xlsx", untuk menyusun rencana pengembangan.',
    })[p.step],
  "template-guide-basis": () =>
    "Dasar: PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan ASN; PP 11/2017 pasal 203–207 tentang pengembangan kompetensi.",
  "template-exists": (p) =>
    `Berkas "${p.file}" sudah ada dan tidak ditimpa (mungkin template yang sedang diisi); beri nama lain dengan --out.`,
  "template-written": (p) =>
    `Template ditulis ke ${p.file} (lembar ${p.sheets.map((s) => `"${s}"`).join(", ")}).`,
};
