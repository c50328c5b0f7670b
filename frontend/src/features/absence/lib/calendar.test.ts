import { describe, expect, it } from "vitest";
import { absencesByDay, absencesInMonth, isMonth, isWeekend, monthGrid, shiftMonth, weekdayNames } from "./calendar";

describe("monthGrid", () => {
  it("lays a month out in weeks from Monday, with empty cells before the 1st and after the last day", () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthGrid("2026-11");
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-11-01"]);
    expect(weeks[1]![0]).toBe("2026-11-02");
    expect(weeks[5]).toEqual(["2026-11-30", null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });

  it("needs only four rows for a February that starts on a Monday", () => {
    const weeks = monthGrid("2021-02");
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]).toBe("2021-02-01");
    expect(weeks[3]![6]).toBe("2021-02-28");
  });

  it("knows leap years", () => {
    expect(monthGrid("2028-02").flat().filter(Boolean).at(-1)).toBe("2028-02-29");
  });
});

describe("month arithmetic", () => {
  it("moves across year ends", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-11", -13)).toBe("2025-10");
  });

  it("accepts only YYYY-MM", () => {
    expect(isMonth("2026-11")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it("knows weekends", () => {
    expect(isWeekend("2026-11-21")).toBe(true);
    expect(isWeekend("2026-11-22")).toBe(true);
    expect(isWeekend("2026-11-23")).toBe(false);
  });

  it("names weekdays from Monday", () => {
    expect(weekdayNames("sv").map((d) => d.long)).toEqual([
      "måndag",
      "tisdag",
      "onsdag",
      "torsdag",
      "fredag",
      "lördag",
      "söndag",
    ]);
  });
});

describe("absences in the calendar", () => {
  const items = [
    { id: "a", type: "sick", date_from: "2026-10-28", date_to: "2026-11-03" },
    { id: "b", type: "invalid", date_from: "2026-11-03", date_to: "2026-11-03" },
    { id: "c", type: "other", date_from: "2026-12-01", date_to: "2026-12-02" },
  ];

  it("puts every registration on each day it covers, only within the month", () => {
    const days = absencesByDay(items, "2026-11");
    expect([...days.keys()]).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(days.get("2026-11-03")!.map((a) => a.id)).toEqual(["a", "b"]);
  });

  it("lists the registrations that touch the month, in date order", () => {
    expect(absencesInMonth([items[1]!, items[0]!, items[2]!], "2026-11").map((a) => a.id)).toEqual(["a", "b"]);
    expect(absencesInMonth(items, "2026-10").map((a) => a.id)).toEqual(["a"]);
  });
});
