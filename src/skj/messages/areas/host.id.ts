// Bahasa Indonesia texts of host.params.ts.
import type { AreaCatalogue, PrintMissing } from "../params";
import type { HostMessageParams, SelfTestOutcome } from "./host.params";

const HINT = {
  "cell-edit":
    "Excel sedang dalam mode edit sel: tekan Enter atau Esc untuk menyelesaikan isian sel, lalu klik lagi.",
  "other-workbook":
    "Excel menolak langkah ini jika buku kerja lain sedang aktif: klik jendela buku kerja ini, lalu coba lagi.",
};

/** Print settings as a clerk reads them. */
const PRINT: Record<PrintMissing, (pagesWide: number) => string> = {
  landscape: () => "orientasi lanskap",
  portrait: () => "orientasi potret",
  a4: () => "kertas A4",
  "fit-wide": (n) => `muat ${n} halaman ke samping`,
};

/** What a self-test row says, per status. */
const OUTCOME: {
  [S in SelfTestOutcome["status"]]: (p: Extract<SelfTestOutcome, { status: S }>) => string;
} = {
  ok: (p) =>
    `OK${p.checked ? "" : " (tidak dibaca ulang)"}${p.separator ? " (getRanges hanya menerima pemisah ';')" : ""}`,
  refused: (p) => `Ditolak: ${p.code || "tanpa kode"} — ${p.detail}`,
  differs: (p) => `Berbeda: terbaca ${p.got}, seharusnya ${p.want}`,
  unsupported: (p) => `Tidak didukung (perlu ExcelApi ${p.api})`,
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
    p.missing.map((m) => PRINT[m](p.pagesWide)).join(", ") +
    ". Atur lewat Tata Letak Halaman sebelum mencetak.",
  "self-test-outcome": (p) => (OUTCOME[p.status] as (q: SelfTestOutcome) => string)(p),
  "self-test-no-sheet": (p) =>
    `Uji tidak dapat membuat lembar sementara, jadi tidak ada yang diuji: ${p.detail}.` +
    `${p.hint ? ` ${HINT[p.hint]}` : ""}`,
  "self-test-sheet-left": (p) =>
    `Lembar sementara "${p.sheet}" tidak dapat dihapus (${p.detail}). Hapus lembar itu secara manual.`,
};
