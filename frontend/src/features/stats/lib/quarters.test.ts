import { describe, expect, it } from "vitest";
import { lastCompleteQuarter, parseQuarter, quarterChoices, quarterFromParam, quarterLabel } from "./quarters";

describe("quarters", () => {
  it("reads the API's YYYYQn, forgiving case and spaces, and nothing else", () => {
    expect(parseQuarter("2026Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter(" 2026q1 ")).toEqual({ year: 2026, quarter: 1 });
    for (const bad of ["2026Q5", "2026Q0", "26Q1", "2026-Q1", "", null]) expect(parseQuarter(bad)).toBeNull();
  });

  it("defaults to the last complete quarter, across the turn of the year", () => {
    expect(lastCompleteQuarter("2026-11-23")).toBe("2026Q3");
    expect(lastCompleteQuarter("2026-10-01")).toBe("2026Q3");
    expect(lastCompleteQuarter("2026-09-30")).toBe("2026Q2");
    expect(lastCompleteQuarter("2027-01-15")).toBe("2026Q4");
    expect(lastCompleteQuarter("2026-03-31")).toBe("2025Q4");
  });

  it("takes the URL's quarter when valid, else the default", () => {
    expect(quarterFromParam("2025q2", "2026-11-23")).toBe("2025Q2");
    expect(quarterFromParam("nonsense", "2026-11-23")).toBe("2026Q3");
    expect(quarterFromParam(null, "2026-11-23")).toBe("2026Q3");
  });

  it("offers the quarter in progress and the eight before it", () => {
    const choices = quarterChoices("2026-11-23");
    expect(choices).toHaveLength(9);
    expect(choices[0]).toEqual({ value: "2026Q4", current: true });
    expect(choices.slice(1, 4).map((c) => c.value)).toEqual(["2026Q3", "2026Q2", "2026Q1"]);
    expect(choices[8]!.value).toBe("2024Q4");
  });

  it("names a quarter by its months", () => {
    expect(quarterLabel("2026Q3", "sv")).toBe("juli–september 2026");
    expect(quarterLabel("2026Q1", "en")).toBe("January–March 2026");
  });
});
