import { buildPlan, rankPriorities, assessEmployee } from "../../src/skj/plan";
import { gapBand, recommendationText, shortfallActivities } from "../../src/skj/recommendations";
import { DEFAULT_THRESHOLDS } from "../../src/skj/scoring";
import { StandardsIndex } from "../../src/skj/standards";
import { renderMessage } from "../../src/skj/messages";
import {
  ActivityDraft,
  COMPETENCY_CODES,
  CompetencyCode,
  EmployeeRecord,
  PlanOptions,
} from "../../src/skj/types";

const label = (a: ActivityDraft) => renderMessage(a.text, "id");

const options: PlanOptions = {
  year: 2027,
  scheme: "pemetaan",
  jpmMethod: "sum",
  tolerance: 0,
  thresholds: DEFAULT_THRESHOLDS,
  jpTarget: 20,
};

function record(
  scores: number[],
  level: 1 | 2 | 3 | 4 | 5 = 3,
  extra: Partial<EmployeeRecord> = {}
): EmployeeRecord {
  const s = {} as Record<CompetencyCode, number>;
  COMPETENCY_CODES.forEach((c, i) => (s[c] = scores[i]));
  return {
    sheet: "Data",
    row: 2,
    nip: "198501012010011001",
    name: "Siti Aminah",
    position: "Analis",
    unit: "Sekretariat",
    jobLevel: "Administrator",
    grade: "Administrator",
    level,
    scores: s,
    rowStandards: {},
    technical: [],
    ...extra,
  };
}

describe("rankPriorities", () => {
  it("puts the largest shortfall first and keeps catalogue order on ties", () => {
    const r = record([2, 3, 2, 3, 1.5, 3, 2.5, 3, 2]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.priorities.map((p) => [p.competency, p.gap, p.rank])).toEqual([
      ["PP", -1.5, 1],
      ["INT", -1, 2],
      ["KOM", -1, 3],
      ["PB", -1, 4],
      ["MP", -0.5, 5],
    ]);
  });

  it("leaves out competencies within the tolerance but keeps their gap", () => {
    const items = [
      {
        competency: "INT",
        name: "Integritas",
        pillar: "manajerial" as const,
        standard: 3,
        score: 2.8,
        gap: -0.2,
        need: false,
      },
      {
        competency: "KS",
        name: "Kerja Sama",
        pillar: "manajerial" as const,
        standard: 3,
        score: 2,
        gap: -1,
        need: true,
      },
    ];
    expect(rankPriorities(items).map((p) => p.competency)).toEqual(["KS"]);
  });
});

