import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import { AbsenceForm } from "./absence-form";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

beforeEach(() => fetchMock.mockReset());

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseInvalid() {
  const user = userEvent.setup();
  setDate("Från", "2026-11-19");
  await user.selectOptions(screen.getByLabelText("Typ"), "invalid");
  return user;
}

describe("AbsenceForm", () => {
  it("asks for the ground of invalid absence before sending", async () => {
    renderWithApp(<AbsenceForm caseId="c1" onRegistered={vi.fn()} />);
    expect(screen.queryByLabelText("Grund för ogiltig frånvaro")).toBeNull();
    const user = await chooseInvalid();
    await user.click(screen.getByRole("button", { name: "Registrera frånvaro" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Grund för ogiltig frånvaro").getAttribute("aria-invalid")).toBe("true"),
    );
    expect(screen.getByText("Välj grunden för den ogiltiga frånvaron.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("offers three contact attempts for an unreachable client and needs all three", async () => {
    fetchMock.mockImplementation(async () => Response.json({}, { status: 201 }));
    const onRegistered = vi.fn();
    renderWithApp(<AbsenceForm caseId="c1" onRegistered={onRegistered} />);
    const user = await chooseInvalid();
    await user.selectOptions(screen.getByLabelText("Grund för ogiltig frånvaro"), "unreachable");
    expect(screen.getByLabelText("Kontaktförsök 3")).toBeTruthy();
    setDate("Kontaktförsök 1", "2026-11-19");
    setDate("Kontaktförsök 2", "2026-11-19");
    await user.click(screen.getByRole("button", { name: "Registrera frånvaro" }));
    expect(await screen.findByText("Ange datum för alla tre kontaktförsöken.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    setDate("Kontaktförsök 3", "2026-11-20");
    await user.click(screen.getByRole("button", { name: "Registrera frånvaro" }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    const body = await fetchMock.mock.calls[0]![0].json();
    expect(body).toMatchObject({
      date_from: "2026-11-19",
      type: "invalid",
      ground: "unreachable",
      contact_attempts: ["2026-11-19", "2026-11-19", "2026-11-20"],
    });
  });

  it("sends no ground for other absence", async () => {
    fetchMock.mockImplementation(async () => Response.json({}, { status: 201 }));
    const onRegistered = vi.fn();
    renderWithApp(<AbsenceForm caseId="c1" onRegistered={onRegistered} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText("Typ"), "holiday_leave");
    expect(screen.queryByLabelText("Grund för ogiltig frånvaro")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Registrera frånvaro" }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(await fetchMock.mock.calls[0]![0].json()).toMatchObject({
      type: "holiday_leave",
      ground: null,
      contact_attempts: [],
    });
  });
});
