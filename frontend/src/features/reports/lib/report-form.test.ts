import { describe, expect, it } from "vitest";
import { ApiError } from "@/shared/api/api-error";
import {
  activitySum,
  formatHours,
  ownSectionProblems,
  plannedHours,
  rowHours,
  sectionProblems,
  sectionsFor,
  toContent,
  toFormState,
  type ReportSection,
  type ReportTemplate,
} from "./report-form";

const section = (key: string, type = "text", only_for: string[] | null = null): ReportSection => ({
  key,
  type,
  title_sv: key,
  title_en: key,
  help_sv: "",
  help_en: "",
  only_for,
});

const sections = [
  section("goals"),
  section("activities", "activities"),
  section("start", "date"),
  section("absence", "absence"),
];

describe("sectionProblems", () => {
  it("maps the API's sections.<key> fields to the sections, with the reason", () => {
    const error = new ApiError(422, "Besvara dessa avsnitt …", [
      { key: "sections.goals", message: "unanswered" },
      { key: "sections.activities", message: "hours" },
      { key: "sections.sfi", message: "unknown" },
      { key: "sections.start", message: "something new" },
    ]);
    expect(sectionProblems(error)).toEqual({
      goals: "unanswered",
      activities: "hours",
      sfi: "unknown",
      start: "invalid",
    });
  });

  it("names no section for other fields, other shapes or other errors", () => {
    expect(
      sectionProblems(new ApiError(422, "x", [{ key: "month", message: "required" }, { key: "sections." }])),
    ).toEqual({});
    expect(sectionProblems(new ApiError(409, "För tidigt."))).toEqual({});
    expect(sectionProblems(new Error("network"))).toEqual({});
    expect(sectionProblems(null)).toEqual({});
  });
});

describe("activities", () => {
  it("sums whole and half hours, ignoring what is not yet 0,5–40 in half-hour steps", () => {
    expect(
      activitySum([
        { name: "Praktik", hours: "24" },
        { name: "SFI", hours: " 12 " },
        { name: "Coachning", hours: "4,5" },
        { name: "Jobbsök", hours: "1.5" },
        { name: "", hours: "" },
        { name: "För mycket", hours: "41" },
        { name: "Kvart", hours: "0,25" },
        { name: "Noll", hours: "0" },
      ]),
    ).toBe(42);
    expect(rowHours({ name: "x", hours: "0,5" })).toBe(0.5);
    expect(rowHours({ name: "x", hours: "2,3" })).toBeNull();
  });

  it("suggests 40 hours a week at full time, scaled with the scope to the half hour", () => {
    expect(plannedHours(40, 100)).toBe(40);
    expect(plannedHours(40, 50)).toBe(20);
    expect(plannedHours(40, 25)).toBe(10);
    expect(plannedHours(40, 33)).toBe(13);
    expect(plannedHours(40, 35)).toBe(14);
    expect(plannedHours(40, 37)).toBe(15);
    expect(plannedHours(40, 31)).toBe(12.5);
  });

  it("writes hours as the language does", () => {
    expect(formatHours(35.5, "sv")).toBe("35,5");
    expect(formatHours(35.5, "en")).toBe("35.5");
    expect(formatHours(40, "sv")).toBe("40");
  });
});

describe("form state and content", () => {
  it("sends complete answers and only the reason of a section marked Ej aktuellt", () => {
    const state = toFormState(sections, null);
    state.goals!.text = "Arbete inom vården.";
    state.activities!.activities = [
      { name: "Praktik", hours: "30" },
      { name: "SFI", hours: "" },
    ];
    state.start!.notApplicable = true;
    state.start!.reason = "Ingen anställning ännu.";
    state.start!.date = "2026-11-01";
    state.absence!.text = "Sjuk en vecka.";
    expect(toContent(sections, state)).toEqual({
      sections: {
        goals: { text: "Arbete inom vården." },
        activities: { activities: [{ name: "Praktik", hours_per_week: 30 }] },
        start: { not_applicable_reason: "Ingen anställning ännu." },
        absence: { text: "Sjuk en vecka." },
      },
    });
  });

  it("reads saved content back, with one empty activity row to start from", () => {
    const state = toFormState(sections, {
      sections: { goals: { not_applicable_reason: "Se förra planen." }, start: { date: "2026-10-01" } },
    });
    expect(state.goals).toMatchObject({ notApplicable: true, reason: "Se förra planen." });
    expect(state.start!.date).toBe("2026-10-01");
    expect(state.activities!.activities).toEqual([{ name: "", hours: "" }]);
  });

  it("finds a missing reason and a half-typed activity row before handing in", () => {
    const state = toFormState(sections, null);
    state.goals!.notApplicable = true;
    state.activities!.activities = [{ name: "Praktik", hours: "" }];
    state.absence!.notApplicable = true; // the absence section cannot be not applicable
    expect(ownSectionProblems(sections, state)).toEqual({ goals: "reasonMissing", activities: "activityIncomplete" });
  });
});

describe("sectionsFor", () => {
  it("keeps sections limited to other interventions out", () => {
    const template = { sections: [section("a"), section("sfi", "text", ["SAI"])] } as ReportTemplate;
    expect(sectionsFor(template, "SAI").map((s) => s.key)).toEqual(["a", "sfi"]);
    expect(sectionsFor(template, "JOBBPENG_GRUND").map((s) => s.key)).toEqual(["a"]);
  });
});
