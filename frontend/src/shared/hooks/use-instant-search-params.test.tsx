import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from "react-router";
import { useInstantSearchParams } from "./use-instant-search-params";

function Probe() {
  const [params, update] = useInstantSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const ids = params.get("valda") ?? "";
  return (
    <>
      <p data-testid="state">{ids}</p>
      <p data-testid="url">{location.search}</p>
      <button onClick={() => update(new URLSearchParams({ valda: ids ? `${ids},x` : "x" }))}>add</button>
      <button onClick={() => navigate("/?valda=from-link")}>link</button>
    </>
  );
}

function renderProbe() {
  render(
    <MemoryRouter initialEntries={["/?valda=a"]}>
      <Routes>
        <Route path="/" element={<Probe />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("useInstantSearchParams", () => {
  it("answers at once, twice in a row, and the URL follows", async () => {
    const user = userEvent.setup();
    renderProbe();
    await user.click(screen.getByRole("button", { name: "add" }));
    await user.click(screen.getByRole("button", { name: "add" }));
    expect(screen.getByTestId("state").textContent).toBe("a,x,x");
    expect(screen.getByTestId("url").textContent).toBe("?valda=a%2Cx%2Cx");
  });

  it("takes a change that comes from the URL", async () => {
    renderProbe();
    await act(async () => screen.getByRole("button", { name: "link" }).click());
    expect(screen.getByTestId("state").textContent).toBe("from-link");
  });
});
