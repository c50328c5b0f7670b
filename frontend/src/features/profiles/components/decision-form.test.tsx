import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import type { Profile } from "../api/get-provider-profiles";
import { DecisionForm } from "./decision-form";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

const proposal = { id: "prof-1", provider_id: "p1", provider_name: "Framtidsvägen AB" } as Profile;

describe("DecisionForm", () => {
  it("will not reject without a comment", async () => {
    renderWithApp(<DecisionForm proposal={proposal} onDecided={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Avslå" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Rätta de markerade fälten.");
    await waitFor(() => expect(screen.getByLabelText("Kommentar").getAttribute("aria-invalid")).toBe("true"));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("rejects with the comment and says so", async () => {
    fetchMock.mockResolvedValue(Response.json({ ...proposal, status: "rejected" }, { status: 201 }));
    const onDecided = vi.fn();
    renderWithApp(<DecisionForm proposal={proposal} onDecided={onDecided} />);
    await userEvent.type(screen.getByLabelText("Kommentar"), "Skriv om beskrivningen på enklare svenska.");
    await userEvent.click(screen.getByRole("button", { name: "Avslå" }));
    await waitFor(() =>
      expect(onDecided).toHaveBeenCalledWith(
        "Ändringen för Framtidsvägen AB är avslagen. Anordnaren ser din kommentar.",
      ),
    );
    const request = fetchMock.mock.calls[0]![0];
    expect(request.url).toBe("http://localhost:3000/api/profiles/prof-1/reject");
    expect(await request.json()).toEqual({ comment: "Skriv om beskrivningen på enklare svenska." });
  });

  it("approves without a comment", async () => {
    fetchMock.mockResolvedValue(Response.json({ ...proposal, status: "approved" }, { status: 201 }));
    const onDecided = vi.fn();
    renderWithApp(<DecisionForm proposal={proposal} onDecided={onDecided} />);
    await userEvent.click(screen.getByRole("button", { name: "Godkänn" }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ comment: "" });
  });
});
