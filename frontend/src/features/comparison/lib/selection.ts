/** At most three providers side by side: more columns do not fit a phone and are hard to compare. */
export const MAX_COMPARED = 3;

/** The selected provider ids from the URL (`valda=a,b`): unique, at most three. */
export function parseSelection(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

/**
 * Adds or removes `id`. Adding a fourth is refused: the selection stays as it was and `refused` is true,
 * so the page can say why instead of silently dropping one.
 */
export function toggleSelection(selected: readonly string[], id: string): { selected: string[]; refused: boolean } {
  if (selected.includes(id)) return { selected: selected.filter((other) => other !== id), refused: false };
  if (selected.length >= MAX_COMPARED) return { selected: [...selected], refused: true };
  return { selected: [...selected, id], refused: false };
}
