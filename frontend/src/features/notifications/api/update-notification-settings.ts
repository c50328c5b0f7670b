import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type UpdateNotificationSettingsInput = JsonBody<"/api/me/notification-settings", "put">;

/** Sets the caller's choice for the groups named; the others keep theirs. */
export async function updateNotificationSettings(body: UpdateNotificationSettingsInput) {
  return ok(await api.PUT("/api/me/notification-settings", { body }));
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (data) => queryClient.setQueryData(["notification-settings"], data),
  });
}
