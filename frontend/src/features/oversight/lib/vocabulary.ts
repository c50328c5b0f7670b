import type { JsonBody, OkJson } from "@/shared/api/types";
import type { MessageKey } from "@/shared/i18n/words";

export type Shortcomings = OkJson<"/api/providers/{provider_id}/shortcomings", "get">;
export type LateReport = Shortcomings["late_reports"][number];
export type NoticeSubject = JsonBody<"/api/providers/{provider_id}/notices", "post">["subject"];

/** The three shortcomings §7.6 names, in its order. */
export const NOTICE_SUBJECTS: Record<NoticeSubject, MessageKey> = {
  late_reports: "oversight.subject.late_reports",
  poor_reporting: "oversight.subject.poor_reporting",
  plan_not_followed: "oversight.subject.plan_not_followed",
};

const RULES: Record<string, MessageKey> = {
  first_plan: "oversight.rule.first_plan",
  monthly_report: "oversight.rule.monthly_report",
  final_report: "oversight.rule.final_report",
};

/** The words of a late report's rule; a rule newer than this UI shows its code. */
export function ruleLabel(report: LateReport, t: (key: MessageKey, params?: Record<string, string>) => string) {
  const key = RULES[report.rule];
  return key ? t(key, { month: report.month ?? "" }) : report.rule;
}
