import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/client";

/** Removes a municipal non-working day: it is a working day again. */
export async function removeNonWorkingDay(dayId: string): Promise<void> {
  await api.DELETE("/api/calendar/days/{day_id}", { params: { path: { day_id: dayId } } });
}

export function useRemoveNonWorkingDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeNonWorkingDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["calendar"] }),
  });
}
