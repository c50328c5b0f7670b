import { Tag } from "@digdir/designsystemet-react";
import type { CaseStatus } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { CASE_STATUS_COLORS, CASE_STATUS_LABELS } from "../lib/case-vocabulary";

/** The status in words (the colour only repeats it). */
export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag data-color={CASE_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(CASE_STATUS_LABELS[status])}
    </Tag>
  );
}
