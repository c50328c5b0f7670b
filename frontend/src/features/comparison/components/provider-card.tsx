import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { InterventionCode } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import type { PublicProvider } from "../api/get-public-providers";
import { INTERVENTION_LABELS } from "../lib/interventions";
import { languagesText, listText, placeText } from "../lib/provider-texts";
import { LeanCheckbox } from "./lean-fields";
import { ResultFigures } from "./result-figures";

type ProviderCardProps = {
  provider: PublicProvider;
  intervention: InterventionCode | undefined;
  /** Where the name links to: the provider's page, keeping the list's filters for the way back. */
  href: string;
  selected: boolean;
  /** The visitor tried to add this one as a fourth: say why it was not added. */
  refused: boolean;
  onToggle: () => void;
};

/** One provider in the result list: who they are, how they work, their results and "Jämför". */
export function ProviderCard({ provider, intervention, href, selected, refused, onToggle }: ProviderCardProps) {
  const { t, language } = useI18n();
  const result = intervention && provider.results.find((r) => r.intervention === intervention);
  const headingId = `provider-${provider.id}`;
  return (
    // Not Designsystemet's Card: it makes the whole card a click target for its first link, which a card
    // with a checkbox in it must not be.
    <article
      data-testid="provider-card"
      data-provider-id={provider.id}
      className="kv-provider-card"
      aria-labelledby={headingId}
    >
      <div className="kv-provider-card__block kv-stack kv-stack--tight">
        <Heading level={2} data-size="sm" id={headingId}>
          <Link asChild>
            <RouterLink to={href}>{provider.name}</RouterLink>
          </Link>
        </Heading>
        {provider.description && (
          <Paragraph className="kv-provider-card__description">{provider.description}</Paragraph>
        )}
        <ul className="kv-plain-list">
          <li>
            <span className="kv-results__label">{t("comparison.languages")}:</span>{" "}
            {languagesText(provider.languages, language) || "–"}
          </li>
          <li>
            <span className="kv-results__label">{t("comparison.districts")}:</span> {listText(provider.districts)}
          </li>
          <li>
            <span className="kv-results__label">{t("comparison.place")}:</span> {placeText(provider, t)}
          </li>
        </ul>
      </div>
      <div className="kv-provider-card__block kv-stack kv-stack--tight">
        <Heading level={3} data-size="xs">
          {intervention
            ? t("comparison.resultsFor", { intervention: t(INTERVENTION_LABELS[intervention]) })
            : t("comparison.results")}
        </Heading>
        {result ? <ResultFigures result={result} /> : <Paragraph>{t("comparison.chooseIntervention")}</Paragraph>}
      </div>
      <div className="kv-provider-card__block kv-stack kv-stack--tight">
        <LeanCheckbox
          label={
            <>
              {t("comparison.select")} <span className="ds-sr-only">{provider.name}</span>
            </>
          }
          checked={selected}
          onChange={onToggle}
        />
        {refused && (
          <Alert data-color="warning" role="alert" data-testid="compare-limit">
            {t("comparison.limit")}
          </Alert>
        )}
      </div>
    </article>
  );
}
