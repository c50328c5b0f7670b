import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { uploadFile } from "../lib/upload";
import { documentsChanged } from "./documents-changed";
import type { DocumentItem } from "./get-document";
import { handInAfterUpload, type UploadOutcome } from "./hand-in";

/** A corrected version of a draft or returned document (multipart: file). */
export function uploadVersion(documentId: string, file: File, onProgress?: (fraction: number) => void) {
  return uploadFile<DocumentItem>({
    url: `/api/documents/${encodeURIComponent(documentId)}/versions`,
    file,
    onProgress,
  });
}

/** A corrected version as a mutation; with `handIn`, it is then submitted for review. */
export function useUploadVersion(documentId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, handIn }: { file: File; handIn: boolean }): Promise<UploadOutcome> => {
      setProgress(0);
      const document = await uploadVersion(documentId, file, setProgress);
      return handIn ? handInAfterUpload(document) : { document, handInError: null };
    },
    onSettled: () => {
      setProgress(null);
      void documentsChanged(queryClient);
    },
  });
  return { mutation, progress };
}
