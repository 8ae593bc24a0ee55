// Bahasa Indonesia texts of akpk.params.ts.
import { formatCount, joinList } from "../format";
import type { AreaCatalogue } from "../params";
import type { AkpkColumn, AkpkMessageParams, AkpkSection } from "./akpk.params";

const rp = (n: number) => `Rp ${formatCount(Math.round(n), "id")}`;

const COLUMNS: Record<AkpkColumn, string> = {
  no: "No",
  competency: "Kompetensi yang dikembangkan",
  targets: "Pegawai sasaran",
  type: "Jenis dan jalur pengembangan",
  provider: "Penyelenggara",
  schedule: "Jadwal",
  curriculum: "Kesesuaian kurikulum instansi pembina",
  cost: "Anggaran (Rp)",
  funding: "Sumber dana",
  status: "Status",
};

const SECTIONS: Record<AkpkSection, string> = {
  programmes: "A. Program pengembangan kompetensi (kelompok pegawai)",
  individual: "B. Pengembangan individual (peserta kurang dari ambang program)",
  deferred: "C. Ditunda ke tahun berikutnya karena pagu anggaran",
  units: "Rekapitulasi anggaran per unit kerja",
  funding: "Rekapitulasi anggaran per sumber dana",
  costs: "Asumsi biaya satuan",
};

const FUNDING: Record<string, string> = {
  "agency-budget": "Anggaran instansi (APBD/APBN)",
  none: "Tanpa biaya",
};

export const akpkId: AreaCatalogue<AkpkMessageParams> = {
  "provider-option-invalid": (p) =>
    p.method
      ? `Penyelenggara "${p.given}" tidak menyelenggarakan ${p.method}; pilih salah satu: ${p.choices.join(", ")}.`
      : `--penyelenggara "${p.given}" tidak dapat dibaca; tulis KODE=PENYELENGGARA, mis. KL03=pusdiklat (penyelenggara: ${p.choices.join(", ")}).`,
  "cost-sheet-read": (p) =>
    `Biaya satuan dari sheet "${p.sheet}" dipakai untuk ${joinList(p.methods, "id")}` +
    " (menggantikan asumsi standar; opsi --biaya tetap diutamakan).",
  "cost-sheet-no-columns": (p) =>
    `Sheet "${p.sheet}" tidak dibaca sebagai tabel biaya: perlu kolom metode (Kode atau Metode) dan kolom Biaya.`,
  "cost-sheet-method-unknown": (p) =>
    `Metode "${p.value}" tidak dikenal (gunakan kode LAN seperti KL02 atau NKL03, atau nama metodenya); baris ini dilewati.`,
  "cost-sheet-amount-invalid": (p) =>
    `Biaya "${p.value}" bukan angka rupiah yang sah (mis. 125000 atau Rp 125.000); baris ini dilewati.`,
  "cost-sheet-basis-unknown": (p) =>
    `Satuan biaya "${p.value}" tidak dikenal (per peserta per JP, per peserta, atau per program); baris ini dilewati.`,
  "cost-sheet-duplicate": (p) =>
    `Biaya ${p.method} sudah diisi pada baris ${p.firstRow}; baris ini dilewati.`,

  "akpk-title": (p) => `Kebutuhan dan Rencana Pengembangan Kompetensi ${p.year}`,
  "akpk-intro": (p) =>
    `${p.programmes} program (${p.classroom} klasikal) dan ${p.individual} jalur pengembangan individual untuk ` +
    `${p.participants} pegawai, sesuai isi rencana menurut PP 11/2017 pasal 207 ayat (3). Sebuah program dibentuk ` +
    `bila sedikitnya ${p.threshold} pegawai berbagi kompetensi dan metode yang sama` +
    (p.unitThreshold !== null
      ? `, atau ${p.unitThreshold} pegawai dalam satu unit kerja (program unit)`
      : "") +
    "; selebihnya pegawai mengikuti kegiatan secara individual. " +
    (p.ceiling === null
      ? "Tanpa pagu anggaran."
      : `Pagu anggaran ${rp(p.ceiling)}: yang tidak tertampung ditunda ke tahun berikutnya (bagian C).`),
  "akpk-header": (p) => COLUMNS[p.column],
  "akpk-section": (p) => SECTIONS[p.section],
  "akpk-targets": (p) => `${p.count} pegawai${p.unit ? ` (${p.unit})` : ""}: ${p.who.join(", ")}`,
  "akpk-type": (p) =>
    `${p.method} ${p.methodName} (${p.route === "klasikal" ? "klasikal" : "nonklasikal"}, ${p.jp} JP)`,
  "akpk-curriculum-note": (p) => `Kesesuaian kurikulum — ${p.name}: ${p.basis}.`,
  "akpk-funding": (p) => FUNDING[p.funding] ?? p.funding,
  "akpk-budget-line": (p) =>
    ({
      required: "Kebutuhan anggaran seluruh program dan kegiatan",
      ceiling: "Pagu anggaran",
      total: "Anggaran yang diusulkan tahun ini",
      deferred: "Ditunda ke tahun berikutnya",
    })[p.kind],
  "akpk-total-header": (p) =>
    ({
      unit: "Unit kerja",
      funding: "Sumber dana",
      proposed: "Diusulkan (Rp)",
      deferred: "Ditunda (Rp)",
    })[p.what],
  "akpk-cost-line": (p) =>
    `${p.method} ${p.methodName}: ` +
    (p.basis === "participant-jp"
      ? `${rp(p.amount)} per peserta per JP`
      : p.basis === "participant"
        ? `${rp(p.amount)} per peserta`
        : p.basis === "programme"
          ? `${rp(p.amount)} per program`
          : "tanpa biaya (internal atau platform bebas biaya)") +
    (p.funding ? `; sumber dana ${p.funding}` : "") +
    { default: " (asumsi standar)", sheet: " (dari sheet Biaya)", option: " (dari opsi)" }[
      p.source
    ],
  "akpk-more": (p) => `dan ${p.count} pegawai lainnya (lihat sheet Rencana Pengembangan)`,
  "pane-budget-label": () => "Pagu anggaran (Rp)",
  "pane-budget-hint": () =>
    "Kosongkan bila tanpa pagu. Program yang tidak tertampung ditunda ke tahun berikutnya, dengan biayanya.",
  "akpk-type-some": (p) => `${p.type} – ${p.count} pegawai`,
  "akpk-none": () => "Tidak ada.",
  "akpk-prepared": () => "Disusun oleh,",
  "akpk-approved": () => "Ditetapkan oleh,",
};
