import type { InterventionCode, Provider } from "@/shared/api/types";

/**
 * The providers a client can be queued at for `intervention` today: authorized (not suspended or
 * terminated) and holding an authorization for that intervention that is in force today, as the
 * API reports it in `active_today`. Sorted by name for the select.
 */
export function authorizedProviders(providers: readonly Provider[], intervention: InterventionCode): Provider[] {
  return providers
    .filter(
      (provider) =>
        provider.status === "authorized" &&
        provider.authorizations.some((a) => a.intervention === intervention && a.active_today),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}
