// A small zip reader over the central directory, so that a truncated file, a zip bomb and a missing part each get
// their own answer before anything is inflated. fflate does the inflating. Browser-safe: no Node APIs.
import { inflateSync } from "fflate";
import { msg } from "../../skj/messages";
import { WorkbookReadError } from "./errors";

export interface ZipEntry {
  /** The name as stored, with "\" turned into "/" and no leading "/". */
  name: string;
  method: number;
  flags: number;
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
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  // A V8 string holds at most about 512 M characters; a sheet part beyond 256 MiB is far past any HR workbook.
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxArchiveBytes: 4 * 1024 * 1024 * 1024,
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

  constructor(
    private readonly bytes: Uint8Array,
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
      const entry: ZipEntry = { name, method, flags, compressedSize, size, localOffset };
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

  /** Inflate one part, refusing sizes beyond the limits before any work is done. */
  read(entry: ZipEntry): Uint8Array {
    const { bytes, limits } = this;
    if (
      entry.size > limits.maxPartBytes ||
      this.inflatedTotal + entry.size > limits.maxTotalBytes
    ) {
      throw new WorkbookReadError("too-large", {
        found: msg("found-part-size", { part: entry.name, megabytes: Math.round(entry.size / MB) }),
        detail: `part ${entry.name} declares ${entry.size} bytes`,
      });
    }
    this.inflatedTotal += entry.size;
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
    const data = bytes.subarray(start, end);
    if (entry.method === 0) return data;
    if (entry.method !== 8) {
      throw new WorkbookReadError("corrupt", {
        found: msg("found-part-compression", { part: entry.name }),
        detail: `compression method ${entry.method}`,
      });
    }
    try {
      // A fixed output buffer: a header that understates the size cannot make fflate grow memory.
      const out = inflateSync(data, { out: new Uint8Array(entry.size) });
      return out.length === entry.size ? out : out.subarray(0, out.length);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      // fflate's error code 0 is "unexpected EOF": the data stops early.
      const eof = (e as { code?: unknown }).code === 0;
      throw new WorkbookReadError(eof ? "truncated" : "corrupt", {
        found: msg("found-part-unopenable", { part: entry.name }),
        detail: `inflate ${entry.name}: ${text}`,
      });
    }
  }
}
