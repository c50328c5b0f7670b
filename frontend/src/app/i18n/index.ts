import type { WordLoaders } from "@/shared/i18n/words";

/** The words of the signed-in app's frame and the staff pages' shared components, one chunk per language. */
export const appWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
