import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import type { AutosaveState } from "../lib/use-autosave";
import { formatTime } from "../lib/report-vocabulary";

/** "Sparat 13:47" in a live region, so the save is announced without taking focus; a failed save says why. */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const savedAt = state.status === "idle" ? undefined : state.savedAt;
  return (
    <div className="kv-autosave" data-testid="autosave-status">
      <p role="status" className="kv-autosave__text" data-state={state.status}>
        {state.status === "error"
          ? t("reports.autosave.failed", { detail: messageOf(state.error) })
          : savedAt
            ? t("reports.autosave.saved", { time: formatTime(savedAt) })
            : t("reports.autosave.idle")}
      </p>
      {state.status === "saving" && (
        <span className="kv-muted" aria-hidden="true">
          {t("reports.autosave.saving")}
        </span>
      )}
    </div>
  );
}
