// Dates in the agency's own time zone (docs/domain.md §10). Indonesia has no daylight saving, so each zone is a
// fixed offset from UTC and the calendar date needs no time-zone database (which browsers and Node may lack).

export const TIME_ZONES = [
  { id: "WIB", offsetHours: 7 },
  { id: "WITA", offsetHours: 8 },
  { id: "WIT", offsetHours: 9 },
] as const;
export type TimeZoneId = (typeof TIME_ZONES)[number]["id"];
export const TIME_ZONE_IDS = TIME_ZONES.map((z) => z.id) as [TimeZoneId, ...TimeZoneId[]];
export const DEFAULT_TIME_ZONE: TimeZoneId = "WIB";

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** The calendar date an agency's wall clock shows at `now`. */
export function agencyDate(now: Date, zone: TimeZoneId = DEFAULT_TIME_ZONE): CalendarDate {
  const offset = TIME_ZONES.find((z) => z.id === zone)?.offsetHours ?? 7;
  const shifted = new Date(now.getTime() + offset * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** "2026-12-04". */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The agency's date at `now` as "YYYY-MM-DD". */
export function agencyIsoDate(now: Date, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  return isoDate(agencyDate(now, zone));
}

/** Parses "YYYY-MM-DD" into a calendar date, or null. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = { year: +m[1], month: +m[2], day: +m[3] };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return null;
  return date;
}
