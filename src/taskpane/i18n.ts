// The pane's own words, in Bahasa Indonesia (the users' language) and English (the toggle). Messages from
// the engine, the hosts and the worker are coded and rendered by the domain's catalogue of the same
// language; where the pane says the same thing (unassessed rows, severities) it takes the catalogue's words.
import { formatCount, type Lang, msg, renderMessage } from "../skj/messages";
import { recordOf } from "../skj/registry/entries";
import { IDENTITY_FIELDS } from "../skj/mapping";
import { DEFAULT_JPM_METHOD, JPM_METHODS, jpmMethodEntry } from "../skj/registry/jpmMethods";
import { ISSUES_SHEET_NAME, reportSheetEntry } from "../skj/registry/reportSheets";
import { SCHEMES } from "../skj/registry/schemes";
import type { Severity } from "../skj/types";
import { TIME_ZONES, type TimeZoneId } from "../skj/dates";

import type { IdentityField, JpmMethod, Scheme } from "../skj/types";

/** The mapping's field labels, from the message catalogue (issues name fields the same way). */
const fieldNames = (lang: Lang): Record<IdentityField, string> =>
  Object.fromEntries(
    IDENTITY_FIELDS.map((field) => [
      field,
      renderMessage(msg("identity-field-name", { field }), lang),
    ])
  ) as Record<IdentityField, string>;

function severityNames(lang: Lang): Record<Severity, string> {
  const name = (severity: Severity) => renderMessage(msg("severity-name", { severity }), lang);
  return { error: name("error"), warning: name("warning"), info: name("info") };
}

export type { Lang };

// Counts follow the pane's language: 1.234 in Bahasa Indonesia, 1,234 in English.
const cId = (n: number) => formatCount(n, "id");
const cEn = (n: number) => formatCount(n, "en");

export type ErrorKind =
  | "read"
  | "noTable"
  | "write"
  | "options"
  | "nothing"
  | "selection"
  | "select"
  | "changed"
  | "mapping"
  | "unexpected";

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The pane's JPM method choices, from the registry: "Jumlah: Σ nilai ÷ Σ standar". */
export function jpmChoices(lang: Lang): Record<JpmMethod, string> {
  return recordOf(JPM_METHODS, (m) => `${capitalize(m.name[lang])}: ${m.formula[lang]}`);
}

/** The pane's scheme choices, from the registry: "Pengisian jabatan (MS / MMS / KMS)". */
export function schemeChoices(lang: Lang): Record<Scheme, string> {
  return recordOf(SCHEMES, (s) => `${capitalize(s.name[lang])} (${s.help[lang]})`);
}

const DEFAULT_METHOD_NAME = jpmMethodEntry(DEFAULT_JPM_METHOD).name;

/** Each language in its own name, so a reader finds theirs whatever the pane's language. */
const SHEET_LANG_NAMES: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };

/** "WIB (UTC+7)"; the zone's abbreviation is the same in both languages. */
function zoneChoices(lang: Lang): Record<TimeZoneId, string> {
  const region = {
    WIB: { id: "barat", en: "western" },
    WITA: { id: "tengah", en: "central" },
    WIT: { id: "timur", en: "eastern" },
  } as const;
  return Object.fromEntries(
    TIME_ZONES.map((z) => [
      z.id,
      `${z.id} (UTC+${z.offsetHours}, ${lang === "id" ? `Indonesia ${region[z.id].id}` : `${region[z.id].en} Indonesia`})`,
    ])
  ) as Record<TimeZoneId, string>;
}
/** The summary sheet's name without its year, as the notes mention it. */
const SUMMARY_SHEET = reportSheetEntry("summary").name.id;

