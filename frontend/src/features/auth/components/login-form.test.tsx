import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/shared/i18n/i18n";
import { LoginForm } from "./login-form";

// The real client and middleware, with fetch replaced: what the form shows comes from the
// server's answer as it would in the browser.
const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

function renderForm(onSuccess = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <LoginForm onSuccess={onSuccess} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { onSuccess, queryClient };
}

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Användarnamn"), username);
  await user.type(screen.getByLabelText("Lösenord"), password);
  await user.click(screen.getByRole("button", { name: "Logga in" }));
}

beforeEach(() => fetchMock.mockReset());

describe("LoginForm", () => {
  it.each([
    [401, "Fel användarnamn eller lösenord."],
    [429, "För många inloggningsförsök. Försök igen om en stund."],
  ])("shows the API's detail for %i in a focused alert", async (status, detail) => {
    fetchMock.mockResolvedValue(Response.json({ status_code: status, detail }, { status }));
    const { onSuccess } = renderForm();

    await submit("counsellor", "wrong");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(detail);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("posts the credentials and reports the signed-in account", async () => {
    const me = { id: "u1", username: "counsellor", name: "Karin Vägledare", roles: ["counsellor"], provider_id: null };
    fetchMock.mockResolvedValue(Response.json(me));
    const { onSuccess, queryClient } = renderForm();

    await submit("counsellor", "demo");

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(me, expect.anything(), undefined, expect.anything()));
    const request = fetchMock.mock.calls[0]![0];
    expect(request.method).toBe("POST");
    expect(new URL(request.url).pathname).toBe("/api/auth/login");
    expect(await request.json()).toEqual({ username: "counsellor", password: "demo" });
    expect(queryClient.getQueryData(["me"])).toEqual(me);
  });

  it("asks for both fields without calling the API", async () => {
    renderForm();
    await userEvent.click(screen.getByRole("button", { name: "Logga in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Fyll i både användarnamn och lösenord.");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("labels the fields for password managers", () => {
    renderForm();
    expect(screen.getByLabelText("Användarnamn").getAttribute("autocomplete")).toBe("username");
    expect(screen.getByLabelText("Lösenord").getAttribute("autocomplete")).toBe("current-password");
  });
});
