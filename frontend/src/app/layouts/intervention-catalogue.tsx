import { Outlet } from "react-router";
import { useInterventionTypes } from "@/features/interventions/api/get-intervention-types";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { InterventionsProvider } from "@/shared/lib/interventions";
import { RulesProvider, useRulesQuery } from "@/shared/lib/rules";

/**
 * Signed-in pages get the intervention catalogue and the numbers of the rules as reference data from one cached
 * query each. Until the catalogue has answered, codes stand in for names; the rules are waited for, since texts
 * and checks need their numbers.
 */
export function InterventionCatalogue() {
  const { data } = useInterventionTypes();
  const rules = useRulesQuery();
  if (!rules.data) return rules.isError ? <ErrorAlert error={rules.error} /> : <Loading />;
  return (
    <InterventionsProvider items={data?.items ?? EMPTY}>
      <RulesProvider rules={rules.data}>
        <Outlet />
      </RulesProvider>
    </InterventionsProvider>
  );
}

const EMPTY: never[] = [];