export interface Strings {
  /** The language of these strings, for rendering the engine's coded messages alongside. */
  lang: Lang;
  title: string;
  subtitle: string;
  english: string;
  sourceHeading: string;
  openFile: string;
  fileHint: string;
  fileChosen: (name: string) => string;
  noFileYet: string;
  reload: string;
  useSelection: string;
  useWorkbook: string;
  selectionInUse: string;
  /** "Data!A3:Q40 (tabel Hasil)". */
  selectionAt: (where: string, table?: string) => string;
  stage: { read: string; plan: string; write: string };
  detectedSheet: string;
  chooseSheet: string;
  unassessed: (rows: number[]) => string;
  sheetHidden: string;
  headerRows: string;
  layout: { wide: string; long: string };
  ready: string;
  rowsWithErrors: string;
  warnings: string;
  unitsSelected: (n: number) => string;
  mappingHeading: string;
  mappingHint: string;
  mappingReset: string;
  mappingSample: (values: string) => string;
  noColumn: string;
  identity: Record<IdentityField, string>;
  longField: { competency: string; score: string; standard: string };
  technicalGroup: string;
  competencyGroup: string;
  identityGroup: string;
  issuesHeading: (n: number) => string;
  issuesNone: string;
  issueWholeSheet: string;
  issueAt: (row: number, column: string) => string;
  issueClickHint: string;
  issuesMore: (n: number) => string;
  issueCount: (n: number, severity: string) => string;
  issueHint: (hint: string) => string;
  issueFilterLabel: string;
  issueFilter: (severity: Severity, n: number) => string;
  leftOutTitle: string;
  leftOut: (errorRows: number, unassessed: number) => string;
  leftOutShow: string;
  nothingPlanned: string;
  severity: { error: string; warning: string; info: string };
  optionsHeading: string;
  year: string;
  scheme: string;
  schemeChoice: Record<"auto" | Scheme, string>;
  schemeFollowed: (scheme: string) => string;
  jpmMethod: string;
  jpmChoice: Record<"auto" | JpmMethod, string>;
  jpmFollowed: (matched: number, compared: number) => string;
  jpmUserAgreement: (matched: number, compared: number) => string;
  jpmUnmatched: (compared: number) => string;
  tolerance: string;
  toleranceHint: string;
  thresholds: string;
  jpTarget: string;
  jpTargetHint: string;
  /** The language the report sheets are written in ("Bahasa laporan"). */
  sheetLang: string;
  sheetLangHint: string;
  sheetLangChoice: Record<Lang, string>;
  /** The agency's time zone, which dates the report. */
  zone: string;
  zoneHint: string;
  zoneChoice: Record<TimeZoneId, string>;
  reportHeading: string;
  agency: string;
  signatoryTitle: string;
  signatoryName: string;
  signatoryNip: string;
  preparerTitle: string;
  preparerName: string;
  preparerNip: string;
  units: string;
  unitsPlaceholder: string;
  jfNote: string;
  potentialFromJpm: string;
  idp: string;
  idpHint: string;
  potentialFromJpmHint: string;
  generate: string;
  working: string;
  resultHeading: string;
  resultEmployees: string;
  resultJp: string;
  resultNeeds: string;
  resultNoNeeds: string;
  needCompetency: string;
  needShort: string;
  needMeanGap: string;
  sheetsCreated: (names: string) => string;
  openSheet: (name: string) => string;
  download: (fileName: string) => string;
  chartNote: string;
  notesTitle: string;
  selectionHint: string;
  errorTitle: Record<ErrorKind, string>;
  dismiss: string;
}

