import type { WordsOf } from "@/shared/i18n/words";

/** Swedish words of the conversations feature: the source of its message keys. */
export const sv = {
  "conversation.title": "Konversation",
  "conversation.listLabel": "Konversationen, äldst först",
  "conversation.noUnread": "Inga nya meddelanden.",
  "conversation.unread": "{count|# nytt meddelande|# nya meddelanden}.",
  "conversation.empty": "Inget har hänt i ärendet än.",
  "conversation.newSince": "Nytt sedan du läste senast",
  "conversation.newTag": "Nytt",
  "conversation.you": "Du",
  "conversation.someone": "Okänd",
  "conversation.attachment": "Bilaga: {name}",
  "conversation.write": "Skriv ett meddelande",
  "conversation.text": "Meddelande",
  "conversation.textMissing": "Skriv ett meddelande.",
  "conversation.file": "Bilaga (valfri)",
  "conversation.fileHelp": "PDF, PNG, JPEG, DOCX eller ODT.",
  "conversation.send": "Skicka",
  "conversation.sent": "Meddelandet är skickat.",
} satisfies Record<string, string>;

/** The English words must have exactly these keys: a missing or extra one is a type error. */
export type Words = WordsOf<typeof sv>;

declare module "@/shared/i18n/words" {
  interface MessageKeys extends Words {}
}
