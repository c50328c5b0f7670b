import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { Facts } from "@/shared/components/facts";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { usePublicProvider } from "../api/get-public-provider";
import type { PublicProvider } from "../api/get-public-providers";
import { interventionFromParams } from "../lib/filters";
import { INTERVENTION_LABELS } from "../lib/interventions";
import { languagesText, listText, placeText } from "../lib/provider-texts";
import { formatLongDate } from "../lib/results";
import { ChoiceForm } from "./choice-form";
import { FiguresExplained } from "./figures-explained";
import { ResultFigures } from "./result-figures";
import "./comparison.css";

/** One provider's public page (/jamfor/:id): who they are, how to reach them, their results, and the choice. */
export function PublicProviderPage({ providerId }: { providerId: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const query = usePublicProvider(providerId);
  const title = query.data?.name ?? t("comparison.provider.loading");
  useDocumentTitle(title);
  const search = params.toString() ? `?${params.toString()}` : "";
  return (
    <div className="kv-stack kv-compare" data-testid="public-provider-page">
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/jamfor${search}`}>{t("comparison.backToList")}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{title}</PageHeading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <ProviderDetails provider={query.data} first={interventionFromParams(params)} />
      )}
    </div>
  );
}

function ProviderDetails({ provider, first }: { provider: PublicProvider; first: string | undefined }) {
  const { t, language } = useI18n();
  // The intervention the visitor chose in the list comes first.
  const results = [...provider.results].sort(
    (a, b) => Number(b.intervention === first) - Number(a.intervention === first),
  );
  return (
    <>
      {provider.profile_updated_at && (
        <Paragraph data-size="sm" className="kv-muted" data-testid="profile-updated">
          {t("comparison.updated", { date: formatLongDate(provider.profile_updated_at, language) })}
        </Paragraph>
      )}
      {provider.description && <Paragraph className="kv-pre">{provider.description}</Paragraph>}

      <section className="kv-section kv-stack" aria-labelledby="choose-heading">
        <Heading level={2} data-size="sm" id="choose-heading">
          {t("comparison.choose.sectionTitle")}
        </Heading>
        <Paragraph>{t("comparison.choose.sectionIntro")}</Paragraph>
        <ChoiceForm providerId={provider.id} providerName={provider.name} />
      </section>

      <section className="kv-section kv-stack" aria-labelledby="results-heading">
        <Heading level={2} data-size="sm" id="results-heading">
          {t("comparison.results")}
        </Heading>
        {results.map((result) => (
          <div key={result.intervention} className="kv-stack kv-stack--tight">
            <Heading level={3} data-size="xs">
              {t(INTERVENTION_LABELS[result.intervention])}
            </Heading>
            <ResultFigures result={result} />
          </div>
        ))}
        <FiguresExplained />
      </section>

      <section className="kv-section kv-stack" aria-labelledby="about-heading">
        <Heading level={2} data-size="sm" id="about-heading">
          {t("comparison.provider.about")}
        </Heading>
        <Facts
          testId="public-provider-facts"
          rows={[
            [
              t("comparison.interventions"),
              provider.interventions.map((code) => t(INTERVENTION_LABELS[code])).join(", "),
            ],
            [t("comparison.languages"), languagesText(provider.languages, language) || "–"],
            [t("comparison.districts"), listText(provider.districts)],
            [t("comparison.place"), placeText(provider, t)],
            [t("comparison.groupActivities"), provider.group_activities ? t("form.yes") : t("form.no")],
            [t("comparison.industries"), listText(provider.industries)],
            [t("comparison.specialisations"), listText(provider.specialisations)],
            [t("comparison.targetGroups"), listText(provider.target_groups)],
          ]}
        />
      </section>

      <section className="kv-section kv-stack" aria-labelledby="contact-heading">
        <Heading level={2} data-size="sm" id="contact-heading">
          {t("comparison.contact")}
        </Heading>
        <Facts
          testId="public-provider-contact"
          rows={[
            [t("comparison.email"), <Link href={`mailto:${provider.email}`}>{provider.email}</Link>],
            [
              t("comparison.phone"),
              provider.phone ? (
                <Link href={`tel:${provider.phone.replace(/[^\d+]/g, "")}`}>{provider.phone}</Link>
              ) : null,
            ],
            [
              t("comparison.website"),
              provider.website ? (
                <Link href={provider.website} rel="noopener noreferrer">
                  {provider.website.replace(/^https:\/\//, "")}
                </Link>
              ) : null,
            ],
            [
              provider.addresses.length > 1 ? t("comparison.addresses") : t("comparison.address"),
              provider.addresses.length ? (
                <ul className="kv-plain-list">
                  {provider.addresses.map((a) => (
                    <li key={`${a.street}-${a.postal_code}`}>
                      {a.street}, {a.postal_code} {a.city}
                    </li>
                  ))}
                </ul>
              ) : null,
            ],
          ]}
        />
      </section>
    </>
  );
}
