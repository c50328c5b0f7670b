import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import { ChoiceForm } from "./choice-form";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

async function openAndSend(code: string) {
  const user = userEvent.setup();
  renderWithApp(<ChoiceForm providerId="p2" providerName="Steg Vidare Kompetens AB" />);
  await user.click(screen.getByRole("button", { name: "Välj den här anordnaren" }));
  if (code) await user.type(screen.getByLabelText("Valkod"), code);
  await user.click(screen.getByRole("button", { name: "Skicka val" }));
  return user;
}

describe("ChoiceForm", () => {
  it("asks for the code before sending anything", async () => {
    await openAndSend("");
    expect((await screen.findByRole("alert")).textContent).toBe("Skriv in valkoden.");
    expect(screen.getByLabelText("Valkod").getAttribute("aria-invalid")).toBe("true");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends the code with the provider and names the provider in the thanks", async () => {
    fetchMock.mockResolvedValue(
      Response.json({ provider_name: "Steg Vidare Kompetens AB", intervention: "SAI" }, { status: 201 }),
    );
    await openAndSend("abcd-efgh");
    expect((await screen.findByTestId("choice-done")).textContent).toContain("Du har valt Steg Vidare Kompetens AB.");
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ code: "abcd-efgh", provider_id: "p2" });
  });

  it("shows the server's words for a used code", async () => {
    fetchMock.mockResolvedValue(
      Response.json(
        { status_code: 409, detail: "Koden är redan använd. Kontakta din karriärvägledare." },
        { status: 409 },
      ),
    );
    await openAndSend("ABCD-EFGH");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Koden är redan använd. Kontakta din karriärvägledare.",
    );
    expect(screen.queryByTestId("choice-done")).toBeNull();
  });
});
