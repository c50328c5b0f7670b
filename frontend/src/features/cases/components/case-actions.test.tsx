import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CaseStatus } from "@/shared/api/types";
import type { Role } from "@/shared/roles";
import { aCase, aProvider, aStaffMember } from "@/testing/fixtures";
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

const providers = [
  aProvider("p1", "Framtidsvägen AB"),
  aProvider("p2", "Steg Vidare Kompetens AB"),
  aProvider("p3", "Avstängd AB", { status: "suspended" }),
  aProvider("p4", "Bara jobbpeng AB", {
    authorizations: [
      { id: "x", intervention: "JOBBPENG_GRUND", valid_from: "2023-01-01", valid_to: null, active_today: true },
    ],
  }),
];
const staff = [aStaffMember("c1", "Jonas Falk"), aStaffMember("c2", "Gone Coach", { is_active: false })];

function renderActions(role: Role, status: CaseStatus, onDone = vi.fn()) {
  const item = aCase({ status, provider_id: status === "decided" ? null : "p1", coach_id: null });
  renderWithApp(
    <CaseActions
      item={item}
      viewer={{ id: "me", roles: [role] }}
      choices={{ providers, staff, counsellors: [] }}
      onDone={onDone}
    />,
  );
  return onDone;
}

// The buttons on the page, not those inside a closed confirmation dialog.
const buttons = () => screen.queryAllByRole("button").map((b) => b.textContent);

describe("CaseActions", () => {
  it.each<[Role, CaseStatus, string[]]>([
    ["counsellor", "decided", ["Skapa valkod", "Ställ i kö", "Avsluta insatsen", "Korrigera beslut …"]],
    ["counsellor", "queued", ["Ta tillbaka från kön", "Flytta klienten", "Avsluta insatsen", "Korrigera beslut …"]],
    ["counsellor", "claimed", ["Publicera", "Avsluta insatsen", "Korrigera beslut …"]],
    ["counsellor", "ended", ["Öppna ärendet igen", "Korrigera beslut …"]],
    ["provider_staff", "queued", ["Bemanna", "Lämna tillbaka"]],
    ["provider_admin", "active", ["Byt jobbexpert"]],
  ])("shows %s on a %s case the buttons %j", (role, status, expected) => {
    renderActions(role, status);
    expect(buttons()).toEqual(expected);
  });

  it("offers only providers authorized today for the intervention when queueing", () => {
    renderActions("counsellor", "decided");
    const options = within(screen.getByLabelText("Anordnare"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Välj …", "Framtidsvägen AB", "Steg Vidare Kompetens AB"]);
  });

  it("asks for the new provider only when the reason is a change of provider", async () => {
    const user = userEvent.setup();
    renderActions("counsellor", "claimed");
    expect(screen.queryByLabelText("Ny anordnare")).toBeNull();
    await user.selectOptions(screen.getByLabelText("Orsak"), "Byte av anordnare");
    const select = screen.getByLabelText("Ny anordnare");
    // The current provider (p1) is not a new one.
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Välj …", "Steg Vidare Kompetens AB"]);
  });

  it("lets a coach claim for themselves, without choosing", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ status: "claimed" }), { status: 201 }));
    const onDone = renderActions("provider_staff", "queued");
    expect(screen.queryByLabelText("Jobbexpert")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Bemanna" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Ärendet är bemannat. Karriärvägledaren har fått besked."));
    const request = fetchMock.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe("/api/cases/case-1/claim");
    expect(await request.json()).toEqual({ coach_id: "me" });
  });

  it("makes an administrator choose among the active coaches", () => {
    renderActions("provider_admin", "queued");
    const options = within(screen.getByLabelText("Jobbexpert"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Välj …", "Jonas Falk"]);
  });

  it("shows the server's detail and marks the field the server names", async () => {
    fetchMock.mockResolvedValue(
      Response.json(
        {
          status_code: 422,
          detail: "Slutdatum kan inte ligga före beslutsdatum 2026-11-01.",
          extra: [{ key: "end_date", message: "before decision_date" }],
        },
        { status: 422 },
      ),
    );
    const user = userEvent.setup();
    const onDone = renderActions("counsellor", "active");
    await user.selectOptions(screen.getByLabelText("Orsak"), "Arbete");
    await user.clear(screen.getByLabelText("Slutdatum"));
    await user.type(screen.getByLabelText("Slutdatum"), "2020-01-01");
    await user.click(screen.getByRole("button", { name: "Avsluta insatsen" }));
    await user.click(screen.getByRole("button", { name: "Ja, avsluta insatsen" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Slutdatum kan inte ligga före beslutsdatum 2026-11-01.");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const endDate = screen.getByLabelText("Slutdatum");
    await waitFor(() => expect(endDate.getAttribute("aria-invalid")).toBe("true"));
    await waitFor(() => expect(endDate.getAttribute("aria-describedby")).toBeTruthy());
    const described = endDate
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("Kontrollera uppgiften.");
    expect(screen.getByLabelText("Orsak").getAttribute("aria-invalid")).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({
      reason: "work",
      end_date: "2020-01-01",
      note: "",
      new_provider_id: null,
    });
  });

  it("asks before ending, with the consequences spelled out, and ends nothing on cancel", async () => {
    fetchMock.mockResolvedValue(Response.json(aCase({ status: "ended" }), { status: 201 }));
    const user = userEvent.setup();
    const onDone = renderActions("counsellor", "active");
    await user.selectOptions(screen.getByLabelText("Orsak"), "Arbete");
    await user.clear(screen.getByLabelText("Slutdatum"));
    await user.type(screen.getByLabelText("Slutdatum"), "2026-11-20");
    await user.click(screen.getByRole("button", { name: "Avsluta insatsen" }));
    const dialog = screen.getByRole("dialog", { name: "Vill du avsluta insatsen?" });
    expect(dialog.textContent).toContain("Insatsen avslutas den 2026-11-20 med orsaken ”Arbete”.");
    expect(dialog.textContent).toContain("förlorar det pågående uppdraget");
    expect(dialog.textContent).toContain("öppna ärendet igen");
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Avsluta insatsen" }));
    await user.click(screen.getByRole("button", { name: "Ja, avsluta insatsen" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Insatsen är avslutad."));
    expect(new URL(fetchMock.mock.calls[0]![0].url).pathname).toBe("/api/cases/case-1/end");
  });

  it("hides reopening once a successor case exists", () => {
    const item = aCase({ status: "ended", provider_id: "p1", next_case_id: "case-2" });
    renderWithApp(
      <CaseActions item={item} viewer={{ id: "me", roles: ["counsellor"] }} choices={{ providers }} onDone={vi.fn()} />,
    );
    expect(buttons()).toEqual(["Korrigera beslut …"]);
  });

  it("checks required fields before calling the API", async () => {
    renderActions("counsellor", "active");
    await userEvent.click(screen.getByRole("button", { name: "Avsluta insatsen" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Rätta de markerade fälten.");
    await waitFor(() => expect(screen.getByLabelText("Orsak").getAttribute("aria-invalid")).toBe("true"));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
