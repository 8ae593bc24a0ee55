// Bahasa Indonesia texts of planner.params.ts.
import type { AreaCatalogue } from "../params";
import type { PlannerMessageParams } from "./planner.params";

export const plannerId: AreaCatalogue<PlannerMessageParams> = {
  "planner-crashed": (p) =>
    `Penyusun rencana berhenti karena galat${p.detail ? ` (${p.detail})` : ""}. Tutup dan buka lagi panel ini, lalu coba lagi.`,
  "planner-timeout": (p) =>
    `Menyusun rencana memakan waktu lebih dari ${p.minutes} menit dan dihentikan. Coba lagi, atau kurangi data (filter unit kerja).`,
  "planner-unknown-reply": () => "Jawaban penyusun rencana tidak dikenal.",
};
