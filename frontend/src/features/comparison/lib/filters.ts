import type { InterventionCode } from "@/shared/api/types";
import type { PublicFilters, PublicProvider } from "../api/get-public-providers";
import { isInterventionCode } from "./interventions";

/**
 * The comparison's state lives in the URL, in Swedish words, so that a filtered list or a comparison can be
 * bookmarked, shared and reached with the back button: /jamfor?insats=SAI&sprak=ar&valda=<id>,<id>.
 */
export const PARAM = {
  intervention: "insats",
  language: "sprak",
  district: "omrade",
  industry: "bransch",
  target_group: "malgrupp",
  remote: "distans",
  group_activities: "grupp",
  selected: "valda",
} as const;

const TEXT_FILTERS = ["language", "district", "industry", "target_group"] as const;
const FLAG_FILTERS = ["remote", "group_activities"] as const;

/** The API's filters from the URL; unknown or empty values are left out (so they do not split the cache). */
export function filtersFromParams(params: URLSearchParams): PublicFilters {
  const filters: PublicFilters = {};
  const intervention = params.get(PARAM.intervention);
  if (isInterventionCode(intervention)) filters.intervention = intervention;
  for (const name of TEXT_FILTERS) {
    const value = params.get(PARAM[name])?.trim();
    if (value) filters[name] = value;
  }
  // A checked box filters on "yes"; unchecked means "either".
  for (const name of FLAG_FILTERS) {
    if (params.get(PARAM[name]) === "1") filters[name] = true;
  }
  return filters;
}

/** Changes one filter in the URL, keeping the rest (selection included). */
export function withFilter(
  params: URLSearchParams,
  name: keyof typeof PARAM,
  value: string | boolean | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const text = value === true ? "1" : value === false ? null : value;
  if (text) next.set(PARAM[name], text);
  else next.delete(PARAM[name]);
  return next;
}

/** Removes every filter but keeps the intervention and the selection: "clear" should not lose the comparison. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [...TEXT_FILTERS, ...FLAG_FILTERS]) next.delete(PARAM[name]);
  return next;
}

export function hasFilters(filters: PublicFilters): boolean {
  return [...TEXT_FILTERS, ...FLAG_FILTERS].some((name) => filters[name] !== undefined);
}

export type FilterOptions = { languages: string[]; districts: string[]; industries: string[]; targetGroups: string[] };

/** The values the providers actually have, once each: a filter never offers a choice that matches nobody. */
export function filterOptions(providers: readonly PublicProvider[]): FilterOptions {
  const collect = (pick: (p: PublicProvider) => readonly string[]) =>
    [...new Set(providers.flatMap(pick))].sort((a, b) => a.localeCompare(b, "sv"));
  return {
    languages: collect((p) => p.languages),
    districts: collect((p) => p.districts),
    industries: collect((p) => p.industries),
    targetGroups: collect((p) => p.target_groups),
  };
}

/** The intervention in the URL, if any, for pages that show one intervention's results. */
export function interventionFromParams(params: URLSearchParams): InterventionCode | undefined {
  const value = params.get(PARAM.intervention);
  return isInterventionCode(value) ? value : undefined;
}
