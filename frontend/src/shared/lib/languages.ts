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

/**
 * Swedish and English and the languages most spoken by the programme's clients: what a language picker offers
 * before anything is typed.
 */
export const COMMON_LANGUAGES = [
  "sv",
  "en",
  "ar",
  "so",
  "ti",
  "am",
  "fa",
  "prs",
  "ckb",
  "ku",
  "tr",
  "bs",
  "pl",
  "ru",
  "uk",
  "es",
  "fr",
];

/**
 * The codes a language picker can find: every ISO 639-1 code still in use (the list of ISO 639-2's two-letter
 * codes, without Avestan, Bihari, Church Slavic, Interlingue, Ido, Pali and Volapük), and the ISO 639-3 codes of
 * languages spoken here that have no two-letter code: Dari, Central Kurdish (Sorani; "ku" is Kurmanji), Filipino, Cantonese,
 * Syriac, Romani, Meänkieli and the Sámi languages. The browser names them (Intl.DisplayNames); one it cannot name
 * is left out of the list rather than shown as a code.
 */
export const LANGUAGE_CODES = (
  "aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en eo es " +
  "et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ig ii ik is it iu ja jv ka kg ki " +
  "kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl " +
  "nn no nr nv ny oc oj om or os pa pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv " +
  "sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi wa wo xh yi yo za zh zu " +
  "prs ckb fil yue syr rom fit sma smj smn"
).split(" ");

/** Whether the browser knows a name for the code (Intl.DisplayNames falls back to the code itself). */
export function isNamedLanguage(code: string, language: Language): boolean {
  return languageName(code, language) !== code;
}

/** "Äthiopisch" → "athiopisch": lower case without accents, for matching what is typed against names. */
export function searchForm(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();
}

/**
 * The codes whose name in the UI language, name in English, name in the language itself or code starts a word
 * with ``query`` (so "kurd" finds both Kurdish languages and "العربية" finds Arabic), in name order.
 */
export function findLanguages(query: string, language: Language, codes: readonly string[] = LANGUAGE_CODES): string[] {
  const wanted = searchForm(query);
  const index = searchIndex(codes, language);
  if (!wanted) return index.map((entry) => entry.code);
  return index.filter((entry) => entry.words.some((word) => word.startsWith(wanted))).map((entry) => entry.code);
}

type IndexEntry = { code: string; words: string[] };
const indexes = new Map<string, IndexEntry[]>();

/** The named codes in name order, each with the searchable forms of its names (whole names and their words). */
function searchIndex(codes: readonly string[], language: Language): IndexEntry[] {
  const key = `${language}:${codes.join(",")}`;
  let index = indexes.get(key);
  if (!index) {
    index = sortByLanguageName(
      codes.filter((code) => isNamedLanguage(code, language)),
      language,
    ).map((code) => {
      const names = [code, languageName(code, language), languageName(code, "en"), ownName(code)].map(searchForm);
      return { code, words: [...new Set([...names, ...names.flatMap((name) => name.split(/[\s,()-]+/))])] };
    });
    indexes.set(key, index);
  }
  return index;
}

const ownNames = new Map<string, string>();

/** The language's name for itself ("العربية", "Soomaali"); the code when the browser does not know it. */
export function ownName(code: string): string {
  let name = ownNames.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([code], { type: "language", fallback: "code" }).of(code) ?? code;
    } catch {
      name = code;
    }
    ownNames.set(code, name);
  }
  return name;
}
