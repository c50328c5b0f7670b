import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/testing/render";
import type { Absence } from "../api/get-absences";
import { AbsenceCalendar } from "./absence-calendar";

const absence = (
  id: string,
  type: Absence["type"],
  from: string,
  to: string,
  hours: number | null = null,
): Absence => ({
  id,
  type,
  date_from: from,
  date_to: to,
  hours,
  note: "",
  ground: null,
  contact_attempts: [],
  registered_at: `${from}T08:00:00Z`,
  registered_by_name: "Jonas Falk",
  late: false,
});

describe("AbsenceCalendar", () => {
  it("is a table named by its month, with a weekday header row and the type in each absent day's text", () => {
    renderWithApp(
      <AbsenceCalendar
        month="2026-10"
        items={[
          absence("a", "sick", "2026-10-05", "2026-10-13"),
          absence("b", "invalid", "2026-10-20", "2026-10-20", 3),
        ]}
      />,
    );
    const table = screen.getByRole("table", { name: "Frånvaro oktober 2026" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((th) => th.textContent)).toEqual(["mån", "tis", "ons", "tors", "fre", "lör", "sön"]);
    expect(headers[0]!.querySelector("abbr")!.getAttribute("title")).toBe("måndag");
    const cell = (date: string) => table.querySelector(`[data-date="${date}"]`)!;
    expect(cell("2026-10-05").textContent).toBe("5Sjukdom");
    expect(cell("2026-10-13").textContent).toBe("13Sjukdom");
    expect(cell("2026-10-14").textContent).toBe("14");
    expect(cell("2026-10-20").textContent).toBe("20Ogiltig frånvaro (3 tim)");
    // 1 October 2026 is a Thursday: three empty cells before it.
    const firstRow = within(table).getAllByRole("row")[1]!;
    expect(
      within(firstRow)
        .getAllByRole("cell")
        .map((td) => td.textContent),
    ).toEqual(["", "", "", "1", "2", "3", "4"]);
  });
});
