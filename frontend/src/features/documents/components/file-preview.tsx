import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentVersion } from "../api/get-document";
import { useDocumentFile } from "../api/get-document-file";

/** A blob as an object URL for as long as the component shows it. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const objectUrl = URL.createObjectURL(blob);
    // An object URL is an outside resource, made and revoked with the blob it stands for: an effect's job, and
    // the state that shows it can only be set once it exists.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

/**
 * The version's file in the page, beside the reviewer's actions: a PDF in a frame, an image inline.
 * The server sends files only as attachments, so the page fetches the bytes and shows a blob URL
 * (the Content-Security-Policy allows frames and images from blob:). Office files are downloaded.
 */
export function FilePreview({
  documentId,
  version,
  name,
}: {
  documentId: string;
  version: DocumentVersion;
  name: string;
}) {
  const { t } = useI18n();
  const type = version.content_type ?? "";
  const previewable = type === "application/pdf" || type.startsWith("image/");
  const query = useDocumentFile(documentId, version.number, { enabled: previewable });
  const url = useObjectUrl(query.data);
  const label = t("documents.preview.title", { name, number: version.number, file: version.filename ?? "" });

  if (!previewable) return <Alert data-color="info">{t("documents.preview.notPossible")}</Alert>;
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!url) return <Loading />;
  return (
    <figure className="kv-preview" data-testid="file-preview">
      {type === "application/pdf" ? (
        <iframe src={url} title={label} className="kv-preview__frame" />
      ) : (
        <img src={url} alt={label} className="kv-preview__image" />
      )}
      <Paragraph asChild data-size="sm" className="kv-muted">
        <figcaption>{label}</figcaption>
      </Paragraph>
    </figure>
  );
}
