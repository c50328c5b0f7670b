import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider, useI18n } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { RULES } from "@/testing/fixtures";
import { en, sv } from "@/testing/words";
import { RulesProvider, useRules } from "./rules";

function Text({ id, params }: { id: MessageKey; params?: Record<string, string | number> }) {
  const { t } = useI18n();
  return <p>{t(id, params)}</p>;
}

function PasswordLength() {
  return <p>{useRules().min_password_length}</p>;
}

describe("the rules' numbers", () => {
  it("come from the API into the texts and the code", () => {
    // Other numbers than today's: the texts follow whatever the backend's rule modules say.
    const rules = { ...RULES, certificate_from_day: 9, review_within_working_days: 1, min_password_length: 12 };
    render(
      <I18nProvider>
        <RulesProvider rules={rules}>
          <Text
            id="absence.demand.text"
            params={{ kind: "Läkarintyg", from: "a", first: "b", last: "c", type: "d", days: 9, due: "e" }}
          />
          <Text id="documents.reviews.intro" />
          <Text id="staffForm.passwordHelp" />
          <PasswordLength />
        </RulesProvider>
      </I18nProvider>,
    );
    expect(screen.getByText(/Läkarintyg krävs från dag 9 \(a\)/)).toBeTruthy();
    expect(screen.getByText(/Granska inom 1 arbetsdag\./)).toBeTruthy();
    expect(screen.getByText(/^Minst 12 tecken\./)).toBeTruthy();
    expect(screen.getByText("12")).toBeTruthy();
  });

  it("are never written into the words", () => {
    // The phrases the rules' numbers used to stand in; each number now comes from GET /api/rules.
    const written = [
      /\b(dag|day) 8\b/,
      /\b14 (dagar|dagars|days)\b/,
      /\b30 (dagar|days)\b/,
      /\b(fem|five|5) (arbetsdagar|working days)\b/,
      /\b(minst|at least) 8 (tecken|characters)\b/i,
      /\b1–8 (timmar|hours)\b/,
      /\b(från 1 till|from 1 to) 8\b/,
      /\b(tre|three) (när|when)\b/,
    ];
    for (const dictionary of [sv, en]) {
      expect(Object.entries(dictionary).filter(([, text]) => written.some((phrase) => phrase.test(text)))).toEqual([]);
    }
  });
});
