// A grade column that names the rank too ("Gol/Jenjang"): ranks read as such, never silently as eselon
// (docs/domain.md §20). Codes and their typed parameters; the catalogues are rank.id.ts and rank.en.ts.
import type { CellAt } from "../params";
import type { Level } from "../../types";

export interface RankMessageParams {
  /**
   * A rank (golongan/ruang) in the grade column, read as a rank: the grade came from the position title
   * (`fromTitle`) or is Pelaksana. `eselon` is set when the text could be that eselon too ("III.a");
   * `headerNamesGrade` when the header names jenjang/eselon as well as the rank.
   */
  "grade-rank-in-column": CellAt & {
    written: string;
    rank: string;
    eselon?: string;
    headerNamesGrade: boolean;
    title: string;
    grade: string;
    level: Level;
    fromTitle: boolean;
  };
}
