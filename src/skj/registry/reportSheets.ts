// The sheets a report adds to the workbook. The sheet kind type of the report model, the sheets' names and
// the order they are written in derive from this list; the report has one builder per kind.
import { Bilingual, idsOf } from "./entries";

export interface ReportSheetEntry {
  readonly id: string;
  /** The sheet's name (the year follows when `perYear`); Excel allows 31 characters. */
  readonly name: Bilingual;
  /** The plan year is part of the name: each year's plan gets its own sheets. */
  readonly perYear: boolean;
  /** Written only when the data had issues. */
  readonly onlyWithIssues: boolean;
  /** Written only when some employee could be placed in the nine-box. */
  readonly onlyWithTalent?: boolean;
  /** Written only when the user asks for it (CLI --idp, the pane's switch). */
  readonly onRequest?: boolean;
  /** Written only when anything of last year is known: plan sheet, realisation or assessment (§18). */
  readonly onlyWithProgress?: boolean;
  /** Written only when some employee has a target position (docs/domain.md §16). */
  readonly onlyWithTarget?: boolean;
  /**
   * Written only when a standard is the agency's choice rather than the national grade default: a JF default
   * table, an SKJ-sheet row, or a JF table or JPM rounding the user chose (docs/domain.md §16).
   */
  readonly onlyWithAgencyStandards?: boolean;
  /**
   * Written only when the plan knows where each employee's cells are (a wide table), and hidden: the cells the
   * plan's formulas compute from (docs/domain.md §22).
   */
  readonly formulaData?: boolean;
  readonly help: Bilingual;
  /** What the sheet answers to. */
  readonly basis: string;
}

