// Bahasa Indonesia catalogue: the product's own language and the default of every sheet and message.
import { formatCount, formatNumber, formatPercent, joinList, quoted, rowList } from "./format";
import type { Catalogue, CellAt, Message, OptionField, RowAt } from "./params";

const num = (n: number) => formatNumber(n, "id");
const pct = (n: number) => formatPercent(n, "id");

/** "Baris 5, kolom Integritas (F5): " */
const atCell = (p: CellAt) => `Baris ${p.row}, kolom ${p.column} (${p.address}): `;
/** "Baris 5: " or "Baris 5, kolom NIP: " */
const atRow = (p: RowAt) => `Baris ${p.row}${p.column ? `, kolom ${p.column}` : ""}: `;

const FIELD: Record<OptionField, string> = {
  year: "Tahun",
  scheme: "Skema",
  jpmMethod: "Metode JPM",
  tolerance: "Toleransi",
  jpTarget: "Target JP",
  optimal: "Batas Optimal",
  cukup: "Batas Cukup Optimal",
  ms: "Batas MS",
  mms: "Batas MMS",
  agency: "Nama instansi",
  signatoryTitle: "Jabatan penandatangan",
  signatoryName: "Nama penandatangan",
  signatoryNip: "NIP penandatangan",
  place: "Nama tempat",
  date: "Tanggal",
  sheet: "Sheet",
  units: "Unit kerja",
};

/** Fields whose values are fractions shown as percentages. */
const PERCENT_FIELDS: ReadonlySet<OptionField> = new Set(["optimal", "cukup", "ms", "mms"]);
const bound = (field: OptionField, n: number) =>
  PERCENT_FIELDS.has(field) ? pct(n) : field === "tolerance" ? `${num(n)} (${pct(n)})` : num(n);

const METHOD: Record<"sum" | "mean" | "capped", string> = {
  sum: "jumlah (Σ nilai ÷ Σ standar)",
  mean: "rata-rata (rata-rata (nilai ÷ standar))",
  capped: "dibatasi standar (Σ min(nilai, standar) ÷ Σ standar)",
};

function r(m: Message): string {
  return (id[m.code] as (p: unknown) => string)(m.params);
}

