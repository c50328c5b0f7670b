import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { Navigate, Link as RouterLink } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { StatusMessage } from "@/shared/components/status-message";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import type { Role } from "@/shared/roles";
import { useDocument, type DocumentItem } from "../api/get-document";
import { useDocumentCase } from "../api/get-document-case";
import { documentHref, useDocumentName } from "../lib/document-name";
import { latestReturn } from "../lib/review-state";
import { DocumentStatusTag } from "./document-status-tag";
import { FilePreview } from "./file-preview";
import { ProviderDocumentActions } from "./provider-document-actions";
import { ReviewForm } from "./review-form";
import { ReviewHistory } from "@/shared/components/review-history";
import { VersionList } from "./version-list";

type DocumentPageProps = {
  documentId: string;
  roles: readonly Role[];
  /** A message from the page that led here ("the file is uploaded"). */
  initialMessage?: string | null;
};

/**
 * One uploaded document (/dokument/:id): its status, versions and review history, and the steps of
 * the viewer's side: the provider uploads corrected versions and hands in; the counsellor reviews a
 * submitted file shown beside the actions. A report written in the form opens in the form instead.
 */
export function DocumentPage({ documentId, roles, initialMessage = null }: DocumentPageProps) {
  const { t } = useI18n();
  const nameOf = useDocumentName();
  const query = useDocument(documentId);
  const [message, setMessage] = useState<string | null>(initialMessage);
  const statusRef = useRef<HTMLDivElement>(null);
  const document = query.data;
  const client = useDocumentCase(document?.case_id).data?.client?.display_name;
  const name = document ? nameOf(document) : t("documents.page.loadingTitle");
  const title = client ? `${name} – ${client}` : name;
  useDocumentTitle(title);

  function done(text: string) {
    setMessage(text);
    // The form that was used may disappear with the new status: keep the focus on the outcome.
    statusRef.current?.focus();
  }

  if (document?.structured) return <Navigate to={documentHref(document)} replace />;

  return (
    <div className="kv-stack" data-testid="document-page">
      <PageHeading>{title}</PageHeading>
      <StatusMessage message={message} ref={statusRef} testId="document-message" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <DocumentBody document={query.data} roles={roles} name={name} onDone={done} />
      )}
    </div>
  );
}

function DocumentBody({
  document,
  roles,
  name,
  onDone,
}: {
  document: DocumentItem;
  roles: readonly Role[];
  name: string;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const provider = roles.includes("provider_staff") || roles.includes("provider_admin");
  const reviews = roles.includes("counsellor") && document.status === "submitted";
  const works = provider && (document.status === "draft" || document.status === "returned");
  const returned = document.status === "returned" ? latestReturn(document) : undefined;
  const latest = document.versions.at(-1);

  return (
    <>
      <Paragraph className="kv-status-line">
        {t("documents.statusLabel")}: <DocumentStatusTag status={document.status} testId="document-status" />
        {document.submitted_at && document.status === "submitted" && (
          <span className="kv-muted">
            {t("documents.page.submittedAt", { at: formatDateTime(document.submitted_at) })}
          </span>
        )}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/arenden/${document.case_id}`}>{t("documents.page.toCase")}</RouterLink>
        </Link>
      </Paragraph>
      {returned && !works && (
        <Alert data-color="warning" data-testid="return-comment">
          <Paragraph className="kv-pre">
            {t("documents.page.returnedWith")}: {returned.comment}
          </Paragraph>
        </Alert>
      )}
      {reviews && latest && (
        <div className="kv-review-layout">
          <FilePreview documentId={document.id} version={latest} name={name} />
          <ReviewForm documentId={document.id} onDone={onDone} />
        </div>
      )}
      {works && <ProviderDocumentActions document={document} onDone={onDone} />}
      <section className="kv-section kv-stack" aria-labelledby="document-versions-heading">
        <Heading level={2} data-size="sm" id="document-versions-heading">
          {t("documents.versions.heading")}
        </Heading>
        <VersionList document={document} />
      </section>
      <section className="kv-section kv-stack" aria-labelledby="document-history-heading">
        <Heading level={2} data-size="sm" id="document-history-heading">
          {t("documents.history.heading")}
        </Heading>
        <ReviewHistory reviews={document.reviews} />
      </section>
    </>
  );
}
