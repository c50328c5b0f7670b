import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { meQueryKey } from "@/features/auth/api/get-me";
import { isApiError } from "@/shared/api/api-error";
import { I18nProvider } from "@/shared/i18n/i18n";

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A 401 from any call means the session has ended: forget the account, and RequireAuth
    // sends the user to the login page.
    queryCache: new QueryCache({ onError: onAnyError }),
    mutationCache: new MutationCache({ onError: onAnyError }),
    defaultOptions: {
      queries: {
        // Client errors (4xx) will not change on retry; network trouble and 5xx might.
        retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
      },
    },
  });
  function onAnyError(error: unknown) {
    if (isApiError(error, 401)) queryClient.setQueryData(meQueryKey, null);
  }
  return queryClient;
}

const queryClient = createQueryClient();

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
