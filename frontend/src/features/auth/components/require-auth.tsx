import { Navigate, Outlet } from "react-router";
import { useMe } from "../api/get-me";

/**
 * Gate for every page that needs a session. The layout has already waited for GET /api/me,
 * so here the answer is known: null (401) sends the visitor to the login page.
 */
export function RequireAuth() {
  const { data: me } = useMe();
  if (!me) return <Navigate to="/login" replace />;
  return <Outlet />;
}
