import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/shared/roles";
import { NAV_ITEMS, navItemsFor } from "./navigation";

describe("role → navigation", () => {
  it.each<[Role, string[]]>([
    ["counsellor", ["/", "/insatser", "/klienter", "/meddelanden"]],
    ["coordinator", ["/", "/insatser", "/anordnare", "/meddelanden"]],
    ["supervisor", ["/", "/insatser", "/enheten", "/stallforetradare", "/logg", "/meddelanden"]],
    ["admin", ["/", "/insatser", "/logg", "/meddelanden"]],
    ["provider_admin", ["/", "/insatser", "/ko", "/alla-arenden", "/personal", "/meddelanden"]],
    ["provider_staff", ["/", "/insatser", "/ko", "/mina-arenden", "/meddelanden"]],
  ])("gives %s its pages", (role, paths) => {
    expect(navItemsFor([role]).map((item) => item.to)).toEqual(paths);
  });

  it("gives every role the start page, the intervention catalogue and the inbox", () => {
    for (const role of ROLES) {
      expect(navItemsFor([role]).map((item) => item.to)).toEqual(expect.arrayContaining(["/", "/insatser", "/meddelanden"]));
    }
  });

  it("gives nothing to an account without known roles", () => {
    expect(navItemsFor([])).toEqual([]);
    expect(navItemsFor(["unknown"])).toEqual([]);
  });

  it("shows each page once, in table order, for an account with several roles", () => {
    expect(navItemsFor(["supervisor", "counsellor"]).map((item) => item.to)).toEqual([
      "/",
      "/insatser",
      "/klienter",
      "/enheten",
      "/stallforetradare",
      "/logg",
      "/meddelanden",
    ]);
    expect(navItemsFor([...ROLES])).toEqual(NAV_ITEMS);
  });

  it("has one row per path", () => {
    const paths = NAV_ITEMS.map((item) => item.to);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
