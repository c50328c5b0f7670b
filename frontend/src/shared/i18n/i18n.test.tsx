import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "./en";
import { I18nProvider } from "./i18n";
import { LanguageSwitch } from "./language-switch";
import { setLanguage } from "./language";
import { sv } from "./sv";

afterEach(() => setLanguage("sv"));

describe("dictionaries", () => {
  it("have the same keys in Swedish and English", () => {
    // The type system enforces this too; the runtime check catches casts and `any`.
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
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

    const toSwedish = screen.getByRole("button", { name: "Svenska" });
    expect(toSwedish.getAttribute("lang")).toBe("sv");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("kundval.language")).toBe("en");
  });
});
