import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { OkJson, QueryParams } from "@/shared/api/types";

export type ReviewItem = OkJson<"/api/reviews", "get">["items"][number];
export type ReviewsQuery = QueryParams<"/api/reviews", "get">;

/** One page of the submitted documents of the counsellor's cases, oldest first. */
export async function getReviews(query: ReviewsQuery) {
  return ok(await api.GET("/api/reviews", { params: { query } }));
}

export const reviewsQueryOptions = (query: ReviewsQuery) =>
  queryOptions({
    queryKey: ["documents", "reviews", query],
    queryFn: () => getReviews(query),
    placeholderData: keepPreviousData,
  });

export function useReviews(query: ReviewsQuery) {
  return useQuery(reviewsQueryOptions(query));
}
