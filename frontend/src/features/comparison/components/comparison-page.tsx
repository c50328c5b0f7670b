import { Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { LinkButton } from "@/shared/components/link-button";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useInstantSearchParams } from "@/shared/hooks/use-instant-search-params";
import { useI18n } from "@/shared/i18n/i18n";
import { usePublicProviders, type PublicProvider } from "../api/get-public-providers";
import { filterOptions, filtersFromParams, PARAM, withFilter, withoutFilters } from "../lib/filters";
import { MAX_COMPARED, parseSelection, toggleSelection } from "../lib/selection";
import { ComparisonFilters } from "./comparison-filters";
import { FiguresExplained } from "./figures-explained";
import { ProviderCard } from "./provider-card";
import "./comparison.css";

/**
 * The public comparison (/jamfor): choose the intervention, narrow by language, district, industry, target
 * group and way of working, read each provider's results, and pick up to three to see side by side.
 */
export function ComparisonPage() {
  const { t } = useI18n();
  useDocumentTitle(t("comparison.title"));
  const [params, update] = useInstantSearchParams();
  const filters = filtersFromParams(params);
  const selected = parseSelection(params.get(PARAM.selected));
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const list = usePublicProviders(filters);
  // Filter choices come from every provider, not just those left after filtering; same cache entry as an unfiltered list.
  const all = usePublicProviders({});
  const options = filterOptions(all.data?.items ?? list.data?.items ?? []);
  const search = params.toString() ? `?${params.toString()}` : "";

  function toggle(id: string) {
    const outcome = toggleSelection(selected, id);
    setRefusedId(outcome.refused ? id : null);
    if (!outcome.refused) update(withFilter(params, "selected", outcome.selected.join(",")));
  }

  return (
    <div className="kv-stack kv-compare" data-testid="comparison-page">
      <PageHeading>{t("comparison.title")}</PageHeading>
      <Paragraph>{t("comparison.intro")}</Paragraph>
      <Paragraph data-size="sm">{t("comparison.codeHint")}</Paragraph>
      <ComparisonFilters
        filters={filters}
        options={options}
        onChange={(name, value) => update(withFilter(params, name, value))}
        onClear={() => update(withoutFilters(params))}
      />
      <FiguresExplained />
      <p role="status" className="kv-compare__count" data-testid="result-count">
        {list.data ? countText(list.data.items.length, t) : ""}
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <ul className="kv-provider-list" aria-label={t("comparison.listLabel")}>
          {list.data.items.map((provider) => (
            <li key={provider.id}>
              <ProviderCard
                provider={provider}
                intervention={filters.intervention ?? undefined}
                href={`/jamfor/${provider.id}${search}`}
                selected={selected.includes(provider.id)}
                refused={refusedId === provider.id}
                onToggle={() => toggle(provider.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {selected.length > 0 && <SelectionBar selected={selected} known={all.data?.items ?? []} search={search} />}
    </div>
  );
}

function countText(count: number, t: ReturnType<typeof useI18n>["t"]): string {
  if (count === 0) return t("comparison.none");
  return count === 1 ? t("comparison.countOne") : t("comparison.count", { count });
}

/** The chosen providers and the way to the side-by-side view; stays in view at the bottom while scrolling. */
function SelectionBar({ selected, known, search }: { selected: string[]; known: PublicProvider[]; search: string }) {
  const { t } = useI18n();
  const names = selected.map((id) => known.find((p) => p.id === id)?.name).filter(Boolean);
  return (
    <section className="kv-selection-bar" aria-label={t("comparison.selectionLabel")} data-testid="selection-bar">
      <p className="kv-selection-bar__text">
        <strong>{t("comparison.selectedCount", { count: selected.length, max: MAX_COMPARED })}</strong>
        {names.length > 0 && <span className="kv-selection-bar__names"> {names.join(", ")}</span>}
      </p>
      {selected.length >= 2 ? (
        <LinkButton to={`/jamfor/jamforelse${search}`} data-size="sm">
          {t("comparison.compareSelected")}
        </LinkButton>
      ) : (
        <p className="kv-selection-bar__text">{t("comparison.selectOneMore")}</p>
      )}
    </section>
  );
}
