import { Button, Heading, Paragraph, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import { activitySum, formatHours, rowHours, type ActivityRow } from "../lib/report-form";

type ActivitiesEditorProps = {
  id: string;
  title: string;
  help: string;
  rows: ActivityRow[];
  planned: number;
  error?: string;
  /** Shown under the help text: the reviewer's comment on the section. */
  comment?: ReactNode;
  onChange: (rows: ActivityRow[]) => void;
};

/**
 * Rows of activity and hours a week (whole or half hours) with add and remove, and a running sum
 * against the hours the assignment's scope suggests. A different sum is a reminder, never a stop:
 * the routine sets no total, so the report can be handed in anyway.
 */
export function ActivitiesEditor({ id, title, help, rows, planned, error, comment, onChange }: ActivitiesEditorProps) {
  const { t, language } = useI18n();
  const hours = (value: number) => formatHours(value, language);
  const sum = activitySum(rows);
  const difference = planned - sum;

  function update(index: number, patch: Partial<ActivityRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      className="kv-stack kv-stack--tight"
    >
      <Heading level={2} data-size="xs" id={`${id}-title`}>
        {title}
      </Heading>
      <Paragraph id={`${id}-help`} className="kv-muted">
        {help}
      </Paragraph>
      {comment}
      <ol className="kv-activities">
        {rows.map((row, index) => {
          const n = index + 1;
          const hoursInvalid = row.hours.trim() !== "" && rowHours(row) === null;
          return (
            <li key={index} className="kv-row-fields kv-activities__row" data-testid="activity-row">
              <Textfield
                maxLength={200}
                label={t("reports.activities.name", { n })}
                value={row.name}
                onChange={(event) => update(index, { name: event.target.value })}
                error={error && row.hours.trim() && !row.name.trim() ? t("reports.activities.nameMissing") : undefined}
              />
              <Textfield
                label={t("reports.activities.hours", { n })}
                inputMode="decimal"
                value={row.hours}
                onChange={(event) => update(index, { hours: event.target.value })}
                error={hoursInvalid ? t("reports.activities.hoursInvalid") : undefined}
                className="kv-activities__hours"
              />
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                className="kv-activities__remove"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t("reports.activities.remove", { n })}
              </Button>
            </li>
          );
        })}
      </ol>
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...rows, { name: "", hours: "" }])}>
          {t("reports.activities.add")}
        </Button>
      </div>
      <p className="kv-activities__sum" aria-live="polite" data-testid="activity-sum" data-matches={difference === 0}>
        {t("reports.activities.sum", { sum: hours(sum), planned: hours(planned) })}{" "}
        {difference > 0
          ? t("reports.activities.left", { hours: hours(difference) })
          : difference < 0
            ? t("reports.activities.over", { hours: hours(-difference) })
            : t("reports.activities.matches")}
      </p>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}
