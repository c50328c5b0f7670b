import { describe, expect, it } from "vitest";
import { languageName, sortByLanguageName } from "./languages";

describe("language names", () => {
  it("names languages from their codes in the UI language", () => {
    expect(languageName("ar", "sv")).toBe("arabiska");
    expect(languageName("ti", "en")).toBe("Tigrinya");
    expect(languageName("xx-not-a-code!", "sv")).toBe("xx-not-a-code!");
    expect(sortByLanguageName(["so", "ar", "sv", "en"], "sv")).toEqual(["ar", "en", "so", "sv"]);
  });
});
