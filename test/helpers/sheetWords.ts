// The Indonesian words of the report sheets' own texts: every code of the sheets catalogue rendered in
// Bahasa Indonesia, less the words its English rendering keeps too (domain terms such as JPM, SKJ, JP,
// Peraturan LAN, competency names). A sheet written in English should contain none of them.
import { type Message, msg, renderMessage } from "../../src/skj/messages";
import type {
  IdentityLabel,
  SheetColumn,
  SheetMessageParams,
  SummarySection,
} from "../../src/skj/messages/areas/sheets.params";
import { DEV_METHOD_CODES } from "../../src/skj/registry/devMethods";
import { JPM_METHOD_IDS } from "../../src/skj/registry/jpmMethods";
import { SCHEME_IDS } from "../../src/skj/registry/schemes";
import { COMPETENCIES } from "../../src/skj/catalogue";
import { nextLevelActivities, shortfallActivities } from "../../src/skj/recommendations";
import { TARGET_COLUMNS } from "../../src/report/targetSheet";
import type { ChoiceSource } from "../../src/skj/types";

const COLUMNS: SheetColumn[] = [
  "no",
  "competency",
  "standard",
  "score",
  "gap",
  "rank",
  "method",
  "activity",
  "track",
  "jp",
  "quarter",
  "pillar",
  "unit",
  "assessed",
  "short",
  "shortShare",
  "meanShortfall",
  "meanGap",
  "employees",
  "totalJp",
  "meanJp",
  "category",
  "bound",
  "employeeShare",
  "examples",
  "activities",
  "jpShare",
  "methodName",
  "trackName",
];
const LABELS: IdentityLabel[] = [
  "name",
  "nip",
  "unit",
  "position",
  "grade",
  "source",
  "jpm",
  "category",
  "needs",
];
const SECTIONS: SummarySection[] = [
  "competency",
  "unit",
  "unitTotals",
  "categories",
  "tracks",
  "methods",
];
const SOURCES: ChoiceSource[] = ["user", "file", "default"];
const date = { year: 2026, month: 11, day: 22 };

/** Sample parameters for every code (the type makes a new code fail to compile until it is listed). */
const SAMPLES: { [K in keyof SheetMessageParams]: SheetMessageParams[K][] } = {
  "sheet-plan-title": [{ year: 2027 }],
  "sheet-summary-title": [{ year: 2027 }],
  "sheet-date": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => ({
    date: { ...date, month },
  })),
  "sheet-made": [{ date }],
  "sheet-source": [
    {
      sheet: "X",
      headerRows: [1, 2],
      dataStartRow: 3,
      employees: 2,
      skipped: 2,
      issuesSheet: "X",
    },
  ],
  "sheet-source-reports": [{ sheets: ["A", "B"], employees: 1, left: 1, issuesSheet: "X" }],
  "sheet-method": JPM_METHOD_IDS.flatMap((method) =>
    SOURCES.flatMap((source) =>
      SCHEME_IDS.flatMap((scheme) =>
        [undefined, { matched: 1, compared: 2 }].map((agreement) => ({
          method,
          source,
          ...(agreement ? { agreement } : {}),
          tolerance: 0.1,
          scheme,
          schemeSource: source,
          schemeFromTitle: agreement !== undefined,
          bands: [],
          jpTarget: 20,
        }))
      )
    )
  ),
  "sheet-category-bound": [{ lower: 0.5 }, { lower: 0.5, upper: 0.9 }, { upper: 0.5 }],
  "sheet-header": COLUMNS.map((column) => ({ column })),
  "sheet-identity": LABELS.map((field) => ({ field })),
  "sheet-row-source": [{ sheet: "X", row: 3 }],
  "sheet-needs": [{ count: 0 }, { count: 2 }],
  "sheet-next-level": [{ competency: "X" }],
  "sheet-no-activities": [{}],
  "sheet-total-jp": [{}],
  "sheet-sign-place": [{ place: "X", date }],
  "sheet-sign-known": [{}],
  "sheet-no-employees": [{ issuesSheet: "X" }],
  "sheet-left-out-title": [{ count: 4 }],
  "sheet-left-out-row": [{ row: 12, reason: "" }],
  "sheet-left-out-unassessed": [{ row: 12 }],
  "sheet-track": [{ track: 70 }, { track: 20 }, { track: 10 }],
  "sheet-quarter": [{ quarter: 1 }, { quarter: 4 }],
  "sheet-dev-method": DEV_METHOD_CODES.map((method) => ({ method })),
  "sheet-pillar": [{ pillar: "manajerial" }, { pillar: "sosial-kultural" }, { pillar: "teknis" }],
  "sheet-track-examples": [{ track: 70 }, { track: 20 }, { track: 10 }],
  "sheet-section": SECTIONS.flatMap((section) => SCHEME_IDS.map((scheme) => ({ section, scheme }))),
  "sheet-chart-title": [{}],
  "sheet-unit-filter": [{}],
  "sheet-no-unit": [{}],
  "sheet-sum": [{}],
  "sheet-total-jp-all": [{}],
  "sheet-unit-table": [{ year: 2027 }],
};

