import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/shared/api/api-error";
import { setLanguage } from "@/shared/i18n/language";
import { UploadInterrupted, uploadFile } from "./upload";

/** Enough of XMLHttpRequest for the helper: records what was sent, and the test plays the server. */
class FakeRequest {
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = "";
  responseText = "";
  aborted = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.onprogress?.({ loaded, total, lengthComputable } as ProgressEvent);
  }
  answer(status: number, body: unknown, statusText = "") {
    this.status = status;
    this.statusText = statusText;
    this.responseText = typeof body === "string" ? body : JSON.stringify(body);
    this.onload?.();
  }
}

function setup(overrides: Partial<Parameters<typeof uploadFile>[0]> = {}) {
  const request = new FakeRequest();
  const onProgress = vi.fn();
  const file = new File(["%PDF-1.4 test"], "plan.pdf", { type: "application/pdf" });
  const promise = uploadFile<{ id: string }>({
    url: "/api/cases/c1/documents",
    file,
    fields: { kind: "implementation_plan", month: undefined },
    onProgress,
    createRequest: () => request as unknown as XMLHttpRequest,
    ...overrides,
  });
  return { request, onProgress, promise, file };
}

afterEach(() => {
  document.cookie = "csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
  setLanguage("sv");
});

describe("uploadFile", () => {
  it("posts the fields before the file as multipart, with CSRF token and language like the API client", async () => {
    document.cookie = "csrftoken=abc%3D123";
    setLanguage("en");
    const { request, promise, file } = setup();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/cases/c1/documents");
    expect(request.headers["x-csrftoken"]).toBe("abc=123");
    expect(request.headers["accept-language"]).toBe("en");
    // No Content-Type of our own: the browser sets multipart/form-data with its boundary.
    expect(request.headers["content-type"]).toBeUndefined();
    expect([...request.body!.keys()]).toEqual(["kind", "file"]);
    expect(request.body!.get("kind")).toBe("implementation_plan");
    expect((request.body!.get("file") as File).name).toBe(file.name);
    request.answer(201, { id: "d1" });
    await expect(promise).resolves.toEqual({ id: "d1" });
  });

  it("sends no CSRF header when there is no cookie", () => {
    const { request } = setup();
    expect(request.headers["x-csrftoken"]).toBeUndefined();
  });

  it("reports the share of bytes sent, and 1 when the server has answered", async () => {
    const { request, onProgress, promise } = setup();
    request.progress(25, 100);
    request.progress(50, 100, false); // unknown total: nothing to report
    request.progress(100, 100);
    request.answer(201, { id: "d1" });
    await promise;
    expect(onProgress.mock.calls.map(([fraction]) => fraction)).toEqual([0.25, 1, 1]);
  });

  it("fails with the server's detail and extra as an ApiError", async () => {
    const { request, promise } = setup();
    request.answer(415, {
      status_code: 415,
      detail: "Filtypen stöds inte. Tillåtna är PDF, PNG, JPEG, DOCX och ODT.",
    });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 415,
      detail: "Filtypen stöds inte. Tillåtna är PDF, PNG, JPEG, DOCX och ODT.",
    });
  });

  it("keeps the field names of a 422 so the form can mark them", async () => {
    const { request, promise } = setup();
    request.answer(422, { status_code: 422, detail: "Välj månad.", extra: [{ key: "month", message: "required" }] });
    await expect(promise).rejects.toMatchObject({ status: 422, extra: [{ key: "month", message: "required" }] });
  });

  it("still gives a usable error when a proxy answers with HTML", async () => {
    const { request, promise } = setup();
    request.answer(413, "<html>Too large</html>", "Payload Too Large");
    await expect(promise).rejects.toMatchObject({ status: 413, detail: "Payload Too Large" });
  });

  it("tells an interrupted upload apart from an answer", async () => {
    const { request, promise } = setup();
    request.onerror?.();
    await expect(promise).rejects.toBeInstanceOf(UploadInterrupted);
  });

  it("aborts the request when the signal fires", async () => {
    const controller = new AbortController();
    const { request, promise } = setup({ signal: controller.signal });
    controller.abort();
    expect(request.aborted).toBe(true);
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
  });
});
