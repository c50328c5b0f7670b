import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Client } from "@/shared/api/types";
import { aCase } from "@/testing/fixtures";
import { renderWithApp } from "@/testing/render";
import { ClientEditForm } from "./client-edit-form";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

const client = (overrides: Partial<Client> = {}): Client => ({ ...aCase().client!, ...overrides });

describe("ClientEditForm", () => {
  it("sends only what changed", async () => {
    fetchMock.mockResolvedValue(Response.json(client({ phone: "070-123 45 67" })));
    const onSaved = vi.fn();
    renderWithApp(<ClientEditForm client={client()} isOwner onSaved={onSaved} onCancel={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Telefon"), "070-123 45 67");
    await user.click(screen.getByLabelText("Försörjningsstöd"));
    await user.click(screen.getByRole("button", { name: "Spara ändringar" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const request = fetchMock.mock.calls[0]![0];
    expect(request.method).toBe("PATCH");
    expect(await request.json()).toEqual({ phone: "070-123 45 67", social_assistance: false });
  });

  it("marks bad input without calling the API", async () => {
    renderWithApp(<ClientEditForm client={client()} isOwner onSaved={vi.fn()} onCancel={vi.fn()} />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText("Förnamn"));
    await user.type(screen.getByLabelText("E-post"), "inte-en-adress");
    await user.click(screen.getByRole("button", { name: "Spara ändringar" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Rätta de markerade fälten.");
    await waitFor(() => expect(screen.getByLabelText("Förnamn").getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText("E-post").getAttribute("aria-invalid")).toBe("true");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("asks why when the owner lifts the protection, and sends the reason", async () => {
    fetchMock.mockResolvedValue(Response.json(client()));
    const onSaved = vi.fn();
    renderWithApp(
      <ClientEditForm client={client({ protected_identity: true })} isOwner onSaved={onSaved} onCancel={vi.fn()} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText("Skyddad identitet"));
    await user.click(screen.getByRole("button", { name: "Spara ändringar" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Varför hävs skyddet?").getAttribute("aria-invalid")).toBe("true"),
    );
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText("Varför hävs skyddet?"), "Skyddet har upphört");
    await user.click(screen.getByRole("button", { name: "Spara ändringar" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({
      protected_identity: false,
      reason: "Skyddet har upphört",
    });
  });

  it("offers the protection box to the owner only", () => {
    renderWithApp(<ClientEditForm client={client()} isOwner={false} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.queryByLabelText("Skyddad identitet")).toBeNull();
  });
});