/** In the order the sheets are written; the first is activated afterwards. */
export const REPORT_SHEETS = [
  {
    id: "plan",
    name: { id: "Rencana Pengembangan", en: "Development plan" },
    perYear: true,
    onlyWithIssues: false,
    help: {
      id: "Rencana pengembangan per pegawai: prioritas, kegiatan 70:20:10, metode LAN, JP dan triwulan.",
      en: "Each employee's plan: priorities, 70:20:10 activities, LAN methods, JP and quarter.",
    },
    basis: "PP 11/2017 pasal 205–207",
  },
  {
    id: "summary",
    name: { id: "Rekap Kebutuhan", en: "Needs summary" },
    perYear: true,
    onlyWithIssues: false,
    help: {
      id: "Analisis kebutuhan instansi: kebutuhan per kompetensi dan unit, kategori JPM, JP per jalur dan metode.",
      en: "The agency's needs analysis: needs per competency and unit, JPM categories, JP per track and method.",
    },
    basis: "PP 11/2017 pasal 206",
  },
  {
    id: "programmes",
    name: { id: "AKPK", en: "Competency plan" },
    perYear: true,
    onlyWithIssues: false,
    help: {
      id: "Kebutuhan dan Rencana Pengembangan Kompetensi (AKPK): per program kompetensi, pegawai sasaran, jenis dan jalur, penyelenggara, jadwal, kesesuaian kurikulum dan anggaran; rekap per unit dan sumber dana, yang ditunda, asumsi biaya dan tanda tangan.",
      en: "Competency development needs and plan (AKPK): per programme the competency, target employees, type and route, provider, schedule, curriculum fit and budget; totals per unit and funding source, what is deferred, cost assumptions and signature.",
    },
    basis: "PP 11/2017 pasal 207 ayat (3)",
  },
  {
    id: "standards",
    name: { id: "Standar Kompetensi", en: "Competency standards" },
    perYear: true,
    onlyWithIssues: false,
    onlyWithAgencyStandards: true,
    help: {
      id: "Standar yang dipakai per jenjang dan per jabatan, dengan sumbernya: tabel bawaan JF yang dipilih atau lembar SKJ.",
      en: "The standards applied per grade and per position, with their source: the chosen JF default table or the SKJ sheet.",
    },
    basis: "PermenPANRB 38/2017; SKJ jabatan fungsional dari instansi pembina",
  },
  {
    id: "target",
    name: { id: "Kesenjangan Jabatan Target", en: "Target position gap" },
    perYear: true,
    onlyWithIssues: false,
    onlyWithTarget: true,
    help: {
      id: "Kesenjangan pegawai terhadap standar jabatan target (kelompok suksesi): standar, nilai dan gap per kompetensi.",
      en: "Employees' gap against their target position's standards (succession pool): standard, score and gap per competency.",
    },
    basis: "PP 11/2017 pasal 206",
  },
  {
    id: "talent",
    name: { id: "Pemetaan Talenta", en: "Talent mapping" },
    perYear: true,
    onlyWithIssues: false,
    onlyWithTalent: true,
    help: {
      id: "Sembilan kotak talenta: jumlah dan nama per kotak, rekomendasi, dan fokus pengembangan dari rencana.",
      en: "The talent nine-box: counts and names per box, recommendations, and the development focus from the plan.",
    },
    basis: "PermenPANRB 3/2020 jo. PermenPANRB 20/2025",
  },
  {
    id: "idp",
    name: { id: "IDP", en: "IDP" },
    perYear: true,
    onlyWithIssues: false,
    onRequest: true,
    help: {
      id: "Rencana pengembangan individu: satu halaman A4 per pegawai dengan grafik, kegiatan, JP dan tiga tanda tangan.",
      en: "Individual development plans: one A4 page per employee with a chart, activities, JP and three signatures.",
    },
    basis: "PP 11/2017 pasal 207",
  },
  {
    id: "progress",
    name: { id: "Progres", en: "Progress" },
    perYear: true,
    onlyWithIssues: false,
    onlyWithProgress: true,
    help: {
      id: "Progres dari tahun lalu: JP rencana dan realisasi per pegawai dan unit, pegawai di bawah 20 JP, kebutuhan kompetensi yang tertutup dan yang baru.",
      en: "Progress since last year: JP planned and realised per employee and unit, employees under 20 JP, competency needs closed and new.",
    },
    basis: "PP 11/2017 pasal 203 jo. PP 17/2020",
  },
  {
    id: "issues",
    name: { id: "Catatan Data", en: "Data notes" },
    perYear: false,
    onlyWithIssues: true,
    help: {
      id: "Setiap masalah yang ditemukan pada data, satu per baris.",
      en: "Every problem found in the data, one per row.",
    },
    basis: "",
  },
  {
    id: "live",
    name: { id: "Data Rumus", en: "Formula data" },
    perYear: true,
    onlyWithIssues: false,
    formulaData: true,
    help: {
      id: "Lembar tersembunyi: per pegawai standar, nilai (rujukan ke sel sumber), gap, kebutuhan, JPM dan kategori sebagai rumus, yang dirujuk rencana dan rekap.",
      en: "Hidden sheet: per employee the standards, scores (references to the source cells), gaps, needs, JPM and category as formulas, which the plan and summary refer to.",
    },
    basis: "",
  },
] as const satisfies readonly [ReportSheetEntry, ...ReportSheetEntry[]];

export type ReportSheetKind = (typeof REPORT_SHEETS)[number]["id"];

export const REPORT_SHEET_KINDS = idsOf(REPORT_SHEETS);

const BY_ID = new Map<string, ReportSheetEntry>(REPORT_SHEETS.map((s) => [s.id, s]));

export function reportSheetEntry(kind: ReportSheetKind): ReportSheetEntry {
  return BY_ID.get(kind)!;
}

/** The sheet's name for a plan year ("Rencana Pengembangan 2027", "Catatan Data"; English: "Data notes"). */
export function reportSheetName(
  kind: ReportSheetKind,
  year: number,
  lang: "id" | "en" = "id"
): string {
  const entry = reportSheetEntry(kind);
  return entry.perYear ? `${entry.name[lang]} ${year}` : entry.name[lang];
}

/** The issues sheet's name: messages point readers to it. */
export const ISSUES_SHEET_NAME = reportSheetEntry("issues").name.id;
