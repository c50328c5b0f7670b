import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/** The caller's mail choices per group of notifications, defaults filled in. */
export async function getNotificationSettings() {
  return ok(await api.GET("/api/me/notification-settings"));
}

export const notificationSettingsQueryOptions = () =>
  queryOptions({ queryKey: ["notification-settings"], queryFn: getNotificationSettings });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}
