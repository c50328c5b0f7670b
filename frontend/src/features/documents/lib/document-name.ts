import { useCallback } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentKind } from "../api/get-document";
import { DOCUMENT_KIND_LABELS, formatMonth } from "./document-vocabulary";

/** A document as people name it: its kind, and the month of a monthly report ("Månadsrapport oktober 2026"). */
export function useDocumentName() {
  const { t, language } = useI18n();
  return useCallback(
    ({ kind, month }: { kind: DocumentKind; month: string | null }) =>
      month ? `${t(DOCUMENT_KIND_LABELS[kind])} ${formatMonth(month, language)}` : t(DOCUMENT_KIND_LABELS[kind]),
    [t, language],
  );
}

/** A report written in Kundval's form opens in the form; an uploaded file on the document page. */
export function documentHref({ id, structured }: { id: string; structured: boolean }): string {
  return structured ? `/rapporter/${id}` : `/dokument/${id}`;
}
