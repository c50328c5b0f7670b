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
    (key: MessageKey, params?: Record<string, string | number>) => fill(dictionaries[language][key], params),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage, t }), [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay as they are. */
export function fill(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside I18nProvider");
  return context;
}
