// Bahasa Indonesia texts of idp.params.ts.
import type { AreaCatalogue } from "../params";
import type { IdpMessageParams } from "./idp.params";
import { formatNumber } from "../format";

const LABEL = {
  name: "Nama",
  nip: "NIP",
  position: "Jabatan",
  grade: "Jenjang",
  unit: "Unit Kerja",
  jpm: "JPM",
  category: "Kategori",
  employment: "Status",
};
const COLUMN = {
  competency: "Kompetensi",
  standard: "Standar",
  score: "Nilai",
  gap: "Gap",
  priority: "Prioritas",
  method: "Metode",
  activity: "Kegiatan",
  provider: "Penyelenggara",
  month: "Bulan",
  jp: "JP",
  creditedJp: "JP Diakui",
};
const SIGNER = {
  employee: "Pegawai yang bersangkutan",
  supervisor: "Atasan langsung",
  pyb: "Pejabat yang Berwenang (PyB)",
};

export const idpId: AreaCatalogue<IdpMessageParams> = {
  "idp-title": (p) => `RENCANA PENGEMBANGAN INDIVIDU (IDP) TAHUN ${p.year}`,
  "idp-agency": (p) => p.agency,
  "idp-label": (p) => LABEL[p.label],
  "idp-column": (p) => COLUMN[p.column],
  "idp-section": (p) =>
    p.part === "gaps" ? "A. Hasil asesmen dan kesenjangan kompetensi" : "B. Kegiatan pengembangan",
  "idp-no-need": () =>
    "Semua kompetensi memenuhi standar; kegiatan di bawah menyiapkan level berikutnya.",
  "idp-totals": (p) =>
    `Jumlah JP rencana ${formatNumber(p.planned, "id")}; JP yang diakui ${formatNumber(p.credited, "id")} ` +
    `(target ${p.target} JP per tahun).`,
  "idp-chart-title": () => "Standar dan nilai kompetensi",
  "idp-series": (p) => (p.series === "standard" ? "Standar" : "Nilai"),
  "idp-signer": (p) => SIGNER[p.who],
  "idp-basis": () =>
    "Disusun bersama pegawai dan atasan langsung dan ditetapkan Pejabat yang Berwenang (PP 11/2017 pasal 207). " +
    "Gap = nilai − standar; prioritas 1 adalah kekurangan terbesar. JP diakui menurut pedoman LAN.",
  "idp-split": (p) =>
    `Halaman IDP ${p.employees} pegawai dibagi ke ${p.sheets} sheet (paling banyak ${p.perSheet} pegawai per sheet), ` +
    "karena Excel membatasi jumlah pemisah halaman dalam satu sheet.",
  "idp-no-charts": (p) =>
    `Halaman IDP ${p.employees} pegawai memakai batang di dalam sel, bukan grafik per halaman (grafik dibuat ` +
    `sampai ${p.limit} pegawai), agar berkas tetap ringan. Buat IDP per unit untuk mendapat grafiknya.`,
};
