import { Link, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentItem } from "../api/get-document";
import { documentHref, useDocumentName } from "../lib/document-name";
import { DocumentStatusTag } from "./document-status-tag";
import { TableScroll } from "@/shared/components/table-scroll";

/** A case's documents: what each is (linking to it), its status, how many versions, the last return comment. */
export function DocumentsTable({ items, caption }: { items: DocumentItem[]; caption: string }) {
  const { t } = useI18n();
  const nameOf = useDocumentName();
  return (
    <TableScroll>
      <Table zebra data-testid="documents-table">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("documents.document")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.statusLabel")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.versionCount")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.latestComment")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id} data-testid="document-row" data-document-id={item.id}>
              <TableHeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={documentHref(item)}>{nameOf(item)}</RouterLink>
                </Link>
                {item.structured && <span className="kv-muted"> ({t("documents.structured")})</span>}
              </TableHeaderCell>
              <TableCell>
                <DocumentStatusTag status={item.status} />
              </TableCell>
              <TableCell className="kv-number">{item.versions.length}</TableCell>
              <TableCell className="kv-pre">{item.latest_comment || "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
