import { describe, expect, it } from "vitest";
import type { Provider } from "@/shared/api/types";
import { authorizedProviders } from "./authorized-providers";

function provider(
  name: string,
  status: Provider["status"],
  authorizations: [Provider["authorizations"][number]["intervention"], boolean][],
): Provider {
  return {
    id: name,
    name,
    org_number: "556036-0793",
    email: "a@b.se",
    phone: null,
    status,
    addresses: [],
    districts: [],
    authorizations: authorizations.map(([intervention, active_today], index) => ({
      id: `${name}-${index}`,
      intervention,
      active_today,
      valid_from: "2023-01-01",
      valid_to: null,
    })),
  };
}

describe("authorizedProviders", () => {
  const providers = [
    provider("Östra AB", "authorized", [["SAI", true]]),
    provider("Avstängd AB", "suspended", [["SAI", true]]),
    provider("Gammal AB", "authorized", [
      ["SAI", false],
      ["JOBBPENG_GRUND", true],
    ]),
    provider("Annan insats AB", "authorized", [["JOBBPENG_FORSTARKT", true]]),
    provider("Bra AB", "authorized", [
      ["JOBBPENG_GRUND", false],
      ["SAI", true],
    ]),
    provider("Avslutad AB", "terminated", [["SAI", true]]),
  ];

  it("keeps authorized providers whose authorization for the intervention is in force today, by name", () => {
    expect(authorizedProviders(providers, "SAI").map((p) => p.name)).toEqual(["Bra AB", "Östra AB"]);
  });

  it("looks at the intervention's own authorization only", () => {
    expect(authorizedProviders(providers, "JOBBPENG_GRUND").map((p) => p.name)).toEqual(["Gammal AB"]);
  });

  it("is empty when nobody may take the client", () => {
    expect(authorizedProviders([providers[1]!, providers[5]!], "SAI")).toEqual([]);
  });
});
