import { describe, expect, it } from "vitest";
import { todayIso } from "./dates";
import { formatDateTime, formatOre, formatPersonalNumber } from "./format";

describe("formatting", () => {
  it("shows instants in Swedish local time", () => {
    expect(formatDateTime("2026-11-23T12:05:00Z")).toBe("2026-11-23 13:05");
    expect(formatDateTime("2026-07-01T22:30:00Z")).toBe("2026-07-02 00:30");
    expect(formatDateTime(null)).toBe("");
  });

  it("takes today's date in Stockholm, not UTC", () => {
    expect(todayIso(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
  });

  it("shows whole kronor without öre", () => {
    expect(formatOre(368600)).toBe("3\u00a0686\u00a0kr");
  });
});

describe("formatPersonalNumber", () => {
  it("puts the hyphen before the last four digits of a stored number", () => {
    expect(formatPersonalNumber("199001010017")).toBe("19900101-0017");
    expect(formatPersonalNumber("19900101-0017")).toBe("19900101-0017");
    expect(formatPersonalNumber(null)).toBe("");
  });
});
