import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "@/shared/i18n/i18n";
import { setLanguage } from "@/shared/i18n/language";
import { findLanguages } from "@/shared/lib/languages";
import { LanguagePicker } from "./language-picker";

afterEach(() => setLanguage("sv"));

function Picker({ multiple = true, initial = [] as string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider>
      <form>
        <LanguagePicker label="Språk" multiple={multiple} value={value} onChange={setValue} name="language" />
      </form>
      <output data-testid="codes">{value.join(",")}</output>
    </I18nProvider>
  );
}

describe("findLanguages", () => {
  it("finds languages by the start of a word of their name in the UI language, in English or their own", () => {
    expect(findLanguages("kurd", "sv")).toEqual(["ckb", "ku"]); // centralkurdiska is Central Kurdish in English
    expect(findLanguages("centralk", "sv")).toEqual(["ckb"]);
    expect(findLanguages("albanska", "sv")).toEqual(["sq"]);
    expect(findLanguages("albanian", "sv")).toEqual(["sq"]);
    expect(findLanguages("العربية", "sv")).toContain("ar");
    expect(findLanguages("xyzzy", "sv")).toEqual([]);
  });

  it("leaves out codes the browser cannot name", () => {
    expect(findLanguages("", "sv").every((code) => code.length <= 3)).toBe(true);
    expect(findLanguages("", "en").length).toBeGreaterThan(150);
  });
});

// Typing re-renders the list per key; the shared test machine is slow.
describe("LanguagePicker", { timeout: 20_000 }, () => {
  it("offers common languages by name, finds others by typing, and stores their codes", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(screen.getByRole("checkbox", { name: "arabiska" }));
    await user.type(screen.getByLabelText("Sök språk"), "alban");
    expect(screen.getByText("1 språk matchar.")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "albanska" }));
    expect(screen.getByTestId("codes").textContent).toBe("ar,sq");
    // Enter takes the first match and does not send the form.
    await user.clear(screen.getByLabelText("Sök språk"));
    await user.type(screen.getByLabelText("Sök språk"), "centralk{Enter}");
    expect(screen.getByTestId("codes").textContent).toBe("ar,sq,ckb");
    expect((screen.getByLabelText("Sök språk") as HTMLInputElement).value).toBe("");
    // Each chosen language has its own remove button, named for it.
    await user.click(screen.getByRole("button", { name: "Ta bort albanska" }));
    expect(screen.getByTestId("codes").textContent).toBe("ar,ckb");
  });

  it("says when nothing matches", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.type(screen.getByLabelText("Sök språk"), "xyzzy");
    expect(screen.getByText(/Inget språk matchar ”xyzzy”/)).toBeTruthy();
  });

  it("picks one language with radio buttons and sends it as a form field", async () => {
    const user = userEvent.setup();
    const { container } = render(<Picker multiple={false} initial={["so"]} />);
    expect(screen.getByRole("radio", { name: "somaliska" })).toHaveProperty("checked", true);
    await user.click(screen.getByRole("radio", { name: "tigrinja" }));
    expect(screen.getByTestId("codes").textContent).toBe("ti");
    const form = container.querySelector("form")!;
    expect(new FormData(form).getAll("language")).toEqual(["ti"]);
  });

  it("names the languages in English when the UI is in English", async () => {
    setLanguage("en");
    render(<Picker initial={["ckb"]} />);
    expect(screen.getByRole("checkbox", { name: "Central Kurdish" })).toHaveProperty("checked", true);
    expect(screen.getByRole("button", { name: "Remove Central Kurdish" })).toBeTruthy();
  });
});
