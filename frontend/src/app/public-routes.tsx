import { Link, Paragraph } from "@digdir/designsystemet-react";
import { Route, Link as RouterLink, Routes, useParams } from "react-router";
import { ComparePage } from "@/features/comparison/components/compare-page";
import { ComparisonPage } from "@/features/comparison/components/comparison-page";
import { PublicProviderPage } from "@/features/comparison/components/public-provider-page";
import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { useI18n, useWords } from "@/shared/i18n/i18n";
import { PublicLayout } from "./layouts/public-layout";
import { PUBLIC_WORDS } from "./words";

/** The public comparison under /jamfor: no login, its own lean layout, in the entry chunk (no second request). */
export function PublicRoutes() {
  useWords(...PUBLIC_WORDS);
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<ComparisonPage />} />
        <Route path="jamforelse" element={<ComparePage />} />
        <Route path=":providerId" element={<PublicProviderRoute />} />
        <Route path="*" element={<PublicNotFound />} />
      </Route>
    </Routes>
  );
}

function PublicProviderRoute() {
  const { providerId = "" } = useParams();
  return <PublicProviderPage key={providerId} providerId={providerId} />;
}

function PublicNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t("notFound.title"));
  return (
    <div data-testid="not-found-page">
      <PageHeading>{t("notFound.title")}</PageHeading>
      <Paragraph>{t("notFound.text")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/jamfor">{t("comparison.backToList")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
