import { describe, expect, it } from "vitest";
import { previousMonth, reportMonths } from "./case-months";

describe("reportMonths", () => {
  it("lists the months from the start to today's month, newest first, while the intervention goes on", () => {
    expect(reportMonths({ start_date: "2026-09-28", end_date: null, status: "active" }, "2026-11-23")).toEqual([
      "2026-11",
      "2026-10",
      "2026-09",
    ]);
  });

  it("stops at the end date of an ended intervention and crosses years", () => {
    expect(reportMonths({ start_date: "2025-11-10", end_date: "2026-01-05", status: "ended" }, "2026-11-23")).toEqual([
      "2026-01",
      "2025-12",
      "2025-11",
    ]);
  });

  it("has no months before the intervention starts", () => {
    expect(reportMonths({ start_date: null, end_date: null, status: "claimed" })).toEqual([]);
  });

  it("steps back over the new year", () => {
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(previousMonth("2026-10")).toBe("2026-09");
  });
});
