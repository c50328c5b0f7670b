import { ApiError, toApiError } from "@/shared/api/api-error";
import { readCookie } from "@/shared/api/client";
import { getLanguage } from "@/shared/i18n/language";

/** The upload broke off before the server answered (network trouble, or a server that closed early). */
export class UploadInterrupted extends Error {
  constructor() {
    super("The upload was interrupted");
    this.name = "UploadInterrupted";
  }
}

export type UploadOptions = {
  url: string;
  file: File;
  /** Small text fields sent before the file: the server reads them as the file streams in. */
  fields?: Record<string, string | undefined>;
  /** Share of the bytes sent, 0–1, as the browser reports it. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Tests pass a fake; the app uses the browser's. */
  createRequest?: () => XMLHttpRequest;
};

/**
 * POSTs a file as multipart/form-data through XMLHttpRequest, because fetch cannot report upload
 * progress. Sends what the API client's middleware sends (Accept-Language, x-csrftoken from the
 * csrftoken cookie) and fails with the same ApiError on a non-2xx answer.
 */
export function uploadFile<T>({
  url,
  file,
  fields = {},
  onProgress,
  signal,
  createRequest,
}: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("Aborted", "AbortError"));
      return;
    }
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined && value !== "") body.append(name, value);
    }
    body.append("file", file, file.name);

    const request = createRequest ? createRequest() : new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Accept-Language", getLanguage());
    const token = readCookie("csrftoken");
    if (token) request.setRequestHeader("x-csrftoken", token);

    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress?.(1);
        try {
          resolve(JSON.parse(request.responseText) as T);
        } catch {
          reject(new Error("The API answered without a JSON body"));
        }
        return;
      }
      // The same reading of `{status_code, detail, extra}` as every other call.
      const response = new Response(request.responseText, { status: request.status, statusText: request.statusText });
      toApiError(response).then(reject, () => reject(new ApiError(request.status, request.statusText)));
    };
    request.onerror = () => reject(new UploadInterrupted());
    request.onabort = () => reject(new DOMException("Aborted", "AbortError"));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(body);
  });
}
