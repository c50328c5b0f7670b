import { describe, expect, it } from "vitest";
import { endOfWeek, weekOf, type Task } from "./groups";

const task = (due: string, overdue = false): Task =>
  ({
    rule: "monthly_report",
    section: "§6.4",
    owner: "coach",
    due,
    overdue,
    title: due,
    link: "/",
    case_id: null,
    client: null,
  }) as Task;

describe("the coach's week", () => {
  it("ends on the Sunday of today's week, across month and year ends", () => {
    expect(endOfWeek("2026-12-01")).toBe("2026-12-06"); // a Tuesday
    expect(endOfWeek("2026-12-06")).toBe("2026-12-06"); // the Sunday itself
    expect(endOfWeek("2026-12-07")).toBe("2026-12-13"); // a Monday starts a new week
    expect(endOfWeek("2026-12-31")).toBe("2027-01-03");
    expect(endOfWeek("2028-02-28")).toBe("2028-03-05"); // leap year
  });

  it("puts late items apart whatever their date, then this week's, then later ones", () => {
    const week = weekOf(
      [task("2026-11-20", true), task("2026-12-06"), task("2026-12-07"), task("2026-12-01")],
      "2026-12-01",
    );
    expect(week.late.map((t) => t.due)).toEqual(["2026-11-20"]);
    expect(week.thisWeek.map((t) => t.due)).toEqual(["2026-12-06", "2026-12-01"]);
    expect(week.later.map((t) => t.due)).toEqual(["2026-12-07"]);
  });
});
