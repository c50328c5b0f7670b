import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { sv as allSwedish } from "@/testing/words";
import { PUBLIC_WORDS } from "./words";

const SRC = join(__dirname, "..");

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(SRC, specifier.slice(2))
    : specifier.startsWith(".")
      ? normalize(join(dirname(from), specifier))
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The files a module pulls in with static imports: what the public comparison's entry chunk holds. */
function staticClosure(entries: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    for (const [, specifier] of text.matchAll(/^import (?!type )[^;]*? from "([^"]+)"/gms)) {
      const next = resolve(specifier!, file);
      if (next && !next.includes("/i18n/")) todo.push(next);
    }
  }
  return files;
}

describe("the public comparison's words", () => {
  it("are all in the words it loads: the shared words and its own", async () => {
    const loaded = new Set<string>();
    const { sharedWords } = await import("@/shared/i18n");
    for (const words of [sharedWords, ...PUBLIC_WORDS]) Object.keys(await words.sv()).forEach((k) => loaded.add(k));

    const files = staticClosure([join(SRC, "main.tsx"), join(SRC, "app/public-routes.tsx")]);
    expect([...files.keys()].some((file) => file.endsWith("router.tsx") && !file.endsWith("root-router.tsx"))).toBe(false);
    const text = [...files.values()].join("\n");
    const used = Object.keys(allSwedish).filter((key) => text.includes(`"${key}"`));
    const prefixes = [...text.matchAll(/`([\w.]+)\.\$\{/g)].map(([, prefix]) => `${prefix}.`);
    const dynamic = Object.keys(allSwedish).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));

    expect(used.length).toBeGreaterThan(50);
    expect([...used, ...dynamic].filter((key) => !loaded.has(key))).toEqual([]);
  });
});
