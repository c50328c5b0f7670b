import { useEffect } from "react";

/** Every page names itself in the tab and to screen readers announcing the new page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Kundval`;
  }, [title]);
}
