import { describe, expect, it } from "vitest";
import type { Profile } from "../api/get-provider-profiles";
import { changedFields, draftFrom, inputFrom, parseList } from "./profile-draft";

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
});

describe("the form's draft", () => {
  it("keeps every language code, common or not, and sends them back in the order picked, each once", () => {
    const draft = draftFrom(published);
    expect(draft.languages).toEqual(["sv", "en", "ar", "ckb"]);
    expect(inputFrom({ ...draft, languages: ["ar", "sv", "ckb", "ar"], website: " " })).toMatchObject({
      languages: ["ar", "sv", "ckb"],
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
