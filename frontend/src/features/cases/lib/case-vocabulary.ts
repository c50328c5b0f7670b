import type { CaseStatus, EndReason } from "@/shared/api/types";
import type { MessageKey } from "@/shared/i18n/words";

// Records rather than lists so that TypeScript insists on every value of the schema, and no other.

/** The case statuses in the order of the flow, with their labels ("Beslutad", "I kö", …). */
export const CASE_STATUS_LABELS: Record<CaseStatus, MessageKey> = {
  decided: "caseStatus.decided",
  queued: "caseStatus.queued",
  claimed: "caseStatus.claimed",
  active: "caseStatus.active",
  ended: "caseStatus.ended",
};
export const CASE_STATUSES = Object.keys(CASE_STATUS_LABELS) as CaseStatus[];

/** The status tag's colour; the label always says the same in words (no colour-only information). */
export const CASE_STATUS_COLORS: Record<CaseStatus, "info" | "warning" | "success" | "neutral" | "accent"> = {
  decided: "accent",
  queued: "warning",
  claimed: "info",
  active: "success",
  ended: "neutral",
};

/** The reasons for ending of routine 002 §7, in the routine's order. */
export const END_REASON_LABELS: Record<EndReason, MessageKey> = {
  work: "endReason.work",
  studies: "endReason.studies",
  own_business: "endReason.own_business",
  other_intervention: "endReason.other_intervention",
  changed_provider: "endReason.changed_provider",
  other_authority: "endReason.other_authority",
  unforeseen: "endReason.unforeseen",
  lack_of_time: "endReason.lack_of_time",
  sick_leave: "endReason.sick_leave",
  provider_shortcomings: "endReason.provider_shortcomings",
  client_left: "endReason.client_left",
  long_absence: "endReason.long_absence",
  weak_progression: "endReason.weak_progression",
};
export const END_REASONS = Object.keys(END_REASON_LABELS) as EndReason[];

/** History actions as the timeline names them; an action this UI does not know shows its code. */
export const EVENT_ACTION_LABELS: Record<string, MessageKey> = {
  decide: "caseEvent.decide",
  queue: "caseEvent.queue",
  hand_back: "caseEvent.hand_back",
  claim: "caseEvent.claim",
  publish: "caseEvent.publish",
  end: "caseEvent.end",
  change_coach: "caseEvent.change_coach",
  reassign: "caseEvent.reassign",
  reopen: "caseEvent.reopen",
  withdraw: "caseEvent.withdraw",
  move: "caseEvent.move",
  correct: "caseEvent.correct",
  document_submit: "caseEvent.document_submit",
  document_return: "caseEvent.document_return",
  document_approve: "caseEvent.document_approve",
};

/** What an event's note is, by action: the provider queued at, the coach named, the reason given, … */
export const EVENT_NOTE_LABELS: Record<string, MessageKey> = {
  queue: "case.provider",
  claim: "case.coach",
  change_coach: "caseEvent.note.newCoach",
  reassign: "caseEvent.note.newCounsellor",
  hand_back: "caseEvent.note.reason",
  end: "caseEvent.note.note",
  reopen: "caseEvent.note.reason",
  withdraw: "caseEvent.note.reason",
  move: "caseEvent.note.move",
  correct: "caseEvent.note.changes",
};
