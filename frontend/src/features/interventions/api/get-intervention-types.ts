import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

// The catalogue is three rows, well inside the API's default page.
export async function getInterventionTypes() {
  return ok(await api.GET("/api/intervention-types"));
}

export const interventionTypesQueryOptions = () =>
  queryOptions({ queryKey: ["intervention-types"], queryFn: getInterventionTypes, staleTime: 60 * 60 * 1000 });

export function useInterventionTypes() {
  return useQuery(interventionTypesQueryOptions());
}
