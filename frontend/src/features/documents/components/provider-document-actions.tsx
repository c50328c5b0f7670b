import { Alert, Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentItem } from "../api/get-document";
import { useSubmitDocument } from "../api/submit-document";
import { useUploadVersion } from "../api/upload-version";
import { latestReturn, needsNewVersion } from "../lib/review-state";
import { useUploadErrorMessage } from "../lib/use-upload-error-message";
import { FileDropField } from "./file-drop-field";
import { UploadProgress } from "./upload-progress";

/**
 * The provider's steps on a draft or returned document: the reviewer's comment being answered, a
 * corrected version (handed in with the upload unless "hand in now" is unchecked), and handing in
 * the latest version as it is.
 */
export function ProviderDocumentActions({
  document,
  onDone,
}: {
  document: DocumentItem;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const uploadMessageOf = useUploadErrorMessage();
  const { mutation: upload, progress } = useUploadVersion(document.id);
  const submit = useSubmitDocument(document.id);
  const [file, setFile] = useState<File | null>(null);
  const [handInNow, setHandInNow] = useState(true);
  const [fileError, setFileError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const returned = document.status === "returned" ? latestReturn(document) : undefined;
  const mustUpload = needsNewVersion(document);

  function submitUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    setAttempt((n) => n + 1);
    upload.reset();
    submit.reset();
    if (!file) {
      setFileError(t("documents.upload.fileMissing"));
      return;
    }
    setFileError(undefined);
    upload.mutate(
      { file, handIn: handInNow },
      {
        onSuccess: ({ document: updated, handInError }) => {
          setFile(null);
          if (fileInput.current) fileInput.current.value = "";
          const number = updated.versions.at(-1)?.number ?? "";
          onDone(
            handInError
              ? t("documents.version.doneNotHandedIn", { number, reason: messageOf(handInError) })
              : updated.status === "submitted"
                ? t("documents.version.doneHandedIn", { number })
                : t("documents.version.done", { number }),
          );
        },
      },
    );
  }

  function handIn() {
    if (submit.isPending) return;
    setAttempt((n) => n + 1);
    upload.reset();
    submit.mutate(undefined, { onSuccess: () => onDone(t("documents.submit.done")) });
  }

  return (
    <section className="kv-section kv-stack" aria-labelledby="document-actions-heading" data-testid="provider-actions">
      <Heading level={2} data-size="sm" id="document-actions-heading">
        {t("documents.actionsHeading")}
      </Heading>
      {returned && (
        <Alert data-color="warning" data-testid="return-comment">
          <Heading level={3} data-size="xs">
            {t("documents.returnComment.title", { name: returned.actor_name ?? t("documents.returnComment.reviewer") })}
          </Heading>
          <Paragraph className="kv-pre">{returned.comment}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submitUpload} noValidate className="kv-action kv-stack" data-testid="version-form">
        <Heading level={3} data-size="xs">
          {t("documents.version.title")}
        </Heading>
        {fileError ? (
          <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
        ) : upload.error ? (
          <FormError attempt={attempt}>{uploadMessageOf(upload.error)}</FormError>
        ) : null}
        <FileDropField
          label={t("documents.upload.file")}
          file={file}
          onChange={setFile}
          error={fileError}
          disabled={upload.isPending}
          inputRef={fileInput}
          testId="version-file"
        />
        <Checkbox
          label={t("documents.upload.handIn")}
          description={t("documents.upload.handInHelp")}
          checked={handInNow}
          onChange={(event) => setHandInNow(event.target.checked)}
          disabled={upload.isPending}
        />
        <UploadProgress progress={progress} fileName={file?.name ?? ""} />
        <div>
          <Button type="submit" variant={handInNow ? "primary" : "secondary"} loading={upload.isPending}>
            {t(handInNow ? "documents.version.submitAndHandIn" : "documents.version.submit")}
          </Button>
        </div>
      </form>
      <div className="kv-action kv-stack" data-testid="submit-box">
        <Heading level={3} data-size="xs">
          {t("documents.submit.title")}
        </Heading>
        {submit.error && <FormError attempt={attempt}>{messageOf(submit.error)}</FormError>}
        <Paragraph data-size="sm">
          {mustUpload
            ? t("documents.submit.needsNewVersion")
            : t("documents.submit.help", { number: document.versions.at(-1)?.number ?? "" })}
        </Paragraph>
        <div>
          <Button onClick={handIn} loading={submit.isPending}>
            {t("documents.submit.submit")}
          </Button>
        </div>
      </div>
    </section>
  );
}
