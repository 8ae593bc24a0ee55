// Zip writing: CRC-32, the UTF-8 sink, parts compressed while they are written, and a package's new parts.
import { unzipSync } from "fflate";
import * as zlib from "zlib";
import { nodeCompression } from "../../../src/cli/compression";
import { openPackage } from "../../../src/file/opc/package";
import { escapeText, ooxmlString, utf8Of } from "../../../src/file/opc/xml";
import { Compression, crc32, EntryWriter, ZipArchive, zipEntries } from "../../../src/file/opc/zip";

describe("compression", () => {
  const random = (n: number, seed: number) => {
    const out = new Uint8Array(n);
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  };

  test("the JavaScript CRC-32 is zlib's, also when continued piece by piece", () => {
    for (const n of [0, 1, 7, 8, 9, 1000, 65_537]) {
      const data = random(n, n + 1);
      expect(crc32(data)).toBe(zlib.crc32(data));
      const cut = n >> 1;
      expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(zlib.crc32(data));
    }
  });

  /** About 3.5 MB of XML-like text with multi-byte characters, written through the sink in small strings. */
  function bigText(write: (s: string) => void): void {
    write(`<?xml version="1.0" encoding="UTF-8"?>\n<root>`);
    for (let i = 0; i < 60_000; i++) {
      write(
        `<c r="A${i + 1}" t="inlineStr"><is><t>Pegawai ${i} – Σ ${"é".repeat(i % 7)}\uD83D\uDE00</t></is></c>`
      );
    }
    // One string longer than a block of the sink.
    write(`<long>${"x–".repeat(700_000)}</long>`);
    write(`</root>`);
  }

  test("the UTF-8 sink gives TextEncoder's bytes across blocks and for a string longer than a block", () => {
    const pieces: string[] = [];
    bigText((s) => pieces.push(s));
    const expected = new TextEncoder().encode(pieces.join(""));
    const got = utf8Of((sink) => bigText((s) => sink.write(s)));
    expect(got.length).toBe(expected.length);
    expect(Buffer.compare(Buffer.from(got), Buffer.from(expected))).toBe(0);
    const text = "_x0041_ & <b> \u0001 \uD800 \uD83D\uDE00";
    expect(new TextDecoder().decode(utf8Of((sink) => sink.text(text)))).toBe(
      escapeText(ooxmlString(text))
    );
  });

  test("a large part streamed through EntryWriter unzips to its bytes with fflate and with zlib pieces", () => {
    const pieces: string[] = [];
    bigText((s) => pieces.push(s));
    const expected = new TextEncoder().encode(pieces.join(""));
    for (const compression of [{}, nodeCompression] as Compression[]) {
      const entry = new EntryWriter("xl/worksheets/sheet9.xml", compression);
      for (let at = 0; at < expected.length; at += 300_000)
        entry.push(expected.subarray(at, at + 300_000));
      const written = entry.finish();
      expect(written).not.toBeInstanceOf(Uint8Array);
      const small = new EntryWriter("xl/small.xml", compression);
      small.push(new TextEncoder().encode("<a/>"));
      expect(small.finish()).toBeInstanceOf(Uint8Array);
      const zip = zipEntries(
        [
          { name: "xl/worksheets/sheet9.xml", data: written },
          { name: "xl/media/logo.png", data: random(5000, 3) },
          { name: "xl/gambar é.xml", data: new TextEncoder().encode("<é/>") },
        ],
        compression
      );
      const parts = unzipSync(zip);
      expect(
        Buffer.compare(Buffer.from(parts["xl/worksheets/sheet9.xml"]), Buffer.from(expected))
      ).toBe(0);
      expect(parts["xl/media/logo.png"]).toEqual(random(5000, 3));
      expect(new TextDecoder().decode(parts["xl/gambar é.xml"])).toBe("<é/>");
      // Our own reader checks the archive's structure on its own terms.
      const archive = new ZipArchive(zip);
      const sheet = archive.get("xl/worksheets/sheet9.xml")!;
      expect(archive.read(sheet).length).toBe(expected.length);
      expect(archive.get("xl/media/logo.png")!.method).toBe(0);
    }
  });

  test("OpcPackage.writeText keeps a small part readable and streams a large one", () => {
    const pkg = openPackage(minimalWorkbook()).edit(nodeCompression);
    pkg.writeText("xl/kecil.xml", (sink) => sink.write("<kecil/>"));
    expect(new TextDecoder().decode(pkg.get("xl/kecil.xml"))).toBe("<kecil/>");
    pkg.writeText("xl/besar.xml", (sink) => bigText((s) => sink.write(s)));
    expect(() => pkg.get("xl/besar.xml")).toThrow(/compressed/);
    const parts = unzipSync(pkg.toBytes());
    expect(parts["xl/besar.xml"].length).toBeGreaterThan(3_000_000);
  });
});

function minimalWorkbook(): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipEntries([
    {
      name: "[Content_Types].xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
      ),
    },
    {
      name: "_rels/.rels",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/workbook.xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/></workbook>`
      ),
    },
  ]);
}
