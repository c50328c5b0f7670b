import type { Words } from "./sv";

/** English words of the conversations feature. */
export const en: Words = {
  "conversation.title": "Conversation",
  "conversation.listLabel": "The conversation, oldest first",
  "conversation.noUnread": "No new messages.",
  "conversation.unread": "{count|# new message|# new messages}.",
  "conversation.empty": "Nothing has happened on the case yet.",
  "conversation.newSince": "New since you last read",
  "conversation.newTag": "New",
  "conversation.you": "You",
  "conversation.someone": "Unknown",
  "conversation.attachment": "Attachment: {name}",
  "conversation.write": "Write a message",
  "conversation.text": "Message",
  "conversation.textMissing": "Write a message.",
  "conversation.file": "Attachment (optional)",
  "conversation.fileHelp": "PDF, PNG, JPEG, DOCX or ODT.",
  "conversation.send": "Send",
  "conversation.sent": "The message has been sent.",
};
