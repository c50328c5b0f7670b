import { PageHeading } from "@/shared/components/page-heading";
import { useDocumentTitle } from "@/shared/hooks/use-document-title";
import { CaseList } from "./case-list";

type CasesPageProps = { title: string; caption: string; emptyText: string; testId: string };

/** A page of the cases the caller may see, filterable by status: a coach's own, a provider's, the unit's. */
export function CasesPage({ title, caption, emptyText, testId }: CasesPageProps) {
  useDocumentTitle(title);
  return (
    <div className="kv-stack" data-testid={testId}>
      <PageHeading>{title}</PageHeading>
      <CaseList caption={caption} emptyText={emptyText} statusFilter />
    </div>
  );
}