export const id: Catalogue = {
  "score-blank": () => "nilai kosong",
  "score-cell-error": (p) => `berisi galat ${p.error}`,
  "score-date": () => "berisi tanggal, bukan nilai",
  "score-boolean": (p) => `berisi ${p.value ? "TRUE" : "FALSE"}, bukan nilai`,
  "score-not-number": (p) =>
    `"${p.text}" bukan angka${p.roman ? ` (angka Romawi; tulis ${p.roman})` : ""}`,
  "score-out-of-range": (p) => `nilai ${num(p.value)} di luar rentang 1–5`,
  "grade-eselon-v": () => "Eselon V tidak punya standar dalam SKJ (PermenPANRB 38/2017)",
  "grade-blank-no-title": () =>
    "Jenjang jabatan kosong dan nama jabatan tidak menyebut jenjang fungsional",
  "grade-not-level": (p) => `Jenjang "${p.value}" bukan level 1–5`,
  "grade-unrecognised": (p) => `Jenjang "${p.text}" tidak dikenal`,
  "grade-from-title": (p) =>
    `${p.written ? `Jenjang "${p.written}"` : "Jenjang kosong"}; dibaca dari jabatan "${p.title}" sebagai ${p.grade} (level ${p.level}).`,
  "grade-pelaksana": (p) =>
    `${p.written ? `Jenjang "${p.written}"` : "Jenjang kosong"} dibaca sebagai Pelaksana (level 1) karena jabatan tidak menyebut jenjang fungsional.`,
  "grade-functional-from-title": (p) =>
    `Jenjang "${p.written}" tanpa tingkat; dibaca dari jabatan sebagai ${p.grade} (level ${p.level}).`,

  "nip-precision": (p) =>
    `${atCell(p)}NIP ${p.digits} tersimpan sebagai angka; Excel hanya menyimpan 15 digit, sehingga digit terakhirnya hilang. Simpan NIP sebagai teks.`,
  "nip-duplicate": (p) =>
    `${atCell(p)}NIP ${p.nip} sudah ada di baris ${p.firstRow}; kedua baris tetap direncanakan.`,
  "level-invalid": (p) =>
    `${atCell(p)}"${p.text}" bukan level 1–5${p.gradeUsed ? "; jenjang yang dipakai" : ""}.`,
  "grade-unknown": (p) =>
    p.hasGradeColumn && p.address
      ? `${atCell({ row: p.row, column: p.column ?? "", address: p.address })}${r(p.reason)}.`
      : `${atRow(p)}${r(p.reason)}; tidak ada kolom jenjang/eselon.`,
  "grade-assumed": (p) =>
    `${p.address ? atCell({ row: p.row, column: p.column ?? "", address: p.address }) : atRow(p)}${r(p.reading)}`,
  "score-invalid": (p) =>
    `${atCell(p)}${p.competency ? `${p.competency}: ` : ""}${r(p.problem)}; ${p.skipped === "row" ? "baris ini" : "pegawai ini"} tidak direncanakan.`,
  "standard-invalid": (p) =>
    `${atCell(p)}standar "${p.text}" bukan level 1–5; standar jenjang yang dipakai.`,
  "technical-invalid": (p) => `${atCell(p)}${r(p.problem)}; kompetensi teknis ini dilewati.`,
  "nip-missing": (p) => `${atRow(p)}NIP kosong; pegawai tetap direncanakan.`,
  "name-missing": (p) => `${atRow(p)}Nama kosong; pegawai tetap direncanakan.`,
  "competency-unknown": (p) =>
    `${atCell(p)}kompetensi "${p.text}" bukan salah satu dari sembilan kompetensi SKJ; diabaikan.`,
  "competency-duplicate": (p) =>
    `${atCell(p)}${p.competency} sudah tercatat di baris ${p.firstRow} untuk pegawai yang sama; pegawai ini tidak direncanakan.`,
  "competency-missing": (p) =>
    `${atRow(p)}kompetensi ${p.competencies.join(", ")} tidak ada untuk pegawai ini; pegawai ini tidak direncanakan.`,

  "header-typo": (p) => `Kolom "${p.readAs}" (${p.address}) dibaca sebagai ${p.competency}.`,
  "duplicate-competency-column": (p) =>
    `${p.competency} muncul di beberapa kolom; yang dipakai kolom ${p.column}.`,
  "competencies-missing": (p) =>
    `Sheet "${p.sheet}" tidak memuat (belum dipetakan) kompetensi ${p.competencies.join(", ")}. ` +
    "Sheet ini mungkin memakai model kompetensi lain (bukan SKJ PermenPANRB 38/2017); baris-barisnya tidak dapat direncanakan.",
  "long-columns-missing": (p) =>
    `Kolom Kompetensi dan Nilai harus dipetakan di sheet "${p.sheet}"; baris-barisnya tidak dapat direncanakan.`,
  "mapping-duplicate": (p) =>
    `Kolom ${p.column} dipakai untuk ${joinList(p.competencies, "id")}; periksa pemetaan kolom.`,
  "identity-missing": (p) =>
    `Kolom NIP dan Nama tidak ditemukan (belum dipetakan) di sheet "${p.sheet}".`,
  "grade-missing": (p) =>
    `Kolom jenjang/eselon atau Level SKJ tidak ditemukan di sheet "${p.sheet}"; jenjang dibaca dari nama jabatan bila menyebut jenjang fungsional.`,
  "other-tables": (p) =>
    `Sheet ${quoted(p.sheets)} juga berisi tabel hasil asesmen; yang direncanakan hanya sheet "${p.chosen}". ` +
    "Untuk sheet lain, pilih sheetnya di bagian Sumber data (CLI: --sheet).",
  "skj-level-invalid": (p) =>
    `Sheet ${p.sheet}, baris ${p.row}, kolom ${p.column}: "${p.text}" bukan level 1–5; standar bawaan jenjang yang dipakai.`,
  "skj-sheet-unreadable": (p) =>
    `Sheet "${p.sheet}" tidak memiliki baris judul dengan kolom Jabatan dan kompetensi; standar bawaan jenjang yang dipakai.`,
  "unit-not-found": (p) =>
    `Unit kerja ${quoted(p.missing)} tidak ada di data. ` +
    `Unit yang ada: ${p.known.slice(0, 20).join(", ")}${p.known.length > 20 ? ", …" : ""}.`,
  "hidden-rows": (p) =>
    `${formatCount(p.rows.length, "id")} pegawai ada di baris yang disembunyikan atau tersaring filter (${rowList(p.rows, "id")}) ` +
    "dan tetap ikut direncanakan. Bila mereka tidak dimaksud, batasi dengan pilihan unit kerja, atau pilih hanya baris yang dimaksud.",
  "formulas-without-values": (p) =>
    `${formatCount(p.count, "id")} sel data pegawai berisi rumus tanpa hasil tersimpan (yang pertama ${p.address}), ` +
    "sehingga terbaca kosong: file ini disimpan oleh program yang tidak menghitung rumus. " +
    "Buka file di Excel atau LibreOffice, simpan, lalu coba lagi.",
  "jpm-method-unmatched": () =>
    "Kolom JPM di file tidak cocok dengan metode JPM mana pun (jumlah, rata-rata, dibatasi) dalam selisih 1 poin; dipakai metode jumlah (Σ nilai ÷ Σ standar).",
  "jpm-differs": (p) =>
    `${atRow(p)}JPM di file ${pct(p.fileJpm)}, JPM menurut metode ${METHOD[p.method]} ${pct(p.jpm)}.`,
  "category-differs": (p) =>
    `Baris ${p.row}: kategori di file "${p.written}", menurut JPM ${pct(p.jpm)} kategorinya ${p.category}.`,

  "sheet-not-found": (p) =>
    p.available.length
      ? `Sheet "${p.sheet}" tidak ada di workbook. Sheet yang ada: ${quoted(p.available)}.`
      : `Sheet "${p.sheet}" tidak ada di workbook.`,
  "table-not-found-in-sheet": (p) =>
    `Di sheet "${p.sheet}" tidak ditemukan tabel hasil asesmen: tidak ada baris judul kolom (dalam ${p.scanRows} baris pertama) yang menyebut sedikitnya tiga kompetensi SKJ.`,
  "workbook-empty": () => "Workbook tidak berisi sheet.",
  "table-not-found": (p) =>
    `Tabel hasil asesmen tidak ditemukan: tidak ada sheet yang baris judul kolomnya (dalam ${p.scanRows} baris pertama) menyebut sedikitnya tiga dari sembilan kompetensi SKJ (Integritas, Kerja Sama, Komunikasi, …).`,

  "option-not-number": (p) => `${FIELD[p.field]} harus berupa angka`,
  "option-not-integer": (p) => `${FIELD[p.field]} harus bilangan bulat`,
  "option-min": (p) => `${FIELD[p.field]} minimal ${bound(p.field, p.min)}`,
  "option-max": (p) => `${FIELD[p.field]} maksimal ${bound(p.field, p.max)}`,
  "option-choice": (p) =>
    `${FIELD[p.field]} harus ${p.choices.slice(0, -1).join(", ")}${p.choices.length > 1 ? " atau " : ""}${p.choices[p.choices.length - 1] ?? ""}`,
  "option-too-long": (p) => `${FIELD[p.field]} terlalu panjang (maksimal ${p.max} huruf)`,
  "option-invalid": (p) => `${FIELD[p.field]} tidak sah`,
  "threshold-order": (p) =>
    p.scheme === "pemetaan"
      ? "Batas Cukup Optimal harus lebih kecil dari batas Optimal"
      : "Batas MMS harus lebih kecil dari batas MS",
  "signatory-nip-invalid": () => "NIP penandatangan harus 18 angka (spasi boleh)",
  "options-invalid": (p) => p.problems.map(r).join("; "),
};
