import type { WordLoaders } from "./words";

/** The words every page needs, the public comparison too; the I18nProvider loads them first. */
export const sharedWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
