// Bahasa Indonesia texts of live.params.ts.
import type { AreaCatalogue } from "../params";
import type { LiveColumn, LiveMessageParams } from "./live.params";

const COLUMN: Record<LiveColumn, string> = {
  name: "Nama",
  unit: "Unit Kerja",
  row: "Baris",
  standard: "Standar",
  score: "Nilai",
  gap: "Gap",
  need: "Perlu",
  category: "Kategori",
  needs: "Kebutuhan",
  gradeText: "Jenjang (tertulis)",
  gradeLevel: "Level",
};

export const liveId: AreaCatalogue<LiveMessageParams> = {
  "live-sheet-note": (p) =>
    `Lembar bantu rumus untuk "${p.planSheet}" dan rekapnya: nilai merujuk sel sumber, standar, gap, kebutuhan, JPM dan kategori dihitung dengan rumus. Jangan diubah; susun ulang rencana untuk memperbaruinya.`,
  "live-sheet-header": (p) => (p.code ? `${COLUMN[p.column]} ${p.code}` : COLUMN[p.column]),
  "live-plan-note": () =>
    'Standar, nilai, gap, JPM, kategori dan jumlah kebutuhan di lembar ini dan di rekap adalah rumus yang mengikuti sel nilai di lembar sumber: bila nilai dikoreksi, angka ini ikut berubah. Kegiatan, JP, penyelenggara dan jadwal tetap seperti saat disusun; untuk menyesuaikannya, pilih "Perbarui rencana" di panel atau jalankan skj plan lagi.',
  "live-needs-format": () => '[=0]"Tidak ada";0" kompetensi"',
  "live-replace-ask": (p) =>
    `Buku kerja ini sudah berisi lembar ${p.sheets.map((s) => `"${s}"`).join(", ")} dari penyusunan sebelumnya. ` +
    "Ganti dengan yang baru, atau simpan yang baru di samping yang lama? Lembar yang sudah Anda ganti namanya tidak disentuh.",
  "excel-replace-failed": (p) =>
    `Rencana baru sudah ditulis, tetapi lembar lama ${p.sheets.map((s) => `"${s}"`).join(", ")} tidak dapat diganti: ${p.detail}. ` +
    'Rencana baru ada pada lembar bernama "(2)"; hapus lembar lama sendiri bila tidak diperlukan.',
};
