import {
  Button,
  EXPERIMENTAL_FileUpload as FileUpload,
  Field,
  Label,
  Paragraph,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { useState, type DragEvent, type Ref } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import { ACCEPTED_FILES, formatSize } from "../lib/document-vocabulary";

type FileDropFieldProps = {
  label: string;
  file: File | null;
  onChange: (file: File | null) => void;
  error?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
};

/**
 * A file input that is also a drop zone: the input lies over the whole zone, so a click anywhere
 * opens the file dialog, a dropped file lands in the input, and the keyboard reaches it as any
 * input (Tab, then Space or Enter). The chosen file is named below it.
 */
export function FileDropField({ label, file, onChange, error, disabled, inputRef, testId }: FileDropFieldProps) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  function dragOver(event: DragEvent<HTMLDivElement>) {
    if (event.dataTransfer.types.includes("Files")) setDragging(true);
  }

  return (
    <Field>
      <Label>{label}</Label>
      <FileUpload
        className="kv-file-drop"
        data-dragging={dragging || undefined}
        onDragEnter={dragOver}
        onDragOver={dragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          setDragging(false);
          // The browser also puts a file dropped on the input into it; taking it here as well keeps the
          // form right where a browser only fires the drop.
          const dropped = event.dataTransfer.files[0];
          if (dropped) onChange(dropped);
        }}
      >
        <Field.Description>{t("documents.file.dropHere")}</Field.Description>
        <Field.Description>{t("documents.file.allowed")}</Field.Description>
        {/* Looks like a button; the input above it takes the click, and its name is the label. */}
        <Button asChild variant="secondary" data-size="sm">
          <span aria-hidden="true">{t("documents.file.choose")}</span>
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPTED_FILES}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      </FileUpload>
      <Paragraph data-size="sm" aria-live="polite" className="kv-file-drop__chosen">
        {file ? t("documents.file.chosen", { name: file.name, size: formatSize(file.size) }) : t("documents.file.none")}
      </Paragraph>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
