// Hand-altered zip archives for the limit tests.
import { strToU8 } from "fflate";

/** A copy of a zip whose central directory declares `size` uncompressed bytes for the entry `name`. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    const stored = out.subarray(p + 46, p + 46 + nameLen);
    if (nameLen === encoded.length && stored.every((b, i) => b === encoded[i])) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry ${name}`);
}
