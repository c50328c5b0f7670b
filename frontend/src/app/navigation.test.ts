import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/shared/roles";
import { NAV_ITEMS, navItemsFor } from "./navigation";

describe("role → navigation", () => {
  it.each<[Role, string[]]>([
    ["counsellor", ["/", "/insatser", "/klienter", "/granskning", "/meddelanden"]],
    ["coordinator", ["/", "/insatser", "/anordnare", "/profiler", "/statistik", "/meddelanden"]],
    ["supervisor", ["/", "/insatser", "/enheten", "/stallforetradare", "/statistik", "/logg", "/meddelanden"]],
    ["admin", ["/", "/insatser", "/logg", "/kalender", "/meddelanden"]],
    ["provider_admin", ["/", "/insatser", "/ko", "/alla-arenden", "/personal", "/profil", "/meddelanden"]],
    ["provider_staff", ["/", "/insatser", "/ko", "/mina-arenden", "/meddelanden"]],
  ])("gives %s its pages", (role, paths) => {
    expect(navItemsFor([role]).map((item) => item.to)).toEqual(paths);
  });

  it("gives every role the start page, the intervention catalogue and the inbox", () => {
    for (const role of ROLES) {
      expect(navItemsFor([role]).map((item) => item.to)).toEqual(
        expect.arrayContaining(["/", "/insatser", "/meddelanden"]),
      );
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
      "/granskning",
      "/enheten",
      "/stallforetradare",
      "/statistik",
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
