import { useId } from "react";
import { useI18n } from "@/shared/i18n/i18n";

/** A labelled progress bar while a file is sent; nothing otherwise. */
export function UploadProgress({ progress, fileName }: { progress: number | null; fileName: string }) {
  const { t } = useI18n();
  const id = useId();
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div className="kv-upload-progress" data-testid="upload-progress">
      <label htmlFor={id}>{t("documents.upload.progress", { name: fileName })}</label>
      <progress id={id} max={100} value={percent}>
        {percent} %
      </progress>
      <span className="kv-number" aria-hidden="true">
        {percent} %
      </span>
    </div>
  );
}
