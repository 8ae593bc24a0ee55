// Bahasa Indonesia texts of plan.params.ts.
import { formatCount, joinList, MONTH_NAMES } from "../format";
import type { AreaCatalogue } from "../params";
import type { PlanMessageParams } from "./plan.params";

const rp = (n: number) => `Rp ${formatCount(n, "id")}`;

const MONTHS = MONTH_NAMES.id;

export const planId: AreaCatalogue<PlanMessageParams> = {
  "budget-over-ceiling": (p) =>
    `Biaya seluruh program ${rp(p.required)} melebihi pagu anggaran ${rp(p.ceiling)}. ` +
    `Program dipilih menurut kesenjangan yang ditutup per rupiah: ${rp(p.total)} dilaksanakan; ` +
    `${p.deferred.length} program (${joinList(p.deferred, "id")}) senilai ${rp(p.deferredTotal)} ditunda ke tahun berikutnya.`,
  "pppk-capped": (p) =>
    `${p.count} pegawai PPPK: rencananya dibatasi paling banyak ${p.ceiling} JP setahun (PP 49/2018 pasal 40).`,
  "programme-status": (p) => (p.deferred ? "Ditunda" : "Diusulkan"),
  "programme-month": (p) =>
    p.months > 1
      ? `${MONTHS[p.month - 1]}–${MONTHS[Math.min(12, p.month + p.months - 1) - 1]}`
      : MONTHS[p.month - 1],
  "programme-total-label": () => "Jumlah",
  "programme-target-note": (p) =>
    p.columnFound
      ? "Rencana disusun untuk jabatan saat ini; kesenjangan terhadap jabatan target (kolom jabatan target) ada di lembar Kesenjangan Jabatan Target (PP 11/2017 pasal 206)."
      : "Kesenjangan dianalisis terhadap jabatan saat ini; data jabatan target tidak tersedia (PP 11/2017 pasal 206).",
};
