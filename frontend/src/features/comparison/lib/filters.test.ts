import { describe, expect, it } from "vitest";
import type { PublicProvider } from "../api/get-public-providers";
import { filterOptions, filtersFromParams, hasFilters, withFilter, withoutFilters } from "./filters";

describe("filters in the URL", () => {
  it("reads the API's filters and leaves out unknown or empty values", () => {
    const params = new URLSearchParams("insats=SAI&sprak=ar&omrade=&bransch=Bygg&distans=1&grupp=0&valda=x");
    expect(filtersFromParams(params)).toEqual({ intervention: "SAI", language: "ar", industry: "Bygg", remote: true });
    expect(filtersFromParams(new URLSearchParams("insats=NOPE"))).toEqual({});
  });

  it("changes one filter and keeps the others and the selection", () => {
    const params = new URLSearchParams("insats=SAI&valda=a,b");
    expect(withFilter(params, "language", "so").toString()).toBe("insats=SAI&valda=a%2Cb&sprak=so");
    expect(withFilter(new URLSearchParams("sprak=so"), "language", "").toString()).toBe("");
    expect(withFilter(params, "remote", true).get("distans")).toBe("1");
    expect(withFilter(new URLSearchParams("distans=1"), "remote", false).has("distans")).toBe(false);
  });

  it("clears the filters but not the intervention or the selection", () => {
    const cleared = withoutFilters(new URLSearchParams("insats=SAI&sprak=ar&grupp=1&valda=a"));
    expect(cleared.toString()).toBe("insats=SAI&valda=a");
    expect(hasFilters(filtersFromParams(cleared))).toBe(false);
    expect(hasFilters({ language: "ar" })).toBe(true);
  });

  it("offers each value the providers have, once, in Swedish order", () => {
    const providers = [
      { languages: ["sv", "ar"], districts: ["Norr", "Centrum"], industries: ["Vård"], target_groups: ["18–24 år"] },
      { languages: ["sv", "so"], districts: ["Älta", "Centrum"], industries: [], target_groups: [] },
    ] as unknown as PublicProvider[];
    expect(filterOptions(providers)).toEqual({
      languages: ["ar", "so", "sv"],
      districts: ["Centrum", "Norr", "Älta"],
      industries: ["Vård"],
      targetGroups: ["18–24 år"],
    });
  });
});
