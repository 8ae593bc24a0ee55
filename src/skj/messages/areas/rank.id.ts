// Bahasa Indonesia texts of rank.params.ts.
import type { AreaCatalogue } from "../params";
import type { RankMessageParams } from "./rank.params";

export const rankId: AreaCatalogue<RankMessageParams> = {
  "grade-rank-in-column": (p) => {
    const at = `Baris ${p.row}, kolom ${p.column} (${p.address}): `;
    const what = p.eselon
      ? `"${p.written}" bisa golongan ${p.rank} atau Eselon ${p.eselon}; kolom "${p.column}" ${p.headerNamesGrade ? "menyebut keduanya" : "berisi golongan"} — isi jenjang jabatan.`
      : `"${p.written}" adalah golongan ${p.rank}, bukan jenjang jabatan.`;
    const read = p.fromTitle
      ? `Dibaca sebagai golongan; jenjang dibaca dari jabatan "${p.title}" sebagai ${p.grade} (level ${p.level}).`
      : `Dibaca sebagai golongan; jabatan tidak menyebut jenjang fungsional, jadi dibaca sebagai Pelaksana (level 1).`;
    return `${at}${what} ${read}`;
  },
};
