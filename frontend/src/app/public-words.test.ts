import { describe, expect, it } from "vitest";
import { sv as allSwedish } from "@/testing/words";
import { PUBLIC_WORDS } from "./words";

// Every source file as text, keyed by its path from the project root ("/src/app/router.tsx").
const SOURCES = import.meta.glob<string>(["/src/**/*.{ts,tsx}", "!/src/**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? `/src/${specifier.slice(2)}`
    : specifier.startsWith(".")
      ? normalise(`${from.slice(0, from.lastIndexOf("/"))}/${specifier}`)
      : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((file) => file in SOURCES) ?? null;
}

/** The files a module pulls in with static imports: what the public comparison's entry chunk holds. */
function staticClosure(entries: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    const text = SOURCES[file] ?? "";
    files.set(file, text);
    for (const [, specifier] of text.matchAll(/^import (?!type )[^;]*? from "([^"]+)"/gms)) {
      const next = resolve(specifier!, file);
      // Words files are what this test checks, not code that uses words.
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

    const files = staticClosure(["/src/main.tsx", "/src/app/public-routes.tsx"]);
    expect(files.size).toBeGreaterThan(20);
    expect([...files.keys()].some((file) => file.endsWith("router.tsx") && !file.endsWith("root-router.tsx"))).toBe(
      false,
    );
    const text = [...files.values()].join("\n");
    const used = Object.keys(allSwedish).filter((key) => text.includes(`"${key}"`));
    const prefixes = [...text.matchAll(/`([\w.]+)\.\$\{/g)].map(([, prefix]) => `${prefix}.`);
    const dynamic = Object.keys(allSwedish).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));

    expect(used.length).toBeGreaterThan(50);
    expect([...used, ...dynamic].filter((key) => !loaded.has(key))).toEqual([]);
  });
});
