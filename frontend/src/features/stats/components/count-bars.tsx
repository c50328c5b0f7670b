import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

export type Bar = { key: string; label: string; share: number | null; text: string };

/**
 * A bar chart as a list: each bar's label and value are written out, and the bar beside them is only a
 * picture of the same number (aria-hidden). Nothing is lost to a screen reader, in print or in black and white.
 */
export function CountBars({
  title,
  description,
  bars,
  testId,
}: {
  title: string;
  description?: ReactNode;
  bars: Bar[];
  testId?: string;
}) {
  const id = `chart-${testId ?? title}`;
  return (
    <figure className="kv-chart" aria-labelledby={id} data-testid={testId}>
      <figcaption id={id}>
        <Heading level={3} data-size="2xs">
          {title}
        </Heading>
        {description && <p className="kv-chart__description">{description}</p>}
      </figcaption>
      <ul className="kv-chart__bars">
        {bars.map((bar) => (
          <li key={bar.key} className="kv-chart__row">
            <span className="kv-chart__label">{bar.label}</span>
            <svg
              className="kv-chart__bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect className="kv-chart__track" x="0" y="0" width="100" height="10" />
              {bar.share !== null && (
                <rect
                  className="kv-chart__fill"
                  x="0"
                  y="0"
                  width={Math.max(0, Math.min(100, bar.share * 100))}
                  height="10"
                />
              )}
            </svg>
            <span className="kv-chart__value">{bar.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
