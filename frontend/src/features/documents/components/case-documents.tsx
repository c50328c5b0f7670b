import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useNavigate } from "react-router";
import type { Case } from "@/shared/api/types";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import type { FlashState } from "@/shared/hooks/use-flash-message";
import { useI18n } from "@/shared/i18n/i18n";
import type { Role } from "@/shared/roles";
import { useCaseDocuments } from "../api/get-case-documents";
import { useDocumentName } from "../lib/document-name";
import { DocumentsTable } from "./documents-table";
import { UploadForm } from "./upload-form";

// Documents can be handed in once a provider has claimed the case.
const OPEN_FOR_DOCUMENTS: readonly Case["status"][] = ["claimed", "active", "ended"];

/**
 * The "Dokument" section of a case page: the case's documents and, for the provider's staff (or
 * the counsellor, for the documents the counsellor hands over), an upload form.
 */
export function CaseDocuments({ item, roles }: { item: Case; roles: readonly Role[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const nameOf = useDocumentName();
  const messageOf = useErrorMessage();
  const query = useCaseDocuments(item.id);
  const side =
    roles.includes("provider_staff") || roles.includes("provider_admin")
      ? "provider"
      : roles.includes("counsellor")
        ? "counsellor"
        : null;
  const uploads = side !== null && OPEN_FOR_DOCUMENTS.includes(item.status);

  return (
    <section className="kv-section kv-stack" aria-labelledby="case-documents-heading" data-testid="case-documents">
      <Heading level={2} data-size="sm" id="case-documents-heading">
        {t("documents.heading")}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph data-testid="documents-empty">{t("documents.empty")}</Paragraph>
      ) : (
        <DocumentsTable items={query.data.items} caption={t("documents.caption")} />
      )}
      {uploads && side && (
        <UploadForm
          item={item}
          side={side}
          onUploaded={({ document, handInError }) => {
            const name = nameOf(document);
            const message = handInError
              ? t("documents.upload.doneNotHandedIn", { name, reason: messageOf(handInError) })
              : document.status === "submitted"
                ? t("documents.upload.doneHandedIn", { name })
                : t(document.status === "draft" ? "documents.upload.doneDraft" : "documents.upload.done", { name });
            navigate(`/dokument/${document.id}`, { state: { message } satisfies FlashState });
          }}
        />
      )}
    </section>
  );
}
