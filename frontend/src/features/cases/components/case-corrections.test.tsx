import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { aCase, aProvider } from "@/testing/fixtures";
import { renderWithApp } from "@/testing/render";
import { CaseActions } from "./case-actions";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

const providers = [aProvider("p1", "Framtidsvägen AB"), aProvider("p2", "Steg Vidare Kompetens AB")];
const viewer = { id: "counsellor-1", roles: ["counsellor" as const] };

describe("putting a case right", () => {
  it("sends only the changed fields of a correction, with its reason", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ start_date: "2026-11-10" })));
    const user = userEvent.setup();
    const onDone = vi.fn();
    renderWithApp(<CaseActions item={aCase()} viewer={viewer} choices={{ providers }} onDone={onDone} />);
    await user.click(screen.getByRole("button", { name: "Korrigera beslut …" }));
    await user.type(screen.getByLabelText("Startdatum"), "2026-11-10");
    await user.click(screen.getByRole("button", { name: "Spara korrigeringen" }));
    expect(fetchMock).not.toHaveBeenCalled(); // the reason is missing
    await user.type(screen.getByLabelText("Orsak till korrigeringen"), "Fel startdatum.");
    await user.click(screen.getByRole("button", { name: "Spara korrigeringen" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Beslutet är korrigerat."));
    const request = fetchMock.mock.calls[0]![0];
    expect([request.method, new URL(request.url).pathname]).toEqual(["PATCH", "/api/cases/case-1"]);
    expect(await request.json()).toEqual({ start_date: "2026-11-10", reason: "Fel startdatum." });
  }, 20_000); // a whole form typed key by key: slow on a loaded machine

  it("withdraws a queued client with a reason", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ status: "decided" }), { status: 201 }));
    const user = userEvent.setup();
    const onDone = vi.fn();
    const item = aCase({ status: "queued", provider_id: "p1", provider_name: "Framtidsvägen AB" });
    renderWithApp(<CaseActions item={item} viewer={viewer} choices={{ providers }} onDone={onDone} />);
    await user.type(screen.getByLabelText("Varför tas klienten tillbaka?"), "Kunden valde om.");
    await user.click(screen.getByRole("button", { name: "Ta tillbaka från kön" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Klienten är borttagen ur kön hos Framtidsvägen AB."));
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ reason: "Kunden valde om." });
  });

  it("moves a queued client only to another provider", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ status: "queued", provider_id: "p2" }), { status: 201 }));
    const user = userEvent.setup();
    const item = aCase({ status: "queued", provider_id: "p1", provider_name: "Framtidsvägen AB" });
    renderWithApp(<CaseActions item={item} viewer={viewer} choices={{ providers }} onDone={vi.fn()} />);
    const select = screen.getByLabelText("Ny anordnare") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Välj …", "Steg Vidare Kompetens AB"]);
    await user.selectOptions(select, "Steg Vidare Kompetens AB");
    await user.click(screen.getByRole("button", { name: "Flytta klienten" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ provider_id: "p2", reason: "", from_provider_id: "p1" });
  });
});