const id: Strings = {
  lang: "id",
  title: "Rencana Pengembangan SKJ",
  subtitle: "Standar Kompetensi Jabatan (PermenPANRB 38/2017)",
  english: "English",
  sourceHeading: "Sumber data",
  openFile: "Buka file .xlsx atau .csv",
  fileHint: "File dibaca di komputer ini saja; tidak ada data yang diunggah.",
  fileChosen: (name) => `File: ${name}`,
  noFileYet: "Pilih file hasil asesmen (.xlsx atau .csv) untuk mulai.",
  reload: "Baca ulang workbook",
  useSelection: "Pakai range yang dipilih",
  useWorkbook: "Cari di seluruh workbook",
  selectionInUse: "Memakai range yang dipilih",
  selectionAt: (where, table) => (table ? `${where} (tabel ${table})` : where),
  stage: {
    read: "Membaca workbook…",
    plan: "Menyusun rencana…",
    write: "Menulis sheet rencana…",
  },
  detectedSheet: "Sheet",
  chooseSheet: "Sheet data",
  unassessed: (rows) => renderMessage(msg("unassessed-rows", { rows }), "id"),
  sheetHidden: "(tersembunyi)",
  headerRows: "Baris judul",
  layout: { wide: "satu baris per pegawai", long: "satu baris per kompetensi" },
  ready: "Pegawai siap",
  rowsWithErrors: "Baris bermasalah",
  warnings: "Peringatan",
  unitsSelected: (n) => `${cId(n)} pegawai di unit yang dipilih`,
  mappingHeading: "Pemetaan kolom",
  mappingHint: "Ubah bila ada kolom yang terbaca salah; rencana mengikuti pemetaan ini.",
  mappingReset: "Kembalikan hasil deteksi",
  mappingSample: (values) => `Contoh: ${values}`,
  noColumn: "(tidak ada)",
  identity: fieldNames("id"),
  longField: { competency: "Kompetensi", score: "Nilai", standard: "Standar" },
  technicalGroup: "Kompetensi teknis",
  competencyGroup: "Kompetensi manajerial dan sosial kultural",
  identityGroup: "Identitas pegawai",
  issuesHeading: (n) => `Catatan data (${cId(n)})`,
  issuesNone: "Tidak ada catatan data.",
  issueWholeSheet: "Seluruh tabel",
  issueAt: (row, column) => (column ? `Baris ${row}, ${column}` : `Baris ${row}`),
  issueClickHint: "Klik lokasi untuk memilih sel di workbook.",
  issuesMore: (n) =>
    `… dan ${cId(n)} catatan lain; semuanya ditulis ke sheet ${ISSUES_SHEET_NAME}.`,
  issueCount: (n, severity) => `${cId(n)} × ${severity}`,
  issueHint: (hint) => `Yang perlu dilakukan: ${hint}`,
  issueFilterLabel: "Saring catatan menurut jenisnya",
  issueFilter: (severity, n) =>
    `${{ error: "Galat", warning: "Peringatan", info: "Info" }[severity]} (${cId(n)})`,
  leftOutTitle: "Tidak semua baris direncanakan",
  leftOut: (errorRows, unassessed) =>
    [
      errorRows > 0 ? `${cId(errorRows)} baris tidak dapat direncanakan karena galat data` : "",
      unassessed > 0 ? `${cId(unassessed)} baris belum punya nilai asesmen` : "",
    ]
      .filter(Boolean)
      .join("; ") + ".",
  leftOutShow: "Lihat baris tersebut",
  nothingPlanned: "Tidak ada pegawai yang dapat direncanakan; tidak ada sheet yang ditulis.",
  severity: severityNames("id"),
  optionsHeading: "Pilihan",
  year: "Tahun rencana",
  scheme: "Skema kategori",
  schemeChoice: {
    auto: "Otomatis (ikuti kolom kategori di file)",
    ...schemeChoices("id"),
  },
  schemeFollowed: (scheme) => `Dipakai: ${scheme}.`,
  jpmMethod: "Metode JPM",
  jpmChoice: {
    auto: "Otomatis (ikuti kolom JPM di file)",
    ...jpmChoices("id"),
  },
  jpmFollowed: (matched, compared) =>
    `Metode JPM mengikuti kolom JPM di file: ${cId(matched)} dari ${cId(compared)} baris cocok`,
  jpmUserAgreement: (matched, compared) =>
    `Metode ini cocok dengan kolom JPM di file pada ${cId(matched)} dari ${cId(compared)} baris`,
  jpmUnmatched: (compared) =>
    `Kolom JPM di file (${cId(compared)} baris) tidak cocok dengan metode mana pun; dipakai metode ${DEFAULT_METHOD_NAME.id}`,
  tolerance: "Toleransi kebutuhan",
  toleranceHint: "Kompetensi dihitung kebutuhan bila nilai < standar × (1 − toleransi).",
  thresholds: "Batas kategori (%)",
  jpTarget: "Target JP per pegawai per tahun",
  jpTargetHint: "PP 11/2017: paling sedikit 20 JP setahun.",
  sheetLang: "Bahasa laporan",
  sheetLangHint: "Bahasa judul, keterangan dan catatan di sheet hasil.",
  sheetLangChoice: SHEET_LANG_NAMES,
  zone: "Zona waktu",
  zoneHint: "Tanggal laporan menurut zona waktu instansi.",
  zoneChoice: zoneChoices("id"),
  reportHeading: "Identitas laporan",
  agency: "Nama instansi",
  signatoryTitle: "Jabatan penanda tangan",
  signatoryName: "Nama penanda tangan",
  signatoryNip: "NIP penanda tangan",
  preparerTitle: "Jabatan penyusun (Disusun oleh)",
  preparerName: "Nama penyusun",
  preparerNip: "NIP penyusun",
  units: "Unit kerja (opsional)",
  unitsPlaceholder: "Semua unit",
  potentialFromJpm: "Pakai kategori JPM sebagai pengganti potensi",
  idp: "Buat halaman IDP per pegawai",
  idpHint:
    "Satu halaman A4 per pegawai (pegawai unit yang dipilih bila unit disaring): grafik, kegiatan, JP dan tiga tanda tangan.",
  potentialFromJpmHint:
    "File punya kolom kinerja tetapi tidak punya kolom potensi. Bila dinyalakan, kategori JPM kompetensi dipakai untuk sembilan kotak talenta, dan lembar Pemetaan Talenta menyebutkannya.",
  jfNote:
    "Standar jenjang jabatan fungsional (JF) adalah nilai bawaan: Ahli Pertama 2, Ahli Muda 3, Ahli Madya 4, Ahli Utama 5; Pemula 1, Terampil 2, Mahir 2, Penyelia 3. Bila instansi memakai standar lain, tuliskan di sheet SKJ.",
  generate: "Buat Rencana Pengembangan",
  working: "Sedang bekerja",
  resultHeading: "Rencana selesai",
  resultEmployees: "Pegawai direncanakan",
  resultJp: "Total JP",
  resultNeeds: "Kebutuhan per kompetensi",
  resultNoNeeds: "Tidak ada kompetensi di bawah standar.",
  needCompetency: "Kompetensi",
  needShort: "Di bawah standar",
  needMeanGap: "Rata-rata gap",
  sheetsCreated: (names) => `Sheet dibuat: ${names}.`,
  openSheet: (name) => `Buka sheet ${name}`,
  download: (fileName) => `Unduh ${fileName}`,
  chartNote: `Grafik pada sheet ${SUMMARY_SHEET} tampil saat file dibuka di Excel. Sheet, grafik, gambar dan komentar workbook asli tetap utuh.`,
  notesTitle: "Sebagian format tidak dibuat oleh Excel versi ini",
  selectionHint:
    "Pilih dulu tabel atau range hasil asesmen di sheet (termasuk baris judulnya), lalu klik. Satu sel saja berarti seluruh sheet itu.",
  errorTitle: {
    read: "Workbook tidak dapat dibaca",
    noTable: "Tabel hasil asesmen tidak ditemukan",
    write: "Sheet rencana gagal ditulis",
    options: "Pilihan belum benar",
    nothing: "Belum ada pegawai yang dapat direncanakan",
    selection: "Range yang dipilih tidak dapat dibaca",
    select: "Sel tidak dapat dipilih",
    changed: "Tabel berubah sejak dibaca",
    mapping: "Pemetaan kolom perlu diperbaiki",
    unexpected: "Terjadi kesalahan yang tidak terduga",
  },
  dismiss: "Tutup",
};

