// Bahasa Indonesia catalogue: the product's own language and the default of every sheet and message.
import { inputId } from "./areas/input.id";
import { filesId } from "./areas/files.id";
import { planId } from "./areas/plan.id";
import { hostId } from "./areas/host.id";
import { sheetsId } from "./areas/sheets.id";
import { akpkId } from "./areas/akpk.id";
import { talentId } from "./areas/talent.id";
import { progressId } from "./areas/progress.id";
import { plannerId } from "./areas/planner.id";
import { rekapId } from "./areas/rekap.id";
import { templateId } from "./areas/template.id";
import { liveId } from "./areas/live.id";
import { documentId } from "./areas/document.id";
import { signingId } from "./areas/signing.id";
import { idpId } from "./areas/idp.id";
import { peopleId } from "./areas/people.id";
import { standardsId } from "./areas/standards.id";
import { rankId } from "./areas/rank.id";
import { trustId } from "./areas/trust.id";
import { recordOf } from "../registry/entries";
import { DEFAULT_JPM_METHOD, JPM_METHODS, jpmMethodList } from "../registry/jpmMethods";
import { DEFAULT_SCHEME, SCHEMES, schemeList } from "../registry/schemes";
import { DEFAULT_JF_TABLE, JF_TABLES } from "../registry/jfTables";
import { PROVIDER_IDS } from "../registry/providers";
import {
  formatCount,
  formatFixed,
  formatNumber,
  formatPercent,
  joinList,
  quoted,
  rowList,
} from "./format";
import type { ChoiceSource } from "../types";
import { msg } from "./params";
import type {
  Catalogue,
  ExcelHint,
  CellAt,
  FunctionArg,
  Message,
  OptionField,
  RowAt,
  SheetAction,
  WriteStepId,
} from "./params";

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
  budgetCeiling: "Pagu anggaran",
  cohortThreshold: "Ambang peserta kelas",
  unitCohortThreshold: "Ambang peserta program unit",
  jfTable: "Tabel standar JF",
  costs: "Biaya satuan",
  optimal: "Batas Optimal",
  cukup: "Batas Cukup Optimal",
  ms: "Batas MS",
  mms: "Batas MMS",
  agency: "Nama instansi",
  signatoryTitle: "Jabatan penandatangan",
  signatoryName: "Nama penandatangan",
  signatoryNip: "NIP penandatangan",
  preparerTitle: "Jabatan penyusun",
  preparerName: "Nama penyusun",
  preparerNip: "NIP penyusun",
  place: "Nama tempat",
  date: "Tanggal",
  sheet: "Sheet",
  units: "Unit kerja",
  workers: "Jumlah thread (--paralel)",
  lang: "Bahasa",
};

/** Fields whose values are fractions shown as percentages. */
const PERCENT_FIELDS: ReadonlySet<OptionField> = new Set(["optimal", "cukup", "ms", "mms"]);
const bound = (field: OptionField, n: number) =>
  PERCENT_FIELDS.has(field) ? pct(n) : field === "tolerance" ? `${num(n)} (${pct(n)})` : num(n);

// Method names and formulas come from the registry, so a new method is worded without touching this file.
const METHOD = recordOf(JPM_METHODS, (m) => `${m.name.id} (${m.formula.id})`);

const RESAVE =
  "Buka berkas di Excel, lalu simpan ulang sebagai .xlsx (File > Save As > Excel Workbook).";

