import type { WordLoaders } from "@/shared/i18n/words";

/** The words of the oversight feature (§7.6), one chunk per language. */
export const oversightWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