const en: Strings = {
  lang: "en",
  title: "SKJ Development Plan",
  subtitle: "Job Competency Standard (PermenPANRB 38/2017)",
  english: "English",
  sourceHeading: "Data source",
  openFile: "Open .xlsx or .csv file",
  fileHint: "The file is read on this computer only; nothing is uploaded.",
  fileChosen: (name) => `File: ${name}`,
  noFileYet: "Choose an assessment results file (.xlsx or .csv) to start.",
  reload: "Read the workbook again",
  useSelection: "Use the selected range",
  useWorkbook: "Search the whole workbook",
  selectionInUse: "Using the selected range",
  selectionAt: (where, table) => (table ? `${where} (table ${table})` : where),
  stage: { read: "Reading the workbook…", plan: "Planning…", write: "Writing the plan sheets…" },
  detectedSheet: "Sheet",
  chooseSheet: "Data sheet",
  unassessed: (rows) => renderMessage(msg("unassessed-rows", { rows }), "en"),
  sheetHidden: "(hidden)",
  headerRows: "Header rows",
  layout: { wide: "one row per employee", long: "one row per competency" },
  ready: "Employees ready",
  rowsWithErrors: "Rows with errors",
  warnings: "Warnings",
  unitsSelected: (n) => `${cEn(n)} employees in the chosen units`,
  mappingHeading: "Column mapping",
  mappingHint: "Change a column that was read wrongly; the plan follows this mapping.",
  mappingReset: "Restore detection",
  mappingSample: (values) => `e.g. ${values}`,
  noColumn: "(none)",
  identity: fieldNames("en"),
  longField: { competency: "Competency", score: "Score", standard: "Standard" },
  technicalGroup: "Technical competencies",
  competencyGroup: "Managerial and socio-cultural competencies",
  identityGroup: "Employee identity",
  issuesHeading: (n) => `Data notes (${cEn(n)})`,
  issuesNone: "No data notes.",
  issueWholeSheet: "Whole table",
  issueAt: (row, column) => (column ? `Row ${row}, ${column}` : `Row ${row}`),
  issueClickHint: "Click a location to select the cell in the workbook.",
  issuesMore: (n) => `… and ${cEn(n)} more; all are written to the ${ISSUES_SHEET_NAME} sheet.`,
  issueCount: (n, severity) => `${cEn(n)} × ${severity}`,
  issueHint: (hint) => `What to do: ${hint}`,
  issueFilterLabel: "Filter the notes by kind",
  issueFilter: (severity, n) =>
    `${{ error: "Errors", warning: "Warnings", info: "Info" }[severity]} (${cEn(n)})`,
  leftOutTitle: "Not every row was planned",
  leftOut: (errorRows, unassessed) =>
    [
      errorRows > 0 ? `${cEn(errorRows)} rows could not be planned because of data errors` : "",
      unassessed > 0 ? `${cEn(unassessed)} rows have no assessment scores yet` : "",
    ]
      .filter(Boolean)
      .join("; ") + ".",
  leftOutShow: "Show those rows",
  nothingPlanned: "No employee could be planned; no sheet was written.",
  severity: severityNames("en"),
  optionsHeading: "Options",
  year: "Plan year",
  scheme: "Category scheme",
  schemeChoice: {
    auto: "Automatic (follow the file's category column)",
    ...schemeChoices("en"),
  },
  schemeFollowed: (scheme) => `In use: ${scheme}.`,
  jpmMethod: "JPM method",
  jpmChoice: {
    auto: "Automatic (follow the file's JPM column)",
    ...jpmChoices("en"),
  },
  jpmFollowed: (matched, compared) =>
    `The JPM method follows the file's JPM column: ${cEn(matched)} of ${cEn(compared)} rows match`,
  jpmUserAgreement: (matched, compared) =>
    `This method matches the file's JPM column on ${cEn(matched)} of ${cEn(compared)} rows`,
  jpmUnmatched: (compared) =>
    `The file's JPM column (${cEn(compared)} rows) matches no method; the ${DEFAULT_METHOD_NAME.en} method is used`,
  tolerance: "Need tolerance",
  toleranceHint: "A competency is a need when score < standard × (1 − tolerance).",
  thresholds: "Category thresholds (%)",
  jpTarget: "JP target per employee per year",
  jpTargetHint: "PP 11/2017: at least 20 JP a year.",
  sheetLang: "Report language",
  sheetLangHint: "The language of the result sheets' titles, labels and notes.",
  sheetLangChoice: SHEET_LANG_NAMES,
  zone: "Time zone",
  zoneHint: "The report is dated by the agency's time zone.",
  zoneChoice: zoneChoices("en"),
  reportHeading: "Report identity",
  agency: "Agency name",
  signatoryTitle: "Signatory's position",
  signatoryName: "Signatory's name",
  signatoryNip: "Signatory's NIP",
  preparerTitle: "Preparer's position (Prepared by)",
  preparerName: "Preparer's name",
  preparerNip: "Preparer's NIP",
  units: "Units (optional)",
  unitsPlaceholder: "All units",
  potentialFromJpm: "Let the JPM category stand in for potential",
  idp: "Make IDP pages per employee",
  idpHint:
    "One A4 page per employee (of the chosen units when filtered): chart, activities, JP and three signatures.",
  potentialFromJpmHint:
    "The file has a performance column but no potential column. When on, the competency JPM category is used for the talent nine-box, and the Talent mapping sheet says so.",
  jfNote:
    "The standards of functional (JF) grades are defaults: Ahli Pertama 2, Ahli Muda 3, Ahli Madya 4, Ahli Utama 5; Pemula 1, Terampil 2, Mahir 2, Penyelia 3. If your agency uses others, write them in the SKJ sheet.",
  generate: "Create development plan",
  working: "Working",
  resultHeading: "Plan done",
  resultEmployees: "Employees planned",
  resultJp: "Total JP",
  resultNeeds: "Needs per competency",
  resultNoNeeds: "No competency is below standard.",
  needCompetency: "Competency",
  needShort: "Below standard",
  needMeanGap: "Mean gap",
  sheetsCreated: (names) => `Sheets created: ${names}.`,
  openSheet: (name) => `Open sheet ${name}`,
  download: (fileName) => `Download ${fileName}`,
  chartNote: `The chart on the ${SUMMARY_SHEET} sheet appears when the file is opened in Excel. The original sheets, charts, images and comments are kept as they were.`,
  notesTitle: "This Excel version left some formatting out",
  selectionHint:
    "First select the assessment table or range on the sheet (with its header rows), then click. A single cell means that whole sheet.",
  errorTitle: {
    read: "The workbook cannot be read",
    noTable: "No assessment table found",
    write: "The plan sheets could not be written",
    options: "Some options are not valid",
    nothing: "No employee can be planned yet",
    selection: "The selected range cannot be read",
    select: "The cell cannot be selected",
    changed: "The table changed since it was read",
    mapping: "The column mapping needs fixing",
    unexpected: "An unexpected error occurred",
  },
  dismiss: "Close",
};