const STEP: Record<WriteStepId, string> = {
  "create-sheet": "membuat lembar",
  values: "mengisi nilai",
  formulas: "menulis rumus",
  "number-format": "format angka",
  "column-width": "lebar kolom",
  "row-height": "tinggi baris",
  "cell-format": "format sel",
  merge: "menggabungkan sel",
  "conditional-format": "format bersyarat",
  "data-validation": "validasi data",
  freeze: "membekukan panel",
  filter: "filter",
  table: "tabel",
  chart: "grafik",
  "print-scale": "skala cetak",
  "page-breaks": "pemisah halaman",
  "print-setup": "pengaturan cetak",
  calculate: "menghitung rumus",
  "tab-color": "warna tab",
  activate: "mengaktifkan lembar",
};
/** How a skipped kind is named where it differs from the step ("Panel beku dilewati"). */
const STEP_SKIPPED: Partial<Record<WriteStepId, string>> = {
  freeze: "panel beku",
  filter: "filter otomatis",
};
const SHEET_ACTION: Record<SheetAction, (address?: string) => string> = {
  open: () => "membuka lembar",
  select: (address) => `memilih sel ${address ?? ""}`.trim(),
};
const SOURCE: Record<ChoiceSource, string> = {
  user: "dipilih pengguna",
  file: "mengikuti file",
  default: "bawaan",
};
const JPM_FORMULA = recordOf(JPM_METHODS, (m) => m.formula.id);
const FS_REASON: Record<string, string> = {
  EISDIR: "sudah ada folder dengan nama itu; berikan nama berkas, mis. hasil-rencana.xlsx",
  ENOTDIR: "salah satu bagian jalurnya adalah berkas, bukan folder",
  ENOENT: "foldernya tidak ada",
  EACCES: "tidak ada izin menulis di sana",
  EPERM: "tidak ada izin menulis di sana",
  EROFS: "tempat itu hanya bisa dibaca",
  ENOSPC: "ruang disk habis",
  EEXIST: "berkas sementara dengan nama yang sama sudah ada",
  EBUSY: "berkas sedang dipakai program lain (tutup dulu di Excel)",
};
/** A percent as the help prints it: 0.78 -> "78". */
const helpPercent = (fraction: number) => String(Math.round(fraction * 10000) / 100);

/** Help lines listing a registry's choices, one per entry: "      sum  Σ nilai ÷ Σ standar". */
export function choiceLines(entries: readonly { id: string; text: string }[]): string {
  const width = Math.max(...entries.map((e) => e.id.length));
  return entries
    .map((e) => `                          ${e.id.padEnd(width)}  ${e.text}`)
    .join("\n");
}

