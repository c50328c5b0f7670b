import type { Words } from "./sv";

export const en: Words = {
  "messages.title": "Messages",
  "messages.listLabel": "Messages, newest first",
  "messages.noUnread": "You have no unread messages.",
  "messages.oneUnread": "You have 1 unread message.",
  "messages.unread": "You have {count|# unread message|# unread messages}.",
  "messages.unreadTag": "Unread",
  "messages.toProvider": "to the provider's mailbox",
  "messages.openCase": "Open the case",
  "messages.markRead": "Mark as read",
  "messages.markAllRead": "Mark all as read",
  "messages.client": "About {client}",
  "messages.empty": "No messages.",
};
