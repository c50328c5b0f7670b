import {
  createContext,
  Suspense,
  use,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { sharedWords } from "./index";
import { getLanguage, setLanguage, storeLanguage, subscribeLanguage, type Language } from "./language";
import type { Dictionary, MessageKey, WordLoaders } from "./words";

export type { MessageKey } from "./words";

type Params = Record<string, string | number>;

type I18n = {
  language: Language;
  /** Switches once the words in use so far are loaded in `language`, so no page shows keys in between. */
  setLanguage: (language: Language) => Promise<void>;
  /** The text of `key` in the UI language, with `{name}` placeholders filled from `params`. */
  t: (key: MessageKey, params?: Params) => string;
};

// The words loaded so far, merged per language; a words file is fetched once per language.
const dictionaries: Record<Language, Record<string, string>> = { sv: {}, en: {} };
const loads = new Map<WordLoaders, Partial<Record<Language, Promise<void>>>>();
const loaded = new Map<WordLoaders, Set<Language>>();

/** Fetches `words` in `language` once; the same promise for every caller, as React's `use` wants. */
export function loadWords(words: WordLoaders, language: Language): Promise<void> {
  let perLanguage = loads.get(words);
  if (!perLanguage) {
    perLanguage = {};
    loads.set(words, perLanguage);
  }
  perLanguage[language] ??= words[language]().then((dictionary: Dictionary) => {
    Object.assign(dictionaries[language], dictionary);
    if (!loaded.has(words)) loaded.set(words, new Set());
    loaded.get(words)?.add(language);
  });
  return perLanguage[language];
}

async function switchLanguage(language: Language): Promise<void> {
  // Stored at once: someone who picks English and reloads or follows a link before its words arrive keeps it.
  storeLanguage(language);
  await Promise.all([...loads.keys()].map((words) => loadWords(words, language)));
  setLanguage(language);
}

/** Suspends the caller (a route) until `words` are loaded in the UI language. */
export function useWords(...words: WordLoaders[]): void {
  const { language } = useI18n();
  const pending = words.filter((w) => !loaded.get(w)?.has(language)).map((w) => loadWords(w, language));
  for (const promise of pending) use(promise);
}

/** Whether `key` is a message key: for codes from the API that may be newer than this UI's words. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries[getLanguage()], key);
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  const t = useCallback(
    // A key whose words are not loaded shows itself: a bug to see, not an empty label.
    (key: MessageKey, params?: Params) => fill(dictionaries[language][key] ?? key, params, language),
    [language],
  );
  const value = useMemo(() => ({ language, setLanguage: switchLanguage, t }), [language, t]);
  return (
    <I18nContext.Provider value={value}>
      <Suspense fallback={null}>
        <SharedWords>{children}</SharedWords>
      </Suspense>
    </I18nContext.Provider>
  );
}

function SharedWords({ children }: { children: ReactNode }) {
  useWords(sharedWords);
  return children;
}

/**
 * Fills placeholders that no caller passes: the numbers of the rules (`{certificate_from_day}`), which the app
 * provides once from the API so that no number of a rule is written into the words.
 */
export function TextParams({ params, children }: { params: Params; children: ReactNode }) {
  const parent = useI18n();
  const t = useCallback((key: MessageKey, own?: Params) => parent.t(key, { ...params, ...own }), [parent, params]);
  const value = useMemo(() => ({ ...parent, t }), [parent, t]);
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
export function fill(text: string, params?: Params, language: Language = "sv"): string {
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
