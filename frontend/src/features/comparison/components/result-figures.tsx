import { useI18n } from "@/shared/i18n/i18n";
import type { PublicResults } from "../api/get-public-providers";
import { formatLongDate, resultLines, tooFewText } from "../lib/results";
import { ShareBar } from "./share-bar";

/**
 * One intervention's results as short sentences ("Andel till arbete eller studier: 75 % (troligen mellan
 * 41 % och 93 %)") with the period they cover. Too few ended interventions: one sentence saying so, no number.
 */
export function ResultFigures({ result, showPeriod = true }: { result: PublicResults; showPeriod?: boolean }) {
  const { t, language } = useI18n();
  return (
    <div className="kv-results" data-testid="result-figures">
      {result.too_few || result.ended === null ? (
        <p className="kv-results__too-few">{tooFewText(result, t)}</p>
      ) : (
        <ul className="kv-results__list">
          {resultLines(result, t, language).map((line) => (
            <li key={line.label}>
              <span className="kv-results__label">{t(line.label)}:</span> {line.text}
              {line.share && <ShareBar {...line.share} />}
            </li>
          ))}
        </ul>
      )}
      {showPeriod && (
        <p className="kv-results__period">
          {t("comparison.period", {
            from: formatLongDate(result.period_start, language),
            to: formatLongDate(result.period_end, language),
          })}
        </p>
      )}
    </div>
  );
}
