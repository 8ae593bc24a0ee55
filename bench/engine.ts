// Engine and custom-function figures: plans per second and peak memory, evaluations per second.
import { gap, jpm } from "../src/functions/functions";
import { runSkj } from "../src/skj/run";
import { assessmentGrid } from "./generate";
import { renderMessage } from "../src/skj/messages";

export interface EngineFigure {
  employees: number;
  ms: number;
  perSecond: number;
  planned: number;
  heapMB: number;
}

export function engineRun(n: number): EngineFigure {
  const grid = assessmentGrid(n);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const out = runSkj(grid, { year: 2027 });
  const ms = performance.now() - t0;
  if (!out.ok) throw new Error(renderMessage(out.message));
  const heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return {
    employees: n,
    ms: Math.round(ms),
    perSecond: Math.round(n / (ms / 1000)),
    planned: out.result.employees.length,
    heapMB: Math.round(heapMB),
  };
}

export interface FunctionFigure {
  fn: string;
  evaluations: number;
  perSecond: number;
}

/** Evaluations per second of =SKJ.GAP and =SKJ.JPM, called the way Excel calls them. */
export function functionThroughput(evaluations = 200_000): FunctionFigure[] {
  const grades = ["Administrator", "Eselon IV.a", "JF Ahli Muda", "III-B", "Pelaksana"];
  const scores = [[3, 2.5, 3, 4, 3, 2, 3.5, 3, 3]];
  const out: FunctionFigure[] = [];
  let sink = 0;
  let t0 = performance.now();
  for (let i = 0; i < evaluations; i++) sink += gap(1 + (i % 9) / 2, grades[i % grades.length]);
  out.push({
    fn: "SKJ.GAP",
    evaluations,
    perSecond: Math.round(evaluations / ((performance.now() - t0) / 1000)),
  });
  t0 = performance.now();
  for (let i = 0; i < evaluations; i++) sink += jpm(scores, [[grades[i % grades.length]]]);
  out.push({
    fn: "SKJ.JPM",
    evaluations,
    perSecond: Math.round(evaluations / ((performance.now() - t0) / 1000)),
  });
  if (Number.isNaN(sink)) throw new Error("unexpected NaN");
  return out;
}
