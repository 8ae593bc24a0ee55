// Activity texts are coded messages rendered per language; the Indonesian wording is the one the plan always
// had (docs/domain.md §16).
import { main } from "../../src/cli/main";
import { renderMessage } from "../../src/skj/messages";
import { assessEmployee } from "../../src/skj/plan";
import { nextLevelActivities, shortfallActivities } from "../../src/skj/recommendations";
import { DEFAULT_THRESHOLDS } from "../../src/skj/scoring";
import { StandardsIndex } from "../../src/skj/standards";
import { COMPETENCY_CODES, CompetencyCode, EmployeeRecord } from "../../src/skj/types";

const id = (a: { text: Parameters<typeof renderMessage>[0] }) => renderMessage(a.text, "id");
const en = (a: { text: Parameters<typeof renderMessage>[0] }) => renderMessage(a.text, "en");

describe("activity texts", () => {
  it("keeps the Indonesian wording of a shortfall's activities", () => {
    expect(shortfallActivities("KOM", -0.5).map(id)).toEqual([
      "Penugasan dengan bimbingan atasan langsung (2 sesi): menyusun dan memaparkan laporan atau bahan presentasi unit kepada pimpinan",
      "Coaching oleh atasan langsung: umpan balik atas presentasi, tulisan dinas dan cara menyampaikan informasi (1 sesi)",
      "Belajar mandiri: modul komunikasi efektif dan penulisan naskah dinas (1 hari)",
    ]);
    expect(shortfallActivities("PB", -2, { role: "leader", classroom: true }).map(id)).toEqual([
      "Penugasan dengan umpan balik Sekretaris Daerah/pimpinan instansi (4 sesi): memimpin program instansi yang melibatkan kelompok masyarakat yang beragam",
      "Mentoring oleh JPT senior atau widyaiswara ahli: wawasan kebangsaan, toleransi dan mediasi perbedaan (3 sesi)",
      "Pelatihan sosial kultural: wawasan kebangsaan dan moderasi (2 hari, 16 JP)",
    ]);
    expect(nextLevelActivities("OPH", 3, 3).map(id)).toEqual([
      "Belajar mandiri: manajemen kinerja dan perencanaan kerja, persiapan level 4 (Mumpuni) (2 hari)",
    ]);
    expect(nextLevelActivities("INT", 5, 12, "functional").map(id)).toEqual([
      "Pengayaan tugas dengan bimbingan atasan langsung atau pejabat fungsional senior (3 sesi): menjadi agen integritas unit: memantau kepatuhan kode etik dan pembangunan Zona Integritas; mempertahankan level 5 (Ahli)",
      "Komunitas belajar (1 hari): penerapan kode etik, nilai BerAKHLAK dan penanganan konflik kepentingan; mempertahankan level 5 (Ahli)",
      "E-learning integritas dan antikorupsi (1 hari); mempertahankan level 5 (Ahli)",
      "Belajar mandiri: integritas dan antikorupsi; mempertahankan level 5 (Ahli) (1 hari)",
    ]);
  });

  it("writes the same activities in English", () => {
    expect(shortfallActivities("KOM", -0.5).map(en)).toEqual([
      "Assignment guided by the direct supervisor (2 sessions): prepare and present the unit's reports or presentations to management",
      "Coaching by the direct supervisor: feedback on presentations, official writing and how information is conveyed (1 session)",
      "Self-study: effective communication and official writing module (1 day)",
    ]);
    expect(nextLevelActivities("Perencanaan Anggaran", 3, 3).map(en)).toEqual([
      "Self-study: Perencanaan Anggaran; preparing for level 4 (Mumpuni) (2 days)",
    ]);
  });

  it("renders a count a ceiling cut in both languages", () => {
    const s = {} as Record<CompetencyCode, number>;
    COMPETENCY_CODES.forEach((c) => (s[c] = 1));
    const r: EmployeeRecord = {
      sheet: "Data",
      row: 2,
      nip: "198501012010011001",
      name: "Siti",
      position: "Analis",
      unit: "Umum",
      jobLevel: "Administrator",
      grade: "Administrator",
      level: 3,
      scores: s,
      rowStandards: {},
      technical: [],
      employment: "PPPK",
    };
    const options = {
      year: 2027,
      scheme: "pemetaan" as const,
      jpmMethod: "sum" as const,
      tolerance: 0,
      thresholds: DEFAULT_THRESHOLDS,
      jpTarget: 20,
    };
    const plan = assessEmployee(r, new StandardsIndex().standardsFor(r), options).plan;
    expect(plan.totalJp).toBeLessThanOrEqual(24);
    for (const a of plan.activities) {
      if (a.sessions === undefined || a.method === "KL02") continue;
      const unit =
        a.method === "NKL11" || a.method === "NKL01" || a.method === "NKL02" ? "sesi" : "hari";
      expect(id(a)).toContain(`(${a.sessions} ${unit}`);
      expect(en(a)).toMatch(new RegExp(`\\(${a.sessions} (session|day)`));
    }
  });

  it("prints activities in the chosen language in the CLI's JSON", async () => {
    const run = async (...extra: string[]) => {
      let out = "";
      const io = { stdout: (t: string) => (out += t), stderr: () => undefined };
      expect(await main(["plan", "--json", ...extra], io)).toBe(0);
      return JSON.parse(out) as {
        employees: { plan: { activities: { label: string; text: { code: string } }[] } }[];
      };
    };
    const labels = (j: Awaited<ReturnType<typeof run>>) =>
      j.employees.flatMap((e) => e.plan.activities.map((a) => a.label));
    const idLabels = labels(await run());
    const enLabels = labels(await run("--lang", "en"));
    expect(enLabels).toHaveLength(idLabels.length);
    expect(idLabels.some((l) => /^Penugasan /.test(l))).toBe(true);
    expect(enLabels.some((l) => /^Assignment /.test(l))).toBe(true);
    expect(enLabels.filter((l) => /Penugasan|Belajar mandiri|sesi\)/.test(l))).toEqual([]);
  });
});
