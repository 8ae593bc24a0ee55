// Fuzzing the .xlsx reader: whatever bytes arrive (random, cut short, damaged anywhere in a real workbook),
// readWorkbook either returns a grid or throws a WorkbookReadError whose message is in Bahasa Indonesia.
// Any other exception would reach the clerk as "Terjadi kesalahan yang tidak terduga" (CLI exit 1) or a
// broken task pane. Runs are bounded (a read takes about 10 ms) so the file stays at a few seconds.
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";
import * as fs from "fs";
import * as path from "path";
import { readWorkbook, WorkbookReadError } from "../../src/file/read/readWorkbook";
import { runSkj } from "../../src/skj/run";
import { workbookGridSchema } from "../../src/skj/schemas";
import { WorkbookGrid } from "../../src/skj/types";
import { fixtures } from "../fixtures/fixtures";

const SAMPLE = path.resolve(__dirname, "../../assets/sample/contoh-hasil-asesmen.xlsx");
const CODES = [
  "not-zip",
  "truncated",
  "not-workbook",
  "encrypted",
  "xls",
  "too-large",
  "corrupt",
  "not-found",
  "unreadable",
];

/** Reads the bytes; returns the grid, or null after checking that the failure is a proper one. */
function readOrRefuse(bytes: Uint8Array): WorkbookGrid | null {
  try {
    const { grid } = readWorkbook(bytes);
    // What comes back must be a grid the engine accepts (names, values, merges).
    const checked = workbookGridSchema.safeParse(grid);
    if (!checked.success) throw new Error(`invalid grid: ${checked.error.message}`);
    return grid;
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    expect(CODES).toContain(e.code);
    // Every message opens with "Berkas …" or "Buku kerja …" and tells the clerk what to do.
    expect(e.message).toMatch(/^(Berkas|Buku kerja) (ini|tidak) [^]*\.$/);
    expect(e.stack).toBe(`WorkbookReadError: ${e.message}`);
    return null;
  }
}

interface Source {
  name: string;
  /** As written by its program (deflated parts). */
  bytes: Uint8Array;
  /** The same parts stored uncompressed, so that damage lands in the XML itself, not in deflate data. */
  stored: Uint8Array;
  parts: Record<string, Uint8Array>;
}

function source(name: string, file: string): Source {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const parts = unzipSync(bytes);
  const z: Zippable = {};
  for (const [part, data] of Object.entries(parts)) z[part] = [data, { level: 0 }];
  return { name, bytes, stored: zipSync(z), parts };
}

let sources: Source[];
beforeAll(() => {
  sources = [
    source("contoh-hasil-asesmen.xlsx", SAMPLE),
    source("kitchen-sink.xlsx", fixtures().kitchenSink),
  ];
}, 180_000);

test("the undamaged sources read, so that the properties below start from good workbooks", () => {
  for (const s of sources) {
    expect([s.name, readOrRefuse(s.bytes) !== null]).toEqual([s.name, true]);
    expect([s.name, readOrRefuse(s.stored) !== null]).toEqual([s.name, true]);
  }
});

test("random bytes, also behind a zip or OLE signature", () => {
  const magic = fc.constantFrom(
    new Uint8Array(0),
    new Uint8Array([0x50, 0x4b, 3, 4]),
    new Uint8Array([0x50, 0x4b, 5, 6]),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  );
  fc.assert(
    fc.property(magic, fc.uint8Array({ maxLength: 4096 }), (head, body) => {
      const bytes = new Uint8Array(head.length + body.length);
      bytes.set(head);
      bytes.set(body, head.length);
      readOrRefuse(bytes);
    }),
    { numRuns: 300 }
  );
});

test("random truncations of real workbooks", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: sources.length - 1 }),
      fc.boolean(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (which, stored, fraction) => {
        const s = sources[which];
        const bytes = stored ? s.stored : s.bytes;
        const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
        // Only the whole file can read: a zip is read from its end.
        expect(readOrRefuse(cut) === null).toBe(cut.length < bytes.length);
      }
    ),
    { numRuns: 120 }
  );
});

interface Damage {
  which: number;
  stored: boolean;
  tail: boolean;
  edits: { at: number; byte: number; xor: boolean }[];
}

/** 1–8 positions, anywhere or within the last 2 KB (the central directory), xor'd or overwritten. */
const damage: fc.Arbitrary<Damage> = fc.record({
  which: fc.nat(),
  stored: fc.boolean(),
  tail: fc.boolean(),
  edits: fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      byte: fc.nat(255),
      xor: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 }
  ),
});

function damaged(d: Damage): Uint8Array {
  const s = sources[d.which % sources.length];
  const bytes = (d.stored ? s.stored : s.bytes).slice();
  const span = d.tail ? Math.min(2048, bytes.length) : bytes.length;
  for (const e of d.edits) {
    const i = bytes.length - span + Math.floor(e.at * span);
    bytes[i] = e.xor ? bytes[i] ^ (e.byte || 1) : e.byte;
  }
  return bytes;
}

test("random byte changes in real workbooks, in deflated parts, plain XML and the zip directory", () => {
  fc.assert(
    fc.property(damage, (d) => {
      readOrRefuse(damaged(d));
    }),
    { numRuns: 600 }
  );
});

test("random packages: real parts replaced by random text, cut short or dropped", () => {
  const edit = fc.oneof(
    fc.constant({ kind: "drop" as const }),
    fc.record({
      kind: fc.constant("cut" as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ kind: fc.constant("text" as const), text: fc.string({ maxLength: 200 }) }),
    fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 200 }) })
  );
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }),
      (which, edits) => {
        const s = sources[which % sources.length];
        const parts: Record<string, Uint8Array> = { ...s.parts };
        const names = Object.keys(parts).filter((n) => !n.endsWith("/"));
        for (const [pick, e] of edits) {
          const name = names[pick % names.length];
          if (!(name in parts)) continue;
          if (e.kind === "drop") delete parts[name];
          else if (e.kind === "cut") {
            const text = strFromU8(parts[name]);
            parts[name] = strToU8(text.slice(0, Math.floor(text.length * e.at)));
          } else if (e.kind === "text") parts[name] = strToU8(e.text);
          else parts[name] = e.bytes;
        }
        readOrRefuse(zipSync(parts));
      }
    ),
    { numRuns: 200 }
  );
});

test("whatever the reader returns from a damaged workbook, the engine plans or declines without throwing", () => {
  fc.assert(
    fc.property(damage, (d) => {
      const grid = readOrRefuse(damaged(d));
      if (grid) runSkj(grid, { year: 2027 });
    }),
    { numRuns: 80 }
  );
});
