import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import type { Report } from "../api/get-report";
import type { ReportSection } from "../lib/report-form";
import { ReportEditor } from "./report-editor";

const { fetchMock } = vi.hoisted(() => ({ fetchMock: vi.fn<(request: Request) => Promise<Response>>() }));
vi.mock("@/shared/api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/shared/api/client")>();
  return {
    ...actual,
    api: actual.createApiClient({ baseUrl: "http://localhost:3000", fetch: (input) => fetchMock(input as Request) }),
  };
});

const section = (key: string, title: string, type = "text"): ReportSection => ({
  key,
  type,
  title_sv: title,
  title_en: title,
  help_sv: `Hjälp för ${title}.`,
  help_en: "",
  only_for: null,
});
const sections = [
  section("activities_done", "Genomförda aktiviteter"),
  section("progress", "Progression mot målen"),
  section("absence", "Frånvaro", "absence"),
];

function aReport(overrides: Partial<Report> = {}): Report {
  return {
    id: "r1",
    case_id: "case-1",
    kind: "monthly_report",
    month: "2026-10",
    status: "draft",
    submitted_at: null,
    latest_comment: null,
    structured: true,
    content: null,
    draft_content: { sections: { activities_done: { text: "Praktik tre dagar i veckan." } }, absences: [] },
    versions: [],
    reviews: [],
    created_at: "2026-11-01T09:00:00Z",
    ...overrides,
  };
}

const register = {
  items: [
    {
      id: "a1",
      date_from: "2026-10-05",
      date_to: "2026-10-13",
      type: "sick",
      hours: null,
      note: "",
      contact_attempts: [],
      registered_at: "2026-10-05T08:00:00Z",
      registered_by_name: "Jonas Falk",
      late: false,
    },
  ],
  certificate_demands: [],
  holiday_leave_over_limit: [],
  total: 1,
  limit: 1,
  offset: 0,
};

function answer(handler: (request: Request) => Response | undefined) {
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/cases/case-1/absences") return Response.json(register);
    return handler(request) ?? Response.json({ detail: "unexpected" }, { status: 500 });
  });
}

beforeEach(() => {
  fetchMock.mockReset();
});

describe("ReportEditor", () => {
  it("renders each section with its help text, the month's absences and the saved draft", async () => {
    answer(() => undefined);
    renderWithApp(<ReportEditor report={aReport()} sections={sections} planned={40} onSubmitted={vi.fn()} />);
    const done = screen.getByLabelText("Genomförda aktiviteter") as HTMLTextAreaElement;
    expect(done.value).toBe("Praktik tre dagar i veckan.");
    await waitFor(() => expect(done.getAttribute("aria-describedby")).toBeTruthy());
    const described = done
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("Hjälp för Genomförda aktiviteter.");
    expect(await screen.findByText(/2026-10-05 – 2026-10-13/)).toBeTruthy();
    expect(screen.getByTestId("report-absences").textContent).toContain("Sjukdom, 9 dagar");
  });

  it("asks for a reason when a section is marked Ej aktuellt", async () => {
    answer(() => undefined);
    const user = userEvent.setup();
    renderWithApp(<ReportEditor report={aReport()} sections={sections} planned={40} onSubmitted={vi.fn()} />);
    const progress = document.getElementById("section-progress")!;
    expect(within(progress).queryByLabelText(/Motivering/)).toBeNull();
    await user.click(within(progress).getByLabelText(/Ej aktuellt/));
    expect(within(progress).getByLabelText(/Motivering/)).toBeTruthy();
    expect(within(progress).queryByRole("textbox", { name: "Progression mot målen" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Skicka in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Rätta de markerade avsnitten.");
    expect(within(alert).getByRole("link", { name: "Progression mot målen" }).getAttribute("href")).toBe(
      "#section-progress",
    );
    expect(within(progress).getByText("Skriv en kort motivering.")).toBeTruthy();
    expect(fetchMock.mock.calls.some(([request]) => request.url.endsWith("/submit"))).toBe(false);
  });

  it("saves the draft and marks the sections the server names when handing in fails", async () => {
    const bodies: unknown[] = [];
    answer((request) => {
      if (request.method === "PUT") {
        void request
          .clone()
          .json()
          .then((body) => bodies.push(body));
        return Response.json(aReport());
      }
      if (request.url.endsWith("/submit")) {
        return Response.json(
          {
            status_code: 422,
            detail:
              "Besvara dessa avsnitt eller markera dem Ej aktuellt med en kort motivering: Progression mot målen.",
            extra: [{ key: "sections.progress", message: "unanswered" }],
          },
          { status: 422 },
        );
      }
      return undefined;
    });
    const user = userEvent.setup();
    const onSubmitted = vi.fn();
    renderWithApp(<ReportEditor report={aReport()} sections={sections} planned={40} onSubmitted={onSubmitted} />);
    await user.type(screen.getByLabelText("Genomförda aktiviteter"), " Bra.");
    await user.click(screen.getByRole("button", { name: "Skicka in" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Progression mot målen.");
    const progress = screen.getByRole("textbox", { name: "Progression mot målen" });
    await waitFor(() => expect(progress.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById("section-progress")!.textContent).toContain(
      "Besvara avsnittet eller markera det Ej aktuellt med en kort motivering.",
    );
    expect(screen.getByRole("textbox", { name: "Genomförda aktiviteter" }).getAttribute("aria-invalid")).toBeNull();
    // What was on screen was saved before handing in.
    await waitFor(() =>
      expect(bodies.at(-1)).toEqual({
        content: { sections: { activities_done: { text: "Praktik tre dagar i veckan. Bra." } } },
      }),
    );
    const order = fetchMock.mock.calls.map(([request]) => request.method + " " + new URL(request.url).pathname);
    expect(order.indexOf("PUT /api/documents/r1/draft")).toBeLessThan(order.indexOf("POST /api/documents/r1/submit"));
    expect(screen.getByRole("status", { name: "" }).textContent ?? "").toMatch(/Sparat \d\d:\d\d/);
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it("shows the reviewer's general comment at the top and section comments at their sections", () => {
    answer(() => undefined);
    renderWithApp(
      <ReportEditor
        report={aReport({
          status: "returned",
          reviews: [
            {
              version_number: 1,
              action: "submit",
              comment: "",
              section_comments: {},
              actor_name: "Jonas Falk",
              at: "2026-11-02T09:00:00Z",
            },
            {
              version_number: 1,
              action: "return",
              comment: "Komplettera progressionen.",
              section_comments: { progress: "Beskriv delmålen." },
              actor_name: "Karin Lindqvist",
              at: "2026-11-03T09:00:00Z",
            },
          ],
        })}
        sections={sections}
        planned={40}
        onSubmitted={vi.fn()}
      />,
    );
    expect(screen.getByTestId("return-comment").textContent).toContain("Komplettera progressionen.");
    const progress = document.getElementById("section-progress")!;
    expect(within(progress).getByTestId("section-comment").textContent).toContain("Beskriv delmålen.");
    expect(within(document.getElementById("section-activities_done")!).queryByTestId("section-comment")).toBeNull();
  });
});
