import { screen, waitFor, within } from "@testing-library/react";
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

describe("the client's choice on a decided case", () => {
  it("creates a choice code and shows it once, with its expiry", async () => {
    fetchMock.mockResolvedValue(
      Response.json({ code: "ABCD-EFGH", expires_at: "2026-12-23T12:00:00Z" }, { status: 201 }),
    );
    renderWithApp(<CaseActions item={aCase()} viewer={viewer} choices={{ providers }} onDone={vi.fn()} />);

    await userEvent.click(screen.getByRole("button", { name: "Skapa valkod" }));

    const shown = await screen.findByTestId("choice-code");
    expect(within(shown).getByTestId("choice-code-value").textContent).toBe("ABCD-EFGH");
    expect(shown.textContent).toContain("Gäller till 2026-12-23 13:00.");
    expect(screen.getByRole("button", { name: "Skapa ny valkod" })).toBeTruthy();
    expect(fetchMock.mock.calls[0]![0].url).toBe("http://localhost:3000/api/cases/case-1/choice-code");
  });

  it("says the client's choice and preselects it for queueing", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ status: "queued" })));
    const item = aCase({
      chosen_provider_id: "p2",
      chosen_provider_name: "Steg Vidare Kompetens AB",
      chosen_at: "2026-11-23T09:30:00Z",
    });
    renderWithApp(<CaseActions item={item} viewer={viewer} choices={{ providers }} onDone={vi.fn()} />);

    expect(screen.getByTestId("client-choice").textContent).toBe(
      "Kundens val: Steg Vidare Kompetens AB (2026-11-23 10:30)",
    );
    expect((screen.getByLabelText("Anordnare") as HTMLSelectElement).value).toBe("p2");
    await userEvent.click(screen.getByRole("button", { name: "Ställ i kö" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ provider_id: "p2" });
  });
});
