import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { uploadFile } from "../lib/upload";
import { documentsChanged } from "./documents-changed";
import type { DocumentItem, DocumentKind } from "./get-document";
import { handInAfterUpload, type UploadOutcome } from "./hand-in";

/** `handIn`: submit the new document for review as soon as it is stored (the form's default). */
export type UploadDocumentInput = { kind: DocumentKind; month?: string; file: File; handIn?: boolean };

/** A new document with its first version (multipart: kind, month for monthly reports, file). */
export function uploadDocument(caseId: string, input: UploadDocumentInput, onProgress?: (fraction: number) => void) {
  return uploadFile<DocumentItem>({
    url: `/api/cases/${encodeURIComponent(caseId)}/documents`,
    fields: { kind: input.kind, month: input.kind === "monthly_report" ? input.month : undefined },
    file: input.file,
    onProgress,
  });
}

/**
 * The upload as a mutation, with its progress (0–1) while bytes are sent, null otherwise; with
 * `handIn`, the stored draft is then submitted (see {@link handInAfterUpload}).
 */
export function useUploadDocument(caseId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: async (input: UploadDocumentInput): Promise<UploadOutcome> => {
      setProgress(0);
      const document = await uploadDocument(caseId, input, setProgress);
      return input.handIn ? handInAfterUpload(document) : { document, handInError: null };
    },
    onSettled: () => {
      setProgress(null);
      void documentsChanged(queryClient);
    },
  });
  return { mutation, progress };
}
