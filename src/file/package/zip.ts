// Writing the package's zip archive: each entry deflated (or stored) with its CRC-32, then the central
// directory. The deflater is a parameter so that Node can hand in its native zlib (several times faster
// than JavaScript on a large report); the default, fflate, runs anywhere (the browser's file worker).
// A large part can be compressed while it is being written (EntryWriter), so that the whole text of a
// report sheet never sits in memory at once.
// No Zip64: an archive or an entry past 4 GiB (or 65,535 entries) is refused, as fflate's zipSync does.

import { Deflate } from "fflate";
import { MessageError, msg } from "../../skj/messages";

/**
 * One raw DEFLATE stream (RFC 1951, no zlib or gzip wrapper): called with the data in order, the last
 * call with `final`; each call returns the compressed bytes it produced (possibly none).
 */
export type DeflateStream = (data: Uint8Array, final: boolean) => Uint8Array;

/** Compression helpers a caller may provide (the CLI passes node:zlib's); missing ones use JavaScript. */
export interface Compression {
  /** Starts a raw DEFLATE stream at `level` (1–9). */
  deflateRaw?: (level: number) => DeflateStream;
  /** CRC-32 (as in zip and gzip) of `data`, continuing from `crc` (0 for the first piece). */
  crc32?: (data: Uint8Array, crc: number) => number;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** fflate's streaming deflater (JavaScript; copies what it is given, so a caller may reuse its buffer). */
export function fflateDeflateRaw(level: number): DeflateStream {
  let out: Uint8Array[] = [];
  const deflate = new Deflate({ level: level as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }, (chunk) => {
    out.push(chunk);
  });
  return (data, final) => {
    deflate.push(data, final);
    const produced = out;
    out = [];
    return concat(produced.length ? produced : [new Uint8Array(0)]);
  };
}

/** Tables for CRC-32 eight bytes at a time ("slicing-by-8"): table k advances a byte by k more. */
const CRC_TABLES = (() => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const prev = t[(k - 1) * 256 + n];
      t[k * 256 + n] = (prev >>> 8) ^ t[prev & 0xff];
    }
  }
  return t;
})();

/** CRC-32 of `data`, continuing from `crc` (0 for the first piece), in JavaScript. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc;
  const n = data.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c =
      t[1792 + (c & 0xff)] ^
      t[1536 + ((c >>> 8) & 0xff)] ^
      t[1280 + ((c >>> 16) & 0xff)] ^
      t[1024 + (c >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Parts above this size are deflated at level 1 (see levelFor). */
const LARGE_PART = 1_000_000;

/**
 * Deflate level per entry: images are already compressed (storing them saves time), and large XML
 * parts get a fast level (in fflate, level 1 takes about half the time of level 6 for about 40%
 * more bytes on a 8.5 MB worksheet).
 */
export function levelFor(name: string, size: number): number {
  if (/\.(png|jpe?g|gif)$/i.test(name)) return 0;
  return size > LARGE_PART ? 1 : 6;
}

/** An entry's content as it goes into the archive. */
export interface CompressedEntry {
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  /** Uncompressed size. */
  size: number;
  chunks: Uint8Array[];
}

function compress(name: string, data: Uint8Array, compression: Compression): CompressedEntry {
  const level = levelFor(name, data.length);
  const crc = (compression.crc32 ?? crc32)(data, 0);
  if (level === 0) return { method: 0, crc, size: data.length, chunks: [data] };
  const deflate = (compression.deflateRaw ?? fflateDeflateRaw)(level);
  return { method: 8, crc, size: data.length, chunks: [deflate(data, true)] };
}

/**
 * Takes a part's bytes piece by piece (the pieces may be reused by the caller afterwards). A part that
 * stays small is kept whole (`finish` returns its bytes); once it passes LARGE_PART it is compressed as
 * it comes, at the level levelFor gives, and `finish` returns the compressed entry.
 */
export class EntryWriter {
  private held: Uint8Array[] = [];
  private heldSize = 0;
  private stream: DeflateStream | undefined;
  private readonly chunks: Uint8Array[] = [];
  private crc = 0;
  private size = 0;

  constructor(
    private readonly name: string,
    private readonly compression: Compression
  ) {}

  push(data: Uint8Array): void {
    if (this.stream) {
      this.feed(data, false);
      return;
    }
    this.held.push(data.slice());
    this.heldSize += data.length;
    const level = levelFor(this.name, this.heldSize);
    if (this.heldSize > LARGE_PART && level > 0) {
      this.stream = (this.compression.deflateRaw ?? fflateDeflateRaw)(level);
      for (const h of this.held) this.feed(h, false);
      this.held = [];
    }
  }

  private feed(data: Uint8Array, final: boolean): void {
    this.crc = (this.compression.crc32 ?? crc32)(data, this.crc);
    this.size += data.length;
    const out = this.stream!(data, final);
    if (out.length) this.chunks.push(out);
  }

  finish(): Uint8Array | CompressedEntry {
    if (!this.stream) return concat(this.held.length ? this.held : [new Uint8Array(0)]);
    this.feed(new Uint8Array(0), true);
    return { method: 8, crc: this.crc, size: this.size, chunks: this.chunks };
  }
}

const MAX_32 = 0xffffffff;

/** MS-DOS date and time of a zip entry (local time, two-second resolution; 1980 at the earliest). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

/**
 * A zip archive of `entries`, in order: plain bytes are compressed here (levelFor), compressed entries
 * (from EntryWriter) go in as they are.
 */
export function zipEntries(
  entries: readonly { name: string; data: Uint8Array | CompressedEntry }[],
  compression: Compression = {},
  now: Date = new Date()
): Uint8Array {
  const { date, time } = dosDateTime(now);
  const encoder = new TextEncoder();
  if (entries.length > 0xffff)
    throw new MessageError(msg("package-too-large", { reason: "entries" }));

  const prepared = entries.map(({ name, data }) => {
    const encoded = encoder.encode(name);
    const entry = data instanceof Uint8Array ? compress(name, data, compression) : data;
    let compressedSize = 0;
    for (const c of entry.chunks) compressedSize += c.length;
    // Bit 11: the name is UTF-8 (set only when it is not plain ASCII, as other writers do).
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    return { name: encoded, flags, entry, compressedSize };
  });

  let total = 22;
  for (const p of prepared) total += 30 + 46 + 2 * p.name.length + p.compressedSize;
  if (total > MAX_32 || prepared.some((p) => p.entry.size > MAX_32)) {
    throw new MessageError(msg("package-too-large", { reason: "size" }));
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  /** The fields local and central headers share, from "version needed" to the extra field's length. */
  const common = (p: (typeof prepared)[number]) => {
    u16(20); // version needed to extract: 2.0 (deflate)
    u16(p.flags);
    u16(p.entry.method);
    u16(time);
    u16(date);
    u32(p.entry.crc);
    u32(p.compressedSize);
    u32(p.entry.size);
    u16(p.name.length);
    u16(0); // extra field
  };
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(at);
    u32(0x04034b50);
    common(p);
    out.set(p.name, at);
    at += p.name.length;
    for (const c of p.entry.chunks) {
      out.set(c, at);
      at += c.length;
    }
  }
  const central = at;
  prepared.forEach((p, i) => {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS attributes, version 2.0
    common(p);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    out.set(p.name, at);
    at += p.name.length;
  });
  const centralSize = at - central;
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // disk of the central directory
  u16(prepared.length);
  u16(prepared.length);
  u32(centralSize);
  u32(central);
  u16(0); // comment
  return out;
}
