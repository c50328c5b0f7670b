import { Link, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import type { DocumentItem } from "../api/get-document";
import { documentFileUrl } from "../api/get-document-file";
import { formatSize } from "../lib/document-vocabulary";
import { TableScroll } from "@/shared/components/table-scroll";

/** Every version of a document, newest first, each with a download link to its own file. */
export function VersionList({ document }: { document: DocumentItem }) {
  const { t } = useI18n();
  const versions = [...document.versions].reverse();
  return (
    <TableScroll>
      <Table zebra data-testid="versions-table">
        <caption>{t("documents.versions.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("documents.versions.number")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.versions.file")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.versions.uploadedBy")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("documents.versions.at")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((version) => (
            <TableRow key={version.number} data-testid="version-row" data-version={version.number}>
              <TableHeaderCell scope="row" className="kv-number">
                {t("documents.versions.label", { number: version.number })}
              </TableHeaderCell>
              <TableCell className="kv-file-name">
                {version.filename ? (
                  <Link href={documentFileUrl(document.id, version.number)} download={version.filename}>
                    {/* The visible name is the file's; the link says which version it downloads. */}
                    {version.filename}
                    <span className="ds-sr-only">, {t("documents.versions.download", { number: version.number })}</span>
                  </Link>
                ) : (
                  t("documents.versions.form")
                )}
                {version.size !== null && <span className="kv-muted"> ({formatSize(version.size)})</span>}
              </TableCell>
              <TableCell>{version.uploaded_by_name ?? "–"}</TableCell>
              <TableCell className="kv-number">
                <time dateTime={version.created_at}>{formatDateTime(version.created_at)}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
