import type { MessageKey } from "@/shared/i18n/words";

const NAMES: Record<string, MessageKey> = {
  claim: "tasks.rule.claim",
  publish: "tasks.rule.publish",
  first_plan: "tasks.rule.first_plan",
  plan_review: "tasks.rule.plan_review",
  monthly_report: "tasks.rule.monthly_report",
  monthly_report_review: "tasks.rule.monthly_report_review",
  returned: "tasks.rule.returned",
  final_report: "tasks.rule.final_report",
  certificate: "tasks.rule.certificate",
  invalid_absence: "tasks.rule.invalid_absence",
  leave_over_limit: "tasks.rule.leave_over_limit",
  progression_review: "tasks.rule.progression_review",
};

/** A deadline rule's name in the UI language; a rule newer than this UI shows its code. */
export function ruleName(rule: string, t: (key: MessageKey) => string): string {
  const key = NAMES[rule];
  return key ? t(key) : rule;
}
