// Bahasa Indonesia texts of host.params.ts.
import type { AreaCatalogue } from "../params";
import type { HostMessageParams } from "./host.params";

const HINT = {
  "cell-edit":
    "Excel sedang dalam mode edit sel: tekan Enter atau Esc untuk menyelesaikan isian sel, lalu klik lagi.",
  "other-workbook":
    "Excel menolak langkah ini jika buku kerja lain sedang aktif: klik jendela buku kerja ini, lalu coba lagi.",
};

export const hostId: AreaCatalogue<HostMessageParams> = {
  "excel-hint": (p) => HINT[p.hint],
  "excel-calculate-failed": (p) =>
    `Rumus belum dihitung ulang dan hasilnya belum diperiksa: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""} Tekan Ctrl+Alt+F9 di Excel untuk menghitung ulang.`,
  "excel-formula-mismatch": (p) =>
    `Hasil rumus di lembar "${p.sheet}" tidak sesuai (` +
    p.cells
      .slice(0, 3)
      .map((c) => `${c.address}: ${c.got}, seharusnya ${c.want}`)
      .join("; ") +
    `${p.cells.length > 3 ? "; …" : ""}). Tekan Ctrl+Alt+F9 untuk menghitung ulang, lalu periksa.`,
  "excel-print-not-applied": (p) =>
    `Pengaturan cetak di lembar "${p.sheet}" tidak diterapkan Excel: ` +
    p.missing
      .map((m) =>
        m === "a4"
          ? "kertas A4"
          : m === "fit-wide"
            ? `muat ${p.pagesWide} halaman ke samping`
            : `orientasi ${m === "landscape" ? "lanskap" : "potret"}`
      )
      .join(", ") +
    ". Atur lewat Tata Letak Halaman sebelum mencetak.",
  "self-test-outcome": (p) =>
    p.status === "ok"
      ? `OK${p.checked ? "" : " (tidak dibaca ulang)"}${p.separator ? " (getRanges hanya menerima pemisah ';')" : ""}`
      : p.status === "refused"
        ? `Ditolak: ${p.code || "tanpa kode"} — ${p.detail}`
        : p.status === "differs"
          ? `Berbeda: terbaca ${p.got}, seharusnya ${p.want}`
          : `Tidak didukung (perlu ExcelApi ${p.api})`,
  "self-test-no-sheet": (p) =>
    `Uji tidak dapat membuat lembar sementara, jadi tidak ada yang diuji: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""}`,
  "self-test-sheet-left": (p) =>
    `Lembar sementara "${p.sheet}" tidak dapat dihapus (${p.detail}). Hapus lembar itu secara manual.`,
};
