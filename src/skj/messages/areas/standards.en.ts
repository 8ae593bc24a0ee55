// English texts of standards.params.ts.
import { isCompetencyCode, LEVEL_NAMES } from "../../catalogue";
import { jfTableEntry } from "../../registry/jfTables";
import { jpmMethodEntry } from "../../registry/jpmMethods";
import type { Role } from "../../recommendations";
import type { CompetencyCode } from "../../types";
import type { AreaCatalogue } from "../params";
import type { ActivityAim, ClassroomCode, StandardsMessageParams } from "./standards.params";

interface Topics {
  work: string;
  social: string;
  formal: string;
}

const TOPICS: Record<CompetencyCode, Topics> = {
  INT: {
    work: "act as the unit's integrity agent: monitor compliance with the code of ethics and the Integrity Zone programme",
    social: "applying the code of ethics, the BerAKHLAK values and handling conflicts of interest",
    formal: "integrity and anti-corruption",
  },
  KS: {
    work: "work in a cross-unit team or working group with a shared target",
    social: "building cooperation and team synergy",
    formal: "teamwork and collaboration",
  },
  KOM: {
    work: "prepare and present the unit's reports or presentations to management",
    social: "feedback on presentations, official writing and how information is conveyed",
    formal: "effective communication and official writing",
  },
  OPH: {
    work: "own a measurable performance target with a deadline (a small unit project)",
    social: "setting, monitoring and exceeding performance targets (SKP)",
    formal: "performance management and work planning",
  },
  PP: {
    work: "serve at a service or complaints desk and propose improvements to the service standard",
    social: "service excellence and follow-up of public satisfaction surveys",
    formal: "public service standards and public satisfaction surveys",
  },
  PDOL: {
    work: "guide new staff or speak at the unit's knowledge-sharing sessions",
    social: "drawing up and following an individual development plan (IDP)",
    formal: "coaching, mentoring and self-development",
  },
  MP: {
    work: "take part in the unit's change or innovation project",
    social: "facing and managing change in the unit",
    formal: "change management and service innovation",
  },
  PK: {
    work: "write staff analyses with several decision options and their risks",
    social: "problem analysis and decision-making within one's authority",
    formal: "problem solving and decision-making",
  },
  PB: {
    work: "work in activities or services for diverse community groups",
    social: "national outlook, tolerance and mediating differences",
    formal: "national outlook and moderation",
  },
};

function topicsFor(comp: string): Topics {
  if (isCompetencyCode(comp)) return TOPICS[comp];
  return {
    work: `carry out ${comp} tasks under the guidance of an official who masters it`,
    social: `practising ${comp} with functional officials or senior staff in the field`,
    formal: comp,
  };
}

const LEADER_WORK: Record<CompetencyCode, string> = {
  INT: "lead the agency's Integrity Zone programme and gratuity control",
  KS: "lead a coordination forum across regional bodies or agencies with a shared target",
  KOM: "present the agency's policies and results to the regional head, the council and stakeholders",
  OPH: "set and oversee the agency's performance targets (performance agreement) with its administrator officials",
  PP: "lead the improvement of the agency's service standards and the follow-up of satisfaction surveys",
  PDOL: "mentor administrator officials and draw up the agency's staff development programme",
  MP: "lead the agency's change or bureaucratic reform project",
  PK: "lead high-risk policy making with an analysis of options and their risks",
  PB: "lead agency programmes that involve diverse community groups",
};

function workOf(comp: string, role: Role): string {
  return role === "leader" && isCompetencyCode(comp) ? LEADER_WORK[comp] : topicsFor(comp).work;
}

function guide(role: Role): { work: string; coach: string; mentor: string } {
  if (role === "leader")
    return {
      work: "with feedback from the regional secretary or head of agency",
      coach: "Coaching by a professional coach or senior JPT:",
      mentor: "Mentoring by a senior JPT or expert trainer:",
    };
  if (role === "functional")
    return {
      work: "guided by the direct supervisor or a senior functional official",
      coach: "Coaching by the direct supervisor:",
      mentor: "Mentoring by a senior functional official who masters",
    };
  return {
    work: "guided by the direct supervisor",
    coach: "Coaching by the direct supervisor:",
    mentor: "Mentoring by an official who masters",
  };
}

const CLASSROOM_TITLE: Record<ClassroomCode, string> = {
  KL01: "Thematic leadership training",
  KL02: "Managerial training",
  KL03: "Technical training",
  KL04: "Functional training",
  KL05: "Socio-cultural training",
};

function aimText(a: ActivityAim): string {
  return a.keep
    ? "keeping level 5 (Ahli)"
    : `preparing for level ${a.level} (${LEVEL_NAMES[a.level]})`;
}

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
const sessions = (n: number) => `${n} ${n === 1 ? "session" : "sessions"}`;

const SHEET_COLUMNS = {
  grade: "Grade",
  position: "Position (SKJ sheet)",
  source: "Source of the standard",
  employees: "Employees",
};

