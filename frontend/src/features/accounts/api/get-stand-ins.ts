import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** Every stand-in arrangement, latest first. */
export async function getStandIns() {
  return ok(await api.GET("/api/stand-ins"));
}

export const standInsQueryOptions = () => queryOptions({ queryKey: ["stand-ins"], queryFn: getStandIns });

export function useStandIns() {
  return useQuery(standInsQueryOptions());
}
