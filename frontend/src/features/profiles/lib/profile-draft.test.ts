import { describe, expect, it } from "vitest";
import type { Profile } from "../api/get-provider-profiles";
import { changedFields, draftFrom, inputFrom, invalidLanguageCodes, parseList } from "./profile-draft";

const published: Profile = {
  id: "p1",
  provider_id: "prov",
  provider_name: "Framtidsvägen AB",
  status: "approved",
  submitted_at: "2026-11-01T09:00:00Z",
  decided_at: "2026-11-02T09:00:00Z",
  decision_comment: "",
  description: "Vi coachar.",
  languages: ["sv", "en", "ar", "ckb"],
  industries: ["Vård och omsorg"],
  specialisations: [],
  target_groups: ["18–24 år"],
  group_activities: true,
  remote: false,
  on_site: true,
  website: null,
};

describe("profile lists", () => {
  it("splits on commas and new lines, trims and keeps each once", () => {
    expect(parseList("Bygg, Transport,,\n bygg , Vård")).toEqual(["Bygg", "Transport", "Vård"]);
    expect(parseList("  ")).toEqual([]);
  });

  it("points out language codes that are not two or three letters", () => {
    expect(invalidLanguageCodes("ckb, Kurdiska, fa, x")).toEqual(["kurdiska", "x"]);
  });
});

describe("the form's draft", () => {
  it("puts common languages in checkboxes and the rest in the text field, and sends them back in order", () => {
    const draft = draftFrom(published);
    expect(draft.languages).toEqual(["sv", "en", "ar"]);
    expect(draft.otherLanguages).toBe("ckb");
    expect(inputFrom({ ...draft, languages: ["ar", "sv"], otherLanguages: "CKB, ar", website: " " })).toMatchObject({
      languages: ["sv", "ar", "ckb"],
      website: null,
      industries: ["Vård och omsorg"],
    });
  });

  it("starts empty, on site, for a provider without a profile", () => {
    expect(inputFrom(draftFrom(null))).toEqual({
      description: "",
      languages: [],
      industries: [],
      specialisations: [],
      target_groups: [],
      group_activities: false,
      remote: false,
      on_site: true,
      website: null,
    });
  });
});

describe("what a proposal changes", () => {
  it("names the fields that differ from the published profile", () => {
    const proposed = { ...published, languages: ["sv", "en", "ar", "ckb", "so"], remote: true };
    expect([...changedFields(published, proposed)]).toEqual(["languages", "remote"]);
  });

  it("counts every field as new when nothing is published", () => {
    expect(changedFields(null, published).size).toBe(9);
  });
});
