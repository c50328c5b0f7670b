import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the messages feature: the source of its message keys. */
export const sv = {
  "messages.title": "Meddelanden",
  "messages.listLabel": "Meddelanden, senaste först",
  "messages.noUnread": "Du har inga olästa meddelanden.",
  "messages.oneUnread": "Du har 1 oläst meddelande.",
  "messages.unread": "Du har {count|# oläst meddelande|# olästa meddelanden}.",
  "messages.unreadTag": "Oläst",
  "messages.toProvider": "till anordnarens brevlåda",
  "messages.openCase": "Öppna ärendet",
  "messages.markRead": "Markera som läst",
  "messages.markAllRead": "Markera alla som lästa",
  "messages.client": "Gäller {client}",
  "messages.empty": "Inga meddelanden.",
  "messages.filter.group": "Visa",
  "messages.filter.allGroups": "Alla ({count|# oläst|# olästa})",
  "messages.group.conversation": "Konversationer ({count|# oläst|# olästa})",
  "messages.group.case_events": "Händelser i ärenden ({count|# oläst|# olästa})",
  "messages.group.documents": "Dokument ({count|# oläst|# olästa})",
  "messages.group.staff": "Personal ({count|# oläst|# olästa})",
  "messages.filter.unreadOnly": "Bara olästa",
  "messages.filter.oneCase": "Visar ett ärende – visa alla",
  "messages.markShownRead": "Markera de visade som lästa",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