export const STRINGS: Record<Lang, Strings> = { id, en };

/** The help section's self-test of Excel (SelfTestSection, selfTestText). */
export interface SelfTestStrings {
  heading: string;
  intro: string;
  run: string;
  running: string;
  feature: string;
  outcome: string;
  platform: string;
  version: string;
  apiSets: string;
  unknown: string;
  copy: string;
  copied: string;
  copyFailed: string;
  failed: string;
}

export const SELF_TEST_STRINGS: Record<Lang, SelfTestStrings> = {
  id: {
    heading: "Bantuan dan tentang",
    intro:
      "Uji ini mencoba setiap fitur yang dipakai untuk menulis laporan di lembar sementara, lalu menghapus lembar itu. Kirim hasilnya ke petugas TI jika laporan tidak tampil sebagaimana mestinya.",
    run: "Uji kemampuan Excel",
    running: "Menguji Excel…",
    feature: "Fitur",
    outcome: "Hasil",
    platform: "Platform",
    version: "Versi",
    apiSets: "ExcelApi yang didukung",
    unknown: "tidak diketahui",
    copy: "Salin hasil",
    copied: "Hasil disalin.",
    copyFailed: "Tidak dapat menyalin: pilih teks hasil di bawah lalu salin.",
    failed: "Uji tidak dapat dijalankan",
  },
  en: {
    heading: "Help and about",
    intro:
      "This test tries every feature used to write the report in a scratch sheet, then deletes that sheet. Send the results to your IT officer if the report does not look as it should.",
    run: "Test Excel's capabilities",
    running: "Testing Excel…",
    feature: "Feature",
    outcome: "Result",
    platform: "Platform",
    version: "Version",
    apiSets: "Supported ExcelApi",
    unknown: "unknown",
    copy: "Copy results",
    copied: "Results copied.",
    copyFailed: "Cannot copy: select the results text below and copy it.",
    failed: "The test could not run",
  },
};

