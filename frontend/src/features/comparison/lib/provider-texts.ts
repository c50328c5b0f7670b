import type { Language } from "@/shared/i18n/language";
import type { MessageKey } from "@/shared/i18n/words";
import { languageName } from "@/shared/lib/languages";
import type { PublicProvider } from "../api/get-public-providers";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "svenska, engelska, arabiska": the names in the UI language, in the provider's order. */
export function languagesText(codes: readonly string[], language: Language): string {
  return codes.map((code) => languageName(code, language)).join(", ");
}

/** Where the intervention takes place, in words ("På plats och på distans"). */
export function placeText(provider: Pick<PublicProvider, "remote" | "on_site">, t: T): string {
  if (provider.remote && provider.on_site) return t("comparison.place.both");
  if (provider.remote) return t("comparison.place.remote");
  return t("comparison.place.onSite");
}

/** A list for running text, or a dash when the provider has said nothing. */
export function listText(values: readonly string[]): string {
  return values.length ? values.join(", ") : "–";
}
