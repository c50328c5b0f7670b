/**
 * The chosen UI language lives outside React so that the API client can send it as
 * Accept-Language without being a component; React subscribes through useSyncExternalStore.
 */
export const LANGUAGES = ["sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kundval.language";
const listeners = new Set<() => void>();

function readStored(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === "en" ? "en" : "sv";
  } catch {
    // Storage can be blocked (privacy settings); Swedish is the default anyway.
    return "sv";
  }
}

let current: Language = readStored();
if (typeof document !== "undefined") document.documentElement.lang = current;

export function getLanguage(): Language {
  return current;
}

/** Remembers the choice for the next page load, before the words in it have arrived. */
export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still holds for this page load.
  }
}

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  document.documentElement.lang = language;
  storeLanguage(language);
  listeners.forEach((listener) => listener());
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
