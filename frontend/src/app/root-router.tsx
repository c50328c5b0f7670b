import { Spinner } from "@digdir/designsystemet-react";
import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useFocusOnNavigation } from "@/shared/hooks/use-focus-on-navigation";
import { sharedWords } from "@/shared/i18n";
import { loadWords, useI18n } from "@/shared/i18n/i18n";
import { getLanguage } from "@/shared/i18n/language";
import { PublicRoutes } from "./public-routes";
import { PUBLIC_WORDS, STAFF_WORDS } from "./words";

/**
 * Residents open the public comparison on their phones far more often than staff open anything else, so
 * /jamfor is in the entry chunk and the signed-in app (./router) is a chunk of its own, fetched only on a
 * staff page. On a staff page the fetch starts as soon as this module runs, before React renders.
 */
const loadStaffRoutes = () => import("./router");
const StaffRoutes = lazy(loadStaffRoutes);
// The page's words (one chunk per words file, in the UI language only) are fetched at the same time, not after.
if (typeof window !== "undefined") {
  const staff = !isPublicPath(window.location.pathname);
  if (staff) void loadStaffRoutes();
  for (const words of [sharedWords, ...(staff ? STAFF_WORDS : PUBLIC_WORDS)]) void loadWords(words, getLanguage());
}

function isPublicPath(pathname: string): boolean {
  return pathname === "/jamfor" || pathname.startsWith("/jamfor/");
}

export function RootRouter() {
  return (
    <BrowserRouter>
      <FocusOnNavigation />
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="jamfor/*" element={<PublicRoutes />} />
          <Route path="*" element={<StaffRoutes />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}

/** One focus rule for both parts, so it holds across the switch from a public page to a staff page too. */
function FocusOnNavigation() {
  useFocusOnNavigation();
  return null;
}

function PageLoading() {
  const { t } = useI18n();
  return (
    <main id="main" tabIndex={-1} className="kv-container kv-main">
      <Spinner aria-label={t("app.loading")} />
    </main>
  );
}
