// Bahasa Indonesia texts of progress.params.ts.
import type { AreaCatalogue } from "../params";
import type { ProgressMessageParams } from "./progress.params";

const COLUMN = {
  no: "No",
  name: "Nama",
  nip: "NIP",
  unit: "Unit Kerja",
  planned: "JP Rencana",
  realised: "JP Realisasi",
  met: "Target Tercapai",
  employees: "Jumlah Pegawai",
  below: "Di Bawah Target",
  competency: "Kompetensi",
  compared: "Pegawai Dibandingkan",
  closed: "Kebutuhan Tertutup",
  opened: "Kebutuhan Baru",
  remaining: "Masih Kebutuhan",
};
const HEADING = {
  employees: "A. JP rencana dan realisasi per pegawai",
  units: "B. JP rencana dan realisasi per unit kerja",
  competencies: "C. Kebutuhan kompetensi antara dua asesmen",
  below: "D. Pegawai dengan realisasi di bawah target",
};

export const progressId: AreaCatalogue<ProgressMessageParams> = {
  "progress-realisation-unreadable": (p) =>
    `Realisasi "${p.value}" bukan jumlah JP; pegawai ini dihitung tanpa realisasi. Isi angka JP (mis. 24).`,
  "progress-previous-empty": (p) =>
    `Berkas tahun lalu "${p.file}" tidak memuat tabel hasil asesmen maupun sheet Rencana Pengembangan dari add-in ini; ` +
    `progres dihitung tanpa data tahun lalu. Pilih berkas hasil tahun lalu.`,
  "progress-sheet-title": (p) =>
    `PROGRES PENGEMBANGAN KOMPETENSI TAHUN ${p.previousYear} KE ${p.year}`,
  "progress-sheet-sources": (p) =>
    [
      p.planSheet
        ? `JP rencana dari sheet "${p.planSheet}"${p.planFile ? ` berkas "${p.planFile}"` : ""}.`
        : p.recomputed
          ? "JP rencana dihitung ulang dari hasil asesmen tahun lalu (sheet rencana tahun lalu tidak ditemukan)."
          : "JP rencana tahun lalu tidak diketahui (tidak ada sheet rencana tahun lalu).",
      p.realisation
        ? `JP realisasi dari kolom "${p.realisation}".`
        : 'JP realisasi tidak diketahui: tambahkan kolom "JP Realisasi" pada tabel.',
      p.assessmentSheet
        ? `Nilai tahun lalu dari sheet "${p.assessmentSheet}"${p.assessmentFile ? ` berkas "${p.assessmentFile}"` : ""}; pegawai dicocokkan menurut NIP.`
        : "Tidak ada hasil asesmen tahun lalu: perbandingan kebutuhan kompetensi tidak dibuat.",
    ].join(" "),
  "progress-sheet-basis": (p) =>
    `Setiap PNS berhak atas pengembangan kompetensi sedikitnya ${p.target} JP per tahun (PP 11/2017 pasal 203, ` +
    "diubah PP 17/2020). Kebutuhan tertutup: tahun lalu nilai di bawah standar, kini tidak; kebutuhan baru: " +
    "sebaliknya (standar jabatan masing-masing tahun).",
  "progress-sheet-heading": (p) => HEADING[p.part],
  "progress-sheet-header": (p) => COLUMN[p.column],
  "progress-sheet-met": (p) => (p.met === null ? "–" : p.met ? "Ya" : "Belum"),
  "progress-sheet-below": (p) =>
    p.count === 0
      ? `Tidak ada pegawai dengan realisasi di bawah ${p.target} JP.`
      : `${p.count} pegawai dengan realisasi di bawah ${p.target} JP: ${p.names.join(", ")}.`,
  "progress-sheet-no-comparison": () =>
    "Tidak ada pegawai yang dinilai pada kedua asesmen (dicocokkan menurut NIP).",
  "progress-chart-title": (p) => `Kebutuhan kompetensi ${p.previousYear} → ${p.year}`,
};
