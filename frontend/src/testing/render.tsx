import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { I18nProvider } from "@/shared/i18n/i18n";
import { InterventionsProvider } from "@/shared/lib/interventions";
import { RulesProvider } from "@/shared/lib/rules";
import { RULES } from "./fixtures";

export const INTERVENTIONS = [
  { code: "JOBBPENG_GRUND", name_sv: "Jobbpeng grund", name_en: "Job voucher, basic" },
  { code: "JOBBPENG_FORSTARKT", name_sv: "Förstärkt jobbpeng", name_en: "Job voucher, reinforced" },
  { code: "SAI", name_sv: "Språk- och arbetsintroduktion", name_en: "Language and work introduction" },
] as const;

/** Renders `ui` as the app does: i18n, a fresh query client without retries, a router, the catalogue, the rules. */
export function renderWithApp(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <InterventionsProvider items={INTERVENTIONS}>
            <RulesProvider rules={RULES}>{ui}</RulesProvider>
          </InterventionsProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient };
}
