import { comparisonWords } from "@/features/comparison/i18n";
import { absenceWords } from "@/features/absence/i18n";
import { accountsWords } from "@/features/accounts/i18n";
import { auditWords } from "@/features/audit/i18n";
import { authWords } from "@/features/auth/i18n";
import { calendarWords } from "@/features/calendar/i18n";
import { casesWords } from "@/features/cases/i18n";
import { clientsWords } from "@/features/clients/i18n";
import { conversationsWords } from "@/features/conversations/i18n";
import { documentsWords } from "@/features/documents/i18n";
import { homeWords } from "@/features/home/i18n";
import { interventionsWords } from "@/features/interventions/i18n";
import { messagesWords } from "@/features/messages/i18n";
import { oversightWords } from "@/features/oversight/i18n";
import { notificationsWords } from "@/features/notifications/i18n";
import { profilesWords } from "@/features/profiles/i18n";
import { providersWords } from "@/features/providers/i18n";
import { reportsWords } from "@/features/reports/i18n";
import { statsWords } from "@/features/stats/i18n";
import { tasksWords } from "@/features/tasks/i18n";
import { appWords } from "./i18n";

/** The public comparison's words (the shared words come with the I18nProvider). */
export const PUBLIC_WORDS = [comparisonWords];

/** The signed-in app's words: its frame and every staff feature, fetched together with the staff routes. */
export const STAFF_WORDS = [
  appWords,
  absenceWords,
  accountsWords,
  auditWords,
  authWords,
  calendarWords,
  casesWords,
  clientsWords,
  conversationsWords,
  documentsWords,
  homeWords,
  interventionsWords,
  messagesWords,
  oversightWords,
  notificationsWords,
  profilesWords,
  providersWords,
  reportsWords,
  statsWords,
  tasksWords,
];
