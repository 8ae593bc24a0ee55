// Just enough of the OLE compound file format (MS-CFB) to name the streams inside: an encrypted .xlsx is a CFB
// holding "EncryptionInfo"/"EncryptedPackage", a legacy .xls one holding "Workbook" (BIFF8) or "Book" (BIFF5).

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function looksLikeCfb(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  for (let i = 0; i < CFB_MAGIC.length; i++) if (bytes[i] !== CFB_MAGIC[i]) return false;
  return true;
}

const ENDOFCHAIN = 0xfffffffe;
const MAXREGSECT = 0xfffffffa;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

/** Names of every directory entry (storages and streams), or null when the directory cannot be walked. */
export function cfbEntryNames(bytes: Uint8Array): string[] | null {
  try {
    const shift = u16(bytes, 0x1e);
    if (shift !== 9 && shift !== 12) return null;
    const sectorSize = 1 << shift;
    const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize);
    const sectorAt = (sid: number): number => (sid + 1) * sectorSize;
    const valid = (sid: number): boolean => sid <= MAXREGSECT && sid < sectorCount + 1;

    // FAT sector ids: 109 in the header, the rest in a chain of DIFAT sectors.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const sid = u32(bytes, 0x4c + i * 4);
      if (valid(sid)) fatSectors.push(sid);
    }
    let difat = u32(bytes, 0x44);
    for (let guard = 0; valid(difat) && guard < sectorCount; guard++) {
      const base = sectorAt(difat);
      const per = sectorSize / 4 - 1;
      for (let i = 0; i < per; i++) {
        const sid = u32(bytes, base + i * 4);
        if (valid(sid)) fatSectors.push(sid);
      }
      difat = u32(bytes, base + per * 4);
    }
    const perFat = sectorSize / 4;
    const next = (sid: number): number => {
      const fs = fatSectors[Math.floor(sid / perFat)];
      if (fs === undefined) return ENDOFCHAIN;
      const at = sectorAt(fs) + (sid % perFat) * 4;
      return at + 4 <= bytes.length ? u32(bytes, at) : ENDOFCHAIN;
    };

    const names: string[] = [];
    let dir = u32(bytes, 0x30);
    for (let guard = 0; valid(dir) && guard <= sectorCount; guard++) {
      const base = sectorAt(dir);
      for (let e = 0; e < sectorSize / 128; e++) {
        const o = base + e * 128;
        if (o + 128 > bytes.length) break;
        const type = bytes[o + 0x42];
        const len = u16(bytes, o + 0x40);
        if (type === 0 || len < 2 || len > 64) continue;
        let name = "";
        for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(bytes, o + i));
        names.push(name);
      }
      dir = next(dir);
    }
    return names.length ? names : null;
  } catch {
    return null;
  }
}

/** Whether the UTF-16LE form of `name` occurs anywhere: a fallback when the directory is damaged. */
export function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
