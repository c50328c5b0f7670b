import createClient, { type Middleware } from "openapi-fetch";
import { getLanguage } from "@/shared/i18n/language";
import { toApiError } from "./api-error";
import type { paths } from "./schema";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/**
 * Sends the CSRF token (double-submit cookie) on unsafe methods and the UI language so that the
 * server's `detail` messages match; turns every non-2xx answer into a thrown ApiError so that
 * react-query sees failures as errors.
 */
export const kundvalMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept-Language", getLanguage());
    if (UNSAFE_METHODS.has(request.method)) {
      const token = readCookie("csrftoken");
      if (token) request.headers.set("x-csrftoken", token);
    }
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
    return undefined;
  },
};

export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  const client = createClient<paths>({ baseUrl: "", credentials: "same-origin", ...options });
  client.use(kundvalMiddleware);
  return client;
}

/** The app's one API client: same origin, so the session cookie goes along. */
export const api = createApiClient();

/**
 * The body of a successful call. The middleware has already thrown on non-2xx, so a missing body
 * here means the server broke the contract.
 */
export function ok<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error("The API answered without a body");
  return result.data;
}
