const sek = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
const sekWithOre = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", minimumFractionDigits: 2 });

/** Money is integer öre in the API; shown in Swedish style ("3 686 kr") whatever the UI language. */
export function formatOre(ore: number): string {
  return ore % 100 === 0 ? sek.format(ore / 100) : sekWithOre.format(ore / 100);
}
