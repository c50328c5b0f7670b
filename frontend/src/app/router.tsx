import { BrowserRouter, Route, Routes } from "react-router";
import { LoginPage } from "@/features/auth/components/login-page";
import { RequireAuth } from "@/features/auth/components/require-auth";
import { InterventionsPage } from "@/features/interventions/components/interventions-page";
import { AppLayout } from "./layouts/app-layout";
import { NotFoundPage } from "./routes/not-found";
import { StartRoute } from "./routes/start";

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="login" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route index element={<StartRoute />} />
            <Route path="insatser" element={<InterventionsPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
