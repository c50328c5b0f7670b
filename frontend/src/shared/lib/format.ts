import type { Language } from "@/shared/i18n/language";

const sek = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
const sekWithOre = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", minimumFractionDigits: 2 });

/** Money is integer öre in the API; shown in Swedish style ("3 686 kr") whatever the UI language. */
export function formatOre(ore: number): string {
  return ore % 100 === 0 ? sek.format(ore / 100) : sekWithOre.format(ore / 100);
}

const stockholmDateTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  dateStyle: "short",
  timeStyle: "short",
});

/** An instant (UTC in the API) as Swedish local time, "2026-11-23 13:05", whatever the UI language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : stockholmDateTime.format(date);
}

/** A personal identity number as people write it: "19900101-0017" (the API stores 12 digits). */
export function formatPersonalNumber(value: string | null | undefined): string {
  if (!value) return "";
  return /^\d{12}$/.test(value) ? `${value.slice(0, 8)}-${value.slice(8)}` : value;
}

/** A share 0..1 as a whole percentage in the UI language's style ("75 %" in Swedish, "75%" in English). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
