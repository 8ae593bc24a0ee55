// Property and fuzz tests: whatever a workbook holds, the engine answers (no crash), never changes its input,
// and still plans every good row.
import fc from "fast-check";
import { matchCompetency } from "../../src/skj/catalogue";
import { parseNumber, readNip, readScore } from "../../src/skj/cells";
import { readGrade } from "../../src/skj/grades";
import { runSkj } from "../../src/skj/run";
import { CellValue, SheetGrid } from "../../src/skj/types";
import { NINE, sheet, workbook } from "../helpers/grid";
import { renderMessage } from "../../src/skj/messages";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
  fc.constantFrom(
    1,
    2,
    2.5,
    3,
    3.5,
    4,
    5,
    "2,5",
    "3 ",
    "3,0",
    "3.0",
    "III",
    "\u00a03",
    " ",
    "-",
    "#N/A"
  ),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }),
  fc.constantFrom(1e300, -0, Number.MAX_SAFE_INTEGER, 198501012010011000)
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("cell readers never throw", () => {
  it("readScore gives a score in 1–5 or a problem", () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const r = readScore(v);
        if ("score" in r) return r.score >= 1 && r.score <= 5;
        return renderMessage(r.problem).length > 0;
      })
    );
  });

  it("parseNumber reads back any score written with a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 50 }), (tenths) => {
        const text = (tenths / 10).toFixed(1).replace(".", ",");
        return parseNumber(` ${text}\u00a0`) === tenths / 10;
      })
    );
  });

  it("readNip and readGrade never throw; digit-only NIPs survive spaces and dots", () => {
    fc.assert(
      fc.property(cellValue, fc.string(), (v, title) => {
        readNip(v);
        readGrade(v, title);
      })
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{18}$/),
        fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
        (nip, cuts) => {
          let spaced = nip;
          for (const c of [...new Set(cuts)].sort((a, b) => b - a))
            spaced = `${spaced.slice(0, c)} ${spaced.slice(c)}`;
          return readNip(`'${spaced}`).nip === nip;
        }
      )
    );
  });

  it("matchCompetency finds every name however it is cased, spaced or numbered", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom("", "1. ", "M.3 ", "a) ", "SK.1 "),
        fc.boolean(),
        fc.constantFrom(" ", "  ", "\n", "\u00a0"),
        (i, prefix, upper, space) => {
          const name = NINE[i].replace(/ /g, space);
          const header = `${prefix}${upper ? name.toUpperCase() : name} `;
          return matchCompetency(header)?.code === matchCompetency(NINE[i])?.code;
        }
      )
    );
  });
});

describe("runSkj on random workbooks", () => {
  const randomSheet: fc.Arbitrary<SheetGrid> = fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 31 }),
      header: fc.shuffledSubarray([
        ...NINE,
        "NIP",
        "Nama",
        "Jabatan",
        "Eselon",
        "Unit Kerja",
        "JPM",
        "Kategori",
        "Level SKJ",
      ]),
      rows: fc.array(fc.array(cellValue, { maxLength: 20 }), { maxLength: 25 }),
      headerAt: fc.integer({ min: 0, max: 5 }),
      merges: fc.array(
        fc.record({ top: fc.nat(30), left: fc.nat(20), h: fc.nat(3), w: fc.nat(3) }),
        { maxLength: 6 }
      ),
    })
    .map(({ name, header, rows, headerAt, merges }) => {
      const all = [...rows.slice(0, headerAt), header as CellValue[], ...rows.slice(headerAt)];
      return {
        name,
        rows: all,
        merges: merges.map((m) => ({
          top: m.top,
          left: m.left,
          bottom: m.top + m.h,
          right: m.left + m.w,
        })),
      };
    });

  it("never throws, never changes the grid, and every planned employee is complete", () => {
    fc.assert(
      fc.property(fc.array(randomSheet, { minLength: 0, maxLength: 3 }), (sheets) => {
        const grid = deepFreeze({ sheets });
        const out = runSkj(grid, { year: 2027 });
        if (!out.ok) return renderMessage(out.message).length > 0;
        for (const e of out.result.employees) {
          if (e.competencies.length !== 9) return false;
          if (e.competencies.some((c) => !(c.score >= 1 && c.score <= 5))) return false;
          if (e.plan.totalJp < 20 || !Number.isFinite(e.jpm)) return false;
        }
        return out.result.issues.every((i) => i.row >= 0 && renderMessage(i).length > 0);
      }),
      { numRuns: 300 }
    );
  });

  it("plans every good row whatever bad rows sit between them", () => {
    const good = fc.array(
      fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
      { minLength: 9, maxLength: 9 }
    );
    const bad = fc.array(cellValue, { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            good.map((s) => ({ ok: true, s: s as CellValue[] })),
            bad.map((s) => ({ ok: false, s }))
          ),
          { maxLength: 30 }
        ),
        (rows) => {
          const data = rows.map((r, i) => [
            `${1000 + i}`,
            `Pegawai ${i}`,
            "Analis",
            "Administrator",
            "Unit",
            ...r.s,
          ]);
          const grid = deepFreeze(
            workbook(
              sheet("Data", [["NIP", "Nama", "Jabatan", "Eselon", "Unit Kerja", ...NINE], ...data])
            )
          );
          const out = runSkj(grid);
          if (!out.ok) return false;
          const planned = new Set(out.result.employees.map((e) => e.row));
          return rows.every((r, i) => {
            const valid = r.s.every((v) => "score" in readScore(v));
            return planned.has(i + 2) === valid;
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});
