// Development methods of Peraturan LAN 10/2018, with the JP agency systems commonly credit (not an
// official table: see SKJ.md) and the 70:20:10 track each serves.
import { Track } from "./types";

export interface Method {
  code: string;
  name: string;
  track: Track;
  /** JP commonly credited per unit (session, day, event); null when it depends on the programme. */
  jp: number | null;
  unit?: string;
}

export const METHODS: readonly Method[] = [
  { code: "KL01", name: "Pelatihan struktural kepemimpinan", track: 10, jp: null },
  { code: "KL02", name: "Pelatihan manajerial", track: 10, jp: null },
  { code: "KL03", name: "Pelatihan teknis", track: 10, jp: null },
  { code: "KL04", name: "Pelatihan fungsional", track: 10, jp: null },
  { code: "KL05", name: "Pelatihan sosial kultural", track: 10, jp: null },
  { code: "KL06", name: "Seminar/konferensi/sarasehan", track: 10, jp: 4 },
  { code: "KL07", name: "Workshop/lokakarya", track: 10, jp: 5 },
  { code: "KL08", name: "Kursus", track: 10, jp: null },
  { code: "KL09", name: "Penataran", track: 10, jp: null },
  { code: "KL10", name: "Bimbingan teknis", track: 10, jp: 4 },
  { code: "KL11", name: "Sosialisasi", track: 10, jp: 4 },
  { code: "NKL01", name: "Coaching", track: 20, jp: 2, unit: "sesi" },
  { code: "NKL02", name: "Mentoring", track: 20, jp: 2, unit: "sesi" },
  { code: "NKL03", name: "E-learning", track: 10, jp: 3 },
  { code: "NKL04", name: "Pelatihan jarak jauh", track: 10, jp: 4 },
  { code: "NKL05", name: "Detasering (secondment)", track: 70, jp: 20 },
  { code: "NKL06", name: "Pembelajaran alam terbuka (outbound)", track: 20, jp: 4 },
  { code: "NKL07", name: "Patok banding (benchmarking)", track: 20, jp: 10 },
  { code: "NKL08", name: "Pertukaran PNS dengan pegawai swasta/BUMN/BUMD", track: 70, jp: 20 },
  { code: "NKL09", name: "Belajar mandiri (self development)", track: 10, jp: 2, unit: "hari" },
  { code: "NKL10", name: "Komunitas belajar (community of practice)", track: 20, jp: 2 },
  { code: "NKL11", name: "Bimbingan di tempat kerja", track: 70, jp: null },
  { code: "NKL12", name: "Magang/praktik kerja", track: 70, jp: 20 },
];

const BY_CODE = new Map(METHODS.map((m) => [m.code, m]));

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
