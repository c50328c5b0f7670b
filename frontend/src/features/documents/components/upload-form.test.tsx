import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { aCase } from "@/testing/fixtures";
import { renderWithApp } from "@/testing/render";
import { UploadForm } from "./upload-form";

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

beforeEach(() => {
  FakeRequest.last = null;
  vi.stubGlobal("XMLHttpRequest", FakeRequest);
  // The upload's success refreshes the case's lists.
  vi.stubGlobal("fetch", vi.fn(async () => Response.json({ items: [], total: 0, limit: 0, offset: 0 })));
});
afterEach(() => vi.unstubAllGlobals());

const activeCase = aCase({ status: "active", start_date: "2026-09-01", provider_id: "p1" });

describe("UploadForm", () => {
  it("offers the provider's document kinds and asks for the month only for a monthly report", async () => {
    const user = userEvent.setup();
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={vi.fn()} />);
    const kinds = within(screen.getByLabelText("Dokumenttyp")).getAllByRole("option").map((o) => o.textContent);
    expect(kinds).toContain("Genomförandeplan");
    expect(kinds).toContain("Läkarintyg");
    expect(kinds).not.toContain("Uppdragsunderlag");
    expect(screen.queryByLabelText("Månad")).toBeNull();
    await user.selectOptions(screen.getByLabelText("Dokumenttyp"), "Månadsrapport");
    expect(screen.getByLabelText("Månad")).toBeTruthy();
  });

  it("checks kind and file before sending anything", async () => {
    renderWithApp(<UploadForm item={activeCase} side="provider" onUploaded={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Ladda upp" }));
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
    await user.click(screen.getByRole("button", { name: "Ladda upp" }));

    const request = FakeRequest.last!;
    expect(request.url).toBe("/api/cases/case-1/documents");
    expect(request.body!.get("kind")).toBe("implementation_plan");
    request.upload.onprogress?.({ loaded: 40, total: 100, lengthComputable: true } as ProgressEvent);
    const bar = (await screen.findByRole("progressbar", { name: "Laddar upp plan.pdf" })) as HTMLProgressElement;
    expect(bar.value).toBe(40);

    request.status = 201;
    request.responseText = JSON.stringify({ id: "d1", status: "draft", kind: "implementation_plan", month: null });
    request.onload?.();
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(expect.objectContaining({ id: "d1" })));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
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
