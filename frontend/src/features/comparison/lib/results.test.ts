import { describe, expect, it } from "vitest";
import { fill } from "@/shared/i18n/i18n";
import type { MessageKey } from "@/shared/i18n/words";
import { en, sv } from "@/testing/words";
import { formatPercent } from "@/shared/lib/format";
import type { PublicResults } from "../api/get-public-providers";
import { formatLongDate, medianText, resultLines, shareText } from "./results";

const tSv = (key: MessageKey, params?: Record<string, string | number>) => fill(sv[key], params, "sv");
const tEn = (key: MessageKey, params?: Record<string, string | number>) => fill(en[key], params, "en");

const shown: PublicResults = {
  intervention: "SAI",
  period_start: "2025-11-23",
  period_end: "2026-11-23",
  ended: 8,
  min_sample: 5,
  too_few: false,
  work_or_studies: { value: 0.75, low: 0.40927543031016883, high: 0.9285207872478909 },
  median_days: { value: 165, low: 60, high: 300 },
};
const tooFew: PublicResults = { ...shown, ended: null, too_few: true, work_or_studies: null, median_days: null };

describe("interval texts", () => {
  it("says the share with its interval in whole percent", () => {
    expect(shareText(shown.work_or_studies!, tSv, "sv")).toBe("75\u00a0% (troligen mellan 41\u00a0% och 93\u00a0%)");
    expect(shareText(shown.work_or_studies!, tEn, "en")).toBe("75% (likely between 41% and 93%)");
  });

  it("says the median in whole days with its interval", () => {
    expect(medianText(shown.median_days!, tSv, "sv")).toBe("165 dagar (troligen mellan 60 och 300)");
    expect(medianText({ value: 172.5, low: 60, high: 300 }, tEn, "en")).toBe("173 days (likely between 60 and 300)");
  });

  it("rounds the ends of a share to whole percent", () => {
    expect(formatPercent(0, "sv")).toBe("0\u00a0%");
    expect(formatPercent(1, "en")).toBe("100%");
    expect(formatPercent(0.005, "en")).toBe("1%");
  });
});

describe("result lines", () => {
  it("gives the count, the share and the median when there are enough", () => {
    expect(resultLines(shown, tSv, "sv").map((line) => `${sv[line.label]}: ${line.text}`)).toEqual([
      "Avslutade insatser senaste 12 månaderna: 8",
      "Andel till arbete eller studier: 75\u00a0% (troligen mellan 41\u00a0% och 93\u00a0%)",
      "Mediantid i insatsen: 165 dagar (troligen mellan 60 och 300)",
    ]);
  });

  it("says too few, and no number at all, when there are too few", () => {
    const lines = resultLines(tooFew, tSv, "sv");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe("För få avslut för att visa (färre än 5)");
    expect(resultLines(tooFew, tEn, "en")[0]!.text).toBe("Too few to show (fewer than 5)");
  });
});

describe("dates", () => {
  it("writes dates as people do, in Swedish time", () => {
    expect(formatLongDate("2026-11-23", "sv")).toBe("23 november 2026");
    expect(formatLongDate("2026-11-23T23:30:00Z", "en")).toBe("November 24, 2026");
  });
});
