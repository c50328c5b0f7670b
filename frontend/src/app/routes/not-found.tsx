import { Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n } from "@/shared/i18n/i18n";

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notFound.title"));
  return (
    <div data-testid="not-found-page">
      <PageHeading>{t("notFound.title")}</PageHeading>
      <Paragraph>{t("notFound.text")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t("notFound.home")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
