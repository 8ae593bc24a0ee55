// Zip reading and writing for OOXML packages. Browser-safe: no Node APIs.
//
// Reading goes through the central directory, so that a truncated file, a zip bomb and a missing part each get
// their own answer before anything is inflated; fflate does the inflating. An entry can also be taken as it is
// stored (compressed), so that a copy of the package keeps parts it does not change without inflating them.
//
// Writing deflates (or stores) each entry with its CRC-32, then writes the central directory. The deflater is a
// parameter so that Node can hand in its native zlib (several times faster than JavaScript on a large report);
// the default, fflate, runs anywhere (the browser's file worker). A large part can be compressed while it is
// being written (EntryWriter), so that the whole text of a report sheet never sits in memory at once.
// No Zip64 on writing: an archive or an entry past 4 GiB (or 65,535 entries) is refused.
import { MessageError, msg } from "../../skj/messages";
import { Deflate, inflateSync } from "fflate";
import { WorkbookReadError } from "./errors";

export interface ZipEntry {
  /** The name as stored, with "\" turned into "/" and no leading "/". */
  name: string;
  method: number;
  flags: number;
  /** CRC-32 of the uncompressed data, from the central directory. */
  crc: number;
  compressedSize: number;
  /** Uncompressed size as declared by the central directory. */
  size: number;
  localOffset: number;
}