describe("the yearly plan", () => {
  it("gives every shortfall activities along 70:20:10 sized by the gap, in sessions LAN credits", () => {
    for (const [g, band, jp, workSessions] of [
      [-0.5, 1, 8, 2],
      [-1, 2, 13, 3],
      [-2, 3, 17, 4],
    ] as const) {
      expect(gapBand(-g)).toBe(band);
      const acts = shortfallActivities("KOM", g);
      expect(acts.map((a) => a.track).sort()).toEqual([10, 20, 70]);
      expect(acts.reduce((s, a) => s + a.jp, 0)).toBe(jp);
      const work = acts.find((a) => a.track === 70)!;
      expect(work.method).toBe("NKL11");
      expect(work.sessions).toBe(workSessions);
      expect(work.jp).toBe(2 * workSessions);
    }
  });

  it("chooses labels by competency and methods by gap size", () => {
    const small = shortfallActivities("PP", -0.5);
    const large = shortfallActivities("PP", -2);
    expect(small.find((a) => a.track === 20)!.method).toBe("NKL01");
    expect(large.find((a) => a.track === 20)!.method).toBe("NKL02");
    expect(label(small[0])).toMatch(/pelayanan/i);
    expect(label(shortfallActivities("KOM", -0.5)[0])).toMatch(/laporan|presentasi/);
  });

  it("reaches the JP target with next-level activities even without gaps", () => {
    const r = record(new Array(9).fill(3.5));
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.priorities).toEqual([]);
    expect(result.plan.totalJp).toBe(20);
    expect(result.plan.activities.every((a) => a.purpose === "next-level")).toBe(true);
    expect(new Set(result.plan.activities.map((a) => a.track))).toEqual(new Set([10, 20, 70]));
    expect(label(result.plan.activities[0])).toMatch(/level 4 \(Mumpuni\)/);
  });

  it("tops up a small plan to the target and respects a custom target", () => {
    const r = record([3, 3, 3, 3, 3, 3, 3, 3, 2.5]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.plan.totalJp).toBe(20);
    expect(
      result.plan.activities.filter((a) => a.purpose === "gap").reduce((s, a) => s + a.jp, 0)
    ).toBe(8);
    const pppk = assessEmployee(r, new StandardsIndex().standardsFor(r), {
      ...options,
      jpTarget: 24,
    });
    expect(pppk.plan.totalJp).toBe(24);
  });

  it("does not cut a plan that exceeds the target", () => {
    const r = record([1, 1, 1, 3, 3, 3, 3, 3, 3]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    // Three needs of two levels: the first two get a 24 JP managerial course (one classroom programme
    // each for at most two needs a year), the third e-learning.
    expect(result.plan.totalJp).toBe(93);
    expect(result.plan.activities.filter((a) => a.method === "KL02").length).toBe(2);
    expect(result.plan.activities.every((a) => a.purpose === "gap")).toBe(true);
  });

  it("spreads activities over the months February to December, top priorities first", () => {
    const r = record([1, 2, 2.5, 3, 3, 3, 3, 3, 3]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    const months = result.plan.activities.map((a) => a.month);
    expect(months[0]).toBe(2);
    expect(Math.min(...months)).toBe(2);
    expect(
      Math.max(...months.map((m, i) => m + result.plan.activities[i].months - 1))
    ).toBeLessThanOrEqual(12);
    for (const a of result.plan.activities) expect(a.quarter).toBe(Math.ceil(a.month / 3));
    expect(result.plan.activities[0].competency).toBe("INT");
  });

  it("reaches the target for an employee at level 5 without gaps", () => {
    const plan = buildPlan(
      [],
      COMPETENCY_CODES.map((code) => ({
        code,
        name: code,
        pillar: "manajerial" as const,
        standard: 5,
        score: 5,
        gap: 0,
        need: false,
      })),
      20
    );
    expect(plan.totalJp).toBe(20);
    expect(label(plan.activities[0])).toMatch(/mempertahankan level 5/);
  });
});

describe("assessEmployee", () => {
  it("computes gaps, JPM and category against per-competency standards", () => {
    const r = record([3, 3, 3, 3, 3, 3, 3, 3, 3], 3, { rowStandards: { PB: 4 } });
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.competencies.find((c) => c.code === "PB")).toMatchObject({
      standard: 4,
      gap: -1,
      need: true,
    });
    expect(result.jpm).toBeCloseTo(27 / 28, 12);
    expect(result.category).toBe("Optimal");
  });

  it("plans technical competencies with a standard and keeps them out of JPM", () => {
    const index = new StandardsIndex({
      sheet: "SKJ",
      technicalNames: ["Perencanaan Anggaran"],
      positions: [
        {
          position: "Analis",
          competencies: {},
          technical: [{ name: "Perencanaan Anggaran", level: 4 }],
        },
      ],
    });
    const r = record(new Array(9).fill(3), 3, {
      technical: [{ name: "Perencanaan Anggaran", score: 2 }],
    });
    const result = assessEmployee(r, index.standardsFor(r), options);
    expect(result.technical).toEqual([
      {
        name: "Perencanaan Anggaran",
        standard: 4,
        standardSource: "skj-sheet",
        score: 2,
        gap: -2,
        need: true,
      },
    ]);
    expect(result.jpm).toBe(1);
    expect(result.priorities[0]).toMatchObject({
      competency: "Perencanaan Anggaran",
      pillar: "teknis",
      rank: 1,
    });
    // A gap of two levels earns a classroom programme: technical training for a non-functional grade.
    expect(result.plan.activities.some((a) => a.method === "KL03")).toBe(true);
  });
});

describe("recommendationText", () => {
  it("describes the 70:20:10 activities with methods and JP", () => {
    const text = recommendationText("KOM", -1);
    expect(text).toMatch(/^Komunikasi \(gap -1\)/);
    expect(text).toMatch(/Pengalaman kerja \(70\)/);
    expect(text).toMatch(/NKL11, 6 JP/);
    expect(text).toMatch(/Total 13 JP/);
    expect(recommendationText("INT", 0.5)).toMatch(/tidak ada kesenjangan/);
  });
});
