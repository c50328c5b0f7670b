import { PUBLIC_WORDS, STAFF_WORDS } from "@/app/words";
import { sharedWords } from "@/shared/i18n";
import { loadWords } from "@/shared/i18n/i18n";
import { LANGUAGES, type Language } from "@/shared/i18n/language";
import type { MessageKey, WordLoaders } from "@/shared/i18n/words";

/** Every words file of the app: the shared ones, the public comparison's and the staff app's. */
export const ALL_WORDS: readonly WordLoaders[] = [sharedWords, ...PUBLIC_WORDS, ...STAFF_WORDS];

async function merged(language: Language): Promise<Record<MessageKey, string>> {
  const dictionaries = await Promise.all(ALL_WORDS.map((words) => words[language]()));
  return Object.assign({}, ...dictionaries) as Record<MessageKey, string>;
}

/** All Swedish and all English words, for tests that compare a text with its words. */
export const sv = await merged("sv");
export const en = await merged("en");

/** Loads every words file in both languages, so that components render their words at once in tests. */
export async function loadAllWords(): Promise<void> {
  await Promise.all(ALL_WORDS.flatMap((words) => LANGUAGES.map((language) => loadWords(words, language))));
}
