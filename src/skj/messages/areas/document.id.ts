// Bahasa Indonesia texts of document.params.ts.
import type { AreaCatalogue } from "../params";
import type { DocumentMessageParams } from "./document.params";
import { formatNumber, formatPercent } from "../format";
import { boundText } from "./sheets.id";

export const documentId: AreaCatalogue<DocumentMessageParams> = {
  "signer-found": (p) =>
    `Blok tanda tangan di bawah tabel (${p.address}) dipakai untuk rencana: ${p.title ? `${p.title}, ` : ""}${p.name}. ` +
    "Isi penandatangan di Identitas laporan (CLI: --penandatangan-nama) bila orang lain yang menandatangani.",
  "plan-plain-note": (p) =>
    "Cara membaca: Gap = nilai − standar. Kompetensi dengan nilai di bawah standar" +
    (p.tolerance > 0 ? ` lebih dari ${formatPercent(p.tolerance, "id", 0)}` : "") +
    " menjadi kebutuhan pengembangan; prioritas 1 untuk kekurangan terbesar. JPM membandingkan nilai pegawai " +
    "dengan standar jabatannya (100% = semua standar terpenuhi) dan menentukan kategori: " +
    p.bands
      .map((b) => `${b.category} ${boundText(b.bound, (x) => formatPercent(x, "id", 0))}`)
      .join("; ") +
    `. Target ${formatNumber(p.jpTarget, "id")} JP per pegawai per tahun; yang dihitung hanya JP yang diakui ` +
    "menurut pedoman LAN (kolom JP Diakui). Rumus dan arti level ada pada keterangan di akhir sheet.",
  "plan-legend-title": () => "Keterangan",
  "plan-skj-mark": (p) =>
    `Standar yang tebal berlatar biru diambil dari sheet "${p.sheet}" (standar jabatan instansi); yang lain dari standar bawaan jenjangnya.`,
  "plan-level-key": () =>
    "Level kompetensi (PermenPANRB 38/2017): 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.",
};
