import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/shared/i18n/i18n";

type TableScrollProps = {
  /** The table's name for the scroll region: the id of its caption or heading, or a label; without either, the
   * text of the table's caption. */
  labelledBy?: string;
  label?: string;
  children: ReactNode;
};

/**
 * A wide table scrolls sideways inside its own box instead of widening the page. When it does not fit, a line
 * above says so and shadows at the edges show that there is more; the box becomes a named, focusable region so
 * that keyboard users can scroll it with the arrow keys (and axe's scrollable-region rule is met).
 */
export function TableScroll({ labelledBy, label, children }: TableScrollProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [caption, setCaption] = useState<string | null>(null);

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const check = () => {
      setOverflowing(box.scrollWidth > box.clientWidth + 1);
      setCaption(box.querySelector("caption")?.textContent?.trim() || null);
    };
    const observer = new ResizeObserver(check);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    check();
    return () => observer.disconnect();
  }, []);

  return (
    <div className="kv-table-scroll-frame">
      {overflowing && (
        <p className="kv-table-scroll__hint" data-testid="table-scroll-hint">
          {t("table.scrollHint")}
        </p>
      )}
      <div
        ref={ref}
        className="kv-table-scroll"
        data-overflowing={overflowing ? "" : undefined}
        role={overflowing ? "region" : undefined}
        aria-labelledby={overflowing ? labelledBy : undefined}
        aria-label={overflowing && !labelledBy ? (label ?? caption ?? t("table.scrollRegion")) : undefined}
        tabIndex={overflowing ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
