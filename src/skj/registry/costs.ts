// Default unit costs per development method: the agency's planning assumptions, printed with the budget and
// overridable per method through the options (docs/domain.md §13). Rupiah; not a tariff of any provider.
import type { DevMethodCode } from "./devMethods";

/** What one unit of cost buys: a participant's JP, a participant, a whole programme, or nothing. */
export type CostBasis = "participant-jp" | "participant" | "programme" | "none";

/** Where a unit cost came from: the product's default, the workbook's Biaya sheet, or an option. */
export type CostSource = "default" | "sheet" | "option";

export interface CostEntry {
  readonly basis: CostBasis;
  /** Rupiah per unit of `basis`. */
  readonly amount: number;
  /** The funding source an agency names ("APBD", "APBN", "BLUD"); the agency's budget when absent. */
  readonly funding?: string;
  readonly source?: CostSource;
}

const free: CostEntry = { basis: "none", amount: 0 };
const perJp = (amount: number): CostEntry => ({ basis: "participant-jp", amount });
const perHead = (amount: number): CostEntry => ({ basis: "participant", amount });

/** Classroom programmes per participant per JP; events per participant; in-house and platform methods free. */
export const DEFAULT_COSTS: Record<DevMethodCode, CostEntry> = {
  KL01: perJp(150_000),
  KL02: perJp(125_000),
  KL03: perJp(125_000),
  KL04: perJp(125_000),
  KL05: perJp(125_000),
  KL06: perHead(500_000),
  KL07: perHead(750_000),
  KL08: perJp(125_000),
  KL09: perJp(125_000),
  KL10: perHead(2_500_000),
  KL11: free,
  KL12: free,
  NKL01: free,
  NKL02: free,
  NKL03: free,
  NKL04: perJp(50_000),
  NKL05: perHead(3_000_000),
  NKL06: perHead(500_000),
  NKL07: perHead(5_000_000),
  NKL08: perHead(3_000_000),
  NKL09: free,
  NKL10: free,
  NKL11: free,
  NKL12: perHead(3_000_000),
  NKL13: free,
};

/**
 * The unit cost of a method: an override replaces the amount in the default's unit (a free method given an
 * amount is costed per participant).
 */
export function costOf(method: DevMethodCode, override?: number, sheet?: CostEntry): CostEntry {
  const base = sheet ?? DEFAULT_COSTS[method];
  if (override === undefined || !Number.isFinite(override) || override < 0) return base;
  return {
    ...base,
    basis: base.basis === "none" ? "participant" : base.basis,
    amount: override,
    source: "option",
  };
}

/**
 * One participant's cost for `jp` JP of a method, among `participants` sharing it (a programme's fixed cost
 * is shared equally).
 */
export function participantCost(entry: CostEntry, jp: number, participants = 1): number {
  if (entry.basis === "participant-jp") return entry.amount * jp;
  if (entry.basis === "participant") return entry.amount;
  if (entry.basis === "programme") return entry.amount / Math.max(1, participants);
  return 0;
}
