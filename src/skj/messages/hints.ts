// What to do about each kind of data note: one short fix hint per issue code, in both languages. The pane
// shows it under the note (grouped notes share it); the codes are those an Issue can carry.
import type { Lang, MessageCode } from "./params";

type Hint = { id: string; en: string };

const KOLOM = {
  id: "Petakan kolomnya di Pemetaan kolom (CLI: --kolom KODE=KOLOM).",
  en: "Map the column under Column mapping (CLI: --kolom CODE=COLUMN).",
};

export const ISSUE_HINTS: Partial<Record<MessageCode, Hint>> = {
  "budget-over-ceiling": {
    id: "Naikkan pagu anggaran atau terima program yang ditunda ke tahun depan.",
    en: "Raise the budget ceiling or accept that the deferred programmes wait a year.",
  },
  "category-differs": {
    id: "Periksa batas kategori di Pilihan, atau kategori yang tertulis di file.",
    en: "Check the category thresholds under Options, or the category written in the file.",
  },
  "competencies-missing": KOLOM,
  "competencies-unmapped": KOLOM,
  "competency-duplicate": {
    id: "Pilih satu kolom untuk kompetensi ini di Pemetaan kolom.",
    en: "Choose one column for this competency under Column mapping.",
  },
  "competency-missing": KOLOM,
  "competency-unknown": KOLOM,
  "cost-sheet-amount-invalid": {
    id: "Tulis biaya sebagai angka rupiah, mis. 125000 atau Rp 125.000.",
    en: "Write the cost as rupiah, e.g. 125000 or Rp 125.000.",
  },
  "cost-sheet-basis-unknown": {
    id: "Isi satuan: per peserta per JP, per peserta, atau per program.",
    en: "Use a unit: per participant per JP, per participant, or per programme.",
  },
  "cost-sheet-duplicate": {
    id: "Hapus baris ganda di sheet Biaya; baris pertama yang dipakai.",
    en: "Remove the repeated row on the Biaya sheet; the first one is used.",
  },
  "cost-sheet-method-unknown": {
    id: "Tulis kode metode LAN (mis. KL02, NKL03) atau nama metodenya.",
    en: "Write a LAN method code (e.g. KL02, NKL03) or the method's name.",
  },
  "cost-sheet-no-columns": {
    id: 'Beri sheet Biaya judul kolom "Kode" dan "Biaya".',
    en: 'Give the Biaya sheet the headers "Kode" and "Biaya".',
  },
  "cost-sheet-read": {
    id: "Tidak perlu tindakan; periksa biaya yang dipakai di sheet AKPK.",
    en: "Nothing to do; check the costs used on the AKPK sheet.",
  },
  "duplicate-competency-column": {
    id: "Hapus atau ganti judul kolom yang ganda.",
    en: "Remove or rename the repeated column.",
  },
  "formulas-without-values": {
    id: "Buka dan simpan file di Excel atau LibreOffice agar hasil rumusnya tersimpan.",
    en: "Open and save the file in Excel or LibreOffice so that the formulas' results are stored.",
  },
  "grade-assumed": {
    id: "Isi kolom jenjang/eselon bila dugaan dari jabatan keliru, atau tambahkan daftar pegawai.",
    en: "Fill the grade column where the guess from the position is wrong, or add an employee list.",
  },
  "grade-missing": {
    id: "Isi jenjang, tambahkan daftar pegawai (Tambah daftar pegawai), atau pakai --jenjang.",
    en: "Fill the grade, add an employee list, or use --jenjang.",
  },
  "grade-rank-in-column": {
    id: "Isi jenjang jabatan (mis. Eselon III.a, Administrator, JF Ahli Muda) di kolom ini, dan golongan di kolom tersendiri.",
    en: "Write the grade (e.g. Eselon III.a, Administrator, JF Ahli Muda) in this column, and the rank in a column of its own.",
  },
  "grade-unknown": {
    id: "Tulis jenjang yang dikenal, mis. Eselon III.a, Administrator, JF Ahli Muda, Pelaksana.",
    en: "Write a known grade, e.g. Eselon III.a, Administrator, JF Ahli Muda, Pelaksana.",
  },
  "header-by-position": {
    id: "Bila keliru, ubah di Pemetaan kolom.",
    en: "If this is wrong, change it under Column mapping.",
  },
  "header-not-scores": KOLOM,
  "header-typo": {
    id: "Perbaiki ejaan judul kolom, atau biarkan bila pembacaannya benar.",
    en: "Correct the header's spelling, or leave it if the reading is right.",
  },
  "hidden-rows": {
    id: "Tampilkan baris tersembunyi bila pegawainya seharusnya tidak direncanakan.",
    en: "Unhide the rows if those employees should not be planned.",
  },
  "identity-missing": KOLOM,
  "jpm-column-ignored": {
    id: "Tidak perlu tindakan; JPM dihitung ulang menurut metode yang dipilih.",
    en: "Nothing to do; the JPM is recomputed by the chosen method.",
  },
  "jpm-differs": {
    id: "Periksa nilai baris ini, atau pilih metode JPM yang dipakai instansi di Pilihan.",
    en: "Check this row's scores, or choose the agency's JPM method under Options.",
  },
  "jpm-method-unmatched": {
    id: "Pilih metode JPM di Pilihan (CLI: --jpm).",
    en: "Choose the JPM method under Options (CLI: --jpm).",
  },
  "kolom-applied": {
    id: "Tidak perlu tindakan.",
    en: "Nothing to do.",
  },
  "kolom-column-unknown": {
    id: "Pakai huruf kolom (mis. K) atau judul kolom persis seperti di file.",
    en: "Use a column letter (e.g. K) or the header exactly as in the file.",
  },
  "kolom-field-unknown": {
    id: "Pakai kode yang dikenal: INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB, NIP, NAMA, JABATAN, JENJANG, UNIT.",
    en: "Use a known code: INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB, NIP, NAMA, JABATAN, JENJANG, UNIT.",
  },
  "kolom-format": {
    id: "Tulis --kolom KODE=KOLOM, mis. --kolom PDOL=K.",
    en: "Write --kolom CODE=COLUMN, e.g. --kolom PDOL=K.",
  },
  "kolom-no-header": {
    id: "Pilih kolom yang berada di dalam tabel.",
    en: "Choose a column inside the table.",
  },
  "level-invalid": {
    id: "Isi level 1–5.",
    en: "Fill a level 1–5.",
  },
  "long-columns-missing": KOLOM,
  "mapping-duplicate": {
    id: "Pilih kolom lain untuk salah satu kompetensi di Pemetaan kolom.",
    en: "Choose another column for one of the competencies under Column mapping.",
  },
  "mapping-field-shared": {
    id: "Satu kolom hanya untuk satu isian: ubah salah satunya di Pemetaan kolom, atau Kembalikan hasil deteksi.",
    en: "One column serves one field: change one of them under Column mapping, or Restore detection.",
  },
  "name-missing": {
    id: "Isi nama pegawai pada baris ini.",
    en: "Fill the employee's name on this row.",
  },
  "nip-duplicate": {
    id: "Perbaiki NIP yang tertulis dua kali; setiap pegawai punya NIP sendiri.",
    en: "Correct the NIP written twice; every employee has their own.",
  },
  "nip-missing": {
    id: "Isi NIP 18 digit pada baris ini.",
    en: "Fill the 18-digit NIP on this row.",
  },
  "nip-precision": {
    id: "Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya.",
    en: "Format the NIP column as Text and type the NIP again.",
  },
  "nobody-planned": {
    id: "Perbaiki galat di atas, lalu buat rencana lagi.",
    en: "Fix the errors above, then make the plan again.",
  },
  "other-tables": {
    id: "Bila tabel yang dipakai keliru, pilih sheet lain atau pilih rentangnya.",
    en: "If the wrong table was used, choose another sheet or select its range.",
  },
  "people-default-invalid": {
    id: "Tulis jenjang yang dikenal pada --jenjang, mis. Pelaksana.",
    en: "Write a known grade for --jenjang, e.g. Pelaksana.",
  },
  "people-default-used": {
    id: "Isi jenjang pegawai ini bila jenjang bawaan tidak tepat.",
    en: "Fill these employees' grades if the default grade does not fit.",
  },
  "people-joined": {
    id: "Tidak perlu tindakan.",
    en: "Nothing to do.",
  },
  "people-list-grade": {
    id: "Perbaiki jenjang di daftar pegawai.",
    en: "Correct the grade in the employee list.",
  },
  "people-list-not-found": {
    id: "Pilih berkas yang memuat kolom NIP dan eselon/jenjang.",
    en: "Choose a file with a NIP and a grade column.",
  },
  "people-not-listed": {
    id: "Tambahkan pegawai ini ke daftar pegawai, atau isi jenjangnya di tabel.",
    en: "Add these employees to the list, or fill their grade in the table.",
  },
  "people-sheet-no-scores": {
    id: "Isi nilai kompetensi di sheet pegawai ini.",
    en: "Fill the competency scores on this employee's sheet.",
  },
  "people-sheets": {
    id: "Tidak perlu tindakan.",
    en: "Nothing to do.",
  },
  "people-sheets-unused": {
    id: "Bila sheet per pegawai yang seharusnya dipakai, hapus atau pindahkan tabelnya.",
    en: "If the per-employee sheets should be used, move or remove the table.",
  },
  "pppk-capped": {
    id: "Tidak perlu tindakan; PPPK dibatasi 24 JP per tahun.",
    en: "Nothing to do; PPPK plans stop at 24 JP a year.",
  },
  "progress-previous-empty": {
    id: "Pilih berkas hasil tahun lalu yang memuat tabel asesmen atau sheet Rencana Pengembangan.",
    en: "Choose last year's results file with the assessment table or the plan sheet.",
  },
  "progress-realisation-unreadable": {
    id: "Isi jumlah JP yang terealisasi sebagai angka.",
    en: "Enter the realised JP as a number.",
  },
  "rekap-nobody": {
    id: "Periksa catatan tiap berkas: biasanya tabelnya tidak ditemukan atau semua barisnya bermasalah; perbaiki lalu jalankan lagi.",
    en: "Check each file's notes: usually its table was not found or every row has a problem; fix them and run again.",
  },
  "rekap-duplicate-nip": {
    id: "Hapus pegawai itu dari berkas unit yang bukan unitnya sekarang, atau perbaiki NIP yang salah ketik.",
    en: "Remove the employee from the unit file that is no longer theirs, or correct a mistyped NIP.",
  },
  "rekap-file-failed": {
    id: "Buka berkas itu dengan skj plan untuk melihat masalahnya, perbaiki, lalu jalankan skj rekap lagi.",
    en: "Run skj plan on that file to see the problem, fix it, then run skj rekap again.",
  },
  "score-invalid": {
    id: "Isi nilai 1–5 (boleh desimal, mis. 3,5); baris ini tidak direncanakan sampai diperbaiki.",
    en: "Fill a score 1–5 (decimals allowed, e.g. 3.5); this row is not planned until it is fixed.",
  },
  "signer-found": {
    id: "Tidak perlu tindakan bila penandatangannya benar.",
    en: "Nothing to do if the signatory is right.",
  },
  "skj-level-invalid": {
    id: "Isi level 1–5 di sheet SKJ.",
    en: "Fill a level 1–5 on the SKJ sheet.",
  },
  "skj-sheet-unreadable": {
    id: 'Beri sheet SKJ kolom "Jabatan" dan kolom per kompetensi.',
    en: 'Give the SKJ sheet a "Jabatan" column and a column per competency.',
  },
  "standard-invalid": {
    id: "Isi standar 1–5.",
    en: "Fill a standard 1–5.",
  },
  "table-not-found": {
    id: "Pilih rentang tabel hasil asesmen, atau buat template.",
    en: "Select the range of the results table, or make a template.",
  },
  "table-not-found-in-sheet": {
    id: "Pilih sheet lain, atau pilih rentang tabelnya.",
    en: "Choose another sheet, or select the table's range.",
  },
  "talent-box-differs": {
    id: "Periksa kolom kinerja, potensi atau kotak di file.",
    en: "Check the performance, potential or box column in the file.",
  },
  "talent-unreadable": {
    id: "Pakai predikat SKP atau Tinggi/Sedang/Rendah.",
    en: "Use an SKP rating or High/Medium/Low.",
  },
  "target-found": {
    id: "Tidak perlu tindakan.",
    en: "Nothing to do.",
  },
  "target-unreadable": {
    id: "Tulis jabatan atau jenjang target yang dikenal, mis. Administrator.",
    en: "Write a known target position or grade, e.g. Administrator.",
  },
  "technical-invalid": {
    id: "Isi nilai kompetensi teknis 1–5.",
    en: "Fill the technical competency's score 1–5.",
  },
  "unit-not-found": {
    id: "Pilih unit yang ada di tabel.",
    en: "Choose a unit the table has.",
  },
  "workbook-empty": {
    id: "Buka workbook yang berisi tabel hasil asesmen.",
    en: "Open a workbook that holds the results table.",
  },
};

/** The fix hint of an issue code in a language, when there is one. */
export function hintFor(code: MessageCode, lang: Lang): string | undefined {
  return ISSUE_HINTS[code]?.[lang];
}
