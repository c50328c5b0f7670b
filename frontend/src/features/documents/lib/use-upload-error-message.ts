import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { UploadInterrupted } from "./upload";

/** The message of a failed upload: the server's detail, or what an interrupted upload may mean. */
export function useUploadErrorMessage() {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  return (error: unknown) =>
    error instanceof UploadInterrupted ? t("documents.upload.interrupted") : messageOf(error);
}
