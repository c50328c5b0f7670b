import type { InterventionCode } from "@/shared/api/types";
import type { MessageKey } from "@/shared/i18n/words";

/**
 * Intervention names for the public pages. The staff app reads them from GET /api/intervention-types, which
 * needs a login; the public comparison has the three names in its own dictionary instead.
 */
export const INTERVENTION_LABELS: Record<InterventionCode, MessageKey> = {
  JOBBPENG_GRUND: "comparison.intervention.JOBBPENG_GRUND",
  JOBBPENG_FORSTARKT: "comparison.intervention.JOBBPENG_FORSTARKT",
  SAI: "comparison.intervention.SAI",
};

export const INTERVENTION_CODES = Object.keys(INTERVENTION_LABELS) as InterventionCode[];

export function isInterventionCode(value: string | null | undefined): value is InterventionCode {
  return !!value && Object.hasOwn(INTERVENTION_LABELS, value);
}
