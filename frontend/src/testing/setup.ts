import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom lacks CSS.escape, which designsystemet-web's popover polyfill calls on import.
if (!globalThis.CSS?.escape) {
  globalThis.CSS = {
    ...globalThis.CSS,
    escape: (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`),
  } as typeof CSS;
}

// jsdom lacks the Web Animations API, which designsystemet's Spinner (a Button's loading state) calls.
if (typeof document !== "undefined" && !document.getAnimations) {
  document.getAnimations = () => [];
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
