import type { Language } from "@/shared/i18n/language";

const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * The name of a language from its ISO 639 code, in the UI language and as written in running text
 * ("arabiska", "Arabic"). The browser knows the names, so no table of languages is kept here; an unknown
 * code is shown as it is.
 */
export function languageName(code: string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: "language", fallback: "code" });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // A malformed code (not BCP 47) throws a RangeError.
    return code;
  }
}

/** Codes ordered by their names in the UI language. */
export function sortByLanguageName(codes: readonly string[], language: Language): string[] {
  return [...codes].sort((a, b) => languageName(a, language).localeCompare(languageName(b, language), language));
}
