import { Route, Routes } from "react-router";
import { useWords } from "@/shared/i18n/i18n";
import { AuditPage } from "@/features/audit/components/audit-page";
import { StandInsPage } from "@/features/accounts/components/stand-ins-page";
import { CalendarPage } from "@/features/calendar/components/calendar-page";
import { LoginPage } from "@/features/auth/components/login-page";
import { RequireAuth } from "@/features/auth/components/require-auth";
import { RequireRole } from "@/features/auth/components/require-role";
import { ClientsPage } from "@/features/clients/components/clients-page";
import { NewClientPage } from "@/features/clients/components/new-client-page";
import { ReviewQueuePage } from "@/features/documents/components/review-queue-page";
import { InterventionsPage } from "@/features/interventions/components/interventions-page";
import { MessagesPage } from "@/features/messages/components/messages-page";
import { NotificationSettingsPage } from "@/features/notifications/components/notification-settings-page";
import { PendingProfilesPage } from "@/features/profiles/components/pending-profiles-page";
import { NewProviderPage } from "@/features/providers/components/provider-page";
import { ProvidersPage } from "@/features/providers/components/providers-page";
import { BoardReportPage } from "@/features/stats/components/board-report-page";
import { StatisticsPage } from "@/features/stats/components/statistics-page";
import { CasesRoute } from "./routes/cases";
import { AppLayout } from "./layouts/app-layout";
import { InterventionCatalogue } from "./layouts/intervention-catalogue";
import { AbsenceRoute, AttendanceRoute } from "./routes/absence";
import { CaseRoute } from "./routes/case";
import { ClientRoute } from "./routes/client";
import { DocumentRoute } from "./routes/document";
import { NewCaseRoute } from "./routes/new-case";
import { NotFoundPage } from "./routes/not-found";
import { ProfileRoute } from "./routes/profile";
import { OversightRoute, ProviderRoute } from "./routes/provider";
import { QueueRoute } from "./routes/queue";
import { ReportRoute } from "./routes/report";
import { StaffRoute } from "./routes/staff";
import { StartRoute } from "./routes/start";
import { STAFF_WORDS } from "./words";

/**
 * The signed-in app and the login page: a chunk of its own, loaded lazily by root-router.tsx (which holds the
 * BrowserRouter and the public /jamfor routes), so a resident comparing providers never downloads it.
 */
export default function AppRoutes() {
  useWords(...STAFF_WORDS);
  return (
    // A fragment where the BrowserRouter was, to keep this diff small; the routes below are unchanged.
    <>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="login" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route element={<InterventionCatalogue />}>
              <Route index element={<StartRoute />} />
              <Route path="insatser" element={<InterventionsPage />} />
              <Route path="meddelanden" element={<MessagesPage />} />
              <Route path="installningar" element={<NotificationSettingsPage />} />
              <Route element={<RequireRole roles={["counsellor"]} />}>
                <Route path="klienter" element={<ClientsPage />} />
                <Route path="klienter/ny" element={<NewClientPage />} />
                <Route path="arenden/nytt" element={<NewCaseRoute />} />
                <Route path="granskning" element={<ReviewQueuePage />} />
              </Route>
              <Route element={<RequireRole roles={["counsellor", "supervisor"]} />}>
                <Route path="klienter/:clientId" element={<ClientRoute />} />
              </Route>
              <Route element={<RequireRole roles={["counsellor", "supervisor", "provider_admin", "provider_staff"]} />}>
                <Route path="arenden/:caseId" element={<CaseRoute />} />
                <Route path="arenden/:caseId/franvaro" element={<AbsenceRoute />} />
                <Route path="arenden/:caseId/narvaro" element={<AttendanceRoute />} />
                <Route path="dokument/:documentId" element={<DocumentRoute />} />
                <Route path="rapporter/:documentId" element={<ReportRoute />} />
              </Route>
              <Route element={<RequireRole roles={["provider_admin", "provider_staff"]} />}>
                <Route path="ko" element={<QueueRoute />} />
              </Route>
              <Route element={<RequireRole roles={["provider_staff"]} />}>
                <Route path="mina-arenden" element={<CasesRoute list="myCases" />} />
              </Route>
              <Route element={<RequireRole roles={["provider_admin"]} />}>
                <Route path="alla-arenden" element={<CasesRoute list="allCases" />} />
                <Route path="personal" element={<StaffRoute />} />
                <Route path="profil" element={<ProfileRoute />} />
              </Route>
              <Route element={<RequireRole roles={["coordinator"]} />}>
                <Route path="anordnare" element={<ProvidersPage />} />
                <Route path="anordnare/ny" element={<NewProviderPage />} />
                <Route path="anordnare/:providerId" element={<ProviderRoute />} />
                <Route path="profiler" element={<PendingProfilesPage />} />
              </Route>
              <Route element={<RequireRole roles={["supervisor"]} />}>
                <Route path="enheten" element={<CasesRoute list="unitCases" />} />
                <Route path="stallforetradare" element={<StandInsPage />} />
              </Route>
              <Route element={<RequireRole roles={["admin"]} />}>
                <Route path="kalender" element={<CalendarPage />} />
              </Route>
              <Route element={<RequireRole roles={["supervisor", "admin"]} />}>
                <Route path="logg" element={<AuditPage />} />
              </Route>
              <Route element={<RequireRole roles={["supervisor", "coordinator"]} />}>
                <Route path="tillsyn/:providerId" element={<OversightRoute />} />
                <Route path="statistik" element={<StatisticsPage />} />
                <Route path="statistik/rapport" element={<BoardReportPage />} />
              </Route>
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
