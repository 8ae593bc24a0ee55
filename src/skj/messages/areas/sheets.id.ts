// Bahasa Indonesia texts of sheets.params.ts.
import { devMethodEntry } from "../../registry/devMethods";
import { jpmMethodEntry } from "../../registry/jpmMethods";
import { schemeEntry } from "../../registry/schemes";
import { TRACK_NAMES } from "../../methods";
import type { ChoiceSource } from "../../types";
import { formatNumber, formatPercent, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import type {
  CategoryBound,
  IdentityLabel,
  SheetColumn,
  SheetMessageParams,
} from "./sheets.params";

const MONTHS = MONTH_NAMES.id;

const pct = (n: number) => formatPercent(n, "id");

/** Shared with the English catalogue: the bound reads the same in both, only the decimal mark differs. */
export function boundText(b: CategoryBound, percent: (n: number) => string): string {
  if (b.lower !== undefined && b.upper !== undefined)
    return `${percent(b.lower)} ≤ JPM < ${percent(b.upper)}`;
  if (b.lower !== undefined) return `JPM ≥ ${percent(b.lower)}`;
  return b.upper !== undefined ? `JPM < ${percent(b.upper)}` : "JPM";
}

const COLUMN: Record<SheetColumn, string> = {
  no: "No",
  competency: "Kompetensi",
  standard: "Standar",
  score: "Nilai",
  gap: "Gap",
  rank: "Prioritas",
  method: "Metode Pengembangan",
  activity: "Kegiatan Pengembangan",
  track: "Jalur 70/20/10",
  jp: "JP",
  quarter: "Triwulan",
  provider: "Penyelenggara",
  month: "Bulan",
  creditedJp: "JP Diakui",
  largestShortfall: "Kekurangan Terbesar",
  pillar: "Pilar",
  unit: "Unit Kerja",
  assessed: "Pegawai Dinilai",
  short: "Pegawai di Bawah Standar",
  shortShare: "% di Bawah Standar",
  meanShortfall: "Rata-rata Kekurangan",
  meanGap: "Rata-rata Gap Semua Pegawai",
  employees: "Jumlah Pegawai",
  totalJp: "Total JP",
  meanJp: "Rata-rata JP per Pegawai",
  category: "Kategori",
  bound: "Batas JPM",
  employeeShare: "% Pegawai",
  examples: "Contoh Kegiatan",
  activities: "Jumlah Kegiatan",
  jpShare: "% JP",
  methodName: "Metode",
  trackName: "Jalur",
};

const IDENTITY: Record<IdentityLabel, string> = {
  name: "Nama",
  nip: "NIP",
  unit: "Unit Kerja",
  position: "Jabatan",
  grade: "Jenjang",
  source: "Sumber",
  jpm: "JPM",
  category: "Kategori",
  needs: "Kebutuhan",
};

const SCHEME_SOURCE: Record<ChoiceSource, string> = {
  file: "mengikuti kolom kategori di file",
  user: "dipilih pengguna",
  default: "bawaan",
};

function jpmSource(p: SheetMessageParams["sheet-method"]): string {
  const a = p.agreement;
  switch (p.source) {
    case "file":
      return a
        ? `Metode JPM mengikuti kolom JPM di file: ${a.matched} dari ${a.compared} baris cocok.`
        : "Metode JPM mengikuti kolom JPM di file.";
    case "user":
      return a
        ? `Metode JPM dipilih pengguna; kolom JPM di file: ${a.matched} dari ${a.compared} baris cocok dengan metode ini.`
        : "Metode JPM dipilih pengguna.";
    default:
      return a
        ? `Kolom JPM di file tidak cocok dengan metode mana pun (${a.matched} dari ${a.compared} baris); dipakai metode bawaan.`
        : "Metode JPM bawaan (file tidak memiliki kolom JPM).";
  }
}

const dateText = (d: { year: number; month: number; day: number }) =>
  `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

export const sheetsId: AreaCatalogue<SheetMessageParams> = {
  "sheet-plan-title": (p) => `RENCANA PENGEMBANGAN KOMPETENSI ASN TAHUN ${p.year}`,
  "sheet-summary-title": (p) => `REKAP KEBUTUHAN PENGEMBANGAN KOMPETENSI ASN TAHUN ${p.year}`,
  "sheet-date": (p) => dateText(p.date),
  "sheet-made": (p) => `Dibuat: ${dateText(p.date)}`,
  "sheet-source": (p) =>
    `Sumber data: sheet "${p.sheet}" (judul baris ${p.headerRows.join("–")}, data mulai baris ` +
    `${p.dataStartRow}); ${p.employees} pegawai direncanakan.` +
    (p.skipped > 0
      ? ` ${p.skipped} baris tidak direncanakan karena galat data (lihat sheet ${p.issuesSheet}).`
      : ""),
  "sheet-source-reports": (p) =>
    `Sumber data: ${p.sheets.length} sheet laporan per pegawai (${p.sheets.map((s) => `"${s}"`).join(", ")}); ` +
    `${p.employees} pegawai direncanakan.` +
    (p.left > 0
      ? ` ${p.left} sheet tidak direncanakan karena galat data (lihat sheet ${p.issuesSheet}).`
      : ""),
  "sheet-method": (p) => {
    const method = jpmMethodEntry(p.method);
    const bands = p.bands.map((b) => `${b.category}: ${boundText(b.bound, pct)}`).join("; ");
    const schemeSource = p.schemeFromTitle
      ? "mengikuti tujuan penilaian di judul sheet"
      : SCHEME_SOURCE[p.schemeSource];
    return [
      `JPM = ${method.formula.id} (metode ${method.name.id}).`,
      jpmSource(p),
      `Toleransi ${pct(p.tolerance)}: kompetensi menjadi kebutuhan bila nilai < standar × (1 − toleransi).`,
      `Kategori skema ${schemeEntry(p.scheme).name.id} (${schemeSource}): ${bands}.`,
      `Target ${formatNumber(p.jpTarget, "id")} JP per pegawai per tahun.`,
    ].join(" ");
  },
  "sheet-category-bound": (p) => boundText(p, pct),
  "sheet-header": (p) => COLUMN[p.column],
  "sheet-identity": (p) => IDENTITY[p.field],
  "sheet-row-source": (p) => `Sheet "${p.sheet}", baris ${p.row}`,
  "sheet-needs": (p) => (p.count === 0 ? "Tidak ada" : `${p.count} kompetensi`),
  "sheet-next-level": (p) => `${p.competency} (pengembangan lanjutan)`,
  "sheet-no-activities": () => "Tidak ada kegiatan",
  "sheet-total-jp": () => "Total JP",
  "sheet-sign-place": (p) => `${p.place || "...................."}, ${dateText(p.date)}`,
  "sheet-sign-known": () => "Mengetahui,",
  "sheet-left-out-title": (p) =>
    `Baris yang tidak direncanakan (${p.count}): perbaiki datanya lalu buat rencana lagi`,
  // The reason already names its row and cell.
  "sheet-left-out-row": (p) => p.reason,
  "sheet-left-out-unassessed": (p) => `Baris ${p.row}: belum ada nilai kompetensi`,
  "sheet-no-employees": (p) =>
    `Tidak ada pegawai yang dapat direncanakan. Periksa sheet ${p.issuesSheet}.`,
  "sheet-track": (p) => TRACK_NAMES[p.track],
  "sheet-quarter": (p) => `TW ${["I", "II", "III", "IV"][p.quarter - 1]}`,
  "sheet-dev-method": (p) => `${p.method} – ${devMethodEntry(p.method)?.name.id ?? p.method}`,
  "sheet-pillar": (p) =>
    ({ manajerial: "Manajerial", "sosial-kultural": "Sosial Kultural", teknis: "Teknis" })[
      p.pillar
    ],
  "sheet-track-examples": (p) =>
    ({
      70: "Penugasan, proyek, pengayaan tugas, magang",
      20: "Coaching, mentoring, komunitas belajar, patok banding",
      10: "Pelatihan, bimbingan teknis, e-learning, belajar mandiri",
    })[p.track],
  "sheet-section": (p) =>
    ({
      competency: "A. Kebutuhan Pengembangan per Kompetensi",
      unit: "B. Kebutuhan Pengembangan per Unit Kerja",
      unitTotals: "C. Ringkasan per Unit Kerja",
      categories: `D. Kategori JPM (skema ${schemeEntry(p.scheme).name.id})`,
      tracks: "E. Jam Pelajaran (JP) menurut Jalur 70/20/10",
      methods: "F. Kegiatan menurut Metode Pengembangan (Peraturan LAN 10/2018)",
    })[p.section],
  "sheet-chart-title": () => "Pegawai di Bawah Standar per Kompetensi",
  "sheet-unit-filter": () => "Pilih unit dengan tombol filter pada judul kolom Unit Kerja.",
  "sheet-no-unit": () => "(tanpa unit)",
  "sheet-sum": () => "Jumlah",
  "sheet-total-jp-all": () => "Total JP seluruh pegawai",
  "sheet-unit-table": (p) => `Kebutuhan_Unit_${p.year}`,
};
