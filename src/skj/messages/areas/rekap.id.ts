// Bahasa Indonesia texts of rekap.params.ts.
import type { AreaCatalogue, Message } from "../params";
import { formatNumber } from "../format";
import { renderMessage } from "../render";
import type { RekapMessageParams } from "./rekap.params";

const COLUMN = {
  no: "No",
  unit: "Unit Kerja / OPD",
  competency: "Kompetensi",
  employees: "Jumlah Pegawai",
  short: "Perlu Pengembangan",
  share: "Persentase",
  meanGap: "Rata-rata Gap yang Perlu Pengembangan",
  file: "Berkas",
  sheet: "Sheet / Tabel Dibaca",
  planned: "Pegawai Direncanakan",
  leftOut: "Baris Tidak Direncanakan",
  errors: "Kesalahan",
  warnings: "Peringatan",
  issues: "Catatan Pertama",
};

const USAGE = `Pemakaian:
  skj rekap FOLDER|BERKAS… [--out rekap.xlsx] [pilihan]

Membaca setiap berkas .xlsx, .xlsm dan .csv (folder: semua berkas itu di dalamnya, urut nama), membuat rencana
tiap berkas, lalu menulis SATU workbook baru: Rekap per Unit (kebutuhan per unit dan kompetensi, dengan total
instansi), AKPK (program gabungan seluruh unit, dengan anggaran) dan Berkas (apa yang dibaca dari tiap berkas
dan catatannya). NIP yang sama di dua berkas dilaporkan dan dihitung sekali (berkas pertama).

Pilihan:
  --out BERKAS          tulis rekap ke BERKAS .xlsx (bawaan: rekap-TAHUN.xlsx di folder kerja)
  --json                cetak rekap sebagai JSON di stdout (berkas hanya ditulis bila --out diberikan)
  --year TAHUN          tahun rencana (bawaan: tahun depan)
  --scheme, --jpm, --toleransi, --target-jp, --standar-jf, --kolom KODE=KOLOM
                        seperti pada skj plan, untuk setiap berkas
  --anggaran RUPIAH     pagu anggaran seluruh instansi; program gabungan di atas pagu ditunda
  --biaya KODE=RUPIAH   biaya satuan sebuah metode (boleh diulang)
  --penyelenggara KODE=PENYELENGGARA
                        penyelenggara sebuah metode, mis. KL02=pusdiklat (boleh diulang)
  --ambang-kelas N      peserta minimal sebuah program gabungan (bawaan: 10)
  --ambang-unit N       program unit kerja bila sedikitnya N pegawai satu unit berbagi kebutuhan
  --instansi, --tempat, --penandatangan-jabatan, --penandatangan-nama, --penandatangan-nip,
  --penyusun-jabatan, --penyusun-nama, --penyusun-nip, --zona
                        seperti pada skj plan
  --paralel N           jumlah thread pembaca berkas (bawaan: jumlah inti prosesor)
  --lang id|en          bahasa keluaran dan sheet yang ditulis (bawaan: id)
  -h, --help            bantuan ini

Kode keluar: 0 bila ada pegawai yang direncanakan; 3 bila tidak satu berkas pun memberi pegawai; 2 bila tidak
ada berkas, pilihan salah, atau rekap tidak dapat ditulis.
`;

const r = (m: Message) => renderMessage(m, "id");
const plural = (n: number, word: string) => `${n} ${word}`;

export const rekapId: AreaCatalogue<RekapMessageParams> = {
  "rekap-usage": () => USAGE,
  "rekap-no-files": (p) =>
    `Tidak ada berkas .xlsx, .xlsm atau .csv pada ${p.inputs.length ? p.inputs.map((i) => `"${i}"`).join(", ") : "(kosong)"}. Berikan folder atau berkas hasil asesmen.`,
  "rekap-file-failed": (p) =>
    `Berkas "${p.file}" tidak dapat direkap dan tidak dihitung: ${r(p.reason)}`,
  "rekap-duplicate-nip": (p) =>
    `NIP ${p.nip}${p.name ? ` (${p.name})` : ""} ada di berkas "${p.firstFile}" baris ${p.firstRow} dan di berkas "${p.file}" baris ${p.row}; ` +
    `pegawai ini dihitung sekali, dari berkas pertama ("${p.firstFile}").`,
  "rekap-nobody": (p) =>
    `Tidak ada pegawai yang dapat direncanakan dari ${plural(p.files, "berkas")}; lihat catatan tiap berkas di atas.`,
  "rekap-worker-missing": (p) =>
    `Modul pembaca berkas "${p.file}" tidak ditemukan: jalankan \`npm run build:cli\` lebih dulu.`,
  "rekap-worker-failed": (p) => `Thread pembaca berkas berhenti tanpa hasil: ${p.detail}`,
  "rekap-progress": (p) => `Berkas ${p.done} dari ${p.total} selesai: ${p.file}`,
  "rekap-done": (p) =>
    `Rekap: ${plural(p.files, "berkas")} (${p.failed} gagal), ${plural(p.units, "unit")}, ${plural(p.employees, "pegawai")}, ` +
    `${plural(p.duplicates, "NIP ganda")}; ${plural(p.programmes, "program")} gabungan dan ${plural(p.individual, "baris")} pengembangan individual ` +
    `(dibaca oleh ${plural(p.workers, "thread")}).`,
  "rekap-written": (p) => `Ditulis: ${p.output} (sheet: ${p.sheets.join(", ")})`,
  "rekap-title": (p) => `REKAP KEBUTUHAN PENGEMBANGAN KOMPETENSI PER UNIT KERJA TAHUN ${p.year}`,
  "rekap-intro": (p) =>
    `Gabungan ${plural(p.files, "berkas")} unit kerja: ${plural(p.employees, "pegawai")} dalam ${plural(p.units, "unit")}` +
    `${p.duplicates > 0 ? ` (${plural(p.duplicates, "NIP")} ganda dihitung sekali, dari berkas pertama)` : ""}. ` +
    `Unit = isi kolom unit kerja berkas bila ada, selain itu nama berkas. Perlu pengembangan: nilai di bawah standar` +
    `${p.tolerance > 0 ? ` lebih dari toleransi ${formatNumber(p.tolerance * 100, "id")}%` : ""}; ` +
    `persentase = perlu pengembangan ÷ jumlah pegawai; rata-rata gap = rata-rata (nilai − standar) pegawai yang perlu pengembangan.`,
  "rekap-header": (p) => COLUMN[p.column],
  "rekap-total": () => "Total instansi",
  "rekap-source": (p) =>
    `Program gabungan dari ${plural(p.files, "berkas")} unit kerja (${plural(p.units, "unit")}, ${plural(p.employees, "pegawai")}` +
    `${p.duplicates > 0 ? `; ${plural(p.duplicates, "NIP")} ganda dihitung sekali` : ""}): peserta dari setiap unit dikelompokkan bersama. ` +
    `Rincian berkas ada di sheet Berkas.`,
  "rekap-files-title": (p) => `BERKAS YANG DIREKAP TAHUN ${p.year}`,
  "rekap-files-intro": (p) =>
    `${plural(p.files, "berkas")} dibaca (${p.failed} tidak dapat direkap); ${plural(p.employees, "pegawai")} dihitung` +
    `${p.duplicates > 0 ? `; ${plural(p.duplicates, "NIP")} ganda dihitung sekali dari berkas pertama` : ""}. ` +
    `Catatan lengkap tiap berkas: jalankan skj plan pada berkas itu.`,
  "rekap-more-issues": (p) => `… dan ${p.count} catatan lain`,
};
