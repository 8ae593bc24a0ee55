// Bahasa Indonesia texts of plan.params.ts.
import { formatCount, joinList, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import type { PlanMessageParams, ProgrammeColumn } from "./plan.params";

const rp = (n: number) => `Rp ${formatCount(n, "id")}`;

const MONTHS = MONTH_NAMES.id;

const COLUMNS: Record<ProgrammeColumn, string> = {
  no: "No",
  id: "Kode Program",
  competency: "Kompetensi",
  method: "Jenis dan Metode (LAN)",
  route: "Jalur",
  participants: "Pegawai Sasaran (NIP)",
  count: "Jumlah Peserta",
  provider: "Penyelenggara",
  month: "Jadwal",
  jp: "JP per Peserta",
  cost: "Biaya (Rp)",
  funding: "Sumber Dana",
  status: "Status",
};

export const planId: AreaCatalogue<PlanMessageParams> = {
  "budget-over-ceiling": (p) =>
    `Biaya seluruh program ${rp(p.required)} melebihi pagu anggaran ${rp(p.ceiling)}. ` +
    `Program dipilih menurut kesenjangan yang ditutup per rupiah: ${rp(p.total)} dilaksanakan; ` +
    `${p.deferred.length} program (${joinList(p.deferred, "id")}) senilai ${rp(p.deferredTotal)} ditunda ke tahun berikutnya.`,
  "pppk-capped": (p) =>
    `${p.count} pegawai PPPK: rencananya dibatasi paling banyak ${p.ceiling} JP setahun (PP 49/2018 pasal 40).`,
  "programme-sheet-title": (p) =>
    `Program Pengembangan Kompetensi dan Anggaran ${p.year}${p.agency ? ` — ${p.agency}` : ""}`,
  "programme-sheet-intro": (p) =>
    `${p.programmes} program (${p.classroom} klasikal) untuk ${p.participants} pegawai, disusun dari rencana setiap pegawai ` +
    `menurut kompetensi dan metode (PP 11/2017 pasal 207 ayat 3: kompetensi, pegawai sasaran, jenis dan jalur, ` +
    `penyelenggara, jadwal, anggaran). ` +
    (p.ceiling === null
      ? "Tanpa pagu anggaran."
      : `Pagu anggaran ${rp(p.ceiling)}: program yang tidak tertampung ditunda.`),
  "programme-sheet-header": (p) => COLUMNS[p.column],
  "programme-budget-line": (p) =>
    ({
      required: "Kebutuhan biaya seluruh program",
      ceiling: "Pagu anggaran",
      total: "Anggaran yang diusulkan tahun ini",
      deferred: "Ditunda ke tahun berikutnya",
    })[p.kind],
  "programme-funding": (p) =>
    p.funding === "agency-budget" ? "Anggaran instansi (APBD/APBN)" : "Tanpa biaya",
  "programme-status": (p) => (p.deferred ? "Ditunda" : "Diusulkan"),
  "programme-month": (p) =>
    p.months > 1
      ? `${MONTHS[p.month - 1]}–${MONTHS[Math.min(12, p.month + p.months - 1) - 1]}`
      : MONTHS[p.month - 1],
  "programme-route": (p) => (p.route === "klasikal" ? "Klasikal" : "Nonklasikal"),
  "programme-costs-title": () =>
    "Asumsi biaya satuan (standar instansi; dapat diubah melalui opsi --biaya KODE=RUPIAH):",
  "programme-cost-line": (p) =>
    `${p.method} ${p.methodName}: ` +
    (p.basis === "participant-jp"
      ? `${rp(p.amount)} per peserta per JP`
      : p.basis === "participant"
        ? `${rp(p.amount)} per peserta`
        : "tanpa biaya (internal atau platform bebas biaya)"),
  "programme-sign-approved": () => "Mengetahui,",
  "programme-total-label": () => "Jumlah",
  "programme-target-note": (p) =>
    p.columnFound
      ? "Rencana disusun untuk jabatan saat ini; kesenjangan terhadap jabatan target (kolom jabatan target) ada di lembar Kesenjangan Jabatan Target (PP 11/2017 pasal 206)."
      : "Kesenjangan dianalisis terhadap jabatan saat ini; data jabatan target tidak tersedia (PP 11/2017 pasal 206).",
};
