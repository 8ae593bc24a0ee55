// What the pane's self-test ("Uji kemampuan Excel") tries in a scratch sheet: every kind of spreadsheet call
// the report writer makes, one request each. The feature type, the table's row labels and the order of the
// rows derive from this list; the Excel adapter (src/excel/selfTest.ts) has one probe per entry.
import { Bilingual, idsOf } from "./entries";

export interface SelfTestFeatureEntry {
  readonly id: string;
  readonly label: Bilingual;
  /** The ExcelApi requirement set the writer's calls for it need. */
  readonly api: string;
}

/** In the order the self-test runs them and the table lists them. */
export const SELF_TEST_FEATURES = [
  { id: "values", label: { id: "Nilai 2-D", en: "2-D values" }, api: "1.1" },
  { id: "formulas", label: { id: "Rumus", en: "Formulas" }, api: "1.1" },
  { id: "number-format", label: { id: "Format angka", en: "Number formats" }, api: "1.1" },
  {
    id: "range-areas",
    label: { id: "Format banyak area (getRanges)", en: "Multi-area formats (getRanges)" },
    api: "1.9",
  },
  { id: "merge", label: { id: "Gabung sel", en: "Merged cells" }, api: "1.2" },
  {
    id: "conditional-format",
    label: { id: "Format bersyarat", en: "Conditional formats" },
    api: "1.6",
  },
  {
    id: "data-validation",
    label: { id: "Validasi data (template)", en: "Data validation (template)" },
    api: "1.8",
  },
  {
    id: "page-setup",
    label: {
      id: "Tata letak halaman (lanskap, A4, margin)",
      en: "Page setup (landscape, A4, margins)",
    },
    api: "1.9",
  },
  { id: "print-titles", label: { id: "Judul cetak", en: "Print titles" }, api: "1.9" },
  {
    id: "fit-to-width",
    label: { id: "Muat selebar halaman", en: "Fit to page width" },
    api: "1.9",
  },
  { id: "page-breaks", label: { id: "Pemisah halaman", en: "Page breaks" }, api: "1.9" },
  { id: "table", label: { id: "Tabel Excel", en: "Excel table" }, api: "1.1" },
  { id: "chart", label: { id: "Grafik", en: "Chart" }, api: "1.1" },
  { id: "freeze", label: { id: "Bekukan panel", en: "Freeze panes" }, api: "1.7" },
  { id: "tab-color", label: { id: "Warna tab lembar", en: "Sheet tab colour" }, api: "1.7" },
] as const satisfies readonly [SelfTestFeatureEntry, ...SelfTestFeatureEntry[]];

export const SELF_TEST_FEATURE_IDS = idsOf(SELF_TEST_FEATURES);
export type SelfTestFeature = (typeof SELF_TEST_FEATURE_IDS)[number];

/** The ExcelApi requirement sets the self-test reports (1.1 … 1.17). */
export const SELF_TEST_API_SETS: readonly string[] = Array.from(
  { length: 17 },
  (_, k) => `1.${k + 1}`
);
