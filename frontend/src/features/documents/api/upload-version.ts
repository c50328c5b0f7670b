import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { uploadFile } from "../lib/upload";
import { documentsChanged } from "./documents-changed";
import type { DocumentItem } from "./get-document";

/** A corrected version of a draft or returned document (multipart: file). */
export function uploadVersion(documentId: string, file: File, onProgress?: (fraction: number) => void) {
  return uploadFile<DocumentItem>({
    url: `/api/documents/${encodeURIComponent(documentId)}/versions`,
    file,
    onProgress,
  });
}

export function useUploadVersion(documentId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadVersion(documentId, file, setProgress);
    },
    onSettled: () => {
      setProgress(null);
      void documentsChanged(queryClient);
    },
  });
  return { mutation, progress };
}
