import { describe, expect, it } from "vitest";
import { fill } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { RULES } from "@/testing/fixtures";
import { en, sv } from "@/testing/words";
import type { IndicatorRow, Indicators } from "../api/get-indicators";
import { countText, endingsText, medianDaysText, summarySentences, totals, workOrStudiesText } from "./indicators";

// The rules' numbers fill their placeholders, as RulesProvider does in the app.
const tSv = (key: MessageKey, params?: Record<string, string | number>) => fill(sv[key], { ...RULES, ...params }, "sv");
const tEn = (key: MessageKey, params?: Record<string, string | number>) => fill(en[key], { ...RULES, ...params }, "en");

function aRow(overrides: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    provider_id: "p1",
    provider_name: "Framtidsvägen AB",
    intervention: "SAI",
    active: 5,
    started: 1,
    ended: 3,
    endings_by_reason: { work: 2, sick_leave: 1 },
    work_or_studies: null,
    work_or_studies_count: { part: 2, of: 3 },
    median_days_to_work: null,
    plans_within_30_days: { part: 1, of: 4 },
    monthly_reports_on_time: { part: 0, of: 0 },
    documents_returned: { part: 1, of: 5 },
    ...overrides,
  };
}

describe("indicator texts", () => {
  it("shows a count as part of whole with its percentage, or none", () => {
    expect(countText({ part: 1, of: 4 }, tSv, "sv")).toBe("1 av 4 (25\u00a0%)");
    expect(countText({ part: 1, of: 4 }, tEn, "en")).toBe("1 of 4 (25%)");
    expect(countText({ part: 0, of: 0 }, tSv, "sv")).toBe("inga");
  });

  it("says too few instead of a share the API withholds, but keeps the count", () => {
    expect(workOrStudiesText(aRow(), tSv, "sv")).toBe("2 av 3 (för få för en andel)");
    expect(workOrStudiesText(aRow({ work_or_studies_count: { part: 0, of: 0 } }), tSv, "sv")).toBe("inga avslut");
    const shown = aRow({
      work_or_studies: { value: 0.75, low: 0.41, high: 0.93 },
      work_or_studies_count: { part: 6, of: 8 },
    });
    expect(workOrStudiesText(shown, tSv, "sv")).toBe("6 av 8: 75\u00a0% (troligen mellan 41\u00a0% och 93\u00a0%)");
  });

  it("gives the median days with its interval, or för få", () => {
    expect(medianDaysText(aRow(), tSv)).toBe("för få");
    expect(medianDaysText(aRow({ median_days_to_work: { value: 150.5, low: 120, high: 240 } }), tSv)).toBe(
      "151 dagar (troligen mellan 120 och 240)",
    );
  });

  it("names the reasons for ending, most common first", () => {
    expect(endingsText({ sick_leave: 1, work: 2, studies: 0 }, tSv)).toBe("Arbete 2, Sjukskrivning över två veckor 1");
    expect(endingsText({ brand_new_reason: 1 }, tSv)).toBe("brand_new_reason 1");
    expect(endingsText({}, tSv)).toBe("–");
  });
});

describe("the board report's summary", () => {
  const data: Indicators = {
    quarter: "2026Q3",
    first_day: "2026-07-01",
    last_day: "2026-09-30",
    rows: [
      aRow(),
      aRow({
        provider_id: "p2",
        provider_name: "Steg Vidare",
        active: 2,
        started: 0,
        ended: 1,
        work_or_studies_count: { part: 0, of: 1 },
      }),
    ],
  };

  it("adds up the quarter", () => {
    expect(totals(data.rows)).toMatchObject({
      providers: 2,
      active: 7,
      started: 1,
      ended: 4,
      workOrStudies: { part: 2, of: 4 },
    });
  });

  it("writes one sentence per indicator and no share where there are too few", () => {
    const sentences = summarySentences(data, tSv, "sv", (code) => code);
    expect(sentences).toEqual([
      "Under kvartalet hade 7 kunder en pågående insats hos 2 anordnare. 1 började och 4 avslutade en insats.",
      "Av de 4 som avslutade gick 2 till arbete, studier eller eget företag (50\u00a0%).",
      "Genomförandeplanen kom inom 30 dagar från beslutet i 2 av 8 fall (25\u00a0%).",
      "Inga månadsrapporter skulle lämnas för kvartalets månader.",
      "2 av 10 inskickade dokument återremitterades (20\u00a0%).",
    ]);
  });
});
