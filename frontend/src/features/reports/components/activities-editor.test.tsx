import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/testing/render";
import { ActivitiesEditor } from "./activities-editor";

function renderRows(rows: { name: string; hours: string }[], planned = 40) {
  renderWithApp(
    <ActivitiesEditor
      id="activities"
      title="Planerade aktiviteter"
      help="Timmar per vecka."
      rows={rows}
      planned={planned}
      onChange={vi.fn()}
    />,
  );
  return screen.getByTestId("activity-sum");
}

describe("ActivitiesEditor", () => {
  it("sums half hours and shows a total other than the scope as a reminder, not an error", () => {
    const sum = renderRows([
      { name: "SFI", hours: "15" },
      { name: "Praktik", hours: "20,5" },
    ]);
    expect(sum.textContent).toBe(
      "Summa: 35,5 av 40 timmar i veckan. 4,5 timmar under uppdragets omfattning. En påminnelse: du kan ändå skicka in.",
    );
    expect(sum.getAttribute("data-matches")).toBe("false");
    expect(screen.queryByText("Skriv hela eller halva timmar från 0,5 till 40, till exempel 2 eller 2,5.")).toBeNull();
  });

  it("says when the sum matches", () => {
    expect(renderRows([{ name: "Praktik", hours: "12,5" }], 12.5).textContent).toContain(
      "Stämmer med uppdragets omfattning.",
    );
  });

  it("marks hours that are not whole or half", () => {
    renderRows([{ name: "SFI", hours: "2,3" }]);
    expect(screen.getByText("Skriv hela eller halva timmar från 0,5 till 40, till exempel 2 eller 2,5.")).toBeTruthy();
  });
});
