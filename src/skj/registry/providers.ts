// Who delivers each development method (art. 207(3) PP 11/2017 asks a plan for the provider): the default
// provider of a method is the first entry listing it; an agency names another through the options
// (docs/domain.md §13).
import type { DevMethodCode } from "./devMethods";
import { Bilingual, idsOf, lookupOf } from "./entries";

export interface ProviderEntry {
  readonly id: string;
  readonly name: Bilingual;
  /** Methods it delivers. */
  readonly methods: readonly DevMethodCode[];
}

export const PROVIDERS = [
  {
    id: "internal",
    name: {
      id: "Internal instansi (atasan, pejabat senior, pengelola SDM)",
      en: "In-house (supervisors, senior officials, HR unit)",
    },
    methods: ["NKL01", "NKL02", "NKL09", "NKL10", "NKL11", "KL11", "KL12", "NKL13"],
  },
  {
    id: "lan",
    name: { id: "LAN RI / Pusbangkom", en: "National Institute of Public Administration (LAN)" },
    methods: ["KL01", "KL08"],
  },
  {
    id: "bpsdm",
    name: { id: "BPSDM Provinsi", en: "Provincial human resources development agency (BPSDM)" },
    methods: ["KL01", "KL02", "KL03", "KL05", "KL06", "KL07", "KL10", "NKL04", "NKL06"],
  },
  {
    id: "pusdiklat",
    name: {
      id: "Pusdiklat kementerian/instansi pembina",
      en: "Training centre of the overseeing ministry",
    },
    methods: ["KL02", "KL03", "KL04", "KL09", "KL10"],
  },
  {
    id: "elearning",
    name: {
      id: "Platform e-learning ASN (ASN Unggul / LMS instansi)",
      en: "ASN e-learning platform (ASN Unggul / agency LMS)",
    },
    methods: ["NKL03", "NKL04"],
  },
  {
    id: "partner",
    name: {
      id: "Instansi atau mitra tujuan (pemerintah, BUMN/BUMD, swasta)",
      en: "Host agency or partner (government, state-owned, private)",
    },
    methods: ["NKL05", "NKL07", "NKL08", "NKL12"],
  },
] as const satisfies readonly [ProviderEntry, ...ProviderEntry[]];

export type ProviderId = (typeof PROVIDERS)[number]["id"];

export const PROVIDER_IDS = idsOf(PROVIDERS);

export const providerEntry: (id: string) => ProviderEntry | undefined = lookupOf(PROVIDERS);

/** A provider's name without its explanation in brackets, for narrow columns (the AKPK sheet has the full one). */
export function providerShortName(id: string, lang: "id" | "en"): string {
  const full = providerEntry(id)?.name[lang] ?? id;
  return full.replace(/\s*\([^)]*\)$/, "");
}

/** Whether a provider delivers a method. */
export function provides(id: string, method: string): boolean {
  return (providerEntry(id)?.methods as readonly string[] | undefined)?.includes(method) ?? false;
}

/** The provider of a method: the override when that provider delivers it, else the first that does. */
export function providerFor(method: string, override?: string): ProviderId {
  if (override !== undefined && provides(override, method)) return override as ProviderId;
  const found = PROVIDERS.find((p) => (p.methods as readonly string[]).includes(method));
  return (found ?? PROVIDERS[0]).id;
}
