// English texts of rank.params.ts.
import type { AreaCatalogue } from "../params";
import type { RankMessageParams } from "./rank.params";

export const rankEn: AreaCatalogue<RankMessageParams> = {
  "grade-rank-in-column": (p) => {
    const at = `Row ${p.row}, column ${p.column} (${p.address}): `;
    const what = p.eselon
      ? `"${p.written}" may be rank ${p.rank} or Eselon ${p.eselon}; column "${p.column}" ${p.headerNamesGrade ? "names both" : "holds ranks"} — fill in the grade.`
      : `"${p.written}" is rank ${p.rank}, not a grade.`;
    const read = p.fromTitle
      ? `Read as a rank; the grade is read from the position "${p.title}" as ${p.grade} (level ${p.level}).`
      : `Read as a rank; the position names no functional level, so it is read as Pelaksana (level 1).`;
    return `${at}${what} ${read}`;
  },
};