// The choices come from the registries, so a new method or scheme is listed without touching this text.
const USAGE = `Pemakaian:
  skj plan [berkas.xlsx|berkas.csv] [pilihan]
  skj rekap FOLDER|BERKAS… [--out rekap.xlsx] [pilihan]
                        satu rekap atas banyak berkas unit: kebutuhan per unit, program gabungan seluruh
                        unit, berkas yang dibaca (pilihan: skj rekap --help)
  skj template [--out BERKAS] [--lang en]
                        buat workbook template hasil asesmen berisi pemeriksaan isian (bawaan:
                        template-hasil-asesmen.xlsx; berkas yang sudah ada tidak ditimpa)

Tanpa berkas, contoh bawaan (assets/sample) yang dipakai. Berkas CSV (pemisah , atau ;) ditulis ke
workbook baru <berkas>-rencana.xlsx berisi datanya dan sheet laporan.

Pilihan:
  --out BERKAS          tulis hasil ke BERKAS (bawaan: <berkas>-rencana.xlsx di samping berkas masukan)
  --json                cetak hasil sebagai JSON di stdout (berkas hanya ditulis bila --out diberikan)
  --sheet NAMA          pakai sheet ini (bawaan: dicari otomatis)
  --year TAHUN          tahun rencana (bawaan: tahun depan)
  --scheme SKEMA        ${SCHEMES.map((e) => e.id).join(" | ")} (bawaan: mengikuti kolom kategori di file, atau ${DEFAULT_SCHEME})
${choiceLines(SCHEMES.map((e) => ({ id: e.id, text: `${e.name.id}: ${e.help.id}` })))}
  --jpm METODE          ${JPM_METHODS.map((m) => m.id).join(" | ")} (bawaan: mengikuti kolom JPM di file, atau ${DEFAULT_JPM_METHOD})
${choiceLines(JPM_METHODS.map((m) => ({ id: m.id, text: `${m.name.id}: ${m.formula.id}` })))}
  --jpm-bulat           metode mean: rasio nilai ÷ standar tiap kompetensi dibulatkan 2 desimal dahulu
  --standar-jf TABEL    ${JF_TABLES.map((t) => t.id).join(" | ")}: tabel standar bawaan jabatan fungsional (bawaan: ${DEFAULT_JF_TABLE}; lembar SKJ selalu didahulukan)
${choiceLines(JF_TABLES.map((t) => ({ id: t.id, text: t.name.id })))}
  --toleransi ANGKA     toleransi kebutuhan, mis. 0.1 untuk 10% (bawaan: 0)
${SCHEMES.map(
  (sc) =>
    `  ${sc.thresholds.map((t) => `--batas-${t.key} PERSEN`).join(", ")}\n` +
    `                        batas kategori ${sc.name.id} dalam persen (bawaan: ${sc.thresholds.map((t) => helpPercent(t.default)).join(" dan ")})`
).join("\n")}
  --target-jp JP        target JP per pegawai per tahun (bawaan: 20)
  --unit UNIT           hanya pegawai unit ini (boleh diulang)
  --anggaran RUPIAH     pagu anggaran pengembangan (mis. "Rp 100.000.000"); program di atas pagu ditunda
  --biaya KODE=RUPIAH   biaya satuan sebuah metode, mis. KL02=150000 (boleh diulang)
  --penyelenggara KODE=PENYELENGGARA
                        penyelenggara sebuah metode, mis. KL03=pusdiklat (boleh diulang; bawaan per metode:
                        ${PROVIDER_IDS.join(", ")})
  --ambang-kelas N      pelatihan klasikal bila sedikitnya N pegawai punya kebutuhan yang sama (bawaan: 10);
                        kelompok yang lebih kecil menjadi pengembangan individual
  --ambang-unit N       program unit kerja bila sedikitnya N pegawai satu unit berbagi kebutuhan yang sama
  --potensi-jpm         bila file tidak punya kolom potensi, kategori JPM dipakai sebagai pengganti
                        untuk sembilan kotak talenta (disebutkan di lembar Pemetaan Talenta)
  --kolom KODE=KOLOM    baca KODE (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB, NIP, NAMA, JABATAN, JENJANG, UNIT…)
                        dari KOLOM: huruf (K) atau judul kolom ("NIP Baru"); boleh diulang
  --pegawai BERKAS      daftar pegawai (NIP dengan eselon/jenjang/jabatan) untuk jenjang yang tidak ada di tabel (boleh diulang)
  --sebelumnya BERKAS   workbook tahun lalu (sheet rencana dan hasil asesmennya): menambah sheet Progres
  --idp                 tambah halaman IDP: satu halaman A4 per pegawai (dengan --unit: pegawai unit itu)
  --jenjang NAMA        jenjang bawaan bagi pegawai yang jenjangnya tetap tidak diketahui, mis. Pelaksana
  --instansi NAMA       nama instansi di judul laporan
  --tempat NAMA         tempat pada baris tanda tangan (mis. Sukamaju)
  --penandatangan-jabatan, --penandatangan-nama, --penandatangan-nip
                        blok tanda tangan ("Mengetahui")
  --penyusun-jabatan, --penyusun-nama, --penyusun-nip
                        penyusun rencana ("Disusun oleh"), di samping tanda tangan; tidak dicetak bila kosong
  --zona WIB|WITA|WIT   zona waktu instansi untuk tanggal laporan (bawaan: WIB)
  --lang id|en          bahasa keluaran dan sheet yang ditulis (bawaan: id)
  -h, --help            bantuan ini

Kode keluar: 0 bila ada pegawai yang direncanakan; 3 bila tabel ditemukan tetapi tidak ada pegawai yang
dapat direncanakan (alasannya disebut; berkas hasil hanya ditulis bila --out diberikan); 2 bila berkas tidak
dapat dibaca, tidak memuat tabel asesmen, pilihan salah, atau hasil tidak dapat ditulis.
`;
const FN_ARG: Record<FunctionArg, string> = {
  score: "Nilai",
  standard: "Standar",
  grade: "Jenjang jabatan",
  level: "Level",
  jpm: "JPM",
  gap: "Gap",
  performance: "Kinerja",
  potential: "Potensi",
  box: "Kotak",
};
const capital = (t: string) => `${t[0].toUpperCase()}${t.slice(1)}`;

/** " <what to do>" after an Excel error caused by its window's state, or nothing. */
const hintText = (hint?: ExcelHint) => (hint ? ` ${r(msg("excel-hint", { hint }))}` : "");

function r(m: Message): string {
  return (id[m.code] as (p: unknown) => string)(m.params);
}

