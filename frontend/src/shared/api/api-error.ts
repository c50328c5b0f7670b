/** A non-2xx answer from the API; `detail` is the server's human-readable, localized message. */
export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly extra: unknown;

  constructor(status: number, detail: string, extra?: unknown) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
    this.extra = extra;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Reads the `{status_code, detail, extra?}` body; a proxy's HTML error page still gives a usable error. */
export async function toApiError(response: Response): Promise<ApiError> {
  let detail = response.statusText || `HTTP ${response.status}`;
  let extra: unknown;
  try {
    const body: unknown = await response.clone().json();
    if (body && typeof body === "object") {
      if ("detail" in body && typeof body.detail === "string") detail = body.detail;
      if ("extra" in body) extra = body.extra;
    }
  } catch {
    // Not JSON: keep the status text.
  }
  return new ApiError(response.status, detail, extra);
}
