import {
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useReviews } from "../api/get-reviews";
import { useDocumentName } from "../lib/document-name";
import { TableScroll } from "@/shared/components/table-scroll";

// The queue is paged by the server (GET /api/reviews takes limit and offset).
const PAGE_SIZE = 50;

/**
 * The counsellor's review queue (/granskning): submitted documents of their cases, oldest first,
 * with how long each has waited (routine 002 §6.3.1: reviewed within five working days).
 */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const nameOf = useDocumentName();
  const [offset, setOffset] = useState(0);
  const query = useReviews({ limit: PAGE_SIZE, offset });
  useDocumentTitle(t("documents.reviews.title"));

  return (
    <div className="kv-stack" data-testid="review-queue-page">
      <PageHeading>{t("documents.reviews.title")}</PageHeading>
      <Paragraph>{t("documents.reviews.intro")}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph data-testid="reviews-empty">{t("documents.reviews.empty")}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra data-testid="reviews-table">
            <caption>{t("documents.reviews.caption")}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t("documents.reviews.document")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("documents.reviews.client")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("documents.reviews.version")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("documents.reviews.submittedAt")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("documents.reviews.waiting")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.data.items.map((item) => (
                <TableRow key={item.document_id} data-testid="review-row" data-document-id={item.document_id}>
                  <TableHeaderCell scope="row">
                    <Link asChild>
                      {/* The document page opens a report written in the form in the form's review view. */}
                      <RouterLink to={`/dokument/${item.document_id}`}>{nameOf(item)}</RouterLink>
                    </Link>
                  </TableHeaderCell>
                  <TableCell>{item.client_display_name}</TableCell>
                  <TableCell className="kv-number">{item.version_number}</TableCell>
                  <TableCell className="kv-number">
                    <time dateTime={item.submitted_at}>{formatDateTime(item.submitted_at)}</time>
                  </TableCell>
                  <TableCell className="kv-number">
                    {t("documents.reviews.days", { count: item.waiting_days })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {query.data && (
        <Pager
          total={query.data.total}
          limit={PAGE_SIZE}
          offset={offset}
          onChange={setOffset}
          label={t("documents.reviews.caption")}
        />
      )}
    </div>
  );
}