// --- Flow: first run, announcements, plain words after a bad file, cancel (issue 19, items 4, 5, 7, 11) ---

/** Why a file gave nothing to plan, in words a clerk understands. */
export type BadFileKind = "wrongType" | "empty" | "noTable";

export interface FlowStrings {
  /** The numbered first-run steps. */
  steps: string[];
  dropZone: string;
  trySample: string;
  help: string;
  cancel: string;
  cancelled: string;
  /** Announced when the plan is written. */
  done: (employees: number) => string;
  /** Announced with the stage while working: "Menyusun rencana… 40%". */
  progress: (stage: string, fraction?: number) => string;
  badFile: Record<BadFileKind, { what: string; todo: string }>;
  /** Planning again over last run's sheets (docs/domain.md §22). */
  replace: { title: string; replace: string; keep: string; cancel: string };
  /** The entry template (docs/domain.md §21). */
  template: {
    button: string;
    hint: string;
    running: string;
    /** Excel: the sheets added to the open workbook. */
    written: (sheets: string[]) => string;
    /** File mode: the download link's text. */
    download: (file: string) => string;
    failed: string;
  };
}

export const FLOW_STRINGS: Record<Lang, FlowStrings> = {
  id: {
    steps: [
      "Buka file hasil asesmen (.xlsx atau .csv).",
      "Periksa kolom yang terbaca dan catatan data.",
      "Buat rencana, lalu unduh file dengan lembar rencana.",
    ],
    dropZone: "Atau seret file ke sini",
    trySample: "Coba file contoh",
    help: "Panduan",
    replace: {
      title: "Perbarui rencana",
      replace: "Ganti lembar lama",
      keep: "Simpan keduanya",
      cancel: "Batal",
    },
    template: {
      button: "Buat template isian",
      hint: "Belum punya tabel? Template berisi kolom yang langsung terbaca, daftar jenjang dan pemeriksaan NIP serta nilai 1–5.",
      running: "Menulis template…",
      written: (sheets) =>
        `Template ditambahkan: lembar ${sheets.map((s) => `"${s}"`).join(", ")}.`,
      download: (file) => `Unduh ${file}`,
      failed: "Template tidak dapat ditulis.",
    },
    cancel: "Batal",
    cancelled: "Dibatalkan.",
    done: (n) => `Rencana selesai: ${cId(n)} pegawai direncanakan.`,
    progress: (stage, f) => (f === undefined ? stage : `${stage} ${Math.round(f * 100)}%`),
    badFile: {
      wrongType: {
        what: "File ini bukan buku kerja Excel (.xlsx) atau CSV.",
        todo: "Simpan ulang di Excel sebagai .xlsx, lalu buka lagi.",
      },
      empty: {
        what: "Buku kerja ini kosong: tidak ada isian di lembar mana pun.",
        todo: "Pilih file yang berisi nilai asesmen pegawai.",
      },
      noTable: {
        what: "Buku kerja ini berisi data, tetapi tidak ada tabel nilai asesmen (NIP, nama, nilai kompetensi).",
        todo: "Pilih file hasil asesmen, atau pilih lembar lain bila tabelnya ada di lembar lain.",
      },
    },
  },
  en: {
    steps: [
      "Open the assessment results file (.xlsx or .csv).",
      "Check the columns read and the data notes.",
      "Create the plan, then download the file with the plan sheets.",
    ],
    dropZone: "Or drop a file here",
    trySample: "Try the sample file",
    help: "Guide",
    replace: {
      title: "Refresh the plan",
      replace: "Replace the old sheets",
      keep: "Keep both",
      cancel: "Cancel",
    },
    template: {
      button: "Create an entry template",
      hint: "No table yet? The template has columns the pane reads as they are, a list of grades and checks on the NIP and the 1–5 scores.",
      running: "Writing the template…",
      written: (sheets) => `Template added: sheets ${sheets.map((s) => `"${s}"`).join(", ")}.`,
      download: (file) => `Download ${file}`,
      failed: "The template could not be written.",
    },
    cancel: "Cancel",
    cancelled: "Cancelled.",
    done: (n) => `Plan ready: ${cEn(n)} employees planned.`,
    progress: (stage, f) => (f === undefined ? stage : `${stage} ${Math.round(f * 100)}%`),
    badFile: {
      wrongType: {
        what: "This file is not an Excel workbook (.xlsx) or a CSV file.",
        todo: "Save it again in Excel as .xlsx, then open it.",
      },
      empty: {
        what: "This workbook is empty: no sheet holds any entries.",
        todo: "Choose a file that holds the employees' assessment scores.",
      },
      noTable: {
        what: "This workbook holds data, but no table of assessment scores (NIP, name, competency scores).",
        todo: "Choose the assessment results file, or another sheet if the table is on another sheet.",
      },
    },
  },
};
