import { queryOptions, useQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { api, ok } from "@/shared/api/client";
import type { Rules } from "@/shared/api/types";
import { TextParams } from "@/shared/i18n/i18n";

export async function getRules() {
  return ok(await api.GET("/api/rules"));
}

// The rules change with a release of the backend, not during a session.
export const rulesQueryOptions = () => queryOptions({ queryKey: ["rules"], queryFn: getRules, staleTime: Infinity });

export function useRulesQuery() {
  return useQuery(rulesQueryOptions());
}

const RulesContext = createContext<Rules | null>(null);

/**
 * The numbers of the rules for every signed-in page: in code through useRules(), and in every text as placeholders
 * named like the fields (`{certificate_from_day}`), so that no number of a rule is written in the frontend.
 */
export function RulesProvider({ rules, children }: { rules: Rules; children: ReactNode }) {
  return (
    <RulesContext.Provider value={rules}>
      <TextParams params={rules}>{children}</TextParams>
    </RulesContext.Provider>
  );
}

export function useRules(): Rules {
  const rules = useContext(RulesContext);
  if (!rules) throw new Error("useRules must be used inside RulesProvider");
  return rules;
}
