import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { en } from "./en";
import { getLanguage, setLanguage, subscribeLanguage, type Language } from "./language";
import { sv, type MessageKey, type Messages } from "./sv";

export const dictionaries: Record<Language, Messages> = { sv, en };

type I18n = {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text of `key` in the UI language, with `{name}` placeholders filled from `params`. */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => fill(dictionaries[language][key], params, language),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage, t }), [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(count: number, language: Language): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Replaces `{name}` with `params.name`, and `{name|one|other}` with the form that the number `params.name` takes
 * in `language` (Intl.PluralRules: Swedish and English have "one" and "other"), `#` in the form standing for the
 * number: `"{count|# dag|# dagar}"` gives "1 dag", "2 dagar". Unknown placeholders stay as they are.
 */
export function fill(text: string, params?: Record<string, string | number>, language: Language = "sv"): string {
  if (!params) return text;
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (match, name: string, one: string, other: string) => {
      if (!(name in params)) return match;
      const value = params[name];
      const form = pluralOf(Number(value), language) === "one" ? one : other;
      return form.replace(/#/g, String(value));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside I18nProvider");
  return context;
}
