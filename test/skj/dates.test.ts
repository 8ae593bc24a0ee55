import { agencyDate, agencyIsoDate, parseIsoDate } from "../../src/skj/dates";

describe("agency dates (docs/domain.md §10)", () => {
  it("dates a report made before 07:00 WIB with the WIB day, not the UTC one", () => {
    const now = new Date("2026-12-03T23:30:00Z"); // 06:30 WIB on 4 December
    expect(agencyIsoDate(now)).toBe("2026-12-04");
    expect(now.toISOString().slice(0, 10)).toBe("2026-12-03");
  });

  it("follows WITA and WIT offsets", () => {
    const now = new Date("2026-12-31T16:30:00Z"); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    expect(agencyIsoDate(now, "WIB")).toBe("2026-12-31");
    expect(agencyIsoDate(now, "WITA")).toBe("2027-01-01");
    expect(agencyDate(now, "WIT")).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(agencyIsoDate(new Date("2026-06-30T20:00:00Z"))).toBe("2026-07-01");
    } finally {
      process.env.TZ = before;
    }
  });

  it("parses only real calendar dates", () => {
    expect(parseIsoDate("2027-02-28")).toEqual({ year: 2027, month: 2, day: 28 });
    expect(parseIsoDate("2027-02-29")).toBeNull();
    expect(parseIsoDate("2027-13-01")).toBeNull();
    expect(parseIsoDate("28/02/2027")).toBeNull();
  });
});
