import { Button, Fieldset } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import { languageName, sortByLanguageName } from "@/shared/lib/languages";
import type { PublicFilters } from "../api/get-public-providers";
import { PARAM, type FilterOptions } from "../lib/filters";
import { INTERVENTION_CODES, INTERVENTION_LABELS } from "../lib/interventions";
import { LeanCheckbox, LeanSelect } from "./lean-fields";

type FilterName = keyof typeof PARAM;

type ComparisonFiltersProps = {
  filters: PublicFilters;
  options: FilterOptions;
  onChange: (name: FilterName, value: string | boolean | null) => void;
  onClear: () => void;
};

/**
 * The choices that narrow the list. Intervention and language come first, as most people choose by them;
 * the rest fold away, so that a phone shows results after two fields. Every change applies at once (no
 * submit button); the page announces the new count.
 */
export function ComparisonFilters({ filters, options, onChange, onClear }: ComparisonFiltersProps) {
  const { t, language } = useI18n();
  const more = [filters.district, filters.industry, filters.target_group, filters.remote, filters.group_activities];
  const activeMore = more.filter((value) => value !== undefined && value !== null).length;
  // Read once, on the first render: a state's initial value, not a ref read while rendering.
  const [openAtFirst] = useState(activeMore > 0);
  return (
    <form
      role="search"
      aria-label={t("comparison.filters")}
      className="kv-compare-filters kv-stack"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="kv-compare-filters__main">
        <LeanSelect
          label={t("comparison.intervention")}
          value={filters.intervention ?? ""}
          onChange={(event) => onChange("intervention", event.target.value || null)}
        >
          <option value="">{t("comparison.allInterventions")}</option>
          {INTERVENTION_CODES.map((code) => (
            <option key={code} value={code}>
              {t(INTERVENTION_LABELS[code])}
            </option>
          ))}
        </LeanSelect>
        <LeanSelect
          label={t("comparison.language")}
          description={t("comparison.languageHelp")}
          value={filters.language ?? ""}
          onChange={(event) => onChange("language", event.target.value || null)}
        >
          <option value="">{t("comparison.allLanguages")}</option>
          {sortByLanguageName(options.languages, language).map((code) => (
            <option key={code} value={code}>
              {languageName(code, language)}
            </option>
          ))}
        </LeanSelect>
      </div>
      {/* Opens at first when one of its filters is in use (a shared link), so a chosen filter is never hidden;
          after that the visitor opens and closes it. */}
      <details className="ds-details" open={openAtFirst || undefined} data-testid="more-filters">
        <summary>
          {activeMore > 0 ? t("comparison.moreFiltersActive", { count: activeMore }) : t("comparison.moreFilters")}
        </summary>
        <div className="kv-stack">
          <div className="kv-compare-filters__more">
            <Choice
              label={t("comparison.district")}
              all={t("comparison.allDistricts")}
              value={filters.district ?? undefined}
              values={options.districts}
              onChange={(value) => onChange("district", value)}
            />
            <Choice
              label={t("comparison.industry")}
              all={t("comparison.allIndustries")}
              value={filters.industry ?? undefined}
              values={options.industries}
              onChange={(value) => onChange("industry", value)}
            />
            <Choice
              label={t("comparison.targetGroup")}
              all={t("comparison.allTargetGroups")}
              value={filters.target_group ?? undefined}
              values={options.targetGroups}
              onChange={(value) => onChange("target_group", value)}
            />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t("comparison.howLegend")}</Fieldset.Legend>
            <LeanCheckbox
              label={t("comparison.remoteFilter")}
              checked={filters.remote === true}
              onChange={(event) => onChange("remote", event.target.checked)}
            />
            <LeanCheckbox
              label={t("comparison.groupFilter")}
              checked={filters.group_activities === true}
              onChange={(event) => onChange("group_activities", event.target.checked)}
            />
          </Fieldset>
        </div>
      </details>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={onClear}>
          {t("comparison.clearFilters")}
        </Button>
      </div>
    </form>
  );
}

function Choice(props: {
  label: string;
  all: string;
  value: string | undefined;
  values: string[];
  onChange: (value: string | null) => void;
}) {
  const { label, all, value, values, onChange } = props;
  // A value from a shared link that no provider has any more still shows, so the filter can be undone.
  const shown = value && !values.includes(value) ? [value, ...values] : values;
  return (
    <LeanSelect label={label} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">{all}</option>
      {shown.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </LeanSelect>
  );
}
