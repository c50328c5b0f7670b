import type { ProviderStatus } from "@/shared/api/types";
import type { MessageKey } from "@/shared/i18n/words";

export const PROVIDER_STATUS_LABELS: Record<ProviderStatus, MessageKey> = {
  authorized: "providerStatus.authorized",
  suspended: "providerStatus.suspended",
  terminated: "providerStatus.terminated",
};
export const PROVIDER_STATUSES = Object.keys(PROVIDER_STATUS_LABELS) as ProviderStatus[];