/** The sheets area's codes, and the main catalogue's codes the report sheets write. */
function sheetMessages(): Message[] {
  const own = Object.entries(SAMPLES).flatMap(([code, samples]) =>
    (samples as unknown[]).map((params) => msg(code as keyof SheetMessageParams, params as never))
  );
  const severities = ["error", "warning", "info"] as const;
  return [
    ...own,
    msg("unassessed-rows", { rows: [3, 4] }),
    msg("issues-sheet-title", {}),
    msg("issues-sheet-intro", { sheet: "X", total: 3, errors: 1, warnings: 1, infos: 1 }),
    ...severities.map((severity) => msg("severity-name", { severity })),
    ...activityMessages(),
    ...standardsMessages(),
  ];
}

/** The standards and target-position sheets' own texts (docs/domain.md §16). */
function standardsMessages(): Message[] {
  const tables = ["A", "B"] as const;
  return [
    msg("standards-sheet-title", { year: 2027 }),
    ...tables.flatMap((table) => [
      msg("standards-sheet-intro", { table, chosen: true, skjSheet: "SKJ", positions: 2 }),
      msg("standards-sheet-intro", { table, chosen: false, positions: 0 }),
      msg("standards-sheet-jf-basis", { table }),
      msg("standards-origin", { kind: "jf", table, extrapolated: true }),
    ]),
    msg("standards-sheet-section", { section: "grades" }),
    msg("standards-sheet-section", { section: "positions" }),
    ...(["grade", "position", "source", "employees"] as const).map((column) =>
      msg("standards-sheet-header", { column })
    ),
    msg("standards-origin", { kind: "structural" }),
    msg("standards-origin", { kind: "level" }),
    msg("standards-origin", { kind: "skj-sheet", sheet: "SKJ" }),
    msg("standards-sheet-blank", {}),
    msg("standards-jpm-note", { method: "mean", rounded: true }),
    msg("target-sheet-title", { year: 2027 }),
    msg("target-sheet-intro", { employees: 2, column: "Jabatan Target" }),
    ...TARGET_COLUMNS.map((column) => msg("target-sheet-header", { column })),
  ];
}

/** Every kind of activity text, for each competency and role (the plan's activity column). */
function activityMessages(): Message[] {
  const out: Message[] = [];
  for (const c of COMPETENCIES)
    for (const role of ["leader", "manager", "functional", "staff"] as const) {
      for (const gap of [-0.5, -1, -2])
        for (const classroom of [false, true])
          out.push(...shortfallActivities(c.code, gap, { role, classroom }).map((a) => a.text));
      for (const [standard, remaining] of [
        [1, 20],
        [2, 20],
        [4, 20],
        [3, 3],
        [3, 20],
        [5, 20],
      ])
        out.push(...nextLevelActivities(c.code, standard, remaining, role).map((a) => a.text));
    }
  return out;
}

/** Words of four letters or more, lower case ("Kebutuhan_Unit" gives "kebutuhan" and "unit"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/** The Indonesian words of the sheets' own texts that English sheets must not contain. */
export function indonesianSheetWords(): Set<string> {
  const messages = sheetMessages();
  const english = new Set(messages.flatMap((m) => wordsOf(renderMessage(m, "en"))));
  return new Set(
    messages.flatMap((m) => wordsOf(renderMessage(m, "id"))).filter((w) => !english.has(w))
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The sheets' Indonesian words found in string cells, each with its cell. Cells that are data (`data`: the
 * input's values, the user's identity) are skipped, and competency names and data inside a text are
 * left out first ("Integritas (further development)", `Sheet "Data Asesmen", row 9`).
 */
export function indonesianIn(
  values: readonly (readonly unknown[])[],
  data: Iterable<string>,
  words = indonesianSheetWords()
): string[] {
  const known = new Set([...data].filter((t) => t.trim() !== ""));
  const terms = [...COMPETENCIES.map((c) => c.name), ...known].sort((a, z) => z.length - a.length);
  const domain = new RegExp(terms.map(escape).join("|"), "gi");
  const found: string[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || known.has(v)) return;
      for (const w of wordsOf(v.replace(domain, "")))
        if (words.has(w)) found.push(`${w} in [${r},${c}] ${v}`);
    })
  );
  return found;
}
