import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_WORDS, en, sv } from "@/testing/words";
import { fill, I18nProvider } from "./i18n";
import { LanguageSwitch } from "./language-switch";
import { LANGUAGES, setLanguage } from "./language";
import type { MessageKey } from "./words";

afterEach(() => setLanguage("sv"));

describe("dictionaries", () => {
  it("have the same keys in Swedish and English, file by file", async () => {
    // The type system enforces this too; the runtime check catches casts and `any`.
    for (const words of ALL_WORDS) {
      const [swedish, english] = await Promise.all(LANGUAGES.map((language) => words[language]()));
      expect(Object.keys(english ?? {}).sort()).toEqual(Object.keys(swedish ?? {}).sort());
    }
  });

  it("give each key to one words file only", async () => {
    const keys = (await Promise.all(ALL_WORDS.map((words) => words.sv()))).flatMap((words) => Object.keys(words));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("have no empty strings", () => {
    for (const dictionary of [sv, en]) {
      expect(Object.entries(dictionary).filter(([, text]) => !text.trim())).toEqual([]);
    }
  });
});

describe("language switch", () => {
  it("offers the other language and updates <html lang> and storage", async () => {
    render(
      <I18nProvider>
        <LanguageSwitch />
      </I18nProvider>,
    );
    const toEnglish = screen.getByRole("button", { name: "English" });
    expect(toEnglish.getAttribute("lang")).toBe("en");

    await userEvent.click(toEnglish);

    const toSwedish = await screen.findByRole("button", { name: "Svenska" });
    expect(toSwedish.getAttribute("lang")).toBe("sv");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("kundval.language")).toBe("en");
  });
});

describe("plural forms", () => {
  it("pick the form of the number in each language", () => {
    expect(fill("{count|# dag|# dagar}", { count: 1 }, "sv")).toBe("1 dag");
    expect(fill("{count|# dag|# dagar}", { count: 2 }, "sv")).toBe("2 dagar");
    expect(fill("{count|# dag|# dagar}", { count: 0 }, "sv")).toBe("0 dagar");
    expect(fill("{n|# day|# days} ({n})", { n: 1 }, "en")).toBe("1 day (1)");
    expect(fill("{n|# day|# days}", { n: "1,5" }, "en")).toBe("1,5 days");
  });

  // Every message with a count, rendered with 1 and with 2: the noun (and verb) agree with the number.
  const ONE: [MessageKey, Record<string, string | number>, string, string][] = [
    ["nav.unread", { count: 1 }, "1 oläst", "1 unread"],
    ["audit.count", { total: 1 }, "1 händelse", "1 event"],
    ["messages.unread", { count: 1 }, "Du har 1 oläst meddelande.", "You have 1 unread message."],
    ["documents.reviews.days", { count: 1 }, "1 dag", "1 day"],
    [
      "reports.problem.hours",
      { planned: 1 },
      "Aktiviteterna ska bli 1 timme i veckan.",
      "The activities should add up to 1 hour a week.",
    ],
    ["reports.activities.sum", { sum: 1, planned: 1 }, "Summa: 1 av 1 timme i veckan.", "Total: 1 of 1 hour a week."],
    [
      "reports.activities.left",
      { hours: 1 },
      "1 timme under uppdragets omfattning. En påminnelse: du kan ändå skicka in.",
      "1 hour under the assignment's scope. A reminder: you can hand in anyway.",
    ],
    [
      "reports.activities.over",
      { hours: 1 },
      "1 timme över uppdragets omfattning. En påminnelse: du kan ändå skicka in.",
      "1 hour over the assignment's scope. A reminder: you can hand in anyway.",
    ],
    ["reports.absence.days", { days: 1 }, "1 dag", "1 day"],
    ["reports.absence.hours", { hours: 1 }, "1 timme per dag", "1 hour a day"],
    ["comparison.count", { count: 1 }, "1 anordnare passar dina val.", "1 provider matches your choices."],
    ["comparison.moreFiltersActive", { count: 1 }, "Fler filter (1 valt)", "More filters (1 chosen)"],
    [
      "comparison.medianValue",
      { value: 1, low: 1, high: 2 },
      "1 dag (troligen mellan 1 och 2)",
      "1 day (likely between 1 and 2)",
    ],
    [
      "stats.medianDays",
      { value: 1, low: 1, high: 2 },
      "1 dag (troligen mellan 1 och 2)",
      "1 day (likely between 1 and 2)",
    ],
    [
      "profiles.pending.caption",
      { provider: "A", count: 1 },
      "A: publicerad profil och förslag, 1 uppgift ändrad",
      "A: published profile and proposal, 1 field changed",
    ],
  ];

  it.each(ONE)("%s in the singular", (key, params, swedish, english) => {
    expect(fill(sv[key], params, "sv")).toBe(swedish);
    expect(fill(en[key], params, "en")).toBe(english);
  });

  it.each(ONE)("%s in the plural", (key, params) => {
    const two = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === "number" ? 2 : value]),
    );
    expect(fill(sv[key], two, "sv")).not.toMatch(/\b2 (dag|timme|händelse|oläst meddelande|uppgift ändrad|valt)\b/);
    expect(fill(en[key], two, "en")).not.toMatch(
      /\b2 (day|hour|event|unread message|field changed|provider matches)\b/,
    );
  });

  it("leave no count placeholder before a noun without its plural form", () => {
    // "{count} dagar" reads "1 dagar" for one: a count next to a counted word must use {count|…|…}.
    const counted =
      /\{(count|total|days|hours|planned|value|of)\} (dag|day|timm|hour|händelse|event|olästa|unread mess|providers|uppgifter|fields|månadsrapport|monthly report|inskickade|submitted)/;
    for (const dictionary of [sv, en]) {
      expect(Object.entries(dictionary).filter(([, text]) => counted.test(text))).toEqual([]);
    }
  });
});
