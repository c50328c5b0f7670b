import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type AddNonWorkingDayInput = JsonBody<"/api/calendar/days", "post">;

/** Adds a municipal non-working day with its reason (a weekday that is not a holiday and not yet added). */
export async function addNonWorkingDay(body: AddNonWorkingDayInput) {
  return ok(await api.POST("/api/calendar/days", { body }));
}

export function useAddNonWorkingDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addNonWorkingDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["calendar"] }),
  });
}
