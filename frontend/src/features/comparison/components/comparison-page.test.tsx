import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import type { PublicProvider, PublicProviders } from "../api/get-public-providers";
import { ComparisonPage } from "./comparison-page";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

function aPublicProvider(id: string, name: string, enough: boolean): PublicProvider {
  return {
    id,
    name,
    email: `${id}@example.se`,
    phone: null,
    website: null,
    addresses: [],
    districts: ["Centrum"],
    interventions: ["SAI"],
    description: `${name} beskriver sig.`,
    languages: ["sv", "ar"],
    industries: [],
    specialisations: [],
    target_groups: [],
    group_activities: false,
    remote: false,
    on_site: true,
    profile_updated_at: "2026-11-23T12:00:00Z",
    results: [
      {
        intervention: "SAI",
        period_start: "2025-11-23",
        period_end: "2026-11-23",
        min_sample: 5,
        ...(enough
          ? {
              ended: 8,
              too_few: false,
              work_or_studies: { value: 0.75, low: 0.41, high: 0.93 },
              median_days: { value: 165, low: 60, high: 300 },
            }
          : { ended: null, too_few: true, work_or_studies: null, median_days: null }),
      },
    ],
  };
}

const providers = [
  aPublicProvider("a", "Alfa AB", true),
  aPublicProvider("b", "Beta AB", false),
  aPublicProvider("c", "Gamma AB", true),
  aPublicProvider("d", "Delta AB", true),
];

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => {
    const body: PublicProviders = {
      items: providers,
      total: providers.length,
      period_start: "2025-11-23",
      period_end: "2026-11-23",
    };
    return Response.json(body);
  });
});

const card = (name: string) => screen.getAllByTestId("provider-card").find((c) => c.textContent?.includes(name))!;

describe("ComparisonPage", () => {
  it("shows results in words for the chosen intervention and only 'too few' where there are too few", async () => {
    const user = userEvent.setup();
    renderWithApp(<ComparisonPage />);
    await screen.findByText("4 anordnare passar dina val.");
    expect(within(card("Alfa AB")).getByText("Välj en insats ovanför listan för att se resultaten.")).toBeTruthy();

    await user.selectOptions(screen.getByLabelText("Insats"), "SAI");

    await waitFor(() => expect(card("Alfa AB").textContent).toContain("Avslutade insatser senaste 12 månaderna: 8"));
    const beta = card("Beta AB");
    expect(beta.textContent).toContain("För få avslut för att visa (färre än 5)");
    expect(beta.textContent).not.toContain("Andel");
    expect(beta.textContent).not.toMatch(/ %/);
    // The query goes to the server with the filter, once per filter.
    expect(fetchMock.mock.calls.map(([request]) => new URL(request.url).search)).toContain("?intervention=SAI");
  });

  it("refuses a fourth provider with a message, and takes it once one is removed", async () => {
    const user = userEvent.setup();
    renderWithApp(<ComparisonPage />);
    await screen.findByText("4 anordnare passar dina val.");
    for (const name of ["Alfa AB", "Beta AB", "Gamma AB"])
      await user.click(screen.getByRole("checkbox", { name: `Jämför ${name}` }));
    expect(screen.getByTestId("selection-bar").textContent).toContain("3 av 3 valda:");

    const fourth = screen.getByRole("checkbox", { name: "Jämför Delta AB" });
    await user.click(fourth);

    expect((fourth as HTMLInputElement).checked).toBe(false);
    expect(within(card("Delta AB")).getByRole("alert").textContent).toBe(
      "Du kan jämföra högst tre anordnare. Ta bort en av de valda först.",
    );
    expect(screen.getByTestId("selection-bar").textContent).toContain("3 av 3 valda:");

    await user.click(screen.getByRole("checkbox", { name: "Jämför Beta AB" }));
    await user.click(fourth);
    expect((fourth as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("link", { name: "Jämför valda" }).getAttribute("href")).toBe(
      "/jamfor/jamforelse?valda=a%2Cc%2Cd",
    );
  });
});
