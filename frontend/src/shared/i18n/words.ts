import type { Language } from "./language";

/**
 * Every message key of the app. Each words file (shared/i18n, app/i18n, features/<feature>/i18n) adds its own keys
 * here by declaration merging, so `t` in shared code is typed with every key without shared importing a feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the words files' augmentations
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;

/** The words of one file in one language: exactly the keys of its Swedish words. */
export type WordsOf<Swedish> = Record<keyof Swedish, string>;

export type Dictionary = Readonly<Record<string, string>>;

/**
 * One words file per language, each a chunk of its own: a page fetches only its features' words, and only in the
 * language it is shown in (the public comparison never downloads the staff app's words or the other language).
 */
export type WordLoaders = Readonly<Record<Language, () => Promise<Dictionary>>>;
