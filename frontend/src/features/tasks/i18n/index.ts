import type { WordLoaders } from "@/shared/i18n/words";

/** The words of the to-do lists, one chunk per language. */
export const tasksWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
