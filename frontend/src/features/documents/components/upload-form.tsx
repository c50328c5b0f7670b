import { Button, Checkbox, Heading } from "@digdir/designsystemet-react";
import { useRef, useState, type FormEvent } from "react";
import type { Case } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import type { DocumentKind } from "../api/get-document";
import type { UploadOutcome } from "../api/hand-in";
import { useUploadDocument } from "../api/upload-document";
import { reportMonths } from "@/shared/lib/case-months";
import { DOCUMENT_KIND_LABELS, formatMonth, uploadableKinds } from "../lib/document-vocabulary";
import { useUploadErrorMessage } from "../lib/use-upload-error-message";
import { FileDropField } from "./file-drop-field";
import { UploadProgress } from "./upload-progress";

const FIELDS = ["kind", "month", "file"] as const;

type UploadFormProps = {
  item: Case;
  side: "provider" | "counsellor";
  onUploaded: (outcome: UploadOutcome) => void;
};

/**
 * Upload a new document to the case: its kind, the month for a monthly report, and the file. On the
 * provider's side the upload is handed in for review at once unless "hand in now" is unchecked (a
 * draft to finish later); the counsellor's own documents need no review.
 */
export function UploadForm({ item, side, onUploaded }: UploadFormProps) {
  const { t, language } = useI18n();
  const messageOf = useUploadErrorMessage();
  const { mutation, progress } = useUploadDocument(item.id);
  const months = reportMonths(item);
  const [kind, setKind] = useState<DocumentKind | "">("");
  const [month, setMonth] = useState(months[1] ?? months[0] ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [handIn, setHandIn] = useState(true);
  const reviewed = side === "provider";
  const [attempt, setAttempt] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const monthly = kind === "monthly_report";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const ok = validate({
      kind: !kind && t("documents.upload.kindMissing"),
      month: monthly && !month && t("documents.upload.monthMissing"),
      file: !file && t("documents.upload.fileMissing"),
    });
    if (!ok || !kind || !file) return;
    mutation.mutate(
      { kind, month: monthly ? month : undefined, file, handIn: reviewed && handIn },
      {
        onSuccess: (outcome) => {
          setFile(null);
          if (fileInput.current) fileInput.current.value = "";
          onUploaded(outcome);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="kv-action kv-stack" data-testid="upload-form">
      <Heading level={3} data-size="xs">
        {t("documents.upload.title")}
      </Heading>
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <SelectField
        label={t("documents.upload.kind")}
        value={kind}
        onChange={(event) => setKind(event.target.value as DocumentKind | "")}
        error={errorOf("kind")}
      >
        <option value="">{t("form.choose")}</option>
        {uploadableKinds(side).map((code) => (
          <option key={code} value={code}>
            {t(DOCUMENT_KIND_LABELS[code])}
          </option>
        ))}
      </SelectField>
      {monthly && (
        <SelectField
          label={t("documents.upload.month")}
          description={months.length === 0 ? t("documents.upload.noMonths") : undefined}
          value={month}
          onChange={(event) => setMonth(event.target.value)}
          error={errorOf("month")}
        >
          <option value="">{t("form.choose")}</option>
          {months.map((value) => (
            <option key={value} value={value}>
              {formatMonth(value, language)}
            </option>
          ))}
        </SelectField>
      )}
      <FileDropField
        label={t("documents.upload.file")}
        file={file}
        onChange={setFile}
        error={errorOf("file")}
        disabled={mutation.isPending}
        inputRef={fileInput}
        testId="upload-file"
      />
      {reviewed && (
        <Checkbox
          label={t("documents.upload.handIn")}
          description={t("documents.upload.handInHelp")}
          checked={handIn}
          onChange={(event) => setHandIn(event.target.checked)}
          disabled={mutation.isPending}
        />
      )}
      <UploadProgress progress={progress} fileName={file?.name ?? ""} />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t(reviewed && handIn ? "documents.upload.submitAndHandIn" : "documents.upload.submit")}
        </Button>
      </div>
    </form>
  );
}
