import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import type { InterventionCode, InterventionType } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";

type Named = Pick<InterventionType, "code" | "name_sv" | "name_en">;

const InterventionsContext = createContext<readonly Named[]>([]);

/**
 * The intervention catalogue as reference data for every feature (names in tables, options in
 * selects). The app fetches it once and provides it here, so features need not import each other.
 */
export function InterventionsProvider({ items, children }: { items: readonly Named[]; children: ReactNode }) {
  return <InterventionsContext.Provider value={items}>{children}</InterventionsContext.Provider>;
}

/** The catalogue in the UI language: options for a select and the name of a code (the code until loaded). */
export function useInterventions() {
  const items = useContext(InterventionsContext);
  const { language } = useI18n();
  const options = useMemo(
    () => items.map((item) => ({ code: item.code, name: language === "en" ? item.name_en : item.name_sv })),
    [items, language],
  );
  const nameOf = useCallback(
    (code: InterventionCode) => options.find((option) => option.code === code)?.name ?? code,
    [options],
  );
  return { options, nameOf };
}
