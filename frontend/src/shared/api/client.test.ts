import { afterEach, describe, expect, it, vi } from "vitest";
import { setLanguage } from "@/shared/i18n/language";
import { ApiError } from "./api-error";
import { createApiClient } from "./client";

function setup(response: () => Response = () => Response.json({ id: "1" })) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    requests.push(input as Request);
    return response();
  });
  return { client: createApiClient({ baseUrl: "http://localhost:3000", fetch }), requests };
}

afterEach(() => {
  document.cookie = "csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
  setLanguage("sv");
});

describe("API client middleware", () => {
  it("sends the csrftoken cookie as x-csrftoken on unsafe methods", async () => {
    document.cookie = "csrftoken=abc%3D123";
    const { client, requests } = setup(() => new Response(null, { status: 204 }));
    await client.POST("/api/auth/logout");
    expect(requests[0]!.headers.get("x-csrftoken")).toBe("abc=123");
  });

  it("does not send the CSRF header on GET", async () => {
    document.cookie = "csrftoken=abc123";
    const { client, requests } = setup();
    await client.GET("/api/me");
    expect(requests[0]!.headers.get("x-csrftoken")).toBeNull();
  });

  it("sends no CSRF header when there is no cookie yet (first login)", async () => {
    const { client, requests } = setup();
    await client.POST("/api/auth/login", { body: { username: "a", password: "b" } });
    expect(requests[0]!.headers.get("x-csrftoken")).toBeNull();
  });

  it("sends the chosen UI language as Accept-Language", async () => {
    const { client, requests } = setup();
    await client.GET("/api/me");
    setLanguage("en");
    await client.GET("/api/me");
    expect(requests.map((r) => r.headers.get("Accept-Language"))).toEqual(["sv", "en"]);
  });

  it("throws ApiError with status and detail on a non-2xx answer", async () => {
    const { client } = setup(() =>
      Response.json({ status_code: 429, detail: "För många försök. Vänta en stund." }, { status: 429 }),
    );
    const error = await client.POST("/api/auth/login", { body: { username: "a", password: "b" } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, detail: "För många försök. Vänta en stund." });
  });

  it("still throws a usable ApiError when the error body is not JSON", async () => {
    const { client } = setup(
      () => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    );
    await expect(client.GET("/api/me")).rejects.toMatchObject({ status: 502, detail: "Bad Gateway" });
  });
});
