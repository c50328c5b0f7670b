import { Navigate, useNavigate } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";
import { useMe } from "../api/get-me";
import { LoginForm } from "./login-form";

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  useDocumentTitle(t("login.title"));

  if (me) return <Navigate to="/" replace />;
  return (
    <div className="kv-narrow">
      <PageHeading>{t("login.title")}</PageHeading>
      <LoginForm onSuccess={() => navigate("/", { replace: true })} />
    </div>
  );
}
