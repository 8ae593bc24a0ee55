// Development methods as plans use them: a view of the development-method registry (registry/devMethods.ts).
import { DEV_METHODS, DevMethodCode } from "./registry/devMethods";
import { Track } from "./types";

export type { DevMethodCode };

export interface Method {
  code: DevMethodCode;
  name: string;
  track: Track;
  /** JP commonly credited per unit (session, day, event); null when it depends on the programme. */
  jp: number | null;
  unit?: string;
}

export const METHODS: readonly Method[] = DEV_METHODS.map((m) => ({
  code: m.id,
  name: m.name.id,
  track: m.track,
  jp: m.jp,
  ...("unit" in m ? { unit: m.unit } : {}),
}));

const BY_CODE = new Map<string, Method>(METHODS.map((m) => [m.code, m]));

export function method(code: string): Method {
  const m = BY_CODE.get(code);
  if (!m) throw new RangeError(`unknown method ${code}`);
  return m;
}

export const TRACK_NAMES: Record<Track, string> = {
  70: "Pengalaman kerja (70)",
  20: "Sosial (20)",
  10: "Formal (10)",
};
