// The sheets the entry template writes (docs/domain.md §21): their kinds, names and what each is for. The
// template is not a plan, so these kinds are apart from the report sheets a plan writes.
import { Bilingual, idsOf } from "./entries";

export interface TemplateSheetEntry {
  readonly id: string;
  /** "SKJ" stays "SKJ" in English: it is the name the reader looks for (docs/domain.md §5). */
  readonly name: Bilingual;
  readonly help: Bilingual;
}

/** In the order they are written; the first is activated afterwards. */
export const TEMPLATE_SHEETS = [
  {
    id: "template-entry",
    name: { id: "Data Asesmen", en: "Assessment data" },
    help: {
      id: "Tabel hasil asesmen untuk diisi: satu baris per pegawai, dengan daftar pilihan dan pemeriksaan isian.",
      en: "The assessment results table to fill in: one row per employee, with dropdowns and entry checks.",
    },
  },
  {
    id: "template-skj",
    name: { id: "SKJ", en: "SKJ" },
    help: {
      id: "Standar kompetensi per jabatan (boleh dikosongkan): level 1–5 yang disyaratkan jabatan.",
      en: "Standards per position (may stay empty): the level 1–5 each position requires.",
    },
  },
  {
    id: "template-guide",
    name: { id: "Petunjuk", en: "Instructions" },
    help: {
      id: "Cara mengisi template dan membuat rencana dari hasilnya.",
      en: "How to fill in the template and plan from it.",
    },
  },
] as const satisfies readonly [TemplateSheetEntry, ...TemplateSheetEntry[]];

export const TEMPLATE_SHEET_KINDS = idsOf(TEMPLATE_SHEETS);
export type TemplateSheetKind = (typeof TEMPLATE_SHEET_KINDS)[number];

export function templateSheetName(kind: TemplateSheetKind, lang: "id" | "en" = "id"): string {
  return TEMPLATE_SHEETS.find((s) => s.id === kind)!.name[lang];
}
