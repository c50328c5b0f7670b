import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/testing/render";
import type { AbsenceRegister } from "../api/get-absences";
import { CertificateDemands } from "./certificate-demands";

const register = (overrides: Partial<AbsenceRegister>): AbsenceRegister => ({
  items: [],
  certificate_demands: [],
  holiday_leave_over_limit: [],
  total: 0,
  limit: 0,
  offset: 0,
  ...overrides,
});

const spell = { type: "sick" as const, first: "2026-10-03", last: "2026-10-11", days: 9 };

describe("CertificateDemands", () => {
  it("says which certificate is needed from day 8 and by when, until one is handed in", () => {
    renderWithApp(
      <CertificateDemands
        register={register({
          certificate_demands: [
            {
              spell,
              kind: "medical_certificate",
              required_from: "2026-10-10",
              due: "2026-10-17",
              satisfied: false,
              handed_in: null,
              overdue: false,
            },
            {
              spell: { type: "child_care", first: "2026-09-01", last: "2026-09-10", days: 10 },
              kind: "child_care_certificate",
              required_from: "2026-09-08",
              due: "2026-09-15",
              satisfied: true,
              handed_in: "2026-09-12",
              overdue: false,
            },
          ],
        })}
      />,
    );
    const demands = screen.getAllByTestId("certificate-demand");
    expect(demands).toHaveLength(1);
    expect(demands[0]!.textContent).toContain(
      "Läkarintyg krävs från dag 8 (2026-10-10) av frånvaron 2026-10-03 – 2026-10-11 (sjukdom, 9 dagar).",
    );
    expect(demands[0]!.textContent).toContain("senast 2026-10-17");
    expect(screen.queryByTestId("demand-overdue")).toBeNull();
  });

  it("marks a demand past its due date overdue", () => {
    renderWithApp(
      <CertificateDemands
        register={register({
          certificate_demands: [
            {
              spell,
              kind: "medical_certificate",
              required_from: "2026-10-10",
              due: "2026-10-17",
              satisfied: false,
              handed_in: null,
              overdue: true,
            },
          ],
        })}
      />,
    );
    const demand = screen.getByTestId("certificate-demand");
    expect(screen.getByTestId("demand-overdue").textContent).toBe("Försenat");
    expect(demand.textContent).toContain("Intyget skulle ha lämnats senast 2026-10-17 och har inte kommit in.");
  });

  it("warns about holiday leave over 14 days, and says nothing when all is in order", () => {
    const { unmount } = renderWithApp(
      <CertificateDemands
        register={register({
          holiday_leave_over_limit: [{ type: "holiday_leave", first: "2026-07-01", last: "2026-07-20", days: 20 }],
        })}
      />,
    );
    const warning = screen.getByTestId("holiday-warning").textContent;
    expect(warning).toContain("Ledigheten 2026-07-01 – 2026-07-20 är 20 dagar.");
    expect(warning).toContain("Insatsen ska avslutas och ett nytt beslut fattas");
    unmount();
    const { container } = renderWithApp(<CertificateDemands register={register({})} />);
    expect(container.textContent).toBe("");
  });
});
