import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson } from "@/shared/api/types";

export type ReviewItem = OkJson<"/api/reviews", "get">["items"][number];

/** Submitted documents of the counsellor's cases, oldest first. */
export async function getReviews() {
  return ok(await api.GET("/api/reviews"));
}

export const reviewsQueryOptions = () => queryOptions({ queryKey: ["documents", "reviews"], queryFn: getReviews });

export function useReviews() {
  return useQuery(reviewsQueryOptions());
}
