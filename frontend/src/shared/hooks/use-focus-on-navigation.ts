import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/** How long to wait for a lazily loaded page to put its h1 in the document. */
const WAIT_MS = 5000;

/**
 * After client-side navigation, move focus to the new page's h1 (or main) as a full page load would reset it;
 * not on the first render, where the browser's own start position is right. A page whose code is still
 * loading has no h1 yet: then focus follows as soon as one appears (or main, if none does in time).
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = () => document.querySelector<HTMLElement>("main h1");
    const now = heading();
    if (now) {
      now.focus();
      return;
    }
    const observer = new MutationObserver(() => {
      const found = heading();
      if (!found) return;
      stop();
      found.focus();
    });
    const timer = window.setTimeout(() => {
      stop();
      document.getElementById("main")?.focus();
    }, WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
}
