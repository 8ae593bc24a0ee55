// The talent picture: the nine-box inputs, the grid sheet and the custom functions KOTAK and KOTAK.SARAN.
// Codes and their typed parameters; the catalogues are talent.id.ts and talent.en.ts.
import type { BoxNumber, PerformanceLevel, PotentialLevel } from "../../registry/talentBoxes";

export interface TalentMessageParams {
  /** A talent input cell that is not a rating the product knows. */
  "talent-unreadable": { what: "performance" | "potential" | "box"; value: string };
  /** The file's own box differs from the one its performance and potential give. */
  "talent-box-differs": {
    file: BoxNumber;
    computed: BoxNumber;
    performance: PerformanceLevel;
    potential: PotentialLevel;
  };
  "performance-name": { level: PerformanceLevel };
  "potential-name": { level: PotentialLevel };
  /** The talent sheet's texts. */
  "talent-sheet-title": { year: number };
  "talent-sheet-intro": {
    placed: number;
    total: number;
    columns: { performance?: string; potential?: string; box?: string };
  };
  "talent-sheet-jpm-potential": Record<string, never>;
  "talent-sheet-axis": { axis: "performance" | "potential" };
  "talent-sheet-box": { box: BoxNumber; count: number };
  "talent-sheet-header": {
    column:
      | "no"
      | "count"
      | "nip"
      | "name"
      | "position"
      | "unit"
      | "performance"
      | "potential"
      | "box"
      | "recommendation"
      | "focus";
  };
  "talent-sheet-list-title": Record<string, never>;
  "talent-sheet-basis": Record<string, never>;
  "talent-sheet-none": Record<string, never>;
  /** Custom functions. */
  "fn-performance-unknown": { text: string };
  "fn-potential-unknown": { text: string };
  "fn-box-unknown": { text: string };
}
