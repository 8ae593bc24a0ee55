import { buildPlan, rankPriorities, assessEmployee } from "../../src/skj/plan";
import { gapBand, recommendationText, shortfallActivities } from "../../src/skj/recommendations";
import { DEFAULT_THRESHOLDS } from "../../src/skj/scoring";
import { StandardsIndex } from "../../src/skj/standards";
import { COMPETENCY_CODES, CompetencyCode, EmployeeRecord, PlanOptions } from "../../src/skj/types";

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
  it("gives every shortfall activities along 70:20:10 sized by the gap", () => {
    for (const [g, band, jp] of [
      [-0.5, 1, 10],
      [-1, 2, 20],
      [-2, 3, 30],
    ] as const) {
      expect(gapBand(-g)).toBe(band);
      const acts = shortfallActivities("KOM", g);
      expect(acts.map((a) => a.track).sort()).toEqual([10, 20, 70]);
      const total = acts.reduce((s, a) => s + a.jp, 0);
      expect(total).toBe(jp);
      const byTrack = (t: number) =>
        acts.filter((a) => a.track === t).reduce((s, a) => s + a.jp, 0);
      expect(byTrack(70) / total).toBeCloseTo(0.7, 5);
      expect(byTrack(20) / total).toBeCloseTo(0.2, 5);
    }
  });

  it("chooses labels by competency and methods by gap size", () => {
    const small = shortfallActivities("PP", -0.5);
    const large = shortfallActivities("PP", -2);
    expect(small.find((a) => a.track === 20)!.method).toBe("NKL01");
    expect(large.find((a) => a.track === 20)!.method).toBe("NKL02");
    expect(small[0].label).toMatch(/pelayanan/i);
    expect(shortfallActivities("KOM", -0.5)[0].label).toMatch(/laporan|presentasi/);
  });

  it("reaches the JP target with next-level activities even without gaps", () => {
    const r = record(new Array(9).fill(3.5));
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.priorities).toEqual([]);
    expect(result.plan.totalJp).toBe(20);
    expect(result.plan.activities.every((a) => a.purpose === "next-level")).toBe(true);
    expect(result.plan.activities.map((a) => a.track).sort()).toEqual([10, 20, 70]);
    expect(result.plan.activities[0].label).toMatch(/level 4 \(Mumpuni\)/);
  });

  it("tops up a small plan to the target and respects a custom target", () => {
    const r = record([3, 3, 3, 3, 3, 3, 3, 3, 2.5]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.plan.totalJp).toBe(20);
    expect(
      result.plan.activities.filter((a) => a.purpose === "gap").reduce((s, a) => s + a.jp, 0)
    ).toBe(10);
    const pppk = assessEmployee(r, new StandardsIndex().standardsFor(r), {
      ...options,
      jpTarget: 24,
    });
    expect(pppk.plan.totalJp).toBe(24);
  });

  it("does not cut a plan that exceeds the target", () => {
    const r = record([1, 1, 1, 3, 3, 3, 3, 3, 3]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    expect(result.plan.totalJp).toBe(90);
    expect(result.plan.activities.every((a) => a.purpose === "gap")).toBe(true);
  });

  it("spreads activities over the four quarters, top priorities first", () => {
    const r = record([1, 2, 2.5, 3, 3, 3, 3, 3, 3]);
    const result = assessEmployee(r, new StandardsIndex().standardsFor(r), options);
    const quarters = result.plan.activities.map((a) => a.quarter);
    expect(quarters[0]).toBe(1);
    expect(quarters[quarters.length - 1]).toBe(4);
    expect([...quarters].sort()).toEqual(quarters);
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
    expect(plan.activities[0].label).toMatch(/mempertahankan level 5/);
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
      { name: "Perencanaan Anggaran", standard: 4, score: 2, gap: -2, need: true },
    ]);
    expect(result.jpm).toBe(1);
    expect(result.priorities[0]).toMatchObject({
      competency: "Perencanaan Anggaran",
      pillar: "teknis",
      rank: 1,
    });
    expect(result.plan.activities.some((a) => a.method === "KL10")).toBe(true);
  });
});

describe("recommendationText", () => {
  it("describes the 70:20:10 activities with methods and JP", () => {
    const text = recommendationText("KOM", -1);
    expect(text).toMatch(/^Komunikasi \(gap -1\)/);
    expect(text).toMatch(/Pengalaman kerja \(70\)/);
    expect(text).toMatch(/NKL11, 14 JP/);
    expect(text).toMatch(/Total 20 JP/);
    expect(recommendationText("INT", 0.5)).toMatch(/tidak ada kesenjangan/);
  });
});
