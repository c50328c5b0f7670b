import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { aCase } from "@/testing/fixtures";
import { renderWithApp } from "@/testing/render";
import { ClientForm } from "./client-form";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

async function fillRequired(personalNumber = "19950314-1237") {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Personnummer"), personalNumber);
  await user.type(screen.getByLabelText("Förnamn"), "Amina");
  await user.type(screen.getByLabelText("Efternamn"), "Yusuf");
  return user;
}

describe("ClientForm", () => {
  it("stops each text at the length the API accepts", () => {
    renderWithApp(<ClientForm onCreated={vi.fn()} />);
    const limits = { Personnummer: 20, Förnamn: 100, Efternamn: 100, "E-post": 320, Telefon: 40, Område: 100 };
    for (const [label, limit] of Object.entries(limits)) {
      expect((screen.getByLabelText(label) as HTMLInputElement).maxLength).toBe(limit);
    }
  });

  it("marks the missing required fields without calling the API", async () => {
    renderWithApp(<ClientForm onCreated={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Spara klient" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Rätta de markerade fälten.");
    for (const label of ["Personnummer", "Förnamn", "Efternamn"]) {
      await waitFor(() => expect(screen.getByLabelText(label).getAttribute("aria-invalid")).toBe("true"));
    }
    expect(screen.getByLabelText("E-post").getAttribute("aria-invalid")).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends the client with the target-group facts and reports the created client", async () => {
    const created = aCase().client!;
    fetchMock.mockResolvedValue(Response.json(created, { status: 201 }));
    const onCreated = vi.fn();
    renderWithApp(<ClientForm onCreated={onCreated} />);
    const user = await fillRequired();
    await user.click(screen.getByLabelText("Skyddad identitet"));
    await user.click(screen.getByLabelText("Försörjningsstöd"));
    await user.click(screen.getByRole("button", { name: "Spara klient" }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![0]).toEqual(created);
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({
      personal_number: "19950314-1237",
      first_name: "Amina",
      last_name: "Yusuf",
      email: null,
      phone: null,
      language: null,
      district: null,
      protected_identity: true,
      social_assistance: true,
      establishment_programme: false,
      language_obstacle: false,
    });
  });

  it("shows the server's detail and marks the personal number it names", async () => {
    const detail = "Personnumret 19950314-1238 är inte giltigt: kontrollera datum och kontrollsiffra (ÅÅÅÅMMDD-NNNN).";
    fetchMock.mockResolvedValue(
      Response.json(
        { status_code: 422, detail, extra: [{ key: "personal_number", message: "invalid" }] },
        { status: 422 },
      ),
    );
    renderWithApp(<ClientForm onCreated={vi.fn()} />);
    const user = await fillRequired("19950314-1238");
    await user.click(screen.getByRole("button", { name: "Spara klient" }));

    expect((await screen.findByRole("alert")).textContent).toBe(detail);
    await waitFor(() => expect(screen.getByLabelText("Personnummer").getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByLabelText("Förnamn").getAttribute("aria-invalid")).toBeNull();
  });
});