export const id: Catalogue = {
  ...inputId,
  ...filesId,
  ...planId,
  ...hostId,
  ...sheetsId,
  ...talentId,
  ...progressId,
  ...plannerId,
  ...rekapId,
  ...templateId,
  ...liveId,
  ...documentId,
  ...signingId,
  ...idpId,
  ...akpkId,
  ...peopleId,
  ...standardsId,
  ...rankId,
  ...trustId,
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
    `Kolom JPM di file tidak cocok dengan metode JPM mana pun (${JPM_METHODS.map((m) => m.name.id).join(", ")}) dalam selisih 1 poin; dipakai metode ${METHOD[DEFAULT_JPM_METHOD]}.`,
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
    `${p.reasonOnly ? "Tidak" : "Tabel hasil asesmen tidak ditemukan: tidak"} ada sheet yang baris judul kolomnya (dalam ${p.scanRows} baris pertama) menyebut sedikitnya tiga dari sembilan kompetensi SKJ (Integritas, Kerja Sama, Komunikasi, …).`,

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

  "read-error": (p) => {
    const f = p.found ? ` (${r(p.found)})` : "";
    switch (p.kind) {
      case "not-zip":
        return `Berkas ini bukan buku kerja Excel (.xlsx)${f}. ${RESAVE}`;
      case "truncated":
        return (
          `Berkas ini terpotong (tidak lengkap)${f}, mungkin karena unduhan atau penyalinan yang ` +
          "terputus. Unduh atau salin ulang berkasnya dari sumber aslinya."
        );
      case "not-workbook":
        return `Berkas ini bukan buku kerja Excel${f}. ${RESAVE}`;
      case "encrypted":
        return (
          `Buku kerja ini dilindungi kata sandi (terenkripsi)${f}, sehingga isinya tidak dapat dibaca. ` +
          "Buka kunci/hapus kata sandi: buka berkas di Excel dengan kata sandinya, pilih File > Info > " +
          "Protect Workbook > Encrypt with Password dan kosongkan kata sandinya, lalu simpan ulang sebagai .xlsx."
        );
      case "xls":
        return `Berkas ini buku kerja Excel format lama (.xls, Excel 97–2003)${f} yang tidak dapat dibaca di sini. ${RESAVE}`;
      case "too-large":
        return (
          `Berkas ini terlalu besar untuk dibaca dengan aman${f}. Hapus lembar atau baris yang tidak ` +
          "diperlukan (atau salin tabel penilaian saja ke buku kerja baru), simpan sebagai .xlsx, lalu coba lagi."
        );
      case "corrupt":
        return `Berkas ini rusak${f}. Buka berkas di Excel (setujui bila Excel menawarkan perbaikan), lalu simpan ulang sebagai .xlsx.`;
      case "not-found":
        return `Berkas tidak ditemukan${f}. Periksa nama dan letak berkasnya.`;
      case "unreadable":
        return `Berkas tidak dapat dibuka${f}. Pastikan berkas tidak sedang dipakai program lain dan Anda berhak membacanya.`;
    }
  },
  "found-word": () => "dokumen Word (.docx)",
  "found-powerpoint": () => "presentasi PowerPoint (.pptx)",
  "found-xlsb": () => "buku kerja biner Excel (.xlsb) yang tidak didukung",
  "found-opendocument": () => "dokumen OpenDocument (.ods/.odt)",
  "found-old-word": () => "dokumen Word lama (.doc)",
  "found-old-powerpoint": () => "presentasi PowerPoint lama (.ppt)",
  "found-old-office": () => "berkas Office lama yang tidak dikenal",
  "found-xml-2003": () => "isinya Lembar Kerja XML 2003",
  "found-html": () => "isinya halaman web (HTML), bukan buku kerja",
  "found-empty": () => "berkasnya kosong",
  "found-pdf": () => "isinya dokumen PDF",
  "found-part-missing": (p) => `bagian "${p.part}" tidak ada`,
  "found-no-workbook-part": () => "tidak ada bagian buku kerja",
  "found-part-unreadable": (p) =>
    `${p.sheet ? `lembar "${p.sheet}", bagian "${p.part}"` : `bagian "${p.part}"`} tidak dapat dibaca`,
  "found-entry-count": (p) => `arsipnya berisi ${p.count} bagian`,
  "found-zip-directory": () => "daftar isi arsip zip tidak terbaca",
  "found-part-size": (p) => `bagian "${p.part}" bila dibuka berukuran ${p.megabytes} MB`,
  "found-part-misplaced": (p) => `bagian "${p.part}" tidak ditemukan di tempatnya`,
  "found-part-compression": (p) => `bagian "${p.part}" memakai kompresi yang tidak dikenal`,
  "found-part-unopenable": (p) => `bagian "${p.part}" tidak dapat dibuka`,
  "found-too-many-cells": (p) =>
    `lebih dari ${formatCount(p.limit, "id")} sel berisi (lembar "${p.sheet}")`,
  "found-sheet-span": (p) => `lembar "${p.sheet}" membentang ${formatCount(p.cells, "id")} sel`,
  "found-archive-size": (p) => `isinya bila dibuka mencapai ${p.megabytes} MB`,
  "found-path": (p) => p.path,
  "fn-blank": (p) => `${FN_ARG[p.what]} kosong.`,
  "fn-cell-error": (p) => `${FN_ARG[p.what]} berisi galat ${p.error}.`,
  "fn-not-number": (p) => `${FN_ARG[p.what]} "${p.text}" bukan angka.`,
  "fn-out-of-range": (p) =>
    p.what === "gap"
      ? `Gap ${p.value} di luar rentang -4 sampai 4.`
      : p.what === "level"
        ? `Level ${p.value} di luar 1–5.`
        : `${FN_ARG[p.what]} ${p.value} di luar rentang 1–5.`,
  "fn-grade-unknown": (p) => `${r(p.reason)}.`,
  "fn-competency-unknown": (p) =>
    `Kompetensi "${p.text}" tidak dikenal; pakai nama atau kode (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB).`,
  "fn-scores-count": (p) =>
    `Nilai harus sembilan sel (INT, KS, KOM, OPH, PP, PDOL, MP, PK, PB), bukan ${p.count}; atau beri rentang nama kompetensi.`,
  "fn-range-size": (p) =>
    p.what === "competencies"
      ? `Rentang kompetensi (${p.cells} sel) harus sama ukurannya dengan rentang nilai (${p.count} sel).`
      : `Rentang standar (${p.cells} sel) harus sama ukurannya dengan rentang nilai (${p.count} sel), atau satu sel jenjang.`,
  "fn-competency-twice": (p) => `Kompetensi ${p.code} disebut dua kali.`,
  "fn-scheme-unknown": (p) => `Skema "${p.text}" tidak dikenal; pakai ${schemeList('"', "id")}.`,
  "fn-method-unknown": (p) =>
    `Metode JPM "${p.text}" tidak dikenal; pakai ${jpmMethodList('"', "id")}.`,
  "fn-level-not-integer": (p) => `Level ${p.value} harus bilangan bulat 1–5.`,
  "report-too-large": (p) =>
    `Rencana pengembangan ini memerlukan lebih dari ${formatCount(p.limit, "id")} baris, batas satu sheet Excel. ` +
    "Buat rencana per unit kerja (pilihan unit kerja; CLI: --unit), misalnya beberapa unit sekaligus.",
  "date-invalid": (p) =>
    `Tanggal "${p.date}" tidak valid; tulis dengan format TTTT-BB-HH, contoh 2026-11-22.`,
  "package-part-encoding": (p) =>
    `Bagian "${p.part}" di dalam berkas tidak dapat dibaca (pengodean teks rusak).`,
  "package-no-workbook": () =>
    "Berkas ini bukan workbook Excel: bagian workbook tidak ditemukan di dalamnya.",
  "package-workbook-unknown": (p) =>
    `Bagian "${p.part}" bukan workbook SpreadsheetML yang dikenali.`,
  "package-no-sheets": () => "Workbook di dalam berkas tidak memiliki daftar lembar (sheets).",
  "package-no-content-types": () =>
    "Berkas tidak lengkap: bagian [Content_Types].xml tidak ditemukan.",
  "package-content-types-unknown": () =>
    "Bagian [Content_Types].xml di dalam berkas tidak dikenali.",
  "package-too-large": (p) =>
    `Berkas hasil terlalu besar: ${p.reason === "entries" ? "terlalu banyak bagian" : "lebih dari 4 GB"}.`,
  "sheet-part-missing": (p) =>
    `Isi lembar "${p.sheet}" tidak ditemukan di dalam berkas; lembar ini dibaca kosong.`,
  "found-folder": (p) => `${p.path} adalah folder`,

  "excel-read-failed": (p) =>
    `Gagal membaca ${{ sheets: "daftar lembar kerja", contents: "isi lembar kerja", size: "ukuran lembar kerja", selection: "pilihan" }[p.what]} dari Excel: ${p.detail}${p.hint ? `.${hintText(p.hint)}` : ""}`,
  "excel-read-table-failed": (p) => `Gagal membaca tabel "${p.table}" dari Excel: ${p.detail}`,
  "excel-selection-empty": (p) =>
    `Rentang yang dipilih (${p.address}) di lembar "${p.sheet}" kosong. Pilih tabel data ` +
    "penilaian, atau satu sel saja untuk membaca seluruh lembar.",
  "excel-selection-not-cells": () =>
    "Gagal membaca pilihan dari Excel: Pilih sel atau tabel data di lembar kerja terlebih dahulu (bukan grafik atau gambar).",
  "excel-sheet-action-failed": (p) =>
    `Gagal ${SHEET_ACTION[p.action](p.address)} di lembar "${p.sheet}": ${p.detail}`,
  "excel-sheet-missing": (p) => `Lembar "${p.sheet}" tidak ditemukan di buku kerja ini.`,
  "excel-sheet-hidden": (p) =>
    `Lembar "${p.sheet}" tersembunyi; tampilkan lembar itu terlebih dahulu.`,
  "excel-bad-address": (p) =>
    `Gagal ${SHEET_ACTION[p.action](p.address)} di lembar "${p.sheet}": alamat sel tidak valid.`,
  "workbook-protected": () =>
    "Struktur buku kerja ini dilindungi (Tinjau → Lindungi Buku Kerja), sehingga sheet laporan tidak " +
    "dapat ditambahkan. Buka proteksi strukturnya, lalu klik lagi; buku kerja tidak diubah.",
  "excel-write-failed": (p) => {
    const what = p.step
      ? `${STEP[p.step]} di lembar ${quoted(p.sheets)}`
      : `menulis lembar ${quoted(p.sheets)}`;
    const where = p.request
      ? `${what} (permintaan ke-${p.request.index} dari ${p.request.of})`
      : what;
    return `Gagal menulis laporan ke Excel saat ${where}: ${p.detail}.${hintText(p.hint)} ${r(p.cleanup)}`;
  },
  "cleanup-nothing-added": () => "Tidak ada lembar yang ditambahkan; buku kerja tidak berubah.",
  "cleanup-removed": (p) =>
    `Lembar yang sempat dibuat (${quoted(p.sheets)}) sudah dihapus kembali; lembar lain tidak diubah.`,
  "cleanup-failed": (p) =>
    `Lembar yang sempat dibuat tidak dapat dihapus otomatis (${p.detail}); periksa dan hapus lembar ${quoted(p.sheets)} secara manual.`,
  "excel-step-refused": (p) =>
    `${capital(STEP[p.step])} di lembar ${quoted(p.sheets)} tidak diterapkan: ${p.detail}.${hintText(p.hint)} Isi laporan sudah lengkap.`,
  "excel-step-unsupported": (p) =>
    `${capital(STEP_SKIPPED[p.step] ?? STEP[p.step])} dilewati: Excel ini belum mendukung ExcelApi ${p.api}.`,
  "excel-chart-skipped": (p) =>
    `Grafik di lembar "${p.sheet}" dilewati: Excel ini belum mendukung ExcelApi 1.7.`,

  "file-xls": (p) =>
    `"${p.file}" berformat Excel 97-2003 (.xls). Buka di Excel, simpan sebagai Excel Workbook (.xlsx), lalu buka file .xlsx-nya di sini.`,
  "file-not-xlsx": (p) =>
    `"${p.file}" bukan file Excel (.xlsx) atau CSV. Pilih file hasil asesmen berformat .xlsx atau .csv.`,
  "file-empty": (p) => `File "${p.file}" kosong (0 byte).`,
  "file-too-large": (p) =>
    `File "${p.file}" berukuran ${formatFixed(p.megabytes, "id", 1)} MB, melebihi batas ${formatFixed(p.limit, "id", 1)} MB untuk dibuka di browser. ` +
    "Hapus sheet yang tidak perlu (gambar, data lain) atau pakai add-in di Excel.",
  "file-none-open": () => "Belum ada file yang dibuka. Klik \u201cBuka file .xlsx\u201d.",
  "file-unreadable": (p) =>
    `File "${p.file}" tidak dapat dibaca dari disk; mungkin sudah dipindah atau sedang dibuka program lain. Pilih file itu lagi.`,
  "worker-unavailable": (p) =>
    `Browser ini tidak dapat menjalankan pembaca file (${p.detail}). Pakai Chrome, Edge atau Firefox versi terbaru.`,
  "worker-timeout": (p) =>
    p.job === "read"
      ? `Membaca file memakan waktu lebih dari ${p.minutes} menit dan dihentikan. File mungkin rusak atau terlalu besar; buka di Excel, simpan ulang, lalu coba lagi.`
      : `Menulis file hasil memakan waktu lebih dari ${p.minutes} menit dan dihentikan. Coba lagi, atau kurangi data (filter unit kerja).`,
  "worker-crashed": (p) => {
    const detail = p.detail ? ` (${p.detail})` : "";
    return p.job === "read"
      ? `Pembaca file berhenti karena galat${detail}. File mungkin rusak atau terlalu besar untuk browser ini.`
      : `Penulis file berhenti karena galat${detail}.`;
  },
  "worker-bad-data": () => "Data dari pembaca file tidak dapat diterima oleh halaman.",
  "worker-send-failed": (p) => `File tidak dapat dikirim ke pembaca file: ${p.detail}`,
  "worker-needs-reread": () =>
    "File perlu dibaca ulang sebelum hasilnya ditulis: buka file-nya lagi.",
  "worker-unknown-reply": (p) =>
    p.job === "read"
      ? "Jawaban pembaca file tidak dikenal."
      : "Jawaban penulis file tidak dikenal.",
  "pane-table-changed": () =>
    "Judul kolom tabel berubah sejak dibaca; pemetaan kolom dibaca ulang. Periksa pemetaan, lalu klik lagi.",
  "pane-nothing-in-units": () => "Tidak ada pegawai yang dapat direncanakan di unit yang dipilih.",
  "pane-nothing-planned": () =>
    "Tidak ada baris pegawai yang dapat direncanakan; periksa pemetaan kolom dan catatan data.",
  unexpected: (p) => p.detail,

  "cli-usage": () => USAGE,
  "cli-unknown-option": (p) => `Pilihan tidak dikenal: ${p.option}. Lihat daftar pilihan di bawah.`,
  "cli-option-needs-value": (p) =>
    `Pilihan ${p.option} memerlukan nilai, misalnya ${p.option} NILAI (nilai yang diawali "-" tulis sebagai ${p.option}=NILAI).`,
  "cli-options-unreadable": (p) => `Pilihan tidak dapat dibaca: ${p.detail}`,
  "cli-zone-unknown": (p) => `Zona waktu "${p.zone}" tidak dikenal; pakai ${p.zones.join(", ")}.`,
  "cli-unknown-command": (p) => `Perintah tidak dikenal: ${p.command || "(kosong)"}.`,
  "cli-too-many-files": (p) =>
    `Terlalu banyak berkas: ${p.files.join(", ")}. Berikan satu berkas masukan.`,
  "cli-not-a-number": (p) => `${FIELD[p.field]} harus berupa angka, bukan "${p.value}".`,
  "cli-options-invalid": (p) => `Pilihan tidak valid: ${r(p.problems)}.`,
  "cli-same-file": (p) => `Berkas hasil tidak boleh sama dengan berkas masukan ("${p.input}").`,
  "cli-output-is-folder": (p) =>
    `Gagal menulis "${p.output}": sudah ada folder dengan nama itu; berikan nama berkas, mis. hasil-rencana.xlsx.`,
  "cli-output-extension": (p) =>
    `Berkas hasil "${p.output}" harus bernama ${p.expected}: hasilnya buku kerja Excel, bukan ${p.found || "berkas tanpa ekstensi"}.`,
  "cli-output-macro": (p) =>
    `Berkas masukan ${p.from === ".xlsm" ? "berisi makro" : "tidak berisi makro"} (${p.from}), jadi berkas hasil harus bernama ${p.from} juga, bukan "${p.output}": ` +
    `Excel tidak mau membuka buku kerja ${p.from} yang diberi nama ${p.to}.`,
  "cli-folder-failed": (p) =>
    `Folder untuk berkas hasil "${p.file}" tidak dapat dibuat: ${r(p.reason)}.`,
  "cli-write-failed": (p) => `Gagal menulis "${p.file}": ${r(p.reason)}.`,
  "cli-input-missing": (p) => `Berkas "${p.file}" tidak ditemukan.`,
  "cli-input-unreadable": (p) => `Berkas "${p.file}" tidak dapat dibaca (${p.errno}).`,
  "cli-read-failed": (p) => `Berkas "${p.file}" tidak dapat dibaca: ${r(p.reason)}`,
  "cli-reading": (p) => `Membaca ${p.file}… ${p.percent}%`,
  "cli-writing": () => "Menulis rencana pengembangan…",
  "cli-unexpected": (p) => `Terjadi kesalahan yang tidak terduga: ${p.detail}`,
  "fs-error": (p) => {
    const reason = FS_REASON[p.errno];
    return reason ? `${reason} (${p.errno})` : p.detail;
  },
  "cli-title": (p) => `SKJ Rencana Pengembangan ${p.year}: ${p.input}`,
  "cli-table": (p) =>
    `Tabel: sheet "${p.sheet}", judul kolom baris ${p.headerRows.length > 1 ? `${p.headerRows[0]}–${p.headerRows[p.headerRows.length - 1]}` : p.headerRows[0]}, data mulai baris ${p.dataStartRow}${p.long ? " (satu baris per pegawai per kompetensi)" : ""}`,
  "cli-jpm-method": (p) =>
    `Metode JPM: ${p.method} (${JPM_FORMULA[p.method]}), ${SOURCE[p.source]}` +
    (p.agreement
      ? `; kolom JPM di file: ${p.agreement.matched} dari ${p.agreement.compared} baris cocok`
      : ""),
  "cli-scheme": (p) =>
    `Skema kategori: ${p.scheme} (${p.fromTitle ? "mengikuti tujuan penilaian di judul sheet" : SOURCE[p.source]}); toleransi ${pct(p.tolerance)}; target ${p.jpTarget} JP per pegawai`,
  "cli-counts": (p) =>
    `Pegawai direncanakan: ${p.employees}; galat: ${p.errors}; peringatan: ${p.warnings}`,
  "cli-unassessed": (p) =>
    `Pegawai tanpa nilai kompetensi (tidak direncanakan): ${p.rows.length} (${rowList(p.rows, "id")})`,
  "cli-categories": (p) =>
    `Kategori JPM: ${p.categories.map((c) => `${c.category} ${c.count}`).join(" · ")}`,
  "cli-needs-heading": () =>
    "Kekurangan per kompetensi (pegawai di bawah standar, rata-rata gap mereka):",
  "cli-total-jp": (p) =>
    `Total JP: ${p.total} (${p.tracks.map((t) => `${t.track}%: ${t.jp} JP`).join(" · ")})`,
  "cli-issues-heading": () => "Catatan data:",
  "cli-issues-more": (p) => `… dan ${p.count} catatan lain (lihat sheet "${p.sheet}").`,
  "cli-written": (p) => `Hasil ditulis ke: ${p.output}`,
  "cli-new-sheets": (p) => `Sheet baru: ${p.sheets.join(", ")}`,
  "issues-sheet-title": () => "CATATAN DATA",
  "issues-sheet-intro": (p) =>
    `Sumber: sheet "${p.sheet}". ${p.total} catatan: ${p.errors} galat, ` +
    `${p.warnings} peringatan, ${p.infos} info. Galat: baris itu tidak masuk rencana. ` +
    "Peringatan: baris masuk rencana dengan anggapan yang disebut di pesan. Info: untuk diketahui.",
  "issues-sheet-header": (p) =>
    ({
      no: "No",
      sheet: "Sheet",
      row: "Baris",
      column: "Kolom",
      cell: "Sel",
      severity: "Tingkat",
      message: "Pesan",
    })[p.column],
  "unassessed-rows": (p) =>
    `${p.rows.length} pegawai tanpa nilai kompetensi sama sekali tidak direncanakan (${rowList(p.rows, "id")}).`,
  "severity-name": (p) => ({ error: "Galat", warning: "Peringatan", info: "Info" })[p.severity],
  severity: (p) => ({ error: "GALAT", warning: "PERINGATAN", info: "INFO" })[p.severity],
};
