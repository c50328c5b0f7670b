import { describe, expect, it } from "vitest";
import { auditExportUrl } from "./get-audit-events";

describe("auditExportUrl", () => {
  it("carries the filter and the UI language, not the page", () => {
    const url = auditExportUrl(
      { limit: 50, offset: 100, client_id: "0190c0de-0000-7000-8000-000000000001", date_from: "2026-11-02" },
      "en",
    );
    const [path, query] = url.split("?");
    expect(path).toBe("/api/audit/export");
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      lang: "en",
      client_id: "0190c0de-0000-7000-8000-000000000001",
      date_from: "2026-11-02",
    });
  });
});
