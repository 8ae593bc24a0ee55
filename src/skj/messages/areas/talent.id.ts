// Bahasa Indonesia texts of talent.params.ts.
import type { AreaCatalogue } from "../params";
import type { TalentMessageParams } from "./talent.params";

const PERF = {
  below: "Di bawah ekspektasi",
  meets: "Sesuai ekspektasi",
  exceeds: "Di atas ekspektasi",
};
const POT = { low: "Rendah", medium: "Sedang", high: "Tinggi" };
const WHAT = { performance: "Kinerja", potential: "Potensi", box: "Kotak talenta" };

export const talentId: AreaCatalogue<TalentMessageParams> = {
  "talent-unreadable": (p) =>
    `${WHAT[p.what]} "${p.value}" tidak dikenal; pegawai ini tidak ditempatkan di kotak talenta. ` +
    (p.what === "performance"
      ? "Isi predikat SKP (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang), di atas/sesuai/di bawah ekspektasi, 1–3, atau nilai SKP 0–100."
      : p.what === "potential"
        ? "Isi Tinggi, Sedang atau Rendah, atau 1–3."
        : 'Isi nomor kotak 1–9 (mis. "Kotak 7").'),
  "talent-box-differs": (p) =>
    `Kotak di file ${p.file}, sedangkan kinerja "${PERF[p.performance]}" dan potensi "${POT[p.potential]}" memberi kotak ${p.computed}. ` +
    `Rencana memakai kotak ${p.computed}; periksa kolom kinerja, potensi atau kotak.`,
  "performance-name": (p) => PERF[p.level],
  "potential-name": (p) => POT[p.level],
  "talent-sheet-title": (p) => `PEMETAAN TALENTA (SEMBILAN KOTAK) TAHUN ${p.year}`,
  "talent-sheet-intro": (p) =>
    `${p.placed} dari ${p.total} pegawai ditempatkan menurut kinerja dan potensinya` +
    `${p.columns.performance ? ` (kinerja dari kolom "${p.columns.performance}"` : " ("}` +
    `${p.columns.potential ? `, potensi dari kolom "${p.columns.potential}"` : ""}` +
    `${p.columns.box ? `, kotak di file dari kolom "${p.columns.box}"` : ""}). ` +
    "Pegawai tanpa data kinerja atau potensi tidak ditempatkan.",
  "talent-sheet-jpm-potential": () =>
    "Potensi tidak ada di file: atas pilihan pengguna, kategori JPM kompetensi dipakai sebagai pengganti potensi " +
    "(kategori tertinggi = Tinggi, tengah = Sedang, terendah = Rendah). Ini bukan hasil penilaian potensi.",
  "talent-sheet-axis": (p) => (p.axis === "performance" ? "KINERJA →" : "POTENSI →"),
  "talent-sheet-box": (p) => `Kotak ${p.box}: ${p.count} pegawai`,
  "talent-sheet-header": (p) =>
    ({
      no: "No",
      nip: "NIP",
      name: "Nama",
      position: "Jabatan",
      unit: "Unit Kerja",
      performance: "Kinerja",
      potential: "Potensi",
      box: "Kotak",
      count: "Jumlah",
      recommendation: "Rekomendasi",
      focus: "Fokus pengembangan (dari rencana)",
    })[p.column],
  "talent-sheet-list-title": () => "Daftar pegawai per kotak",
  "talent-sheet-basis": () =>
    "Dasar: PermenPANRB 3/2020 tentang Manajemen Talenta ASN sebagaimana diubah PermenPANRB 20/2025; " +
    "rekomendasi per kotak menurut naskah 2020. Kinerja: predikat SKP (PermenPANRB 6/2022).",
  "talent-sheet-none": () => "(tidak ada)",
  "fn-performance-unknown": (p) =>
    `Kinerja "${p.text}" tidak dikenal. Isi Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang, di atas/sesuai/di bawah ekspektasi, 1–3, atau nilai SKP 0–100.`,
  "fn-potential-unknown": (p) =>
    `Potensi "${p.text}" tidak dikenal. Isi Tinggi, Sedang, Rendah, atau 1–3.`,
  "fn-box-unknown": (p) => `Kotak "${p.text}" tidak dikenal. Isi nomor kotak 1–9.`,
};
