import { Outlet } from "react-router";
import { useInterventionTypes } from "@/features/interventions/api/get-intervention-types";
import { InterventionsProvider } from "@/shared/lib/interventions";

/**
 * Signed-in pages get the intervention catalogue as reference data (names and select options) from
 * one cached query; until it has answered, codes stand in for names.
 */
export function InterventionCatalogue() {
  const { data } = useInterventionTypes();
  return (
    <InterventionsProvider items={data?.items ?? EMPTY}>
      <Outlet />
    </InterventionsProvider>
  );
}

const EMPTY: never[] = [];
