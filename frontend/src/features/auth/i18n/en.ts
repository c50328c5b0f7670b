import type { Words } from "./sv";

export const en: Words = {
  "forbidden.title": "Not allowed",
  "forbidden.text": "Your role does not give access to this page. Choose a page in the menu.",

  "login.title": "Log in",
  "login.intro": "Log in with your username and password.",
  "login.username": "Username",
  "login.password": "Password",
  "login.submit": "Log in",
  "login.submitting": "Logging in…",
  "login.missing": "Enter both username and password.",
};
