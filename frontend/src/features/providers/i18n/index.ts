import type { WordLoaders } from "@/shared/i18n/words";

/** The words of the providers feature, one chunk per language. */
export const providersWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
