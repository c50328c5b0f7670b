import { Link, Paragraph, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import type { InterventionCode } from "@/shared/api/types";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useInstantSearchParams } from "@/shared/hooks/use-instant-search-params";
import { useI18n } from "@/shared/i18n/i18n";
import { usePublicProviders, type PublicProvider } from "../api/get-public-providers";
import { interventionFromParams, PARAM, withFilter } from "../lib/filters";
import { INTERVENTION_CODES, INTERVENTION_LABELS } from "../lib/interventions";
import { languagesText, listText, placeText } from "../lib/provider-texts";
import { formatLongDate, resultLines } from "../lib/results";
import { parseSelection } from "../lib/selection";
import { FiguresExplained } from "./figures-explained";
import { LeanSelect } from "./lean-fields";
import { ShareBar } from "./share-bar";
import "./comparison.css";

/**
 * Two or three providers side by side (/jamfor/jamforelse?valda=a,b&insats=SAI): a real table, providers
 * as columns and the same facts as rows, so that each row compares like with like.
 */
export function ComparePage() {
  const { t } = useI18n();
  useDocumentTitle(t("comparison.compare.title"));
  const [params, update] = useInstantSearchParams();
  const intervention = interventionFromParams(params);
  const ids = parseSelection(params.get(PARAM.selected));
  const query = usePublicProviders(intervention ? { intervention } : {});
  const providers = (query.data?.items ?? []).filter((p) => ids.includes(p.id));
  providers.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  const search = params.toString() ? `?${params.toString()}` : "";

  return (
    <div className="kv-stack kv-compare" data-testid="compare-page">
      <PageHeading>{t("comparison.compare.title")}</PageHeading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/jamfor${search}`}>{t("comparison.backToList")}</RouterLink>
        </Link>
      </Paragraph>
      <div className="kv-narrow">
        <LeanSelect
          label={t("comparison.intervention")}
          description={t("comparison.compare.interventionHelp")}
          value={intervention ?? ""}
          onChange={(event) => update(withFilter(params, "intervention", event.target.value || null))}
        >
          <option value="">{t("comparison.allInterventions")}</option>
          {INTERVENTION_CODES.map((code) => (
            <option key={code} value={code}>
              {t(INTERVENTION_LABELS[code])}
            </option>
          ))}
        </LeanSelect>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : providers.length < 2 ? (
        <Paragraph data-testid="compare-too-few">
          {ids.length > providers.length ? t("comparison.compare.notOffering") : t("comparison.compare.chooseTwo")}
        </Paragraph>
      ) : (
        <>
          {ids.length > providers.length && <Paragraph>{t("comparison.compare.notOffering")}</Paragraph>}
          <CompareTable providers={providers} intervention={intervention} />
          <FiguresExplained />
        </>
      )}
    </div>
  );
}

function CompareTable({
  providers,
  intervention,
}: {
  providers: PublicProvider[];
  intervention: InterventionCode | undefined;
}) {
  const { t, language } = useI18n();
  const names = providers.map((p) => p.name).join(", ");
  const rows: [string, (p: PublicProvider) => ReactNode][] = [];
  if (intervention) {
    // The three figures as rows of their own.
    for (const label of ["comparison.endedLabel", "comparison.shareLabel", "comparison.medianLabel"] as const) {
      rows.push([
        t(label),
        (p) => {
          const result = p.results.find((r) => r.intervention === intervention);
          if (!result) return "–";
          const lines = resultLines(result, t, language);
          // Too few: every figure's cell says so (each cell must make sense when read alone).
          const line = lines.length === 1 ? lines[0] : lines.find((l) => l.label === label);
          if (!line) return "–";
          return (
            <>
              {line.text}
              {line.share && <ShareBar {...line.share} />}
            </>
          );
        },
      ]);
    }
  }
  rows.push(
    [t("comparison.languages"), (p) => languagesText(p.languages, language) || "–"],
    [t("comparison.districts"), (p) => listText(p.districts)],
    [t("comparison.place"), (p) => placeText(p, t)],
    [t("comparison.groupActivities"), (p) => (p.group_activities ? t("form.yes") : t("form.no"))],
    [t("comparison.industries"), (p) => listText(p.industries)],
    [t("comparison.specialisations"), (p) => listText(p.specialisations)],
    [t("comparison.targetGroups"), (p) => listText(p.target_groups)],
    [t("comparison.contact"), (p) => <ContactLines provider={p} />],
    [
      t("comparison.updatedLabel"),
      (p) => (p.profile_updated_at ? formatLongDate(p.profile_updated_at, language) : "–"),
    ],
  );
  const period = providers[0]?.results.find((r) => r.intervention === intervention);
  return (
    <>
      {period && (
        <Paragraph data-size="sm" className="kv-muted">
          {t("comparison.period", {
            from: formatLongDate(period.period_start, language),
            to: formatLongDate(period.period_end, language),
          })}
        </Paragraph>
      )}
      {/*
        Each fact heads its own row group, spanning the providers' columns, and the values sit side by side
        beneath it in columns of equal width: three providers fit a phone without scrolling sideways, and a
        screen reader gives each value with its provider and its fact.
      */}
      <Table data-size="sm" className="kv-compare-table" data-testid="compare-table">
        <caption>
          {intervention
            ? t("comparison.compare.caption", { names, intervention: t(INTERVENTION_LABELS[intervention]) })
            : t("comparison.compare.captionNoIntervention", { names })}
        </caption>
        <Table.Head>
          <Table.Row>
            {providers.map((p) => (
              <Table.HeaderCell scope="col" key={p.id}>
                <Link asChild>
                  <RouterLink to={`/jamfor/${p.id}${intervention ? `?${PARAM.intervention}=${intervention}` : ""}`}>
                    {p.name}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        {rows.map(([label, cell]) => (
          <Table.Body key={label}>
            <Table.Row>
              <Table.HeaderCell scope="rowgroup" colSpan={providers.length} className="kv-compare-table__fact">
                {label}
              </Table.HeaderCell>
            </Table.Row>
            <Table.Row>
              {providers.map((p) => (
                <Table.Cell key={p.id}>{cell(p)}</Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        ))}
      </Table>
    </>
  );
}

function ContactLines({ provider }: { provider: PublicProvider }) {
  return (
    <ul className="kv-plain-list">
      <li>
        <Link href={`mailto:${provider.email}`}>{provider.email}</Link>
      </li>
      {provider.phone && (
        <li>
          <Link href={`tel:${provider.phone.replace(/[^\d+]/g, "")}`}>{provider.phone}</Link>
        </li>
      )}
    </ul>
  );
}
