import type { Words } from "./sv";

export const en: Words = {
  "app.skipToContent": "Skip to content",
  "app.loading": "Loading…",
  "app.error": "Something went wrong. Please try again in a moment.",

  "language.switchTo": "Svenska",

  "form.choose": "Choose …",
  "form.chooseOne": "Choose an option.",
  "form.required": "Fill in the field.",
  "form.optional": "Optional.",
  "form.checkField": "Check this entry.",
  "form.fixMarked": "Correct the marked fields.",
  "form.cancel": "Cancel",
  "form.yes": "Yes",
  "form.no": "No",

  "notFound.title": "Page not found",
  "notFound.text": "The page you are looking for does not exist or has moved.",
};
