import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { aCase } from "@/testing/fixtures";
import { renderWithApp } from "@/testing/render";
import { UploadForm } from "./upload-form";

// The API client's calls (the hand-in after the upload) go to this fake; the upload itself is an XHR.
const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

class FakeRequest {
  static last: FakeRequest | null = null;
  url = "";
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = "";
  responseText = "";
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeRequest.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {}
}

/** What the hand-in answers: the submitted document, or a refusal. */
let submitAnswer: () => Response = () => Response.json({ id: "d1", status: "submitted", kind: "implementation_plan" });
const submitted: string[] = [];

beforeEach(() => {
  FakeRequest.last = null;
  submitted.length = 0;
  submitAnswer = () => Response.json({ id: "d1", status: "submitted", kind: "implementation_plan", month: null });
  vi.stubGlobal("XMLHttpRequest", FakeRequest);
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (request) => {
    if (request.url.endsWith("/submit")) {
      submitted.push(request.method + " " + new URL(request.url).pathname);
      return submitAnswer();
    }
    // The upload's success refreshes the case's lists.
    return Response.json({ items: [], total: 0, limit: 0, offset: 0 });
  });
});
afterEach(() => vi.unstubAllGlobals());

const activeCase = aCase({ status: "active", start_date: "2026-09-01", provider_id: "p1" });

describe("UploadForm", () => {
  it("offers the provider's document kinds and asks for the month only for a monthly report", async () => {
    const user = userEvent.setup();
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={vi.fn()} />);
    const kinds = within(screen.getByLabelText("Dokumenttyp"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(kinds).toContain("Genomförandeplan");
    expect(kinds).toContain("Läkarintyg");
    expect(kinds).not.toContain("Uppdragsunderlag");
    expect(screen.queryByLabelText("Månad")).toBeNull();
    await user.selectOptions(screen.getByLabelText("Dokumenttyp"), "Månadsrapport");
    expect(screen.getByLabelText("Månad")).toBeTruthy();
  });

  it("checks kind and file before sending anything", async () => {
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Ladda upp och skicka in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Rätta de markerade fälten.");
    await waitFor(() => expect(screen.getByLabelText("Fil").getAttribute("aria-invalid")).toBe("true"));
    expect(FakeRequest.last).toBeNull();
  });

  it("sends the file with a labelled progress bar while the bytes go", async () => {
    const user = userEvent.setup();
    const onUploaded = vi.fn();
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={onUploaded} />);
    await user.selectOptions(screen.getByLabelText("Dokumenttyp"), "Genomförandeplan");
    const file = new File(["%PDF-1.4"], "plan.pdf", { type: "application/pdf" });
    await user.upload(screen.getByLabelText("Fil"), file);
    expect(screen.getByText("Vald fil: plan.pdf (8 B)")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ladda upp och skicka in" }));

    const request = FakeRequest.last!;
    expect(request.url).toBe("/api/cases/case-1/documents");
    expect(request.body!.get("kind")).toBe("implementation_plan");
    request.upload.onprogress?.({ loaded: 40, total: 100, lengthComputable: true } as ProgressEvent);
    const bar = (await screen.findByRole("progressbar", { name: "Laddar upp plan.pdf" })) as HTMLProgressElement;
    expect(bar.value).toBe(40);

    request.status = 201;
    request.responseText = JSON.stringify({ id: "d1", status: "draft", kind: "implementation_plan", month: null });
    request.onload?.();
    await waitFor(() =>
      expect(onUploaded).toHaveBeenCalledWith({
        document: expect.objectContaining({ id: "d1", status: "submitted" }),
        handInError: null,
      }),
    );
    expect(submitted).toEqual(["POST /api/documents/d1/submit"]);
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });
});

async function uploadPlan(user: ReturnType<typeof userEvent.setup>, button: string) {
  await user.selectOptions(screen.getByLabelText("Dokumenttyp"), "Genomförandeplan");
  await user.upload(screen.getByLabelText("Fil"), new File(["%PDF-1.4"], "plan.pdf", { type: "application/pdf" }));
  await user.click(screen.getByRole("button", { name: button }));
  const request = FakeRequest.last!;
  request.status = 201;
  request.responseText = JSON.stringify({ id: "d1", status: "draft", kind: "implementation_plan", month: null });
  request.onload?.();
}

describe("handing in from the upload form", () => {
  it("hands in by default, and keeps a draft when the choice is unchecked", async () => {
    const user = userEvent.setup();
    const onUploaded = vi.fn();
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={onUploaded} />);
    const choice = screen.getByRole("checkbox", { name: /Skicka in för granskning direkt/ }) as HTMLInputElement;
    expect(choice.checked).toBe(true);
    await user.click(choice);
    expect(screen.queryByRole("button", { name: "Ladda upp och skicka in" })).toBeNull();
    await uploadPlan(user, "Ladda upp");
    await waitFor(() =>
      expect(onUploaded).toHaveBeenCalledWith({
        document: expect.objectContaining({ status: "draft" }),
        handInError: null,
      }),
    );
    expect(submitted).toEqual([]);
  });

  it("keeps the upload as a draft and passes the reason on when handing in is refused", async () => {
    submitAnswer = () =>
      Response.json(
        { status_code: 409, detail: "Månadsrapporten för 2026-11 kan lämnas in från och med 2026-12-01." },
        { status: 409 },
      );
    const user = userEvent.setup();
    const onUploaded = vi.fn();
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={onUploaded} />);
    await uploadPlan(user, "Ladda upp och skicka in");
    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    const outcome = onUploaded.mock.calls[0]![0];
    expect(outcome.document.status).toBe("draft");
    expect(outcome.handInError.detail).toContain("från och med 2026-12-01");
  });

  it("offers no hand-in to the counsellor, whose documents need no review", () => {
    renderWithApp(<UploadForm item={activeCase} side="counsellor" onUploaded={vi.fn()} />);
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.getByRole("button", { name: "Ladda upp" })).toBeTruthy();
  });
});

describe("the file field as a drop zone", () => {
  it("takes a file dropped on it", () => {
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={vi.fn()} />);
    const input = screen.getByLabelText("Fil");
    const file = new File(["%PDF-1.4"], "intyg.pdf", { type: "application/pdf" });
    fireEvent.dragEnter(input, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(input.closest("[data-dragging]")).toBeTruthy();
    fireEvent.drop(input, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(input.closest("[data-dragging]")).toBeNull();
    expect(screen.getByText("Vald fil: intyg.pdf (8 B)")).toBeTruthy();
  });
});
