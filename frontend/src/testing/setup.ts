import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadAllWords } from "./words";

// Components find their words loaded, as they do in the app once their route has loaded them.
await loadAllWords();

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

// jsdom lacks the modal dialog API that designsystemet's Dialog opens and closes with.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.show = HTMLDialogElement.prototype.showModal;
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
