import { Tag } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentStatus } from "../api/get-document";
import { DOCUMENT_STATUS_COLORS, DOCUMENT_STATUS_LABELS } from "../lib/document-vocabulary";

/** The document's status in words (the colour only repeats it). */
export function DocumentStatusTag({ status, testId }: { status: DocumentStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag data-color={DOCUMENT_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(DOCUMENT_STATUS_LABELS[status])}
    </Tag>
  );
}
