import type { WordLoaders } from "@/shared/i18n/words";

/** The words of the notification settings, one chunk per language. */
export const notificationsWords: WordLoaders = {
  sv: () => import("./sv").then((module) => module.sv),
  en: () => import("./en").then((module) => module.en),
};
