import { describe, expect, it } from "vitest";
import { ROLES } from "@/shared/roles";
import { NAV_ITEMS, navItemsFor } from "./navigation";

describe("role → navigation", () => {
  it.each(ROLES)("gives %s the start page and the intervention catalogue", (role) => {
    expect(navItemsFor([role]).map((item) => item.to)).toEqual(["/", "/insatser"]);
  });

  it("gives nothing to an account without known roles", () => {
    expect(navItemsFor([])).toEqual([]);
    expect(navItemsFor(["unknown"])).toEqual([]);
  });

  it("shows each page once, in table order, for an account with several roles", () => {
    expect(navItemsFor(["supervisor", "counsellor"])).toEqual(NAV_ITEMS);
  });

  it("has one row per path", () => {
    const paths = NAV_ITEMS.map((item) => item.to);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