/** Limits that stop a zip bomb: a declared size beyond them is refused before inflating. */
export interface ZipLimits {
  /** Largest single part that will be inflated. */
  maxPartBytes: number;
  /** Largest total of all parts that will be inflated. */
  maxTotalBytes: number;
  /** Largest total uncompressed size the whole archive may declare. */
  maxArchiveBytes: number;
  /** Most entries the archive may list (the writer cannot write more than 65,535 without Zip64). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  // A V8 string holds at most about 512 M characters; a sheet part beyond 256 MiB is far past any HR workbook.
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxArchiveBytes: 4 * 1024 * 1024 * 1024,
  maxEntries: 0xffff,
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

const MB = 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  // Sizes beyond 2^53 are absurd anyway; the caller's limits refuse them.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || // local file header
      (bytes[2] === 5 && bytes[3] === 6) || // empty archive
      (bytes[2] === 7 && bytes[3] === 8)) // spanned-archive marker
  );
}

const nameDecoder = new TextDecoder("utf-8");

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;
  private readonly inflated = new Set<ZipEntry>();

  constructor(
    /** The archive as it was given. */
    readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS
  ) {
    const eocd = this.findEocd();
    if (eocd < 0) {
      // A zip is read from its end: a file that starts like a zip but has no end record was cut short.
      throw new WorkbookReadError("truncated", { detail: "no end-of-central-directory record" });
    }
    let count = u16(bytes, eocd + 10);
    let cdSize = u32(bytes, eocd + 12);
    let cdOffset = u32(bytes, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && u32(bytes, loc) === SIG_EOCD64_LOCATOR) {
        const z64 = u64(bytes, loc + 8);
        if (z64 + 56 <= bytes.length && u32(bytes, z64) === SIG_EOCD64) {
          count = u64(bytes, z64 + 32);
          cdSize = u64(bytes, z64 + 40);
          cdOffset = u64(bytes, z64 + 48);
        }
      }
    }
    if (count > limits.maxEntries) {
      throw new WorkbookReadError("too-large", {
        found: msg("found-entry-count", { count }),
        detail: `archive lists ${count} entries`,
      });
    }
    if (cdOffset + cdSize > bytes.length) {
      throw new WorkbookReadError("truncated", { detail: "central directory beyond end of file" });
    }
    let p = cdOffset;
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) {
        throw new WorkbookReadError("corrupt", {
          found: msg("found-zip-directory", {}),
          detail: `bad central directory entry ${i}`,
        });
      }
      const flags = u16(bytes, p + 8);
      const method = u16(bytes, p + 10);
      const crc = u32(bytes, p + 16);
      let compressedSize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      const nameLen = u16(bytes, p + 28);
      const extraLen = u16(bytes, p + 30);
      const commentLen = u16(bytes, p + 32);
      let localOffset = u32(bytes, p + 42);
      const rawName = nameDecoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
      // Zip64: the real sizes and offset sit in extra field 0x0001, in this order, when the 32-bit ones are full.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          const end = e + 4 + len;
          if (size === 0xffffffff && q + 8 <= end) {
            size = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= end) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff && q + 8 <= end) localOffset = u64(bytes, q);
        }
        e += 4 + len;
      }
      const name = rawName.replace(/\\/g, "/").replace(/^\/+/, "");
      const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, localOffset };
      this.entries.push(entry);
      if (!name.endsWith("/")) this.byName.set(name.toLowerCase(), entry);
      declared += size;
      p = extraEnd + commentLen;
    }
    if (declared > limits.maxArchiveBytes) {
      throw new WorkbookReadError("too-large", {
        found: msg("found-archive-size", { megabytes: Math.round(declared / MB) }),
        detail: `archive declares ${declared} uncompressed bytes`,
      });
    }
  }

  private findEocd(): number {
    const b = this.bytes;
    const stop = Math.max(0, b.length - 22 - 0xffff);
    for (let i = b.length - 22; i >= stop; i--) {
      if (b[i] === 0x50 && u32(b, i) === SIG_EOCD) return i;
    }
    return -1;
  }

  /** Look a part up by name, ignoring case and a leading "/" (OPC part names are case-insensitive). */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\/+/, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /**
   * An entry's data as stored (still compressed), after the checks every use of it needs: the local header is
   * where the directory says, the entry is not encrypted, and its method is stored or deflate.
   */
  stored(entry: ZipEntry): Uint8Array {
    const { bytes } = this;
    const h = entry.localOffset;
    if (h + 30 > bytes.length)
      throw new WorkbookReadError("truncated", { detail: `local header of ${entry.name}` });
    if (u32(bytes, h) !== SIG_LOCAL) {
      throw new WorkbookReadError("corrupt", {
        found: msg("found-part-misplaced", { part: entry.name }),
        detail: `bad local header for ${entry.name}`,
      });
    }
    if (entry.flags & 1) {
      throw new WorkbookReadError("encrypted", { detail: `zip entry ${entry.name} is encrypted` });
    }
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length)
      throw new WorkbookReadError("truncated", { detail: `data of ${entry.name}` });
    if (entry.method !== 0 && entry.method !== 8) {
      throw new WorkbookReadError("corrupt", {
        found: msg("found-part-compression", { part: entry.name }),
        detail: `compression method ${entry.method}`,
      });
    }
    return bytes.subarray(start, end);
  }

  /**
   * Inflate one part, refusing sizes beyond the limits before any work is done. A part read again (the
   * writer re-reads the workbook-level parts the reader read) counts once towards the total.
   */
  read(entry: ZipEntry): Uint8Array {
    const { limits } = this;
    const counted = this.inflated.has(entry);
    if (
      entry.size > limits.maxPartBytes ||
      (!counted && this.inflatedTotal + entry.size > limits.maxTotalBytes)
    ) {
      throw new WorkbookReadError("too-large", {
        found: msg("found-part-size", { part: entry.name, megabytes: Math.round(entry.size / MB) }),
        detail: `part ${entry.name} declares ${entry.size} bytes`,
      });
    }
    if (!counted) {
      this.inflated.add(entry);
      this.inflatedTotal += entry.size;
    }
    const data = this.stored(entry);
    if (entry.method === 0) return data;
    try {
      // A fixed output buffer: a header that understates the size cannot make fflate grow memory.
      const out = inflateSync(data, { out: new Uint8Array(entry.size) });
      return out.length === entry.size ? out : out.subarray(0, out.length);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new WorkbookReadError(/EOF/i.test(why) ? "truncated" : "corrupt", {
        found: msg("found-part-unopenable", { part: entry.name }),
        detail: `inflate ${entry.name}: ${why}`,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Writing.

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

/** The pieces as one array (the piece itself when there is only one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 0) return new Uint8Array(0);
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
    return concatBytes(produced);
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
    if (!this.stream) return concatBytes(this.held);
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
    // isView, not instanceof: bytes made in another realm (a worker, a test environment) are bytes too.
    const entry = ArrayBuffer.isView(data) ? compress(name, data as Uint8Array, compression) : data;
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