const TARGET_COLUMNS = {
  no: "No",
  nip: "NIP",
  name: "Name",
  current: "Current grade",
  target: "Target position/grade",
  competency: "Competency",
  currentStandard: "Current standard",
  currentGap: "Current gap",
  targetStandard: "Target standard",
  score: "Score",
  targetGap: "Target gap",
  jpm: "Target JPM",
  category: "Target category",
};

export const standardsEn: AreaCatalogue<StandardsMessageParams> = {
  activity: (p) => {
    const t = topicsFor(p.competency);
    switch (p.kind) {
      case "classroom":
        return `${CLASSROOM_TITLE[p.method]}: ${t.formal} (${days(p.days)}, ${p.jp} JP)`;
      case "bimtek":
        return `Technical guidance (bimtek): ${t.formal}`;
      case "module":
        return `Self-study: ${t.formal} module (${days(p.count)})`;
      case "e-learning":
        return `E-learning: ${t.formal} (${days(p.count)})${p.aim ? `; ${aimText(p.aim)}` : ""}`;
      case "self-study":
        return `Self-study: ${t.formal}; ${aimText(p.aim)} (${days(p.count)})`;
      case "assignment":
        return `Assignment ${guide(p.role).work} (${sessions(p.count)}): ${workOf(p.competency, p.role)}`;
      case "enrichment":
        return (
          `Job enrichment ${guide(p.role).work} (${sessions(p.count)}): ` +
          `${workOf(p.competency, p.role)}; ${aimText(p.aim)}`
        );
      case "coaching":
        return `${guide(p.role).coach} ${t.social} (${sessions(p.count)})`;
      case "mentoring":
        return `${guide(p.role).mentor} ${t.social} (${sessions(p.count)})`;
      case "community":
        return `Community of practice (${days(p.count)}): ${t.social}; ${aimText(p.aim)}`;
    }
  },

  "standards-sheet-title": (p) => `COMPETENCY STANDARDS APPLIED, ${p.year} PLAN`,
  "standards-sheet-intro": (p) =>
    `Each employee's standard comes from the most specific source: a standard written on the table's row, then ` +
    `the agency's SKJ sheet for a matching position title${p.skjSheet ? ` (sheet "${p.skjSheet}", ${p.positions} positions used)` : " (this workbook has no SKJ sheet)"}, ` +
    `then the grade's default. Functional positions use ${jfTableEntry(p.table).name.en}` +
    `${p.chosen ? ", as the user chose" : " (the default; it can be switched)"}. JF defaults are not a national ` +
    `rule: each JF's SKJ is set by the agency that oversees it, and an SKJ sheet always wins.`,
  "standards-sheet-jf-basis": (p) =>
    `Basis of ${jfTableEntry(p.table).name.en}: ${jfTableEntry(p.table).basis.en}`,
  "standards-sheet-section": (p) =>
    p.section === "grades"
      ? "Default standard per grade (the same level for all nine competencies)"
      : "Standards from the SKJ sheet per position (a blank cell keeps the grade's default)",
  "standards-sheet-header": (p) => SHEET_COLUMNS[p.column],
  "standards-origin": (p) =>
    p.kind === "structural"
      ? "PermenPANRB 38/2017 (grade default)"
      : p.kind === "level"
        ? "Level written in the table (Level SKJ column or a level as the grade)"
        : p.kind === "jf"
          ? `${jfTableEntry(p.table).name.en}${p.extrapolated ? "; an extrapolation, not a rule" : ""}`
          : `SKJ sheet "${p.sheet}"`,
  "standards-sheet-blank": () => "default",
  "standards-jpm-note": (p) =>
    `JPM is computed by the ${jpmMethodEntry(p.method).name.en} method (${jpmMethodEntry(p.method).formula.en})` +
    `${p.rounded ? "; each competency's score ÷ standard is rounded to 2 decimals before averaging" : ""}.`,

  "standards-pane": (p) =>
    ({
      jfTable: "Default standards of functional positions",
      jfTableHint:
        "Table A: agency systems' values; table B: one level lower (equivalence, PermenPANRB 17/2021). An SKJ sheet always wins.",
      jpmRounded: "Round each competency's ratio to 2 decimals (mean method)",
      jpmRoundedHint: "As some assessment systems do: each score ÷ standard is rounded first.",
    })[p.field],
  "target-sheet-title": (p) => `GAP AGAINST THE TARGET POSITION, ${p.year} PLAN`,
  "target-sheet-intro": (p) =>
    `${p.employees} employees have a target position or grade (column "${p.column}"). PP 11/2017 art. 206 asks ` +
    `for the gap against the standards of the current and the target position; the development plan is made ` +
    `for the current position, and this sheet adds the gap against the target.`,
  "target-sheet-header": (p) => TARGET_COLUMNS[p.column],
  "target-unreadable": (p) =>
    `Row ${p.row}, column ${p.column} (${p.address}): the target position "${p.written}" names no known grade ` +
    `and is not in the SKJ sheet; no target gap is computed for this employee. Write its grade (e.g. ` +
    `Administrator, Ahli Madya) or a position title of the SKJ sheet.`,
  "target-found": (p) =>
    `${p.employees} employees have a target position (column "${p.column}"): their gap against its standards ` +
    `is on the Target position gap sheet.`,
};
